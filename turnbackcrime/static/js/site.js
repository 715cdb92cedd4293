// Progressive enhancements only: every page works without this file.
(function () {
    "use strict";
    // Moving focus to <main> after the skip link keeps the next Tab inside the content.
    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest(".skip-link");
        if (!link) return;
        var main = document.getElementById("main-content");
        if (main) main.focus();
    });
})();

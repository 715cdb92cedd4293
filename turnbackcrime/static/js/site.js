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

// "Copy link" on share blocks: shown only where the Clipboard API exists.
(function () {
    "use strict";
    if (!navigator.clipboard) return;
    document.querySelectorAll(".share__copy").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var status = button.closest(".share").querySelector(".share__status");
            navigator.clipboard.writeText(button.dataset.copyUrl).then(function () {
                if (status) status.textContent = status.dataset.copiedText;
            });
        });
    });
})();

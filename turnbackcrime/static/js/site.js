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

// The header menu (<details>): on a desktop its content is always shown (site.css uses
// ::details-content; this opens it where that is not supported); on a phone Escape
// closes it and puts focus back on its button.
(function () {
    "use strict";
    var menu = document.getElementById("site-menu");
    if (!menu || !window.matchMedia) return;
    var wide = window.matchMedia("(min-width: 64rem)");
    function sync() { menu.open = wide.matches; }
    sync();
    if (wide.addEventListener) wide.addEventListener("change", sync);
    menu.addEventListener("keydown", function (event) {
        if (event.key !== "Escape" || wide.matches || !menu.open) return;
        menu.open = false;
        menu.querySelector("summary").focus();
    });
})();

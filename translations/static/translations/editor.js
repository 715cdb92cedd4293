// Opens the editor on one language's fields when the address ends in #translate-fr
// (links from Reports → Translations): wagtail-modeltranslation's language toggles
// are pressed so that language shows, and the first of its fields gets the focus.
(function () {
    "use strict";
    var match = /^#translate-([a-z-]+)$/.exec(window.location.hash);
    if (!match) {
        return;
    }
    var language = match[1];
    function open() {
        var toggles = document.querySelectorAll(".locale-picker button.locale-toggle");
        if (!toggles.length) {
            return false;
        }
        toggles.forEach(function (toggle) {
            if (toggle.textContent.trim() === language && !toggle.classList.contains("showing-locale")) {
                toggle.click();
            }
        });
        var field = document.querySelector('[name$="_' + language + '"]:not([type="hidden"]), [data-translation-locked$="_' + language + '"]');
        if (field) {
            field.scrollIntoView({ block: "center" });
            if (typeof field.focus === "function") {
                field.focus({ preventScroll: true });
            }
        }
        return true;
    }
    window.addEventListener("load", function () {
        if (!open()) {
            window.setTimeout(open, 300);
        }
    });
})();

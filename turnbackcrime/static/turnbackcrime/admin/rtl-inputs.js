// Wagtail admin: make the Arabic fields of wagtail-modeltranslation right-to-left.
// Field names end in "_ar" (title_ar, intro_ar) and StreamField children start
// with "body_ar-"; Draftail rich-text editors sit beside a hidden input of that name.
(function () {
    "use strict";
    var ARABIC_FIELD = /(^|-)[a-z0-9_]+_ar($|-)/;

    function mark(root) {
        root.querySelectorAll("input[name], textarea[name], select[name]").forEach(function (el) {
            if (!ARABIC_FIELD.test(el.name) || el.dir === "rtl") return;
            if (el.type === "hidden") {
                var wrapper = el.closest(".Draftail-Editor__wrapper, [data-draftail-input]") || el.parentElement;
                var editor = wrapper && wrapper.querySelector(".Draftail-Editor");
                if (editor) editor.setAttribute("dir", "rtl");
                return;
            }
            el.setAttribute("dir", "rtl");
        });
    }

    function start() {
        mark(document);
        new MutationObserver(function () { mark(document); }).observe(document.body, { childList: true, subtree: true });
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
})();

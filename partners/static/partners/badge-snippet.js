// "Copy the code" beside the badge snippets: shown only where the Clipboard API exists.
(function () {
    "use strict";
    if (!navigator.clipboard) return;
    document.querySelectorAll(".badge-snippet__copy").forEach(function (button) {
        var field = document.getElementById(button.dataset.copyTarget);
        if (!field) return;
        button.hidden = false;
        button.addEventListener("click", function () {
            var status = button.closest(".badge-snippet").querySelector(".badge-snippet__status");
            navigator.clipboard.writeText(field.value).then(function () {
                if (status) status.textContent = status.dataset.copiedText;
            });
        });
    });
})();

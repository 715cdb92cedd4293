// The pledge form's enhancements; the form works without them.
(function () {
    "use strict";
    // After a failed submission the page comes back with an error summary: move focus
    // there, so keyboard and screen-reader users start from the list of what to fix.
    var summary = document.getElementById("form-errors");
    if (summary) {
        summary.focus();
    }

    // A preview of the chosen logo beside the file input, and its file name.
    document.querySelectorAll(".file-input input[type=file]").forEach(function (input) {
        var preview = document.getElementById(input.id + "_preview");
        if (!preview || !window.URL || !URL.createObjectURL) return;
        input.addEventListener("change", function () {
            preview.textContent = "";
            var file = input.files && input.files[0];
            if (!file || !/^image\//.test(file.type)) {
                preview.hidden = true;
                return;
            }
            var image = document.createElement("img");
            image.alt = "";
            image.src = URL.createObjectURL(file);
            image.onload = function () { URL.revokeObjectURL(image.src); };
            var name = document.createElement("span");
            name.className = "file-input__name";
            name.textContent = file.name;
            preview.appendChild(image);
            preview.appendChild(name);
            preview.hidden = false;
        });
    });
})();

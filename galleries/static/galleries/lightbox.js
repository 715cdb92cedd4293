// The gallery lightbox. Without this file every thumbnail is a plain link to
// the full-size photo; with it, the link opens the photo in a modal <dialog>:
// arrows move (mirrored in right-to-left pages), Escape closes, Tab stays
// inside, focus returns to the thumbnail of the photo last shown, a swipe moves
// on touch screens, and "Photo 3 of 12" is announced.
(function () {
    "use strict";

    var grid = document.querySelector("[data-lightbox-gallery]");
    var dialog = document.querySelector("dialog.lightbox");
    if (!grid || !dialog || typeof dialog.showModal !== "function") return;

    var links = Array.prototype.slice.call(grid.querySelectorAll(".gallery-grid__link"));
    var media = dialog.querySelector("[data-lightbox-media]");
    var status = dialog.querySelector("[data-lightbox-status]");
    var caption = dialog.querySelector("[data-lightbox-caption]");
    var credit = dialog.querySelector("[data-lightbox-credit]");
    var counter = grid.getAttribute("data-counter") || "%(number)s / %(total)s";
    var rtl = document.documentElement.getAttribute("dir") === "rtl";
    var current = 0;
    var touchStart = null;

    function copyText(from, to) {
        // Caption and credit keep the lang/dir of an untranslated (English) original.
        to.textContent = from ? from.textContent.trim() : "";
        ["lang", "dir"].forEach(function (name) {
            if (from && from.hasAttribute(name)) to.setAttribute(name, from.getAttribute(name));
            else to.removeAttribute(name);
        });
    }

    function announce() {
        status.textContent = counter
            .replace("%(number)s", String(current + 1))
            .replace("%(total)s", String(links.length));
    }

    function show(index) {
        current = (index + links.length) % links.length;
        var link = links[current];
        var thumb = link.querySelector("img");
        var picture = document.createElement("picture");
        [["image/avif", link.dataset.avif], ["image/webp", link.dataset.webp]].forEach(function (pair) {
            if (!pair[1]) return;
            var source = document.createElement("source");
            source.type = pair[0];
            source.srcset = pair[1];
            source.sizes = "(min-width: 72rem) 68rem, 100vw";
            picture.appendChild(source);
        });
        var img = document.createElement("img");
        img.src = link.getAttribute("href");
        img.alt = thumb ? thumb.alt : "";
        if (link.dataset.width) img.width = Number(link.dataset.width);
        if (link.dataset.height) img.height = Number(link.dataset.height);
        var thumbLang = link.querySelector(".gallery-grid__thumb[lang]");
        if (thumbLang) img.setAttribute("lang", thumbLang.getAttribute("lang"));
        picture.appendChild(img);
        media.replaceChildren(picture);
        var figure = link.closest("figure");
        copyText(figure && figure.querySelector(".gallery-grid__caption-text"), caption);
        copyText(figure && figure.querySelector(".gallery-grid__credit"), credit);
        announce();
    }

    function step(delta) {
        show(current + delta);
    }

    function focusable() {
        return Array.prototype.slice.call(dialog.querySelectorAll("button, a[href], [tabindex='0']"));
    }

    links.forEach(function (link, index) {
        link.addEventListener("click", function (event) {
            // Let the browser handle new-tab and download clicks.
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            status.textContent = "";
            show(index);
            dialog.showModal();
        });
    });

    dialog.addEventListener("close", function () {
        media.replaceChildren();
        status.textContent = "";
        var thumbnail = links[current];
        thumbnail.focus();
        // Chromium may put focus back on the thumbnail that opened the dialog after this
        // event: once more after it, so focus lands on the photo last shown.
        window.setTimeout(function () { thumbnail.focus(); }, 0);
    });

    dialog.querySelector("[data-lightbox-close]").addEventListener("click", function () {
        dialog.close();
    });
    dialog.querySelector("[data-lightbox-prev]").addEventListener("click", function () {
        step(-1);
    });
    dialog.querySelector("[data-lightbox-next]").addEventListener("click", function () {
        step(1);
    });

    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener("click", function (event) {
        if (event.target === dialog) dialog.close();
    });

    dialog.addEventListener("keydown", function (event) {
        if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
            var forward = event.key === "ArrowRight" ? !rtl : rtl;
            event.preventDefault();
            step(forward ? 1 : -1);
        } else if (event.key === "Home") {
            event.preventDefault();
            show(0);
        } else if (event.key === "End") {
            event.preventDefault();
            show(links.length - 1);
        } else if (event.key === "Tab") {
            // Keep Tab inside the dialog (the browser would move on to its own toolbar).
            var items = focusable();
            if (!items.length) return;
            var first = items[0];
            var last = items[items.length - 1];
            if (event.shiftKey && document.activeElement === first) {
                event.preventDefault();
                last.focus();
            } else if (!event.shiftKey && document.activeElement === last) {
                event.preventDefault();
                first.focus();
            }
        }
    });

    // Swipe on touch screens: towards the reading direction's start shows the next photo.
    media.addEventListener(
        "touchstart",
        function (event) {
            var touch = event.changedTouches[0];
            touchStart = { x: touch.clientX, y: touch.clientY };
        },
        { passive: true }
    );
    media.addEventListener("touchend", function (event) {
        if (!touchStart) return;
        var touch = event.changedTouches[0];
        var dx = touch.clientX - touchStart.x;
        var dy = touch.clientY - touchStart.y;
        touchStart = null;
        if (Math.abs(dx) < 40 || Math.abs(dx) < Math.abs(dy)) return;
        var swipedLeft = dx < 0;
        step(swipedLeft !== rtl ? 1 : -1);
    });
})();

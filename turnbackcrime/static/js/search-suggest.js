// Search as you type in the header box: a combobox with a listbox popup, following the
// ARIA Authoring Practices pattern (aria-expanded, aria-controls, aria-activedescendant,
// arrows, Enter, Escape). Without this file the box is a plain search form.
(function () {
    "use strict";
    var MIN_CHARS = 3;
    var DELAY_MS = 150;

    function setup(form) {
        if (form.dataset.suggestReady) return;
        form.dataset.suggestReady = "1";
        var input = form.querySelector(".site-search__input");
        var listbox = form.querySelector(".site-search__listbox");
        var status = form.querySelector(".site-search__status");
        if (!input || !listbox || !window.fetch) return;
        var options = [];
        var active = -1;
        var timer = null;
        var latest = "";

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);

        function announce(text) {
            if (status) status.textContent = text;
        }

        function open() {
            if (!options.length) return;
            listbox.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function close() {
            listbox.hidden = true;
            input.setAttribute("aria-expanded", "false");
            select(-1);
        }

        function select(index) {
            active = index;
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function go(option) {
            window.location.assign(option.dataset.url);
        }

        function render(suggestions) {
            listbox.textContent = "";
            options = suggestions.map(function (suggestion, i) {
                var option = document.createElement("li");
                option.id = listbox.id + "-option-" + i;
                option.className = "site-search__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = suggestion.url;
                var title = document.createElement("span");
                title.textContent = suggestion.title;
                if (suggestion.lang !== document.documentElement.lang) {
                    title.lang = suggestion.lang;
                    title.dir = suggestion.lang === "ar" ? "rtl" : "ltr";
                }
                option.appendChild(title);
                // Clicking an option must not blur the input first (which would close the list).
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                });
                option.addEventListener("click", function () {
                    go(option);
                });
                listbox.appendChild(option);
                return option;
            });
            active = -1;
            input.removeAttribute("aria-activedescendant");
            if (options.length) {
                open();
                announce(form.dataset.statusSome.replace("{count}", options.length));
            } else {
                close();
                announce(form.dataset.statusNone);
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            latest = query;
            if (query.length < MIN_CHARS) {
                options = [];
                listbox.textContent = "";
                close();
                return;
            }
            var url = form.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
            fetch(url, { headers: { Accept: "application/json" } })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (query === latest) render(data.suggestions || []);
                })
                .catch(function () {
                    /* No suggestions: the form still searches. */
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            var expanded = input.getAttribute("aria-expanded") === "true";
            if (event.key === "ArrowDown" || event.key === "Down") {
                if (!options.length) return;
                event.preventDefault();
                if (!expanded) open();
                select(active + 1 >= options.length ? 0 : active + 1);
            } else if (event.key === "ArrowUp" || event.key === "Up") {
                if (!options.length) return;
                event.preventDefault();
                if (!expanded) open();
                select(active <= 0 ? options.length - 1 : active - 1);
            } else if (event.key === "Enter") {
                if (expanded && active >= 0) {
                    event.preventDefault();
                    go(options[active]);
                }
            } else if (event.key === "Escape" || event.key === "Esc") {
                // Handled here: the Escape that closes the list (or clears the box) does not
                // also close the phone menu around the box (site.js).
                if (expanded) {
                    event.preventDefault();
                    event.stopPropagation();
                    close();
                } else if (input.value) {
                    event.preventDefault();
                    event.stopPropagation();
                    input.value = "";
                }
            }
        });

        input.addEventListener("blur", function () {
            close();
        });
    }

    function init() {
        document.querySelectorAll("form.site-search[data-suggest-url]").forEach(setup);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();

// "Where to report it": the visitor's country, remembered in this browser only.
// Without this file the form sends ?report_country= and the server renders the
// answer. With it, the choice is kept in localStorage (never a cookie, never sent
// to analytics: pages stay cacheable) and the country's part is loaded from the
// country index's where-to-report/ address, one cacheable URL per country.
(function () {
    "use strict";

    var KEY = "tbc.reportCountry";
    var block = document.querySelector(".where-to-report[data-fragment-url]");
    if (!block || !window.fetch) return;
    var form = block.querySelector("form");
    var select = block.querySelector("select[name=report_country]");
    var result = block.querySelector(".where-to-report__result");
    if (!form || !select || !result) return;
    var url = block.getAttribute("data-fragment-url");

    function remember(code) {
        try {
            if (code) window.localStorage.setItem(KEY, code);
            else window.localStorage.removeItem(KEY);
        } catch (e) { /* storage off: the choice lasts for this page only */ }
    }

    function remembered() {
        try { return window.localStorage.getItem(KEY) || ""; } catch (e) { return ""; }
    }

    function hasOption(code) {
        return Array.prototype.some.call(select.options, function (option) { return option.value === code; });
    }

    function load(code) {
        block.setAttribute("aria-busy", "true");
        return fetch(url + "?country=" + encodeURIComponent(code), { credentials: "omit" })
            .then(function (response) {
                if (!response.ok) throw new Error(response.status);
                return response.text();
            })
            .then(function (html) { result.innerHTML = html; })
            .catch(function () { form.submit(); })
            .then(function () { block.removeAttribute("aria-busy"); });
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var code = select.value;
        remember(code);
        load(code);
    });

    var fromLink = new URLSearchParams(window.location.search).get("report_country") || "";
    if (fromLink && hasOption(fromLink)) {
        remember(fromLink);
    } else {
        var saved = remembered();
        if (saved && hasOption(saved) && select.value !== saved) {
            select.value = saved;
            load(saved);
        }
    }
})();

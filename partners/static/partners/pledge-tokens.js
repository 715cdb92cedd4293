// The pledge page comes from the page cache, the same for every visitor, so its form
// carries no CSRF token. When the form is first used, this fetches the visitor's own
// (and a fresh form key and timing token) from the uncached visitor-tokens endpoint.
// Without JavaScript, or if the fetch fails, the POST fails its CSRF check and the
// server shows the form again with the answers kept and a token of its own.
(function () {
    "use strict";
    var form = document.querySelector("form[data-visitor-tokens]");
    if (!form || !window.fetch) {
        return;
    }
    var loading = null;

    function fill(tokens) {
        form.elements.csrfmiddlewaretoken.value = tokens.csrf_token;
        form.elements.submission_key.value = tokens.submission_key;
        form.elements.timing_token.value = tokens.timing_token;
    }

    function load() {
        if (!loading) {
            loading = fetch(form.getAttribute("data-visitor-tokens"), {
                credentials: "same-origin",
                headers: { Accept: "application/json" },
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("visitor tokens: HTTP " + response.status);
                    }
                    return response.json();
                })
                .then(fill)
                .catch(function () {
                    loading = null; // tried again on submit; else the server-side fallback
                });
        }
        return loading;
    }

    form.addEventListener("focusin", load, { once: true });
    form.addEventListener("submit", function (event) {
        if (form.elements.csrfmiddlewaretoken.value) {
            return;
        }
        event.preventDefault();
        var sending = load() || Promise.resolve();
        sending.then(function () {
            form.submit();
        });
    });
})();

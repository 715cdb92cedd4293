"""Mozilla HTTP Observatory's score, computed from one response's headers by its published rules.

Implements the tests the Observatory runs on headers (scoring as published in its
documentation, "Tests and scoring"): Content-Security-Policy, cookies, Cross-Origin-
Resource-Policy, CORS, HSTS, redirection (given the response to the plain-http request),
Referrer-Policy, X-Content-Type-Options and X-Frame-Options. Subresource integrity is n/a
(no third-party scripts). The score starts at 100; bonuses count only when the score
without them is at least 90. A+ is 100 and above.
"""

from http.cookies import SimpleCookie

SAFE_REFERRERS = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
KNOWN_REFERRERS = SAFE_REFERRERS | {
    "no-referrer-when-downgrade",
    "origin",
    "origin-when-cross-origin",
    "unsafe-url",
}
SESSION_WORDS = ("session", "login", "auth", "sid")


def parse_csp(value):
    policy = {}
    for part in value.split(";"):
        tokens = part.strip().split()
        if tokens:
            policy.setdefault(tokens[0].lower(), [t.lower() for t in tokens[1:]])
    return policy


def csp_result(headers):
    value = headers.get("Content-Security-Policy")
    if not value:
        return "csp-not-implemented", -25
    policy = parse_csp(value)
    if not policy:
        return "csp-header-invalid", -25
    default = policy.get("default-src", ["*"])
    scripts = policy.get("script-src", default)
    styles = policy.get("style-src", default)
    objects = policy.get("object-src", default)
    has_nonce_or_hash = any(s.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-")) for s in scripts)
    unsafe_script = (
        ("'unsafe-inline'" in scripts and not has_nonce_or_hash and "'strict-dynamic'" not in scripts)
        or any(s in ("*", "data:", "http:", "https:") for s in scripts)
        or any(s in ("*", "data:", "http:", "https:") for s in objects)
    )
    if unsafe_script:
        return "csp-implemented-with-unsafe-inline", -20
    active = scripts + objects + policy.get("connect-src", default) + policy.get("frame-src", default)
    if any(s == "http:" or s.startswith("http://") for s in active):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in scripts:
        return "csp-implemented-with-unsafe-eval", -10
    passive = policy.get("img-src", default) + policy.get("media-src", default) + styles
    if any(s == "http:" or s.startswith("http://") for s in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if "'unsafe-inline'" in styles or "*" in styles:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def cookies_result(set_cookie_headers, hsts):
    cookies = SimpleCookie()
    for header in set_cookie_headers:
        cookies.load(header)
    if not cookies:
        return "cookies-not-found", 0
    worst = ("cookies-secure-with-httponly-sessions-and-samesite", 5)
    for name, morsel in cookies.items():
        session = any(word in name.lower() for word in SESSION_WORDS)
        samesite = morsel["samesite"].lower()
        if samesite and samesite not in ("lax", "strict", "none"):
            return "cookies-samesite-flag-invalid", -20
        if session and not morsel["httponly"]:
            return "cookies-session-without-httponly-flag", -30
        if not morsel["secure"]:
            if session:
                return (
                    ("cookies-session-without-secure-flag-but-protected-by-hsts", -10)
                    if hsts
                    else (
                        "cookies-session-without-secure-flag",
                        -40,
                    )
                )
            worst = min(
                worst,
                ("cookies-without-secure-flag-but-protected-by-hsts", -5)
                if hsts
                else (
                    "cookies-without-secure-flag",
                    -20,
                ),
                key=lambda r: r[1],
            )
        if "csrf" in name.lower() and not samesite:
            worst = min(worst, ("cookies-anticsrf-without-samesite-flag", -20), key=lambda r: r[1])
        if not samesite:
            worst = min(worst, ("cookies-secure-with-httponly-sessions", 0), key=lambda r: r[1])
    return worst


def corp_result(headers):
    value = headers.get("Cross-Origin-Resource-Policy")
    if value is None:
        return "cross-origin-resource-policy-not-implemented", 0
    if value.strip().lower() in ("same-site", "same-origin"):
        return "cross-origin-resource-policy-implemented-with-same-site", 0
    if value.strip().lower() == "cross-origin":
        return "cross-origin-resource-policy-implemented-with-cross-origin", 0
    return "cross-origin-resource-policy-header-invalid", -5


def cors_result(headers):
    origin = headers.get("Access-Control-Allow-Origin")
    if origin is None:
        return "cross-origin-resource-sharing-not-implemented", 0
    if origin.strip() == "*" and headers.get("Access-Control-Allow-Credentials", "").lower() == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-implemented-with-public-access", 0


def hsts_max_age(headers):
    value = headers.get("Strict-Transport-Security")
    if not value:
        return None
    for part in value.split(";"):
        key, _, number = part.strip().partition("=")
        if key.lower() == "max-age" and number.strip().isdigit():
            return int(number)
    return -1


def hsts_result(headers):
    max_age = hsts_max_age(headers)
    if max_age is None:
        return "hsts-not-implemented", -20
    if max_age < 0:
        return "hsts-header-invalid", -20
    if max_age < 15_552_000:
        return "hsts-implemented-max-age-less-than-six-months", -10
    # +5 needs the domain on the browsers' preload list, which headers alone cannot show.
    return "hsts-implemented-max-age-at-least-six-months", 0


def redirection_result(http_status, http_location, host):
    if http_status not in (301, 302, 307, 308):
        return "redirection-missing", -20
    if not http_location.startswith(f"https://{host}"):
        return "redirection-not-to-https-on-initial-redirection", -20
    return "redirection-to-https", 0


def referrer_result(headers):
    value = headers.get("Referrer-Policy")
    if value is None:
        return "referrer-policy-not-implemented", 0
    policies = [p.strip().lower() for p in value.split(",") if p.strip()]
    valid = [p for p in policies if p in KNOWN_REFERRERS]
    if not valid:
        return "referrer-policy-header-invalid", -5
    if valid[-1] in SAFE_REFERRERS:
        return "referrer-policy-private", 5
    if valid[-1] == "no-referrer-when-downgrade":
        return "referrer-policy-no-referrer-when-downgrade", 0
    return "referrer-policy-unsafe", -5


def nosniff_result(headers):
    value = headers.get("X-Content-Type-Options")
    if value is None:
        return "x-content-type-options-not-implemented", -5
    if value.strip().lower() != "nosniff":
        return "x-content-type-options-header-invalid", -5
    return "x-content-type-options-nosniff", 0


def xfo_result(headers):
    csp = parse_csp(headers.get("Content-Security-Policy", ""))
    if "frame-ancestors" in csp:
        return "x-frame-options-implemented-via-csp", 5
    value = headers.get("X-Frame-Options")
    if value is None:
        return "x-frame-options-not-implemented", -20
    if value.strip().upper() in ("DENY", "SAMEORIGIN"):
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-header-invalid", -20


def score(response, http_response, host="testserver"):
    """(score, {test: (result, modifier)}) for an https response and the plain-http one."""
    headers = response.headers
    set_cookies = [morsel.OutputString() for morsel in response.cookies.values()]
    results = {
        "content-security-policy": csp_result(headers),
        "cookies": cookies_result(set_cookies, hsts_max_age(headers) is not None),
        "cross-origin-resource-policy": corp_result(headers),
        "cross-origin-resource-sharing": cors_result(headers),
        "strict-transport-security": hsts_result(headers),
        "redirection": redirection_result(http_response.status_code, http_response.get("Location", ""), host),
        "referrer-policy": referrer_result(headers),
        "x-content-type-options": nosniff_result(headers),
        "x-frame-options": xfo_result(headers),
    }
    penalties = sum(m for _, m in results.values() if m < 0)
    bonuses = sum(m for _, m in results.values() if m > 0)
    total = 100 + penalties
    if total >= 90:
        total += bonuses
    return total, results


def grade(total):
    for limit, letter in ((100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+")):
        if total >= limit:
            return letter
    return "C or lower"

# Turn Back Crime: the full-page cache in front of the app nodes (gunicorn).
#
# Anonymous GETs of public pages come from the cache, kept as long as the app's
# `s-maxage` says and purged on publish (turnbackcrime/frontend_cache.py sends
# PURGE <path>, which bans that path with every query string: the paginated and
# filtered pages of a listing). Admin, logged-in editors, POSTs, search with a
# query and the pledge form's per-visitor tokens always reach the app, with
# their cookies; every other request loses its cookies here.
#
# backends.vcl (written by scripts/serve.py, one backend per app node) defines
# the backends with health probes and `sub vcl_init` creating the director `app`.
vcl 4.1;

import std;
import directors;

include "backends.vcl";

# Who may purge: the app nodes and the task worker. Widen for a multi-machine setup.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    # One id per request, passed to the app and back to the client (logs join on it).
    # A client's own id is kept when it is short and plain, the app's rule too.
    if (!req.http.X-Request-ID || req.http.X-Request-ID !~ "^[A-Za-z0-9._:-]{1,64}$") {
        set req.http.X-Request-ID = "tbc-" + std.integer(time=now) + "-" + req.xid;
    }

    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(403, "Forbidden"));
        }
        ban("obj.http.X-Cache-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    # What always reaches the app: metrics, the admin, documents, the pledge form's tokens
    # and search results (they depend on the query; the empty search page is cached).
    # One regex for all (a cache hit is matched against it once), metrics told apart inside.
    if (req.url ~ "^/(metrics(/|\?|$)|admin/|documents/)|/visitor-tokens/|^/[a-z][a-z]/search/\?(.*&)?q=[^&]") {
        # Metrics (turnbackcrime/metrics): never cached, never public. Scrapers ask each app
        # node directly; through here only with a bearer token, which the app checks.
        if (req.url ~ "^/metrics(/|\?|$)" && !req.http.Authorization) {
            return (synth(404, "Not Found"));
        }
        return (pass);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Cookie) {
        # Logged-in editors (Django's session cookie, which the admin sets) see pages live.
        if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
            return (pass);
        }
        unset req.http.Cookie;
    }

    # Serve the last good page while a new one is fetched: briefly when the app is
    # healthy (stale-while-revalidate), for a day when every node is down.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    # What the cache did, for the app's request log (a HIT never reaches the app).
    if (bereq.uncacheable) {
        set bereq.http.X-Cache = "PASS";
    } elsif (bereq.is_bgfetch) {
        set bereq.http.X-Cache = "REFRESH";
    } else {
        set bereq.http.X-Cache = "MISS";
    }
    # A retry goes to the next healthy node.
    if (bereq.retries > 0) {
        set bereq.backend = app.backend();
    }
}

sub vcl_backend_error {
    # A node that died between two health probes: try another (reads only, never a POST twice).
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_backend_response {
    # The path of the object, so a purge of the path bans every query string of it.
    set beresp.http.X-Cache-Path = regsub(bereq.url, "\?.*$", "");
    # The app's X-Request-ID is the fetch's: each visitor gets their own (vcl_deliver).
    unset beresp.http.X-Request-ID;
    # Which server software the app runs (gunicorn) is nobody's business; removed from the
    # object once here, not from each hit's response.
    unset beresp.http.Server;
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        # Keep serving the graced copy rather than caching an error.
        return (abandon);
    }
    if (beresp.http.Set-Cookie) {
        # A response that sets a cookie is someone's own: never stored (hit-for-miss).
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    if (beresp.http.Cache-Control ~ "public") {
        set beresp.grace = 1d;
        if (beresp.http.Content-Type ~ "^(text/|application/(rss|atom)\+xml|application/xml|application/json|image/svg)") {
            set beresp.do_gzip = true;
        }
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    set resp.http.X-Request-ID = req.http.X-Request-ID;
    unset resp.http.X-Cache-Path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}

sub vcl_synth {
    set resp.http.X-Request-ID = req.http.X-Request-ID;
}

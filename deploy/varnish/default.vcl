# Varnish in front of the site (Debian 12's varnish 7.1): keeps the anonymous public pages the app marks
# `Cache-Control: public, s-maxage=…` and forgets one when the app sends PURGE for its address (Wagtail's
# frontend cache, FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:6081). README, "Caching and scale".
#
# Install: copy to /etc/varnish/default.vcl, point the backend at the app server (gunicorn), and run
# varnishd on 127.0.0.1:6081 behind nginx (TLS ends there).
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

# Who may purge: the app servers. Add their addresses when they run on other machines.
acl purge {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purge) {
            return (synth(405, "Not allowed"));
        }
        # The page at this address and every query string of it (?page=2, filters): one ban, on what the
        # objects remember of their host and path (so the ban lurker can clear them in the background).
        ban("obj.http.X-Cache-Host == " + req.http.host + " && obj.http.X-Cache-Path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, document downloads (private until published, checked by the app on every request) and
    # anyone with a session (signed in, or holding a page password) go to the app every time.
    if (req.url ~ "^/(admin|documents)/" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Other cookies (a CSRF token, analytics) change nothing in a public page: not part of the key.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    set beresp.http.X-Cache-Host = bereq.http.host;
    set beresp.http.X-Cache-Path = regsub(bereq.url, "\?.*$", "");
    # What sets a cookie or says private/no-store is never kept (Varnish's built-in rules do the rest:
    # its lifetime is the answer's s-maxage).
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    unset resp.http.X-Cache-Host;
    unset resp.http.X-Cache-Path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

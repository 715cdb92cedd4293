from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import FileResponse, Http404, HttpResponseServerError, JsonResponse
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_bidi
from wagtail.models import Site


def server_error(request):
    """Render the 500 page in the visitor's language without touching the database.

    Django's default handler renders 500.html with an empty context; ours adds
    the active language (set by LocaleMiddleware from the URL) so the page reads
    in the visitor's language and direction, and nothing that needs the
    database (which may be what failed).
    """
    template = loader.get_template("500.html")
    context = {
        "LANGUAGE_CODE": get_language(),
        "LANGUAGE_BIDI": get_language_bidi(),
        # "Try again" reloads the page (a GET); after a POST, the page explains what to do.
        "retry_url": request.get_full_path() if request.method == "GET" else request.path,
        "was_form": request.method == "POST",
    }
    response = HttpResponseServerError(template.render(context))
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def csrf_failure(request, reason=""):
    """Django's CSRF failure view, in the visitor's language and the site's look.

    Usually an expired cookie or a page kept open for long (the pledge form, a
    search): the page says so and links back, instead of Django's bare technical page.
    A page whose form is served from the page cache (without a token) can do better:
    when the POST went to a page with `csrf_failure_response(request)`, that page
    answers, e.g. with the form and the visitor's answers kept.
    """
    page = _posted_page(request)
    if page is not None and hasattr(page, "csrf_failure_response"):
        return page.csrf_failure_response(request)
    return TemplateResponse(request, "csrf_failure.html", {"reason": reason}, status=403)


# Files browsers and platforms ask for at fixed addresses (/favicon.ico,
# /apple-touch-icon.png): served from the core's static folder, cached for a day.
ROOT_ICONS = {"favicon.ico": "image/x-icon", "apple-touch-icon.png": "image/png"}


def root_icon(request, name):
    if name not in ROOT_ICONS:
        raise Http404
    path = finders.find(name)
    handle = open(path, "rb") if path else staticfiles_storage.open(name)  # noqa: SIM115 - FileResponse closes it
    response = FileResponse(handle, content_type=ROOT_ICONS[name])
    response["Cache-Control"] = "public, max-age=86400"
    return response


def web_manifest(request):
    """The web app manifest: name, colours and icons for "add to home screen"."""
    manifest = {
        "name": "Turn Back Crime",
        "short_name": "Turn Back Crime",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#14213d",
        "icons": [
            {"src": static("icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {"src": static("img/logo-mark.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = JsonResponse(manifest, content_type="application/manifest+json")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def _posted_page(request):
    """The Wagtail page a POST was sent to, or None."""
    match = getattr(request, "resolver_match", None)
    if request.method != "POST" or match is None or match.url_name != "wagtail_serve":
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    path = match.args[0] if match.args else match.kwargs.get("path", "")  # wagtail_serve's one argument
    components = [part for part in (path or "").split("/") if part]
    try:
        page, _args, _kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    return page if page.live else None

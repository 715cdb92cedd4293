from django.http import HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.utils.translation import get_language, get_language_bidi


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
    """
    return TemplateResponse(request, "csrf_failure.html", {"reason": reason}, status=403)

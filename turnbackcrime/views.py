from django.http import HttpResponseServerError
from django.template import loader
from django.utils.translation import get_language, get_language_bidi


def server_error(request):
    """Render the 500 page in the visitor's language without touching the database.

    Django's default handler renders 500.html with an empty context; ours adds
    the active language (set by LocaleMiddleware from the URL) so the page reads
    in the visitor's language and direction, and nothing that needs the
    database (which may be what failed).
    """
    template = loader.get_template("500.html")
    context = {"LANGUAGE_CODE": get_language(), "LANGUAGE_BIDI": get_language_bidi()}
    return HttpResponseServerError(template.render(context))

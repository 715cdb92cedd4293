"""One public pledge's own page (`<pledge page>/<id>/`): what the wall shows of it, its share
links and the badge code its organisation copies. Only public pledges (approved, consented)
have one; any other id is a 404."""

from django.http import Http404
from django.template.response import TemplateResponse

from .models import Pledge


def public_pledge_view(request, page, pledge_id):
    pledge = (
        Pledge.objects.public()
        .select_related("partner", "partner__logo")
        .prefetch_related("partner__logo__renditions")
        .filter(pk=pledge_id)
        .first()
    )
    if pledge is None:
        raise Http404("No public pledge with this id")
    context = page.get_context(request)
    context.update({"pledge": pledge})
    return TemplateResponse(request, "partners/public_pledge.html", context)

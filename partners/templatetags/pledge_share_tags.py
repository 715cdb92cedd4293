"""Tags of the pledge's share step and badge snippets (partners.sharing, partners.badges)."""

from django import template
from django.utils.translation import get_language

from ..badges import badge_snippets
from ..models import PledgePage
from ..sharing import share_message, share_url, via_from

register = template.Library()


@register.simple_tag(takes_context=True)
def share_step(context, pledge, page):
    """The thank-you page's message and link (with the pledge's share code)."""
    return {
        "message": share_message(pledge.language),
        "url": share_url(pledge, page, context.get("request")),
        "code": pledge.share_code,
    }


@register.simple_tag(takes_context=True)
def badge_code(context, pledge=None):
    """The snippets to paste: the campaign's badge, or an approved pledge's own.

    On the pledge page the page and the count are at hand already: no query for them again.
    """
    page = context.get("page")
    progress = context.get("progress")
    return badge_snippets(
        get_language(),
        pledge,
        context.get("request"),
        page=page if isinstance(page, PledgePage) else None,
        total=progress.total if progress is not None else None,
    )


@register.simple_tag(takes_context=True)
def via_code(context):
    """The `?via=` code of this request, checked for its form (kept in the pledge form)."""
    request = context.get("request")
    if request is None:
        return ""
    return via_from(request.POST) if request.method == "POST" else via_from(request.GET)

"""The share step after a pledge: a message in the pledger's language, share links that carry
the pledge's own code (`?via=<share code>`), and the code recorded on the pledges they bring.

A code reaches the form as `?via=` on the pledge page, travels in a hidden field, and is kept
on the new pledge only if it is the share code of an existing pledge (anything else is
dropped without a word: a mistyped link still pledges). Staff see, per pledge, how many
pledges came through its shares (Pledges listing and export).
"""

import re
from urllib.parse import urlencode

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import translation
from wagtail_modeltranslation.contextlib import use_language

from .models import Pledge, PledgeStatus

VIA_FORMAT = re.compile(r"^[A-Za-z0-9_-]{4,16}$")


def via_from(data):
    """The `via` value of a query or form if it looks like a share code, else ''."""
    value = str(data.get("via", ""))[:16]
    return value if VIA_FORMAT.match(value) else ""


def recorded_via(data):
    """The code a new pledge keeps: a real pledge's share code, else ''."""
    code = via_from(data)
    if code and Pledge.objects.filter(share_code=code).exists():
        return code
    return ""


def share_url(pledge, page, request=None):
    """The pledge page in the pledger's language, with their share code."""
    with use_language(pledge.language):
        url = page.get_full_url(request) or ""
    return f"{url}?{urlencode({'via': pledge.share_code})}"


def share_message(language):
    with translation.override(language):
        return translation.gettext(
            "We have pledged to help turn back organised crime. Add your organisation's pledge too:"
        )


def with_pledges_brought(pledges):
    """Annotate `brought`: how many pledges (suspected spam left out) came through each one's shares."""
    brought = (
        Pledge.objects.filter(via=OuterRef("share_code"))
        .exclude(status=PledgeStatus.SPAM)
        .order_by()
        .values("via")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return pledges.annotate(brought=Coalesce(Subquery(brought, output_field=IntegerField()), Value(0)))

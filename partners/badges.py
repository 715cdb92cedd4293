"""The embeddable pledge badge: "We pledged to Turn Back Crime" with the live count and
the goal, for partners' own sites, as a framable page or a static SVG image.

`/badge/<lang>/` counts the whole campaign; `/badge/<lang>/<pledge id>/` is an approved
pledge's own badge, whose link carries that pledge's share code (`?via=`) so the pledges
it brings are counted. Only approved pledges have one; any other id is a 404. The badge
names nobody (the partner's own site says who "we" are), sets no cookie, loads no script,
and may be framed by any origin: it alone is exempt from X-Frame-Options and sends
`frame-ancestors *`.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail_modeltranslation.contextlib import use_language

from turnbackcrime.numbers import format_count

from .http import outside_language_prefixes, public_cacheable
from .models import Pledge, PledgePage, PledgeStatus
from .progress import progress_for

# The frame wraps its text (320 px wide, room for three lines); SVG text cannot wrap, so the
# image is wider, for the longest title (French) on one line.
FRAME_WIDTH, FRAME_HEIGHT = 320, 170
BADGE_WIDTH, BADGE_HEIGHT = 440, 132
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def _language(lang):
    if lang not in LANGUAGE_CODES:
        raise Http404("No such language")
    return lang


def approved_pledge(pledge_id):
    """The pledge a partner's badge shows: approved (published or not: the badge names no one)."""
    if pledge_id is None:
        return None
    approved = Pledge.objects.filter(status=PledgeStatus.APPROVED)
    pledge = approved.filter(pk=pledge_id).only("pk", "share_code").first()
    if pledge is None:
        raise Http404("No approved pledge with this id")
    return pledge


def pledge_link(page, lang, request=None, share_code=""):
    """The pledge page in `lang`, absolute, with the share code when there is one."""
    if page is None:
        return ""
    with use_language(lang):
        url = page.get_full_url(request) or ""
    return f"{url}?{urlencode({'via': share_code})}" if share_code else url


def badge_context(lang, pledge=None, request=None, page=None, total=None):
    """Two queries (the pledge page, the public count), none for what the caller passes."""
    if page is None:
        page = PledgePage.objects.live().public().first()
    if total is None:
        total = Pledge.objects.public().count()
    progress = progress_for(page, total)
    with translation.override(lang):
        title = (
            translation.gettext("We pledged to Turn Back Crime")
            if pledge
            else translation.gettext("Take the pledge to Turn Back Crime")
        )
        count_text = translation.ngettext(
            "%(count)s organisation has pledged its support.",
            "%(count)s organisations have pledged their support.",
            total,
        ) % {"count": format_count(total, lang)}
        goal_text = ""
        if progress.reached:
            goal_text = translation.gettext("Goal of %(goal)s pledges reached!") % {
                "goal": format_count(progress.goal, lang)
            }
        elif progress.has_goal:
            goal_text = translation.gettext("%(percent)s%% of the goal of %(goal)s pledges") % {
                "percent": progress.percent,
                "goal": format_count(progress.goal, lang),
            }
    context = {
        "lang": lang,
        "dir": "rtl" if translation.get_language_info(lang)["bidi"] else "ltr",
        "pledge": pledge,
        "progress": progress,
        "title": title,
        "count_text": count_text,
        "goal_text": goal_text,
        "link": pledge_link(page, lang, request, pledge.share_code if pledge else ""),
        "width": BADGE_WIDTH,
        "height": BADGE_HEIGHT,
    }
    # The SVG draws its own bar and aligns its text to the language's start side.
    bar_full = BADGE_WIDTH - 32
    bar_width = bar_full * progress.percent // 100
    rtl = context["dir"] == "rtl"
    context.update(
        bar_full=bar_full,
        bar_width=bar_width,
        bar_x=BADGE_WIDTH - 16 - bar_width if rtl else 16,
        text_x=BADGE_WIDTH - 16 if rtl else 16,
    )
    return context


def _embeddable(response, lang):
    # Framable by any site: this view alone sets its own frame-ancestors (#12's CSP keeps it).
    response["Content-Security-Policy"] = "frame-ancestors *"
    response["Content-Language"] = lang  # the badge's, not the visitor's (LocaleMiddleware keeps it)
    return public_cacheable(response)


@outside_language_prefixes
@require_safe
@xframe_options_exempt
def badge_view(request, lang, pledge_id=None):
    lang = _language(lang)
    context = badge_context(lang, approved_pledge(pledge_id), request)
    with translation.override(lang):
        response = TemplateResponse(request, "partners/badge/badge.html", context)
        response.render()
    return _embeddable(response, lang)


@outside_language_prefixes
@require_safe
@xframe_options_exempt
def badge_svg_view(request, lang, pledge_id=None):
    lang = _language(lang)
    context = badge_context(lang, approved_pledge(pledge_id), request)
    with translation.override(lang):
        response = TemplateResponse(
            request, "partners/badge/badge.svg", context, content_type="image/svg+xml; charset=utf-8"
        )
        response.render()
    return _embeddable(response, lang)


def badge_snippets(lang, pledge=None, request=None, base_url="", page=None, total=None):
    """The HTML a partner pastes into their site: the framed badge, or the SVG image."""
    base = base_url or (request.build_absolute_uri("/").rstrip("/") if request else "")
    args = [lang] if pledge is None else [lang, pledge.pk]
    frame_url = base + reverse("pledge-badge", args=args)
    svg_url = base + reverse("pledge-badge-svg", args=args)
    context = badge_context(lang, pledge, request, page, total)
    alt = f"{context['title']}: {context['count_text']}"
    title = context["title"]
    return {
        "frame_url": frame_url,
        "svg_url": svg_url,
        "iframe": format_html(
            '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" style="border:0"></iframe>',
            frame_url,
            title,
            FRAME_WIDTH,
            FRAME_HEIGHT,
        ),
        "image": format_html(
            '<a href="{}"><img src="{}" alt="{}" width="{}" height="{}"></a>',
            context["link"],
            svg_url,
            alt,
            BADGE_WIDTH,
            BADGE_HEIGHT,
        ),
    }

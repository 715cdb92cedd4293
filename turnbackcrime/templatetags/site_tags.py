"""Template tags for the site shell: languages, menu, fallback marking."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site
from wagtail_modeltranslation.contextlib import use_language

register = template.Library()


def _page_url_in(page, language, request):
    with use_language(language):
        return page.get_url(request=request)


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each language: what the switcher and hreflang links use.

    On a Wagtail page this is the page's own URL in each language (its
    translated slug); elsewhere (search, 404, forms) the same path with the
    language prefix swapped.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            url = _page_url_in(page, code, request)
        else:
            url = translate_url(request.get_full_path(), code)
        if url is None:
            continue
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "dir": "rtl" if info["bidi"] else "ltr",
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "active": code == current,
            }
        )
    return links


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The top navigation: the home page's live children marked "show in menus"."""
    request = context.get("request")
    current = context.get("page")
    site = Site.find_for_request(request) if request else None
    items = []
    if site is not None:
        root = site.root_page
        for child in root.get_children().live().in_menu():
            is_current = current is not None and (
                current.pk == child.pk or current.path.startswith(child.path)
            )
            items.append({"title": child.title, "url": child.get_url(request), "current": is_current})
    return {"items": items, "home_url": site.root_page.get_url(request) if site else "/"}


@register.simple_tag
def fallback_lang(obj, field_name):
    """` lang="en" dir="ltr"` when `obj.field_name` shows the English fallback.

    Use on the element that holds the field, e.g.
    `<h1{% fallback_lang page "title" %}>{{ page.title }}</h1>`, so screen
    readers and browsers treat untranslated text as English.
    """
    language = get_language()
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if obj is None or language == default:
        return ""
    own = getattr(obj, build_localized_fieldname(field_name, language), None)
    if own is not None and _has_content(own):
        return ""
    if not _has_content(getattr(obj, build_localized_fieldname(field_name, default), None)):
        return ""
    return format_html(' lang="{}" dir="ltr"', default)


def _has_content(value):
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    try:
        return len(value) > 0
    except TypeError:
        return True

"""Template tags for the site shell: languages, menu, fallback marking."""

import functools

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail_modeltranslation.contextlib import use_language

from turnbackcrime import fragments, request_memo

from ..images import SOCIAL_IMAGE_SPEC, existing_rendition
from ..models import SiteSettings

register = template.Library()

DEFAULT_SHARE_ALT = _("The Turn Back Crime logo and the campaign's call: each of us can help turn back crime")


def _warm_site_root_paths():
    """Every language's site root paths from one query, where the cache lacks them.

    wagtail-modeltranslation caches the root paths per language
    ("wagtail_site_root_paths_<lang>") and reads each with its own query the first
    time a URL is made in that language: four queries for the language links of a
    page on an empty cache. Same key, value and lifetime as modeltranslation's.
    """
    keys = {code: f"wagtail_site_root_paths_{code}" for code, _name in settings.LANGUAGES}
    try:
        found = cache.get_many(keys.values())
    except Exception:  # noqa: BLE001 - a cache that fails only costs the queries
        return
    missing = [code for code, key in keys.items() if key not in found]
    if not missing:
        return
    # The request's sites (read with its site, turnbackcrime.request_memo).
    sites = request_memo.sites()
    values = {}
    for code in missing:
        with use_language(code):
            rows = [
                (site.id, site.root_page.url_path, site.root_url, site.root_page.locale.language_code)
                for site in sites
            ]
        values[keys[code]] = sorted(rows, key=lambda row: row[1], reverse=True)
    try:
        cache.set_many(values, 3600)
    except Exception:  # noqa: BLE001
        return


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
    _warm_site_root_paths()
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


def _share_image(rendition):
    return (
        None
        if rendition is None
        else {"url": rendition.url, "width": rendition.width, "height": rendition.height}
    )


def page_share_image(request, page):
    """The page's hero share picture ({url, width, height} or None), once per content version:
    the hero image and its renditions are two queries a page view would otherwise make."""
    return fragments.cached_value(
        request, "page-share-image", [page.pk], lambda: _share_image(page.social_image())
    )


def default_share_image(request):
    """The site's default share picture ({url, width, height} or None), read from the database
    once per content version: the settings row, the image and its rendition are three queries."""

    def compute():
        site_settings = SiteSettings.for_request(request)
        return _share_image(existing_rendition(site_settings.default_share_image, SOCIAL_IMAGE_SPEC))

    # The field is translated: the language is part of the key (fragment_key adds it).
    return fragments.cached_value(request, "default-share-image", [], compute)


OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR"}


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def page_meta(context, title="", description=""):
    """Description, canonical URL, Open Graph and Twitter card tags for any page.

    Uses what the page has: its SEO title or title, its search description or
    teaser, and its hero image's share rendition (made on publish, never here).
    """
    request = context.get("request")
    page = context.get("page")
    specific = getattr(page, "specific_deferred", page) if isinstance(page, Page) else None
    if specific is not None:
        title = title or specific.seo_title or specific.title
        description = description or specific.search_description or getattr(specific, "teaser_text", "")
        if not description:
            description = getattr(specific, "intro", "") or ""
    current = get_language()
    links = context.get("languages") or language_links(context)
    canonical = next((link["full_url"] for link in links if link["code"] == current), None)
    if canonical is None and request is not None:
        canonical = request.build_absolute_uri(request.path)
    title = title or "Turn Back Crime"
    image = page_share_image(request, specific) if hasattr(specific, "social_image") else None
    image_alt = getattr(specific, "hero_alt", "") if image else ""
    if image is None and request is not None:
        # Pages without a hero (the home page, search, listings) share the site's designed picture.
        image = default_share_image(request)
        image_alt = DEFAULT_SHARE_ALT if image else ""
    return {
        "request": request,
        "title": title,
        "description": " ".join(str(description).split())[:300],
        "url": canonical,
        "image": image,
        "image_alt": image_alt,
        "type": "website" if specific is None or specific.depth <= 2 else "article",
        "published": getattr(specific, "first_published_at", None),
        "locale": OG_LOCALES.get(current, current),
        "alternate_locales": [OG_LOCALES[link["code"]] for link in links if link["code"] != current],
    }


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, title="", url=""):
    """Plain share links (no third-party scripts) with #TurnBackCrime, and a copy-link button."""
    from urllib.parse import quote

    request = context.get("request")
    page = context.get("page")
    if not url:
        if isinstance(page, Page) and request is not None:
            url = request.build_absolute_uri(page.get_url(request))
        elif request is not None:
            url = request.build_absolute_uri(request.path)
    title = title or (page.title if isinstance(page, Page) else "Turn Back Crime")
    text = f"{title} #TurnBackCrime"
    u, t = quote(url or "", safe=""), quote(text, safe="")
    return {
        "url": url,
        "networks": [
            ("X", f"https://x.com/intent/post?text={t}&url={u}"),
            ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
            ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={u}"),
            ("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
        ],
        "email_link": f"mailto:?subject={quote(title, safe='')}&body={t}%20{u}",
    }


@functools.cache
def _app_stylesheet_paths():
    """`<label>/<label>.css` of every installed app that ships one, in INSTALLED_APPS order.

    Found, not listed: the core names no domain app, and an app's styles come
    with it when it is installed.
    """
    paths = []
    for config in apps.get_app_configs():
        path = f"{config.label}/{config.label}.css"
        if finders.find(path):
            paths.append(path)
    return tuple(paths)


@register.simple_tag
def app_stylesheets():
    """<link> tags for the installed apps' own stylesheets (after the core's css/site.css)."""
    return format_html_join(
        "\n", '<link rel="stylesheet" href="{}">', ((static(p),) for p in _app_stylesheet_paths())
    )


@register.simple_tag(takes_context=True)
def page_slot(context, name):
    """What installed apps add at a named place of a page: `{% page_slot "topic_end" %}`.

    An app registers `@hooks.register("page_slot:topic_end")` with a function of
    the template context returning HTML (or ""). The page's own app names the
    place; the apps that fill it stay unknown to it (no import either way).
    """
    from wagtail import hooks

    parts = [fn(context) for fn in hooks.get_hooks(f"page_slot:{name}")]
    return format_html_join("", "{}", ((part,) for part in parts if part))


@register.inclusion_tag("components/campaign_cta.html", takes_context=True)
def campaign_call_to_action(context, heading_id="campaign-cta-heading"):
    """The campaign's one ask (Site settings → Call to action), at the end of topics and stories."""
    request = context.get("request")
    site_settings = SiteSettings.for_request(request) if request is not None else None
    page = site_settings.action_page if site_settings and site_settings.action_page_id else None
    return {
        "request": request,
        "heading_id": heading_id,
        "settings_obj": site_settings,
        "action_page": page if page is not None and page.live else None,
    }


@register.simple_tag(takes_context=True)
def page_notices(context):
    """Notices that installed apps put above a page's content, e.g. "this translation may be out of date".

    An extension point, so the core names no app: each function registered with
    `hooks.register("insert_page_notices", fn)` gets (request, page) and returns HTML
    or "". It must stay cheap (at most one query): it runs on every page view.
    """
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    request = context.get("request")
    return mark_safe("".join(str(fn(request, page) or "") for fn in hooks.get_hooks("insert_page_notices")))  # noqa: S308 - hooks return escaped HTML


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, parts, timeout):
        self.nodelist, self.name, self.parts, self.timeout = nodelist, name, parts, timeout

    def render(self, context):
        name = self.name.resolve(context)
        parts = [part.resolve(context) for part in self.parts]
        timeout = self.timeout.resolve(context) if self.timeout is not None else None
        return fragments.cached_render(
            context.get("request"), name, parts, lambda: self.nodelist.render(context), timeout
        )


@register.tag
def fragment_cache(parser, token):
    """`{% fragment_cache "name" part… [timeout=60] %}…{% end_fragment_cache %}`: turnbackcrime.fragments.

    Name every value the fragment shows that is not content (the content version
    covers that): the page's id, the current section, a query string.
    """
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("fragment_cache needs a name")
    timeout = None
    if bits[-1].startswith("timeout="):
        timeout = parser.compile_filter(bits.pop()[len("timeout=") :])
    nodelist = parser.parse(("end_fragment_cache",))
    parser.delete_first_token()
    parts = [parser.compile_filter(bit) for bit in bits[1:]]
    return FragmentCacheNode(nodelist, parser.compile_filter(bits[0]), parts, timeout)

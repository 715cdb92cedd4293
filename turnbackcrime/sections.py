"""What every home page section is made of, and how their content is fetched in batches.

The core defines the shape; each domain app defines its own section blocks
(`<app>/sections.py`) and `home/` lists them in the home page's StreamField.

A section block fetches what it shows in `fetch(values)`: called once per kind
of section with every visible section of that kind, so a page with three
"topics" sections still makes one query for topics. The pages editors chose
(the children named in `page_choosers`, a PageChooserBlock or a ListBlock of
them) are read for all sections in two queries, before `fetch`: live and public
ones only, each as its specific page with what its page type's view shows of its
relations (`route_select_related`, its hero image) joined; in the values `fetch`
gets, a chooser holds that page or None, a list of choosers the pages found.
Wagtail's own conversion would read each chooser's pages (not their specific
rows) again. `fetch` returns one dict per
value (merged into that section's template context) or None to leave a
section out (say, a featured page that was unpublished). It leaves the
renditions of its pictures out: `images(extra)` names them, and the renditions
of every section's pictures are read in one query (`build_sections`), in the
sizes of all sections' `image_kinds` and `image_specs`.
"""

import functools

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Page

from .images import prefetch_renditions_of
from .pages import joined_specific, path_from_page


class TranslatedHeadingBlock(blocks.StructBlock):
    """A heading typed once per language; empty languages use the section's default heading."""

    en = blocks.CharBlock(label="English", required=False, max_length=120)
    fr = blocks.CharBlock(label="Français", required=False, max_length=120)
    es = blocks.CharBlock(label="Español", required=False, max_length=120)
    ar = blocks.CharBlock(label="العربية", required=False, max_length=120, form_classname="rtl")

    class Meta:
        label = _("Heading (optional, per language)")
        form_classname = "translated-heading"


class SectionBlock(blocks.StructBlock):
    """What every home page section has: an optional heading and a switch to hide it."""

    default_heading = ""
    # Seconds a rendered section may be kept at most (None: until the content changes).
    # A section that shows the time ("3 minutes ago") sets it.
    cache_timeout = None
    # What the section shows its pictures as (turnbackcrime.images' kinds, and other specs).
    image_kinds = ("card",)
    image_specs = ()
    heading = TranslatedHeadingBlock()
    hidden = blocks.BooleanBlock(
        label=_("Hide this section"), required=False, help_text=_("Keep the section but do not show it.")
    )

    # Children that choose pages (see the module docstring).
    page_choosers = ()

    def chosen_ids(self, raw):
        """The ids of the pages chosen in `raw` (the section's stored data)."""
        return [pk for name in self.page_choosers for pk in _stored_ids(raw.get(name))]

    def value_from_raw(self, raw, pages):
        """The section's value from its stored data, its choosers' ids replaced by `pages`' pages."""
        items = []
        for name, child in self.child_blocks.items():
            if name in self.page_choosers:
                stored = raw.get(name)
                if isinstance(stored, list):
                    value = [pages[pk] for pk in _stored_ids(stored) if pk in pages]
                else:
                    value = pages.get(stored)
            else:
                value = child.to_python(raw[name]) if name in raw else child.get_default()
            items.append((name, value))
        return blocks.StructValue(self, items)

    def custom_heading(self, value):
        """The heading the editor typed for the visitor's language, or ""."""
        return (value.get("heading") or {}).get(get_language() or settings.LANGUAGE_CODE) or ""

    def heading_for(self, value):
        return self.custom_heading(value) or self.default_heading

    def fetch(self, values):
        """Extra template context for each of `values`, fetched together (see the module docstring)."""
        return [{} for _value in values]

    def images(self, extra):
        """The pictures shown with `extra` (what `fetch` gave one section), for their renditions."""
        return [getattr(item, "hero_image", None) for item in extra.get("items", ())]


class LatestSection(SectionBlock):
    """The newest N items of one kind; sections of the same kind share one query for the largest N."""

    count = blocks.IntegerBlock(label=_("How many"), default=3, min_value=1, max_value=12)

    def latest(self, count):
        raise NotImplementedError

    def fetch(self, values):
        items = self.latest(max(value["count"] for value in values))
        return [{"items": items[: value["count"]]} for value in values]


class FeaturedSection(SectionBlock):
    """Any page, shown large with its hero image: the core knows pages, not page types."""

    page = blocks.PageChooserBlock(label=_("Featured page"))
    text = blocks.TextBlock(label=_("Text (optional)"), required=False, max_length=300)

    class Meta:
        icon = "pick"
        label = _("Featured item")
        template = "sections/featured.html"

    page_choosers = ("page",)

    def fetch(self, values):
        # An unpublished featured page shows nothing rather than a dead link.
        return [{"item": value["page"]} if value["page"] is not None else None for value in values]

    def images(self, extra):
        return [getattr(extra["item"], "hero_image", None)]


def _stored_ids(stored):
    """Page ids as a chooser stores them: an id (or None), or a list block's items
    ({"type": "item", "value": id, "id": …}, or bare ids in older data)."""
    if stored is None:
        return []
    if not isinstance(stored, list):
        return [stored]
    ids = (item.get("value") if isinstance(item, dict) else item for item in stored)
    return [pk for pk in ids if pk is not None]


@functools.cache
def _specific_joins(model):
    """`model`'s row, with its `route_select_related` (and hero image), as `select_related` paths
    from Page."""
    path = "__".join(path_from_page(model))
    related = set(getattr(model, "route_select_related", ()))
    if any(field.name == "hero_image" for field in model._meta.fields):
        related.add("hero_image")
    return (path, *(f"{path}__{name}" for name in sorted(related)))


def chosen_pages(ids):
    """The live and public pages of `ids`, specific, by id: two queries (see the module docstring),
    the page types found, then the pages with the rows of those types only joined (joining every
    page type's table makes PostgreSQL's estimate, and with it the JIT's work, explode)."""
    if not ids:
        return {}
    public = Page.objects.live().public().filter(pk__in=set(ids))
    types = {
        ContentType.objects.get_for_id(pk).model_class()
        for pk in public.order_by().values_list("content_type", flat=True).distinct()
    }
    joins = [
        join
        for model in types
        if model is not None and model is not Page
        for join in _specific_joins(model._meta.concrete_model)
    ]
    return {page.pk: joined_specific(page) for page in public.select_related(*joins)}


def sections_cache_timeout(stream):
    """How long the rendered sections may be cached: the shortest of the visible sections' limits.

    Read from the raw data, so it costs no query (a featured page is not fetched).
    """
    limits = [
        stream.stream_block.child_blocks[raw["type"]].cache_timeout
        for raw in stream.raw_data
        if raw["type"] in stream.stream_block.child_blocks and not (raw.get("value") or {}).get("hidden")
    ]
    limits = [limit for limit in limits if limit is not None]
    return min(limits) if limits else None


def build_sections(stream):
    """The visible sections of a home page's StreamField, with their content, for its template."""
    child_blocks = stream.stream_block.child_blocks
    visible = [
        (raw, child_blocks[raw["type"]])
        for raw in stream.raw_data
        if raw["type"] in child_blocks and not (raw.get("value") or {}).get("hidden")
    ]
    stored = [raw.get("value") or {} for raw, _block in visible]
    pages = chosen_pages(
        [pk for (_raw, block), data in zip(visible, stored, strict=True) for pk in block.chosen_ids(data)]
    )
    values = [block.value_from_raw(data, pages) for (_raw, block), data in zip(visible, stored, strict=True)]
    by_type = {}
    for position, (raw, _block) in enumerate(visible):
        by_type.setdefault(raw["type"], []).append(position)
    fetched = {}
    images, kinds, specs = [], set(), set()
    for positions in by_type.values():
        block = visible[positions[0]][1]
        for position, extra in zip(positions, block.fetch([values[p] for p in positions]), strict=True):
            fetched[position] = extra
            if extra is not None:
                shown = [image for image in block.images(extra) if image is not None]
                if shown:
                    images += shown
                    kinds.update(block.image_kinds)
                    specs.update(block.image_specs)
    # Renditions of every section's pictures in one query (each image gets those of all the
    # kinds: a superset of what its template shows).
    prefetch_renditions_of(images, *sorted(kinds), specs=sorted(specs))
    sections = []
    for position, (raw, block) in enumerate(visible):
        if fetched[position] is None:
            continue
        value = values[position]
        sections.append(
            {
                "type": raw["type"],
                "id": raw["id"],
                "value": value,
                "template": block.meta.template,
                "heading": block.heading_for(value),
                "custom_heading": block.custom_heading(value),
                **fetched[position],
            }
        )
    return sections

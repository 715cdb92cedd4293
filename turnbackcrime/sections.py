"""What every home page section is made of, and how their content is fetched in batches.

The core defines the shape; each domain app defines its own section blocks
(`<app>/sections.py`) and `home/` lists them in the home page's StreamField.

A section block fetches what it shows in `fetch(values)`: called once per kind
of section with every visible section of that kind, so a page with three
"topics" sections still makes one query for topics. The values are read from
the stored data with their page choosers left as stored, page ids
(`raw_children`): converting a chooser's value reads its pages, which `fetch`
reads again with what it shows. It returns one dict per
value (merged into that section's template context) or None to leave a
section out (say, a featured page that was unpublished). It leaves the
renditions of its pictures out: `images(extra)` names them, and the renditions
of every section's pictures are read in one query (`build_sections`), in the
sizes of all sections' `image_kinds` and `image_specs`.
"""

import functools

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Page, get_page_models

from .images import prefetch_renditions_of


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

    # Children left as stored (page ids) in the values `fetch` gets: see the module docstring.
    raw_children = ()

    def value_from_raw(self, raw):
        """The section's value from its stored data, with `raw_children` as stored."""
        return blocks.StructValue(
            self,
            [
                (
                    name,
                    raw.get(name)
                    if name in self.raw_children
                    else child.to_python(raw[name])
                    if name in raw
                    else child.get_default(),
                )
                for name, child in self.child_blocks.items()
            ],
        )

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

    raw_children = ("page",)

    def fetch(self, values):
        # One query for the live and public pages, each with its specific row and hero image
        # joined (Page to every page type's table), where the chooser's pages and then their
        # specific rows would be a query each (and one more per page type).
        ids = {value["page"] for value in values if value["page"]}
        pages = {}
        if ids:
            found = Page.objects.live().public().filter(pk__in=ids).select_related(*_specific_joins())
            pages = {page.pk: _specific(page) for page in found}
        # An unpublished featured page shows nothing rather than a dead link.
        return [{"item": pages[value["page"]]} if value["page"] in pages else None for value in values]

    def images(self, extra):
        return [getattr(extra["item"], "hero_image", None)]


def _path_from_page(model):
    """The `select_related` path from Page to `model`'s row (its parent links, reversed)."""
    names = []
    while model is not Page:
        parent, link = next((p, f) for p, f in model._meta.parents.items() if issubclass(p, Page))
        names.append(link.related_query_name())
        model = parent
    return names[::-1]


@functools.cache
def _specific_joins():
    """Every concrete page type's row (and hero image) as `select_related` paths from Page."""
    joins = []
    for model in get_page_models():
        if model is Page or model._meta.proxy or model._meta.abstract:
            continue
        path = "__".join(_path_from_page(model))
        joins.append(path)
        if any(field.name == "hero_image" for field in model._meta.fields):
            joins.append(f"{path}__hero_image")
    return tuple(joins)


def _specific(page):
    """The specific page joined to `page` by `_specific_joins` (no query)."""
    model = page.specific_class
    if model is None or model is Page:
        return page
    found = page
    for name in _path_from_page(model._meta.concrete_model):
        found = getattr(found, name)
    return found


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
    values = [block.value_from_raw(raw.get("value") or {}) for raw, block in visible]
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

"""The home page's sections: editors choose, order and hide them (one StreamField).

The section list is shared by all four languages (editors arrange the page
once); each section's heading defaults to a translated interface string, and
editors may write their own heading per language. Section data is fetched in
HomePage.get_context in a fixed number of queries, whatever the content.
"""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


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
    heading = TranslatedHeadingBlock()
    hidden = blocks.BooleanBlock(
        label=_("Hide this section"), required=False, help_text=_("Keep the section but do not show it.")
    )

    def custom_heading(self, value):
        return (value.get("heading") or {}).get(get_language() or settings.LANGUAGE_CODE) or ""

    def heading_for(self, value):
        return self.custom_heading(value) or self.default_heading


class FeaturedSection(SectionBlock):
    default_heading = ""
    page = blocks.PageChooserBlock(label=_("Featured page"))
    text = blocks.TextBlock(label=_("Text (optional)"), required=False, max_length=300)

    class Meta:
        icon = "pick"
        label = _("Featured item")
        template = "turnbackcrime/sections/featured.html"


class TopicsSection(SectionBlock):
    default_heading = _("Awareness topics")
    topics = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="campaigns.TopicPage", label=_("Topic")), label=_("Topics")
    )

    class Meta:
        icon = "list-ul"
        label = _("Chosen topics")
        template = "turnbackcrime/sections/topics.html"


class LatestSection(SectionBlock):
    count = blocks.IntegerBlock(label=_("How many"), default=3, min_value=1, max_value=12)


class PartnerNewsSection(LatestSection):
    default_heading = _("Support from around the world")

    class Meta:
        icon = "group"
        label = _("Latest partner news")
        template = "turnbackcrime/sections/partner_news.html"


class GettingInvolvedSection(SectionBlock):
    default_heading = _("Getting involved")

    class Meta:
        icon = "success"
        label = _("Pledge call to action with the live count")
        template = "turnbackcrime/sections/getting_involved.html"


class SocialSection(LatestSection):
    default_heading = _("Social networks")

    class Meta:
        icon = "comment"
        label = _("Latest social network posts")
        template = "turnbackcrime/sections/social.html"


class StoriesSection(LatestSection):
    default_heading = _("Success stories")

    class Meta:
        icon = "doc-full"
        label = _("Latest success stories")
        template = "turnbackcrime/sections/stories.html"


class GalleriesSection(LatestSection):
    default_heading = _("Photo galleries")

    class Meta:
        icon = "image"
        label = _("Latest photo galleries")
        template = "turnbackcrime/sections/galleries.html"


class HomeSections(blocks.StreamBlock):
    featured = FeaturedSection()
    topics = TopicsSection()
    partner_news = PartnerNewsSection()
    getting_involved = GettingInvolvedSection()
    social = SocialSection()
    stories = StoriesSection()
    galleries = GalleriesSection()


def _topic_cards(ids):
    from campaigns.models import TopicPage

    pages = TopicPage.objects.live().public().filter(pk__in=ids).for_cards()
    return {page.pk: page for page in pages}


def _featured_pages(ids):
    from wagtail.images import get_image_model
    from wagtail.models import Page

    pages = {page.pk: page for page in Page.objects.live().public().filter(pk__in=ids).specific()}
    image_ids = {getattr(page, "hero_image_id", None) for page in pages.values()} - {None}
    images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions().in_bulk()
    for page in pages.values():
        if getattr(page, "hero_image_id", None):
            page.hero_image = images.get(page.hero_image_id)
    return pages


def _partner_news(count):
    from partners.models import PartnerNewsPage

    return list(PartnerNewsPage.objects.live().public().for_cards().order_by("-date", "-pk")[:count])


def _latest_stories(count):
    from stories.models import StoryPage

    return list(
        StoryPage.objects.live()
        .public()
        .for_cards()
        .order_by("-operation_date", "-first_published_at")[:count]
    )


def _latest_galleries(count):
    from galleries.models import GalleryIndexPage

    index = GalleryIndexPage.objects.live().public().first()
    if index is None:
        return []
    return list(index.galleries()[:count])


def build_sections(stream):
    """Visible sections with their content, fetched per kind of section (not per section)."""
    visible = [block for block in stream if not block.value.get("hidden")]
    by_type = {}
    for block in visible:
        by_type.setdefault(block.block_type, []).append(block)

    topic_ids = [page.pk for block in by_type.get("topics", []) for page in block.value["topics"] if page]
    topics = _topic_cards(topic_ids) if topic_ids else {}
    featured_ids = [block.value["page"].pk for block in by_type.get("featured", []) if block.value["page"]]
    featured = _featured_pages(featured_ids) if featured_ids else {}
    news_count = max((block.value["count"] for block in by_type.get("partner_news", [])), default=0)
    news = _partner_news(news_count) if news_count else []
    story_count = max((block.value["count"] for block in by_type.get("stories", [])), default=0)
    stories = _latest_stories(story_count) if story_count else []
    gallery_count = max((block.value["count"] for block in by_type.get("galleries", [])), default=0)
    galleries = _latest_galleries(gallery_count) if gallery_count else []

    sections = []
    for block in visible:
        value = block.value
        section = {
            "type": block.block_type,
            "id": block.id,
            "value": value,
            "heading": block.block.heading_for(value),
        }
        if block.block_type == "topics":
            section["items"] = [topics[page.pk] for page in value["topics"] if page and page.pk in topics]
        elif block.block_type == "featured":
            section["item"] = featured.get(value["page"].pk) if value["page"] else None
            if section["item"] is None:
                continue  # the featured page was unpublished: show nothing rather than a dead link
        elif block.block_type == "partner_news":
            section["items"] = news[: value["count"]]
        elif block.block_type == "stories":
            section["items"] = stories[: value["count"]]
        elif block.block_type == "galleries":
            section["items"] = galleries[: value["count"]]
        sections.append(section)
    return sections

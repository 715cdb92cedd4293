"""The campaign's front page."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from partners.sections import pledge_call_context
from turnbackcrime.sections import build_sections, sections_cache_timeout

from .sections import HomeSections


class HomePage(Page):
    """The campaign's front page: the root of each site's public tree."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the campaign name."),
    )

    sections = StreamField(
        HomeSections(),
        blank=True,
        verbose_name=_("sections"),
        help_text=_(
            'The home page\'s sections, in order. Drag to reorder; tick "Hide this section" to take one '
            "off the page without losing it. Shared by all four languages."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("sections")]

    # A home page is the top of a site: it sits only under the tree's root, and
    # there is one of it (the portal serves one campaign site).
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "campaigns.TopicIndexPage",
        "partners.PartnerNewsIndexPage",
        "partners.PledgePage",
        "stories.StoryIndexPage",
        "galleries.GalleryIndexPage",
        "events.EventIndexPage",
        "national.CountryIndexPage",
        "national.ToolkitPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: fetched only when the cached fragment of the sections misses.
        context["sections"] = SimpleLazyObject(lambda: build_sections(self.sections))
        context["sections_cache_timeout"] = sections_cache_timeout(self.sections)
        # The first screen's call to action: the pledge with its live count.
        context.update(pledge_call_context())
        return context

"""Factories for the page tree (wagtail-factories) and helpers that place pages in a Site."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Page, Site

from turnbackcrime.demo.home import ensure_tree_root
from turnbackcrime.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Turn back crime"
    title_en = "Turn back crime"
    title_fr = "Faire reculer le crime"
    title_es = "Hacer retroceder el crimen"
    title_ar = "لنتصدَّ للجريمة"
    slug_en = "home"
    slug_fr = "accueil"
    slug_es = "inicio"
    slug_ar = "home-ar"
    intro_en = "Organised crime is closer than you think."
    intro_fr = "Le crime organisé est plus proche que vous ne le pensez."
    intro_es = "El crimen organizado está más cerca de lo que cree."
    intro_ar = "الجريمة المنظمة أقرب مما تظن."

    class Meta:
        model = HomePage


def build_home_page(**overrides):
    """Replace whatever sits at the top of the tree with a HomePage served by the default Site."""
    root = ensure_tree_root()
    for page in root.get_children().specific():
        page.delete()
    home = HomePageFactory(parent=root, **overrides)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return Page.objects.get(pk=home.pk).specific


class PlainPageFactory(wagtail_factories.PageFactory):
    """A bare wagtail Page, for tests of tree-wide mechanisms (URLs, menus)."""

    title = factory.Sequence(lambda n: f"Page {n}")
    title_en = factory.SelfAttribute("title")

    class Meta:
        model = Page


# ---------------------------------------------------------------------------
# Success stories (stories/)
# ---------------------------------------------------------------------------


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Success stories"
    title_en = "Success stories"
    title_fr = "Réussites"
    title_es = "Casos de éxito"
    title_ar = "قصص نجاح"
    slug_en = "success-stories"
    slug_fr = "reussites"
    slug_es = "casos-de-exito"
    slug_ar = "success-stories-ar"

    class Meta:
        model = "stories.StoryIndexPage"


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.Sequence(lambda n: f"story-{n}")
    operation_date = factory.Sequence(lambda n: datetime.date(2014 + n % 6, n % 12 + 1, 1))
    countries = ["KE"]

    class Meta:
        model = "stories.StoryPage"

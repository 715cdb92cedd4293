"""Factories for the page tree (wagtail-factories) and helpers that place pages in a Site."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from galleries.models import GalleryIndexPage, GalleryPage, GalleryPhoto
from home.models import HomePage
from turnbackcrime.demo.helpers import ensure_tree_root


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


class CrimeThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    name_en = factory.SelfAttribute("name")
    slug = factory.Sequence(lambda n: f"theme-{n}")

    class Meta:
        model = "campaigns.CrimeTheme"


class TopicIndexPageFactory(wagtail_factories.PageFactory):
    title = "Awareness topics"
    title_en = "Awareness topics"
    title_fr = "Thèmes de sensibilisation"
    title_es = "Temas de sensibilización"
    title_ar = "مواضيع التوعية"
    slug_en = "topics"
    slug_fr = "themes"
    slug_es = "temas"
    slug_ar = "mawadi"

    class Meta:
        model = "campaigns.TopicIndexPage"


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.Sequence(lambda n: f"topic-{n}")
    summary_en = "What the risks are and what you can do."
    hero_image = factory.SubFactory(wagtail_factories.ImageFactory)

    class Meta:
        model = "campaigns.TopicPage"


class SocialPostFactory(factory.django.DjangoModelFactory):
    """An approved social post; pass status=... for the others."""

    network = "x"
    handle = "@TurnBackCrime (example)"
    text = factory.Sequence(lambda n: f"Post number {n} about #TurnBackCrime")
    link = factory.Sequence(lambda n: f"https://example.org/social/{n}")
    posted_at = factory.LazyFunction(timezone.now)
    status = "approved"
    language = "en"

    class Meta:
        model = "social.SocialPost"


# ---------------------------------------------------------------------------
# Partners, partner news and pledges
# ---------------------------------------------------------------------------


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Example Partner {n}")
    kind = "police"
    country = "FR"

    class Meta:
        model = "partners.Partner"


class PartnerNewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Support from around the world"
    title_en = "Support from around the world"
    title_fr = "Un soutien venu du monde entier"
    title_es = "Apoyo de todo el mundo"
    title_ar = "دعم من جميع أنحاء العالم"
    slug_en = "support"
    slug_fr = "soutien"
    slug_es = "apoyo"
    slug_ar = "support-ar"

    class Meta:
        model = "partners.PartnerNewsIndexPage"


class PartnerNewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner news {n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.Sequence(lambda n: f"partner-news-{n}")
    summary_en = "A partner announced its support."
    partner = factory.SubFactory(PartnerFactory)

    class Meta:
        model = "partners.PartnerNewsPage"


class PledgePageFactory(wagtail_factories.PageFactory):
    title = "Take the pledge"
    title_en = "Take the pledge"
    title_fr = "Prenez l'engagement"
    title_es = "Comprométase"
    title_ar = "تعهّد بالدعم"
    slug_en = "take-the-pledge"
    slug_fr = "engagez-vous"
    slug_es = "comprometase"
    slug_ar = "pledge-ar"

    class Meta:
        model = "partners.PledgePage"


class PledgeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Example Organisation {n}")
    kind = "company"
    country = "FR"
    statement = "We pledge to share the campaign's advice with our staff."
    contact_name = "Example Contact"
    contact_email = factory.Sequence(lambda n: f"contact{n}@example.org")
    consent_to_publish = True
    submission_key = factory.Sequence(lambda n: f"test-key-{n}")

    class Meta:
        model = "partners.Pledge"


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


# Galleries
# ---------------------------------------------------------------------------


class GalleryImageFactory(factory.django.DjangoModelFactory):
    """A small generated image in the root collection (real file, so renditions can be made)."""

    title = factory.Sequence(lambda n: f"Gallery photo {n:03d}")
    file = factory.django.ImageField(width=640, height=480, color="teal")
    collection = factory.LazyFunction(lambda: Collection.get_first_root_node())

    class Meta:
        model = get_image_model()


class GalleryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Galleries"
    title_en = "Galleries"
    title_fr = "Galeries"
    title_es = "Galerías"
    title_ar = "معارض الصور"
    slug_en = "galleries"
    slug_fr = "galeries"
    slug_es = "galerias"
    slug_ar = "galleries-ar"

    class Meta:
        model = GalleryIndexPage


class GalleryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Gallery {n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.Sequence(lambda n: f"gallery-{n}")
    date = datetime.date(2014, 6, 5)
    summary_en = "Photos of a campaign event."

    class Meta:
        model = GalleryPage


class GalleryPhotoFactory(factory.django.DjangoModelFactory):
    image = factory.SubFactory(GalleryImageFactory)
    alt_text_en = factory.Sequence(lambda n: f"Photo {n} of an event")
    caption_en = factory.Sequence(lambda n: f"Caption {n}")
    credit_en = "Campaign photographer"
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = GalleryPhoto

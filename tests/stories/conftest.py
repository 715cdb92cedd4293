"""A story index under the home page, crime themes in four languages, and a story builder."""

import datetime

import pytest
from django.core.cache import cache

from campaigns.models import CrimeTheme
from tests.factories import StoryIndexPageFactory, StoryPageFactory
from turnbackcrime.demo.helpers import placeholder_image, set_translated


def make_theme(slug, **names):
    theme = CrimeTheme(slug=slug)
    set_translated(theme, "name", {"en": names.get("en", slug.title()), **names})
    theme.save()
    return theme


@pytest.fixture(autouse=True)
def fresh_cache():
    """Forget cached renditions from earlier tests: their rows were rolled back, but
    Wagtail's rendition cache (Redis) would still claim they exist."""
    cache.clear()


@pytest.fixture
def story_index(home_page):
    return StoryIndexPageFactory(parent=home_page, intro_en="Operations that worked.")


@pytest.fixture
def themes(db):
    return {
        "illicit-goods": make_theme(
            "illicit-goods",
            en="Illicit goods and counterfeiting",
            fr="Produits illicites et contrefaçon",
            es="Productos ilícitos y falsificación",
            ar="السلع غير المشروعة والتزييف",
        ),
        "cybercrime": make_theme(
            "cybercrime",
            en="Cybercrime",
            fr="Cybercriminalité",
            es="Ciberdelincuencia",
            ar="الجريمة السيبرانية",
        ),
    }


def publish_story(index, *, image=False, image_size=(64, 36), **fields):
    """A published story; with `image`, a hero image whose renditions are made on publish.

    Small images keep bulk tests fast; pages checked by the HTML validator need
    full-size ones (a 64-pixel image gives every srcset candidate the same width).
    """
    if image:
        name = f"test story {fields['slug_en']}"
        fields["hero_image"] = placeholder_image(name, width=image_size[0], height=image_size[1])
    story = StoryPageFactory(parent=index, **fields)
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def make_wipeout(story_index, themes, image_size):
    return publish_story(
        story_index,
        title="Dangerous fake goods seized",
        title_en="Dangerous fake goods seized",
        title_fr="Des contrefaçons dangereuses saisies",
        title_es="Incautados productos falsificados peligrosos",
        title_ar="ضبط سلع مزيفة خطيرة",
        slug_en="wipeout",
        slug_fr="wipeout-fr",
        slug_es="wipeout-es",
        slug_ar="wipeout-ar",
        operation_name_en="Operation Wipeout",
        operation_date=datetime.date(2014, 7, 23),
        countries=["KE", "TZ", "UG"],
        theme=themes["illicit-goods"],
        summary_en="Authorities in seven countries seized dangerous fake goods.",
        summary_fr="Les autorités de sept pays ont saisi des contrefaçons dangereuses.",
        seizures=12500,
        arrests=30,
        country_count=7,
        image=True,
        image_size=image_size,
    )


@pytest.fixture
def wipeout(story_index, themes):
    """Operation Wipeout with a small hero image (quick to render)."""
    return make_wipeout(story_index, themes, (64, 36))


@pytest.fixture
def wipeout_full_size(story_index, themes):
    """The same story with a full-size hero image, as editors upload (for HTML validation)."""
    return make_wipeout(story_index, themes, (1600, 900))

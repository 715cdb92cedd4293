"""Story pages: tree rules, creation in the admin, dates to the month, key figures and teasers."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import TopicIndexPage, TopicPage
from home.models import HomePage
from stories.models import StoryIndexPage, StoryPage
from tests.factories import StoryIndexPageFactory, StoryPageFactory, build_home_page
from tests.stories.conftest import make_theme

LANGUAGES = ("en", "fr", "es", "ar")


class StoryTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.user)
        self.home = build_home_page()

    def test_index_only_under_the_home_page_and_only_one(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})
        self.assertCanCreateAt(HomePage, StoryIndexPage)
        StoryIndexPageFactory(parent=self.home)
        self.assertFalse(StoryIndexPage.can_create_at(self.home))

    def test_stories_only_under_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(StoryPage, set())
        self.assertCanNotCreateAt(HomePage, StoryPage)

    def test_staff_create_a_story_in_the_admin_with_countries_theme_and_topic(self):
        index = StoryIndexPageFactory(parent=self.home)
        theme = make_theme("illicit-goods", en="Illicit goods", fr="Produits illicites")
        topics = TopicIndexPage(title="Topics", slug_en="topics", title_en="Topics")
        self.home.add_child(instance=topics)
        topic = TopicPage(title="Fake goods", title_en="Fake goods", slug_en="fake-goods", theme=theme)
        topics.add_child(instance=topic)
        data = nested_form_data(
            {
                "title_en": "Dangerous fake goods seized",
                "title_fr": "Des contrefaçons dangereuses saisies",
                "title_es": "Incautados productos falsificados peligrosos",
                "title_ar": "ضبط سلع مزيفة خطيرة",
                "slug_en": "dangerous-fake-goods",
                "slug_fr": "contrefacons-dangereuses",
                "slug_es": "productos-falsificados",
                "slug_ar": "fake-goods-ar",
                "summary_en": "Seven countries seized dangerous fake goods.",
                "operation_name_en": "Operation Wipeout",
                "operation_name_fr": "Opération Wipeout",
                "operation_date": "2014-07-23",
                "theme": str(theme.pk),
                "seizures": "1200",
                "arrests": "",
                "country_count": "7",
                "body_en": streamfield([("paragraph", rich_text("<p>Baby formula, cosmetics, gas.</p>"))]),
                "body_fr": streamfield([]),
                "body_es": streamfield([]),
                "body_ar": streamfield([]),
                "related_topics": inline_formset([{"topic": str(topic.pk)}]),
            }
        )
        data["countries"] = ["KE", "TZ", "UG"]
        self.assertCanCreate(index, StoryPage, data)
        story = StoryPage.objects.get()
        self.assertEqual(story.countries, ["KE", "TZ", "UG"])
        self.assertEqual(story.theme, theme)
        self.assertEqual(story.operation_date, datetime.date(2014, 7, 1))
        self.assertEqual(story.operation_name_fr, "Opération Wipeout")
        self.assertEqual(story.title_ar, "ضبط سلع مزيفة خطيرة")
        self.assertEqual([link.topic for link in story.related_topics.all()], [topic])
        self.assertEqual(story.seizures, 1200)
        self.assertIsNone(story.arrests)

    def test_admin_form_offers_every_country_with_its_name(self):
        index = StoryIndexPageFactory(parent=self.home)
        response = self.client.get(f"/admin/pages/add/stories/storypage/{index.pk}/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<option value="KE">Kenya</option>', html=True)
        self.assertContains(response, 'name="countries"')


@pytest.mark.django_db
def test_operation_date_is_kept_to_the_month(story_index):
    story = StoryPageFactory(parent=story_index, operation_date=datetime.date(2014, 7, 23))
    story.refresh_from_db()
    assert story.operation_date == datetime.date(2014, 7, 1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "July 2014"), ("fr", "juillet 2014"), ("es", "julio de 2014"), ("ar", "يوليو 2014")],
)
def test_operation_month_in_each_language(lang, expected):
    story = StoryPage(operation_date=datetime.date(2014, 7, 1))
    with translation.override(lang):
        assert story.operation_month == expected


@pytest.mark.django_db
def test_key_figures_count_the_countries_unless_a_number_is_given(story_index):
    story = StoryPageFactory(parent=story_index, countries=["KE", "UG"], arrests=1, seizures=None)
    assert story.key_figures() == [(1, "arrest"), (2, "countries")]
    story.country_count = 7
    story.countries = []
    assert story.key_figures() == [(1, "arrest"), (7, "countries")]
    with translation.override("fr"):
        assert story.key_figures() == [(1, "arrestation"), (7, "pays")]


@pytest.mark.django_db
def test_country_names_are_localised(story_index):
    story = StoryPageFactory(parent=story_index, countries=["DE", "ES", "KE"])
    assert story.country_names() == ["Germany", "Kenya", "Spain"]
    with translation.override("fr"):
        assert story.country_names() == ["Allemagne", "Espagne", "Kenya"]
    with translation.override("es"):
        assert story.country_names() == ["Alemania", "España", "Kenia"]
    with translation.override("ar"):
        assert "كينيا" in story.country_names()


@pytest.mark.django_db
def test_teaser_is_the_summary_or_a_word_boundary_excerpt(story_index):
    words = "Customs officers checked every container arriving at the port that week. " * 8
    story = StoryPageFactory(parent=story_index, body_en=[("paragraph", f"<p>{words}</p>")])
    teaser = story.teaser_text
    assert teaser.endswith("…")
    assert len(teaser) <= 201
    assert words.startswith(teaser[:-1].rstrip())
    story.summary_en = story.summary = "A short summary."
    assert story.teaser_text == "A short summary."

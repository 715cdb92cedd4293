"""Awareness topics: tree rules, admin creation, drafts, listing, filters, related topics, queries."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import RelatedTopic, TopicIndexPage, TopicPage
from home.models import HomePage
from tests.factories import CrimeThemeFactory, TopicIndexPageFactory, TopicPageFactory, build_home_page
from tests.helpers import LANGUAGES, THEME_LABEL, assert_same_queries, count_queries, left_out, notice_text


def listblock(items):
    """Admin form data for a ListBlock."""
    data = {str(i): {"value": v, "deleted": "", "order": str(i), "id": ""} for i, v in enumerate(items)}
    data["count"] = str(len(items))
    return data


class TopicTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.home = build_home_page()
        self.client.force_login(get_user_model().objects.create_superuser("ed", "ed@example.org", "pw"))

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(TopicIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TopicIndexPage, {TopicPage})
        self.assertAllowedParentPageTypes(TopicPage, {TopicIndexPage})
        self.assertAllowedSubpageTypes(TopicPage, set())
        self.assertCanNotCreateAt(HomePage, TopicPage)
        self.assertCanNotCreateAt(Page, TopicIndexPage)

    def test_one_topic_index(self):
        self.assertTrue(TopicIndexPage.can_create_at(self.home))
        TopicIndexPageFactory(parent=self.home)
        self.assertFalse(TopicIndexPage.can_create_at(self.home))

    def test_staff_create_index_and_topic_with_streamfield_body(self):
        self.assertCanCreate(
            self.home,
            TopicIndexPage,
            nested_form_data(
                {"title_en": "Topics", "slug_en": "topics", "intro_en": "Read about the risks."}
            ),
        )
        index = TopicIndexPage.objects.get()
        theme = CrimeThemeFactory(slug="environment")
        self.assertCanCreate(
            index,
            TopicPage,
            nested_form_data(
                {
                    "title_en": "Reduce the impact on the environment",
                    "slug_en": "environment",
                    "title_fr": "Réduire l’impact sur l’environnement",
                    "slug_fr": "environnement",
                    "summary_en": "Souvenirs of coral or ivory can feed crime.",
                    "theme": theme.pk,
                    "body_en": streamfield(
                        [
                            ("heading", {"text": "Why it matters", "level": "h2"}),
                            ("paragraph", rich_text("<p>Ask before you buy.</p>")),
                            (
                                "advice",
                                {
                                    "risks_heading": "",
                                    "risks": listblock(["Species disappear"]),
                                    "actions_heading": "",
                                    "actions": listblock(["Ask where it comes from"]),
                                },
                            ),
                        ]
                    ),
                    "body_fr": streamfield([]),
                    "body_es": streamfield([]),
                    "body_ar": streamfield([]),
                    "related_links": inline_formset([]),
                }
            ),
        )
        topic = TopicPage.objects.get()
        self.assertEqual(topic.theme, theme)
        self.assertEqual([b.block_type for b in topic.body_en], ["heading", "paragraph", "advice"])
        self.assertEqual(topic.title_fr, "Réduire l’impact sur l’environnement")


@pytest.mark.django_db
def test_draft_topic_is_not_public_until_published(client, topic_index, admin_client):
    topic = TopicPageFactory(parent=topic_index, slug_en="draft-topic", live=False)
    topic.save_revision()
    assert client.get("/en/topics/draft-topic/").status_code == 404
    preview = admin_client.get(f"/admin/pages/{topic.pk}/view_draft/")
    assert preview.status_code == 200
    topic.get_latest_revision().publish()
    assert client.get("/en/topics/draft-topic/").status_code == 200


@pytest.mark.django_db
def test_scheduled_topic_goes_live_at_its_time(client, topic_index):
    topic = TopicPageFactory(parent=topic_index, slug_en="scheduled", live=False)
    topic.go_live_at = timezone.now() + timedelta(days=1)
    topic.save_revision().publish()
    topic.refresh_from_db()
    assert not topic.live
    assert client.get("/en/topics/scheduled/").status_code == 404
    # Let the scheduled time pass: move the schedule into the past.
    revision = topic.get_latest_revision()
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert client.get("/en/topics/scheduled/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_translated_slugs_route_in_every_language(client, topic_index, lang):
    topic = TopicPageFactory(
        parent=topic_index,
        title_en="Stay safe on the Internet",
        title_fr="Restez en sécurité sur Internet",
        title_es="Navegue seguro por Internet",
        title_ar="ابقَ آمنًا على الإنترنت",
        slug_en="stay-safe",
        slug_fr="securite",
        slug_es="seguridad",
        slug_ar="aman",
    )
    paths = {
        "en": "/en/topics/stay-safe/",
        "fr": "/fr/themes/securite/",
        "es": "/es/temas/seguridad/",
        "ar": "/ar/mawadi/aman/",
    }
    response = client.get(paths[lang])
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    with translation.override(lang):
        assert soup.find("h1").get_text(strip=True) == topic.title
    assert not soup.find("h1").has_attr("lang")
    # The switcher points at the same topic in the other languages.
    switcher = [a["href"] for a in soup.select(".language-switcher a")]
    assert switcher == list(paths.values())


@pytest.mark.django_db
def test_untranslated_topic_falls_back_to_english(client, topic_index):
    TopicPageFactory(
        parent=topic_index,
        title_en="How do crimes affect you?",
        slug_en="affects-you",
        summary_en="Closer than you think.",
    )
    response = client.get("/fr/themes/affects-you/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("html")["lang"] == "fr"
    h1 = soup.find("h1")
    assert h1.get_text(strip=True) == "How do crimes affect you?"
    assert h1["lang"] == "en"
    assert soup.select_one(".lead")["lang"] == "en"


@pytest.mark.django_db
def test_index_lists_topics_and_filters_by_theme(client, topic_index, theme, assert_valid_html):
    other = CrimeThemeFactory(slug="environment", name_en="Environment")
    TopicPageFactory(parent=topic_index, title_en="Online safety", theme=theme)
    TopicPageFactory(parent=topic_index, title_en="Souvenirs", theme=other)
    TopicPageFactory(parent=topic_index, title_en="Hidden draft", theme=theme, live=False)

    def titles(url):
        response = client.get(url)
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        return [h.get_text(strip=True) for h in soup.select(".card__title")], soup, response

    all_titles, soup, response = titles("/en/topics/")
    assert all_titles == ["Online safety", "Souvenirs"]
    assert_valid_html(response, "topic index")
    filtered, soup, _ = titles("/en/topics/?theme=cybercrime")
    assert filtered == ["Online safety"]
    assert soup.select_one('.chips a[aria-current="page"]').get_text(strip=True) == "Cybercrime"
    for bad in ("?theme=no-such-theme", "?theme=%00%27", "?theme=" + "x" * 5000):
        unfiltered, soup, _ = titles("/en/topics/" + bad)
        assert unfiltered == ["Online safety", "Souvenirs"]
        assert soup.select_one(".notice") is not None


@pytest.mark.django_db
def test_related_topics_automatic_then_editor_choice(client, topic_index, theme):
    main = TopicPageFactory(parent=topic_index, title_en="Main", slug_en="main", theme=theme)
    same = [TopicPageFactory(parent=topic_index, title_en=f"Same {i}", theme=theme) for i in range(4)]
    picked = TopicPageFactory(parent=topic_index, title_en="Picked", theme=CrimeThemeFactory())

    def related():
        soup = BeautifulSoup(client.get("/en/topics/main/").content, "html.parser")
        return [h.get_text(strip=True) for h in soup.select(".related .card__title")]

    assert related() == ["Same 0", "Same 1", "Same 2"]
    RelatedTopic.objects.create(page=main, topic=picked, sort_order=0)
    RelatedTopic.objects.create(page=main, topic=same[3], sort_order=1)
    assert related() == ["Picked", "Same 3"]


@pytest.mark.django_db
def test_topic_index_query_count_is_fixed(renditions_on_save, client, topic_index, theme):
    TopicPageFactory(parent=topic_index, theme=theme)
    one = count_queries(client, "/en/topics/")
    for _ in range(24):  # 25 topics, each of its own theme: a query per topic or theme would show
        TopicPageFactory(parent=topic_index, theme=CrimeThemeFactory())
    many = count_queries(client, "/en/topics/")
    assert_same_queries(one, many, "topic index")


@pytest.mark.django_db
def test_topic_page_query_count_is_fixed(client, topic_index, theme):
    main = TopicPageFactory(parent=topic_index, slug_en="main", theme=theme)
    TopicPageFactory(parent=topic_index, theme=theme)
    one = count_queries(client, "/en/topics/main/")
    for _ in range(24):
        TopicPageFactory(parent=topic_index, theme=theme)
    many = count_queries(client, "/en/topics/main/")
    assert_same_queries(one, many, "topic page")
    # With editors' picks instead of the automatic choice.
    for i, topic in enumerate(TopicPage.objects.exclude(pk=main.pk)[:3]):
        RelatedTopic.objects.create(page=main, topic=topic, sort_order=i)
    picked = count_queries(client, "/en/topics/main/")
    for i, topic in enumerate(TopicPage.objects.exclude(pk=main.pk)[3:6]):
        RelatedTopic.objects.filter(page=main, sort_order=i).update(topic=topic)
    assert_same_queries(picked, count_queries(client, "/en/topics/main/"), "topic page with picks")


def test_demo_topics_in_four_languages(demo_content, client):
    assert TopicPage.objects.live().count() == 5
    for lang in ("en", "fr", "es", "ar"):
        for topic in TopicPage.objects.all():
            assert getattr(topic, f"title_{lang}")
            assert len(getattr(topic, f"body_{lang}")) > 0
            with translation.override(lang):
                url = topic.url
            response = client.get(url)
            assert response.status_code == 200, url
            assert not BeautifulSoup(response.content, "html.parser").find("h1").has_attr("lang")


@pytest.mark.django_db
def test_a_bad_theme_is_left_out_and_said_in_each_language(client, topic_index, theme):
    TopicPageFactory(parent=topic_index, title_en="Online safety", theme=theme)
    TopicPageFactory(parent=topic_index, title_en="Souvenirs", theme=CrimeThemeFactory(slug="environment"))
    for lang, slug in zip(LANGUAGES, ("topics", "themes", "temas", "mawadi"), strict=True):
        response = client.get(f"/{lang}/{slug}/?theme=no-such")
        assert response.status_code == 200
        assert notice_text(response) == left_out(lang, THEME_LABEL, "no-such")
        assert len(BeautifulSoup(response.content, "html.parser").select(".card")) == 2
    # A theme that exists but has no live topic here is not a filter the index offers.
    CrimeThemeFactory(slug="unused")
    assert notice_text(client.get("/en/topics/?theme=unused")) == left_out("en", THEME_LABEL, "unused")
    assert notice_text(client.get("/en/topics/?theme=environment")) == ""


@pytest.mark.django_db
def test_cards_show_the_summary_and_search_still_finds_a_body_excerpt(
    search_index_on_save, client, topic_index, theme
):
    TopicPageFactory(
        parent=topic_index,
        title_en="No summary",
        summary_en="",
        body_en=[("paragraph", "<p>Zorblax scams appear only in this body.</p>")],
        theme=theme,
    )
    TopicPageFactory(parent=topic_index, title_en="With summary", theme=theme)
    soup = BeautifulSoup(client.get("/en/topics/").content, "html.parser")
    cards = {card.select_one(".card__title").get_text(strip=True): card for card in soup.select(".card")}
    # A listing renders no body for a card: a page without a summary shows none.
    assert cards["No summary"].select_one(".card__text") is None
    assert "Zorblax" not in soup.select_one(".cards").get_text()
    assert (
        cards["With summary"].select_one(".card__text").get_text()
        == "What the risks are and what you can do."
    )
    # Search results (one page of them) still show an excerpt of the body.
    result = BeautifulSoup(client.get("/en/search/?q=zorblax").content, "html.parser").select_one(
        ".search-result"
    )
    assert "scams appear only in this body." in result.get_text()


@pytest.mark.django_db
def test_for_cards_holds_after_ordering_and_slicing(topic_index, theme, django_assert_num_queries):
    for _ in range(5):
        TopicPageFactory(parent=topic_index, theme=theme)
    # The topics with their hero images (joined), the images' renditions: however many topics.
    with django_assert_num_queries(2):
        topics = list(TopicPage.objects.live().for_cards().order_by("-path")[:3])
    with django_assert_num_queries(0):
        assert [t.theme.name for t in topics] == ["Cybercrime"] * 3
        assert all(t.hero_image.title for t in topics)
        prefetched = [len(t.hero_image.prefetched_renditions) for t in topics]
    assert prefetched == [t.hero_image.renditions.count() for t in topics]
    assert topics[0].path > topics[-1].path

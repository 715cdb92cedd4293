"""The home page's sections: built from demo content, arranged by editors, fixed query count."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_factories import ImageFactory

from campaigns.models import TopicPage
from home.models import HomePage
from partners.models import PartnerNewsIndexPage
from tests.factories import PledgePageFactory, TopicIndexPageFactory, TopicPageFactory
from tests.helpers import assert_same_queries, count_queries

HEADINGS = {
    "en": ["Support from around the world", "Getting involved", "Social networks", "Awareness topics"],
    "fr": ["Le soutien du monde entier", "S’engager", "Réseaux sociaux", "Thèmes de sensibilisation"],
}


def section_headings(html):
    soup = BeautifulSoup(html, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".home-sections h2")]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_demo_home_page_shows_every_section_in_each_language(demo_content, client, lang, assert_valid_html):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".home-featured h2 a") is not None
    assert len(soup.select(".home-sections section")) >= 6
    with translation.override(lang):
        expected = [translation.gettext(h) for h in HEADINGS["en"]]
        topic_titles = {t.title for t in TopicPage.objects.all()}
    headings = section_headings(response.content)
    for heading in expected:
        assert heading in headings, f"{heading!r} missing from {headings}"
    shown_topics = {a.get_text(strip=True) for a in soup.select(".home-sections .card__title a")}
    assert len(shown_topics & topic_titles) == 5
    # Teasers cut at a word boundary end with an ellipsis.
    for text in soup.select(".home-sections .card__text"):
        content = text.get_text(strip=True)
        assert len(content) <= 220
    assert_valid_html(response, f"home page ({lang})")


def post_sections(admin_client, home, sections):
    data = {
        f"{field}_{lang}": getattr(home, f"{field}_{lang}") or ""
        for field in ("title", "slug", "intro", "seo_title", "search_description")
        for lang in ("en", "fr", "es", "ar")
    }
    data.update(nested_form_data({"sections": streamfield(sections)}))
    data["action-publish"] = "publish"
    response = admin_client.post(f"/admin/pages/{home.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]


def heading(**langs):
    return {"en": "", "fr": "", "es": "", "ar": "", **langs}


@pytest.mark.django_db
def test_editors_reorder_and_hide_sections_in_the_admin(admin_client, client, home_page):
    index = TopicIndexPageFactory(parent=home_page)
    topic = TopicPageFactory(parent=index, title_en="Stay safe on the Internet")
    social = {"heading": heading(), "hidden": "", "count": "3"}
    topics = {
        "heading": heading(en="Our topics", fr="Nos thèmes"),
        "hidden": "",
        "topics": {"count": "1", "0": {"value": str(topic.pk), "deleted": "", "order": "0", "id": ""}},
    }
    post_sections(admin_client, home_page, [("topics", topics), ("social", social)])
    assert section_headings(client.get("/en/").content) == ["Our topics", "Social networks"]
    assert section_headings(client.get("/fr/").content) == ["Nos thèmes", "Réseaux sociaux"]
    assert section_headings(client.get("/es/").content)[0] == "Temas de sensibilización"  # default heading

    post_sections(admin_client, HomePage.objects.get(), [("social", social), ("topics", topics)])
    assert section_headings(client.get("/en/").content) == ["Social networks", "Our topics"]

    hidden = {**topics, "hidden": "on"}
    post_sections(admin_client, HomePage.objects.get(), [("social", social), ("topics", hidden)])
    assert section_headings(client.get("/en/").content) == ["Social networks"]
    assert len(HomePage.objects.get().sections) == 2  # hidden, not lost


@pytest.mark.django_db
def test_editors_headings_show_on_the_social_and_getting_involved_sections(admin_client, client, home_page):
    """These two sections render through their apps' own components; the editor's heading must reach them."""
    PledgePageFactory(parent=home_page)
    social = {"heading": heading(en="Follow the campaign", ar="تابعوا الحملة"), "hidden": "", "count": "3"}
    involved = {"heading": heading(en="Stand with the police"), "hidden": ""}
    post_sections(admin_client, home_page, [("social", social), ("getting_involved", involved)])
    assert section_headings(client.get("/en/").content) == ["Follow the campaign", "Stand with the police"]
    with translation.override("ar"):
        default_involved = translation.gettext("Getting involved")
    assert section_headings(client.get("/ar/").content) == ["تابعوا الحملة", default_involved]


def test_home_page_query_count_does_not_grow_with_content(demo_content, client):
    from tests.factories import PartnerNewsPageFactory, SocialPostFactory

    small = count_queries(client, "/en/")
    home = HomePage.objects.get()
    index = TopicPage.objects.first().get_parent()
    extra_topics = [TopicPageFactory(parent=index) for _ in range(12)]
    sections = list(home.sections.raw_data)
    for section in sections:
        if section["type"] == "topics":
            section["value"]["topics"] = [
                {"type": "item", "value": t.pk, "id": str(t.pk)} for t in extra_topics
            ]
        if section["type"] in ("partner_news", "social"):
            section["value"]["count"] = 12
    home.sections = sections
    home.save_revision().publish()
    news_index = PartnerNewsIndexPage.objects.get()
    for _ in range(15):
        # Partners with logos, like the demo's: the large page shows the same kinds of things.
        PartnerNewsPageFactory(parent=news_index, partner__logo=ImageFactory())
        # Older than the demo posts, so the newest (some with images) still lead the feed.
        SocialPostFactory(status="approved", posted_at=timezone.now() - timedelta(days=400))
    large = count_queries(client, "/en/")
    assert_same_queries(small, large, "home page")

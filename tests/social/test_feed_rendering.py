"""The {% social_feed %} tag: safe text, relative times per language, fixed query count, valid HTML."""

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from social.rendering import linkify, relative_time
from tests.factories import SocialPostFactory
from tests.helpers import count_queries
from turnbackcrime.demo.helpers import placeholder_image

NOW = datetime(2026, 6, 5, 12, 0, tzinfo=UTC)
THREE_WEEKS_ONE_DAY = NOW - timedelta(weeks=3, days=1)


def render_feed(limit=5, now=NOW):
    template = Template("{% load social_tags %}{% social_feed limit=limit now=now %}")
    return template.render(Context({"limit": limit, "now": now}))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "3 weeks, 1 day ago"),
        ("fr", "il y a 3 semaines, 1 jour"),
        ("es", "hace 3 semanas, 1 día"),
        ("ar", "منذ 3 أسابيع، 1 يوم"),
    ],
)
def test_relative_time_in_each_language(language, expected):
    with translation.override(language):
        # Django keeps each number with its unit (no-break spaces).
        assert relative_time(THREE_WEEKS_ONE_DAY, NOW).replace("\xa0", " ") == expected


def test_relative_time_never_says_zero_minutes():
    assert relative_time(NOW - timedelta(seconds=20), NOW) == "just now"
    assert relative_time(NOW + timedelta(minutes=3), NOW) == "just now"  # a source clock ahead of ours
    with translation.override("fr"):
        assert relative_time(NOW - timedelta(seconds=20), NOW) == "à l’instant"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "3 weeks, 1 day ago"),
        ("fr", "il y a 3 semaines, 1 jour"),
        ("es", "hace 3 semanas, 1 día"),
        ("ar", "منذ 3 أسابيع، 1 يوم"),
    ],
)
def test_feed_shows_relative_time_in_a_time_element(language, expected):
    SocialPostFactory(posted_at=THREE_WEEKS_ONE_DAY)
    with translation.override(language):
        soup = BeautifulSoup(render_feed(), "html.parser")
    time = soup.find("time")
    assert time.get_text().replace("\xa0", " ") == expected
    assert datetime.fromisoformat(time["datetime"]) == THREE_WEEKS_ONE_DAY


def test_hashtags_mentions_and_addresses_are_linked():
    html = str(linkify("Thanks @ExamplePolice! #TurnBackCrime #لنتصد https://example.org/a#b", "x"))
    soup = BeautifulSoup(html, "html.parser")
    links = {a.get_text(): a["href"] for a in soup.find_all("a")}
    assert links == {
        "@ExamplePolice": "https://x.com/ExamplePolice",
        "#TurnBackCrime": "https://x.com/hashtag/TurnBackCrime",
        "#لنتصد": "https://x.com/hashtag/%D9%84%D9%86%D8%AA%D8%B5%D8%AF",
        "https://example.org/a#b": "https://example.org/a#b",
    }
    # Each tag is isolated, so a Latin hashtag keeps its "#" in front inside Arabic text.
    assert [a.get("dir") for a in soup.find_all("a")] == ["auto", "auto", "auto", "ltr"]


def test_email_addresses_and_entities_are_not_taken_for_mentions_or_hashtags():
    html = str(linkify("Write to press@example.org & read item&#39;s note", "x"))
    assert "<a" not in html
    assert "press@example.org &amp; read item&amp;#39;s note" in html


def test_network_without_mention_pages_leaves_mentions_as_text():
    html = str(linkify("@someone on #LinkedIn", "linkedin"))
    assert "@someone" in html and 'href="https://www.linkedin.com/feed/hashtag/LinkedIn/"' in html
    assert html.count("<a") == 1


@pytest.mark.django_db
def test_post_with_script_renders_inert():
    hostile = (
        '<script>alert("x")</script> <img src=x onerror=alert(1)> '
        '#tag"><script>alert(2)</script> @user" onmouseover="alert(3) '
        'https://example.org/"><script>alert(4)</script>'
    )
    SocialPostFactory(text=hostile, handle="<b>@evil</b>", posted_at=THREE_WEEKS_ONE_DAY)
    html = render_feed()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None
    assert soup.find("img") is None
    assert soup.find("b") is None
    for element in soup.find_all(True):
        assert not [name for name in element.attrs if name.startswith("on")], element
    for link in soup.select(".social-post__text a"):
        assert link["href"].startswith("https://"), link
    text = soup.select_one(".social-post__text").get_text()
    assert '<script>alert("x")</script>' in text  # shown as the words it was, not run
    assert soup.select_one(".social-post__handle").get_text() == "<b>@evil</b>"


@pytest.mark.django_db
def test_only_the_latest_approved_posts_are_shown_newest_first():
    SocialPostFactory(text="old", posted_at=NOW - timedelta(days=9))
    SocialPostFactory(text="new", posted_at=NOW - timedelta(days=1))
    SocialPostFactory(text="pending", status="pending", posted_at=NOW)
    SocialPostFactory(text="hidden", status="hidden", posted_at=NOW)
    SocialPostFactory(text="older", posted_at=NOW - timedelta(days=20))
    soup = BeautifulSoup(render_feed(limit=2), "html.parser")
    assert [p.get_text() for p in soup.select(".social-post__text")] == ["new", "old"]


@pytest.mark.django_db
def test_empty_feed_says_so():
    with translation.override("es"):
        assert "Todavía no hay publicaciones." in render_feed()


@pytest.mark.django_db
def test_post_language_marks_text_with_lang_and_direction():
    SocialPostFactory(text="مرحبا", language="ar", posted_at=NOW - timedelta(days=1))
    SocialPostFactory(text="Bonjour", language="fr-CA", posted_at=NOW - timedelta(days=2))
    SocialPostFactory(text="Olá", language="", posted_at=NOW - timedelta(days=3))
    texts = BeautifulSoup(render_feed(), "html.parser").select(".social-post__text")
    assert [(p.get("lang"), p.get("dir")) for p in texts] == [("ar", "rtl"), ("fr-CA", "ltr"), (None, "auto")]


def _feed_queries(limit):
    with CaptureQueriesContext(connection) as captured:
        render_feed(limit=limit)
    return len(captured.captured_queries)


@pytest.mark.django_db
def test_feed_query_count_is_the_same_for_2_and_40_posts(renditions_on_save):
    image = placeholder_image("Social test image", width=800, height=450)
    for n in range(2):
        SocialPostFactory(image=image, image_alt=f"Picture {n}", posted_at=NOW - timedelta(hours=n + 1))
    two = _feed_queries(50)
    for n in range(38):
        other = placeholder_image(f"Social test image {n}", width=400, height=225) if n % 5 == 0 else image
        SocialPostFactory(image=other, image_alt="Picture", posted_at=NOW - timedelta(days=n + 1))
    forty = _feed_queries(50)
    assert two == forty, f"{two} queries for 2 posts, {forty} for 40"
    assert forty <= 2


@pytest.mark.django_db
def test_rendering_the_feed_creates_no_image_rendition(renditions_on_save):
    from wagtail.images.models import Rendition

    image = placeholder_image("Social rendition image", width=800, height=450)
    SocialPostFactory(image=image, image_alt="A campaign poster", posted_at=NOW - timedelta(hours=1))
    before = Rendition.objects.count()
    soup = BeautifulSoup(render_feed(), "html.parser")
    assert Rendition.objects.count() == before
    assert soup.select_one(".social-post__media img")["alt"] == "A campaign poster"


@pytest.fixture
def home_with_feed(home_page):
    """The home page with a social networks section, as editors arrange it."""
    home_page.sections = [
        ("social", {"heading": {"en": "", "fr": "", "es": "", "ar": ""}, "hidden": False, "count": 5})
    ]
    home_page.save_revision().publish()
    return home_page


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_page_with_the_feed_is_valid_html(client, home_with_feed, assert_valid_html, language):
    SocialPostFactory(text="Join us! #TurnBackCrime @ExamplePolice https://example.org/x", language="en")
    SocialPostFactory(text="<script>alert(1)</script> & more", network="facebook", language="")
    SocialPostFactory(
        text="قبل شراء تذكار فكّر في مصدره #TurnBackCrime",
        network="instagram",
        language="ar",
        image=placeholder_image("Social valid image", width=800, height=450),
        image_alt="ملصق الحملة",
    )
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.select_one("section.social-section")
    heading = section.find("h2", id=section["aria-labelledby"])
    assert heading.get_text() == {"en": "Social networks", "ar": "شبكات التواصل الاجتماعي"}[language]
    assert len(section.select(".social-post")) == 3
    assert_valid_html(response, f"home page ({language}) with the social feed")


@pytest.mark.django_db
def test_home_page_query_count_does_not_grow_with_posts(client, home_with_feed):
    for n in range(2):
        SocialPostFactory(posted_at=NOW - timedelta(hours=n))
    few = count_queries(client, "/en/")
    for n in range(40):
        SocialPostFactory(posted_at=NOW - timedelta(days=n))
    many = count_queries(client, "/en/")
    assert few == many
    assert "social-post" in client.get("/en/").content.decode()  # the feed really is on the page

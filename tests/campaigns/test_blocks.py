"""The site-wide content blocks: each renders valid HTML in English and Arabic; rules they enforce."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import translation
from wagtail.embeds.models import Embed
from wagtail.images.models import Rendition
from wagtail_factories import ImageFactory

from campaigns.models import TopicPage
from tests.factories import TopicPageFactory
from tests.support.local_http import LocalServer, closed_port, json_route
from turnbackcrime.blocks import CaptionedImageBlock, LinkBlock

VIDEO_URL = "https://video.example.org/watch/turn-back-crime"


def every_block(image, decorative_image, page):
    return [
        ("heading", {"text": "What are the risks?", "level": "h2"}),
        ("heading", {"text": "Details", "level": "h3"}),
        ("paragraph", "<p>Buying fakes can <b>fund</b> crime. <a href='https://example.org/'>More</a></p>"),
        (
            "advice",
            {"risks_heading": "", "risks": ["Fake medicine"], "actions_heading": "", "actions": ["Ask"]},
        ),
        ("questions", {"questions": [{"question": "Is it harmless?", "answer": "<p>No.</p>"}]}),
        (
            "image",
            {
                "image": {"image": image, "alt_text": "Seized goods on a table", "decorative": False},
                "caption": "Seized goods",
                "credit": "Police",
            },
        ),
        (
            "image",
            {
                "image": {"image": decorative_image, "alt_text": "", "decorative": True},
                "caption": "",
                "credit": "",
            },
        ),
        ("quote", {"quote": "Together we can.", "attribution": "Campaign message"}),
        ("key_figures", {"figures": [{"value": "7", "label": "countries"}]}),
        ("video", {"video": VIDEO_URL, "title": "Campaign video", "caption": ""}),
        (
            "call_to_action",
            {"heading": "Act", "text": "Take part.", "link": {"label": "Go", "page": page, "url": ""}},
        ),
    ]


@pytest.fixture
def oembed_server():
    html = '<iframe src="https://video.example.org/embed/1" width="640" height="360" title="Campaign video"></iframe>'
    routes = {
        "/oembed": json_route(
            {
                "type": "video",
                "version": "1.0",
                "html": html,
                "width": 640,
                "height": 360,
                "title": "Campaign video",
            }
        )
    }
    with LocalServer(routes) as server:
        yield server


def finders_for(endpoint):
    return [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [{"endpoint": endpoint, "urls": [r"^https://video\.example\.org/watch/.+$"]}],
        }
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_block_renders_valid_html(client, topic_index, oembed_server, lang, assert_valid_html):
    topic = TopicPageFactory(parent=topic_index, slug_en="blocks", slug_ar="blocks-ar")
    body = every_block(topic.hero_image, ImageFactory(), topic_index)
    topic.body_en = body
    topic.body_ar = body
    topic.save_revision().publish()
    with override_settings(WAGTAILEMBEDS_FINDERS=finders_for(f"{oembed_server.base_url}/oembed")):
        response = client.get(f"/{lang}/{'topics/blocks' if lang == 'en' else 'mawadi/blocks-ar'}/")
    assert response.status_code == 200
    assert_valid_html(response, f"every block ({lang})")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("h2#what-are-the-risks") is not None
    assert [a["href"] for a in soup.select(".toc a")] == []  # one h2 only: no table of contents
    assert soup.select_one("details.question summary").get_text(strip=True) == "Is it harmless?"
    images = soup.select(".figure img")
    assert images[0]["alt"] == "Seized goods on a table"
    assert images[1]["alt"] == ""
    assert soup.select_one(".video__frame iframe") is not None
    assert "/oembed" in oembed_server.requests[0]
    with translation.override(lang):
        expected = translation.gettext("What are the risks?")
    assert soup.select(".advice h3")[0].get_text(strip=True) == expected


@pytest.mark.django_db
def test_video_falls_back_to_a_link_when_the_provider_is_unreachable(client, topic_index):
    Embed.objects.all().delete()
    topic = TopicPageFactory(parent=topic_index, slug_en="video")
    topic.body_en = [("video", {"video": VIDEO_URL, "title": "Campaign video", "caption": ""})]
    topic.save_revision().publish()
    with override_settings(WAGTAILEMBEDS_FINDERS=finders_for(f"http://127.0.0.1:{closed_port()}/oembed")):
        response = client.get("/en/topics/video/")
    assert response.status_code == 200
    link = BeautifulSoup(response.content, "html.parser").select_one(".video__fallback a")
    assert link["href"] == VIDEO_URL
    assert "Campaign video" in link.get_text()


@pytest.mark.django_db
def test_table_of_contents_lists_section_headings(client, topic_index):
    topic = TopicPageFactory(parent=topic_index, slug_en="toc")
    topic.body_en = [
        ("heading", {"text": "What are the risks?", "level": "h2"}),
        ("heading", {"text": "What can you do?", "level": "h2"}),
    ]
    topic.save_revision().publish()
    soup = BeautifulSoup(client.get("/en/topics/toc/").content, "html.parser")
    assert [a["href"] for a in soup.select(".toc a")] == ["#what-are-the-risks", "#what-can-you-do"]
    for anchor in ("what-are-the-risks", "what-can-you-do"):
        assert soup.find(id=anchor) is not None


@pytest.mark.django_db
def test_image_block_without_alt_text_is_refused_unless_decorative(topic_index):
    image = TopicPageFactory(parent=topic_index).hero_image
    block = CaptionedImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": False}}))
    block.clean(block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": True}}))
    block.clean(
        block.to_python({"image": {"image": image.pk, "alt_text": "A seized parcel", "decorative": False}})
    )


def test_link_block_needs_exactly_one_target():
    block = LinkBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Nowhere", "page": None, "url": ""}))
    block.clean(block.to_python({"label": "Out", "page": None, "url": "https://example.org/"}))


def test_every_block_has_a_preview_description_and_icon():
    body = TopicPage._meta.get_field("body").stream_block  # the core's blocks and the gallery block
    for name, child in body.child_blocks.items():
        assert child.meta.icon not in ("", "placeholder"), name
        assert child.meta.description, name
        assert child.meta.template, name


@pytest.mark.django_db
def test_publishing_makes_renditions_so_serving_makes_none(renditions_on_save, client, topic_index):
    topic = TopicPageFactory(parent=topic_index, slug_en="images")
    topic.body_en = [
        (
            "image",
            {
                "image": {"image": topic.hero_image, "alt_text": "A photo", "decorative": False},
                "caption": "",
                "credit": "",
            },
        )
    ]
    topic.save_revision().publish()
    before = Rendition.objects.count()
    assert before > 0
    response = client.get("/en/topics/images/")
    assert response.status_code == 200
    assert Rendition.objects.count() == before
    assert (
        TopicPage.objects.get(pk=topic.pk).hero_image.renditions.filter(filter_spec__contains="avif").exists()
    )

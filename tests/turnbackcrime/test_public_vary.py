"""Cacheable public responses do not vary on the visitor's cookies.

`Vary: Cookie` on a public page makes a CDN keep one copy per cookie header, so most
visitors would miss it. Nothing may read the session of an anonymous visitor's public GET
(Wagtail's user bar did: turnbackcrime/templatetags/editor_tags.py); a signed-in editor
still gets the user bar, on a private response.
"""

from django.utils.cache import cc_delim_re
from django.utils.translation import override

from campaigns.models import TopicIndexPage, TopicPage
from galleries.models import GalleryIndexPage, GalleryPage
from home.models import HomePage
from partners.models import PartnerNewsIndexPage, PartnerNewsPage, PledgePage
from stories.models import StoryIndexPage, StoryPage

MODELS = [
    HomePage,
    TopicIndexPage,
    TopicPage,
    StoryIndexPage,
    StoryPage,
    PartnerNewsIndexPage,
    PartnerNewsPage,
    GalleryIndexPage,
    GalleryPage,
    PledgePage,
]


def vary(response):
    return {value.lower() for value in cc_delim_re.split(response.get("Vary", "")) if value}


def test_cacheable_public_pages_carry_no_vary_cookie(demo_content, client):
    paths = []
    for index, model in enumerate(MODELS):
        with override(["en", "fr", "es", "ar"][index % 4]):
            paths.append(model.objects.live().order_by("path").first().get_url())
    paths += ["/en/search/", "/fr/"]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "public" in response["Cache-Control"], path
        assert "cookie" not in vary(response), (path, response["Vary"])
        assert not response.cookies, path
        assert b"wagtail-userbar" not in response.content, path


def test_a_signed_in_editor_still_gets_the_user_bar_privately(demo_content, admin_client):
    response = admin_client.get("/en/")
    assert response.status_code == 200
    assert b"wagtail-userbar" in response.content
    assert "cookie" in vary(response)
    assert "private" in response["Cache-Control"]

"""sitemap.xml lists every live page in every language with hreflang alternates; robots.txt points to it."""

import defusedxml.ElementTree as ET
from wagtail.models import Page

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_has_every_live_page_in_every_language(demo_content, client):
    draft = Page.objects.filter(depth=3).order_by("path").first().specific
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{NS['s']}}}urlset"
    urls = root.findall("s:url", NS)
    live = Page.objects.live().public().filter(depth__gte=2).count()
    assert len(urls) == live * 4
    locations = [u.findtext("s:loc", namespaces=NS) for u in urls]
    assert len(set(locations)) == len(locations)
    for url in urls:
        loc = url.findtext("s:loc", namespaces=NS)
        assert loc.startswith("http://testserver/")
        alternates = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", NS)}
        assert set(alternates) == {"en", "fr", "es", "ar", "x-default"}
        assert loc in alternates.values()
        assert alternates["x-default"] == alternates["en"]
        assert url.findtext("s:lastmod", namespaces=NS)
    # A page taken offline leaves the sitemap (unpublishing does not unpublish its children).
    draft.unpublish()
    after = ET.fromstring(client.get("/sitemap.xml").content)
    assert len(after.findall("s:url", NS)) == (live - 1) * 4


def test_sitemap_urls_are_served(demo_content, client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    for url in root.findall("s:url", NS)[:40]:
        path = url.findtext("s:loc", namespaces=NS).replace("http://testserver", "")
        assert client.get(path).status_code == 200, path


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body

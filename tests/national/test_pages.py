"""Country pages, the toolkit and the reporting contacts: tree rules, admin, gathering, filtering."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventPage
from home.models import HomePage
from national.models import CountryIndexPage, CountryPage, ReportingContact, ToolkitMaterial, ToolkitPage
from partners.models import PartnerNewsPage
from stories.models import StoryPage
from tests.events.conftest import EventIndexPageFactory
from tests.factories import (
    PartnerFactory,
    PartnerNewsIndexPageFactory,
    PledgeFactory,
    StoryIndexPageFactory,
    build_home_page,
)
from tests.helpers import assert_same_queries, count_queries, notice_text
from tests.national.conftest import (
    CountryIndexPageFactory,
    CountryPageFactory,
    ReportingContactFactory,
    ToolkitPageFactory,
    small_document,
)

EMPTY_BODIES = {f"body_{lang}": streamfield([]) for lang in ("en", "fr", "es", "ar")}


class NationalTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.user)
        self.home = build_home_page()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(CountryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CountryIndexPage, {CountryPage})
        self.assertAllowedParentPageTypes(CountryPage, {CountryIndexPage})
        self.assertAllowedSubpageTypes(CountryPage, set())
        self.assertAllowedParentPageTypes(ToolkitPage, {HomePage})
        self.assertAllowedSubpageTypes(ToolkitPage, set())
        self.assertCanNotCreateAt(HomePage, CountryPage)
        self.assertCanNotCreateAt(Page, ToolkitPage)
        CountryIndexPageFactory(parent=self.home)
        ToolkitPageFactory(parent=self.home)
        self.assertFalse(CountryIndexPage.can_create_at(self.home))
        self.assertFalse(ToolkitPage.can_create_at(self.home))

    def test_staff_create_a_country_page_and_a_toolkit_with_materials(self):
        index = CountryIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            CountryPage,
            nested_form_data(
                {
                    "title_en": "Turn Back Crime in Austria",
                    "slug_en": "austria",
                    "country": "AT",
                    "launch_date": "2015-03-02",
                    **EMPTY_BODIES,
                }
            ),
        )
        assert CountryPage.objects.get(country="AT").launch_date == datetime.date(2015, 3, 2)
        poster = small_document("Poster FR")
        data = nested_form_data(
            {
                "title_en": "Toolkit",
                "slug_en": "toolkit",
                "usage_terms_en": rich_text("<p>Use freely.</p>"),
                "materials": inline_formset(
                    [
                        {
                            "kind": "poster",
                            "title_en": "Poster",
                            "title_fr": "Affiche",
                            "document": poster.pk,
                            "languages": ["fr", "ar"],
                        }
                    ]
                ),
            }
        )
        # A multiple choice is a list of values under one name (nested_form_data would number them).
        data = {k: v for k, v in data.items() if not k.startswith("materials-0-languages")}
        data["materials-0-languages"] = ["fr", "ar"]
        self.assertCanCreate(self.home, ToolkitPage, data)
        material = ToolkitMaterial.objects.get()
        assert material.languages == ["fr", "ar"]
        assert material.title_fr == "Affiche"

    def test_staff_add_a_reporting_contact_and_see_countries_without_one(self):
        response = self.client.post(
            "/admin/snippets/national/reportingcontact/add/",
            {
                "country": "ZM",
                "sort_order": "0",
                "authority_en": "Example wildlife desk",
                "purposes": ["wildlife", "trafficking"],
                "languages": ["en"],
                "phone": "+1 555 0102",
            },
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        contact = ReportingContact.objects.get()
        assert contact.purposes == ["wildlife", "trafficking"]
        index = CountryIndexPageFactory(parent=self.home)
        CountryPageFactory(parent=index, country="ZM")
        CountryPageFactory(parent=index, country="AT")
        PartnerFactory(country="KE")
        html = self.client.get("/admin/reports/missing-reporting-contacts/").content.decode()
        rows = [td.get_text() for td in BeautifulSoup(html, "html.parser").select("tbody tr td:first-child")]
        assert rows == ["Austria (AT)", "Kenya (KE)"]


def quick_child(parent, page):
    """Add `page` under `parent` as treebeard would, without the full clean of every field.

    Two hundred pages through `add_child` take 20 s; the tree columns and the
    URL paths are all this test needs.
    """
    last = parent.get_children().order_by("-path").first()
    page.depth = parent.depth + 1
    page.path = last._inc_path() if last else parent._get_path(parent.path, page.depth, 1)
    page.live = True
    page.title_en, page.slug_en = page.title, page.slug
    page.locale_id = parent.locale_id
    page.save(clean=False, log_action=None)
    Page.objects.filter(pk=parent.pk).update(numchild=models.F("numchild") + 1)
    parent.numchild += 1
    return page


@disable_reference_index_auto_update()
def fill_country(code, count, trees):
    """`count` of each kind of content for `code`."""
    news_index, story_index, event_index, _country_index = trees
    now = timezone.now()
    day = datetime.timedelta(days=1)
    for n in range(count):
        partner = PartnerFactory(country=code, name=f"Partner {code} {n}")
        PledgeFactory(country=code, status="approved", partner=partner)
        quick_child(
            news_index, PartnerNewsPage(partner=partner, title=f"News {code} {n}", slug=f"news-{code}-{n}")
        )
        story = StoryPage(
            countries=["KE", code],
            title=f"Story {code} {n}",
            slug=f"story-{code}-{n}",
            operation_date=datetime.date(2015, 1, 1),
        )
        quick_child(story_index, story)
        # Fifty events: every other one upcoming, the rest past.
        start = now + (n + 1) * day if n % 2 == 0 else now - (n + 10) * day
        event = EventPage(
            country=code, title=f"Event {code} {n}", slug=f"event-{code}-{n}", start=start, end=start
        )
        quick_child(event_index, event)
        ReportingContactFactory(country=code, authority_en=f"Authority {code} {n}")


@pytest.mark.django_db
def test_country_page_gathers_its_country_at_a_flat_query_count(client, home_page, settings):
    # 150 pages are made here: the search index is not what this test looks at.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    trees = (
        PartnerNewsIndexPageFactory(parent=home_page),
        StoryIndexPageFactory(parent=home_page),
        EventIndexPageFactory(parent=home_page),
        CountryIndexPageFactory(parent=home_page),
    )
    france = CountryPageFactory(parent=trees[3], country="FR", title_en="Turn Back Crime in France")
    fill_country("FR", 1, trees)
    fill_country("KE", 1, trees)  # another country's content stays off the page
    PledgeFactory(country="FR", status="pending", name="Pending pledge")
    PledgeFactory(country="FR", status="approved", consent_to_publish=False, name="Private pledge")

    response = client.get(france.url)
    soup = BeautifulSoup(response.content, "html.parser")
    text = soup.get_text(" ")
    for expected in ("News FR 0", "Story FR 0", "Event FR 0", "Partner FR 0", "Authority FR 0"):
        assert expected in text
    for absent in ("News KE", "Event KE", "Partner KE", "Authority KE", "Pending pledge", "Private pledge"):
        assert absent not in text
    assert "Story KE" not in text
    assert "1 pledge of support from this country." in text
    one = count_queries(client, france.url)

    fill_country("FR", 49, trees)
    fifty = count_queries(client, france.url)
    assert_same_queries(one, fifty, "country page")
    soup = BeautifulSoup(client.get(france.url).content, "html.parser")
    # Each list shows its newest few; the contacts are all shown.
    for section, shown in (("stories", 6), ("news", 6), ("events", 12)):
        assert len(soup.select(f"section[aria-labelledby=country-{section}] .card")) == shown, section
    assert "Event FR 1" in soup.select_one(".country__past").get_text()  # a past one
    assert len(soup.select(".contact")) == 50
    assert "50 pledges of support from this country." in soup.get_text(" ")


@pytest.mark.django_db
def test_country_index_lists_countries_in_the_visitors_language(client, country_index):
    CountryPageFactory(parent=country_index, country="DE", slug_fr="allemagne", title_fr="En Allemagne")
    CountryPageFactory(parent=country_index, country="AT", slug_fr="autriche", title_fr="En Autriche")
    CountryPageFactory(parent=country_index, country="ES", slug_fr="espagne", title_fr="En Espagne")
    en = BeautifulSoup(client.get("/en/around-the-world/").content, "html.parser")
    assert [n.get_text() for n in en.select(".country-list__name")] == ["Austria", "Germany", "Spain"]
    fr = BeautifulSoup(client.get("/fr/dans-le-monde/").content, "html.parser")
    assert [n.get_text() for n in fr.select(".country-list__name")] == ["Allemagne", "Autriche", "Espagne"]


@pytest.fixture
def toolkit(home_page):
    page = ToolkitPageFactory(parent=home_page)
    files = {
        "poster-en": ("poster", ["en"], small_document("Poster EN")),
        "poster-fr": ("poster", ["fr"], small_document("Poster FR")),
        "guide-fr-ar": ("guide", ["fr", "ar"], small_document("Guide FR AR")),
        "logo": ("logo", [], small_document("Logo", "png", b"\x89PNG....")),
    }
    for position, (title, (kind, languages, document)) in enumerate(files.items()):
        ToolkitMaterial.objects.create(
            page=page,
            sort_order=position,
            kind=kind,
            languages=languages,
            document=document,
            title=title,
            title_en=title,
        )
    return page


def material_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        group.select_one("h2").get_text(): [h.get_text() for h in group.select(".material__title")]
        for group in soup.select(".toolkit__group")
    }


@pytest.mark.django_db
def test_toolkit_grouped_by_kind_and_filtered_by_language(client, toolkit):
    assert material_titles(client.get(toolkit.url)) == {
        "Posters": ["poster-en", "poster-fr"],
        "Logos": ["logo"],
        "Guides": ["guide-fr-ar"],
    }
    assert material_titles(client.get(toolkit.url + "?language=fr")) == {
        "Posters": ["poster-fr"],
        "Guides": ["guide-fr-ar"],
    }
    assert material_titles(client.get(toolkit.url + "?language=ar")) == {"Guides": ["guide-fr-ar"]}
    response = client.get(toolkit.url + "?language=xx")
    assert response.status_code == 200
    assert "Language of the file “xx”" in notice_text(response)
    assert len(material_titles(response)) == 3
    meta = BeautifulSoup(client.get(toolkit.url).content, "html.parser").select(".material__meta")[1]
    assert " ".join(meta.get_text().split()) == "Language: French · PDF, 13 bytes"


@pytest.mark.django_db
def test_toolkit_download_is_counted_then_redirected(client, toolkit):
    material = ToolkitMaterial.objects.get(title="poster-fr")
    url = toolkit.url + f"download/{material.pk}/"
    assert url in client.get(toolkit.url).content.decode()
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == material.document.url
        assert "no-cache" in response["Cache-Control"]
    material.refresh_from_db()
    assert material.download_count == 2
    assert client.get(toolkit.url + "download/999999/").status_code == 404


@pytest.mark.django_db
def test_staff_see_download_counts_in_the_editor(admin_client, toolkit):
    ToolkitMaterial.objects.filter(title="poster-fr").update(download_count=7)
    html = admin_client.get(f"/admin/pages/{toolkit.pk}/edit/").content.decode()
    assert "Downloads" in html or "downloads" in html
    assert ">7<" in html.replace(" ", "").replace("\n", "")

"""Partner news and the pledge page: tree rules, admin creation, listings, languages, query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from partners.images import prerender_logo
from partners.models import Partner, PartnerNewsIndexPage, PartnerNewsPage, Pledge, PledgePage, PledgeStatus
from tests.factories import (
    PartnerFactory,
    PartnerNewsIndexPageFactory,
    PartnerNewsPageFactory,
    PledgeFactory,
    PledgePageFactory,
    build_home_page,
)
from tests.helpers import (
    COUNTRY_LABEL,
    LANGUAGES,
    PAGE_LABEL,
    PAST_THE_END,
    assert_same_queries,
    count_queries,
    left_out,
    notice_text,
)
from turnbackcrime.demo.helpers import placeholder_image

from .conftest import pledge_url


class PartnerPagesTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.user)
        self.home = build_home_page()

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(PartnerNewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PartnerNewsIndexPage, {PartnerNewsPage})
        self.assertAllowedParentPageTypes(PartnerNewsPage, {PartnerNewsIndexPage})
        self.assertAllowedSubpageTypes(PartnerNewsPage, set())
        self.assertAllowedParentPageTypes(PledgePage, {HomePage})
        self.assertAllowedSubpageTypes(PledgePage, set())

    def test_one_index_and_one_pledge_page_per_site(self):
        PartnerNewsIndexPageFactory(parent=self.home)
        PledgePageFactory(parent=self.home)
        self.assertFalse(PartnerNewsIndexPage.can_create_at(self.home))
        self.assertFalse(PledgePage.can_create_at(self.home))

    def test_staff_create_the_pages_in_the_admin(self):
        self.assertCanCreate(
            self.home,
            PledgePage,
            nested_form_data(
                {
                    "title_en": "Take the pledge",
                    "title_ar": "تعهّد بالدعم",
                    "slug_en": "take-the-pledge",
                    "slug_ar": "pledge-ar",
                    "intro_en": "Pledge your support.",
                    "intro_fr": "Engagez-vous.",
                }
            ),
        )
        self.assertCanCreate(
            self.home,
            PartnerNewsIndexPage,
            nested_form_data({"title_en": "Support", "slug_en": "support", "intro_en": "News."}),
        )
        index = PartnerNewsIndexPage.objects.get()
        partner = PartnerFactory()
        self.assertCanCreate(
            index,
            PartnerNewsPage,
            nested_form_data(
                {
                    "title_en": "Le Mali soutient la campagne",
                    "title_fr": "Le Mali soutient la campagne",
                    "slug_en": "mali",
                    "partner": partner.pk,
                    "date": "2015-02-10",
                    "written_in": "fr",
                    "summary_fr": "Un soutien déclaré.",
                    "body_en": streamfield([]),
                    "body_fr": streamfield(
                        [("paragraph", rich_text("<p>Le Mali soutient la campagne.</p>"))]
                    ),
                    "body_es": streamfield([]),
                    "body_ar": streamfield([]),
                }
            ),
        )
        item = PartnerNewsPage.objects.get()
        assert item.written_in == "fr"
        assert item.partner == partner
        assert item.original("summary") == "Un soutien déclaré."


def logo_partner(name, country="FR", kind="police"):
    partner = PartnerFactory(name=name, country=country, kind=kind)
    partner.logo = placeholder_image(f"Test logo {name}", width=300, height=150)
    partner.save()  # the signal renders the logo's renditions now
    return partner


@pytest.fixture
def french_only_item(news_index):
    partner = PartnerFactory(name="Délégation du Mali", country="ML", kind="government")
    item = PartnerNewsPageFactory(
        parent=news_index,
        partner=partner,
        written_in="fr",
        title="Le Mali soutient la campagne Turn Back Crime",
        title_fr="Le Mali soutient la campagne Turn Back Crime",
        slug_en="mali-soutient",
        summary_en="",
        summary_fr="La délégation malienne a déclaré son soutien.",
        date=datetime.date(2015, 2, 10),
    )
    return item


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_a_french_only_item_is_listed_and_shown_as_written_everywhere(
    client, news_index, french_only_item, language, assert_valid_html
):
    listing = client.get(pledge_url(news_index, language))
    assert listing.status_code == 200
    card = BeautifulSoup(listing.content, "html.parser").find("article", class_="partner-card")
    assert "Le Mali soutient la campagne Turn Back Crime" in card.get_text()
    assert "La délégation malienne a déclaré son soutien." in card.get_text()
    if language == "fr":
        assert not card.has_attr("lang")
    else:
        assert card["lang"] == "fr"
        assert card["dir"] == "ltr"
    item = client.get(pledge_url(french_only_item, language))
    assert item.status_code == 200
    article = BeautifulSoup(item.content, "html.parser").find("article", class_="partner-news")
    assert "Le Mali soutient la campagne Turn Back Crime" in article.find("h1").get_text()
    if language != "fr":
        assert article["lang"] == "fr"
    if language in ("en", "ar"):
        assert_valid_html(listing, f"news index ({language})")
        assert_valid_html(item, f"French-only item ({language})")


@pytest.mark.django_db
def test_a_translated_item_shows_each_language(client, news_index):
    item = PartnerNewsPageFactory(
        parent=news_index,
        title="US law enforcement backs the campaign",
        title_ar="أجهزة إنفاذ القانون الأمريكية تدعم الحملة",
        slug_en="us",
        slug_ar="us-ar",
    )
    body = client.get(pledge_url(news_index, "ar")).content.decode()
    assert "أجهزة إنفاذ القانون الأمريكية تدعم الحملة" in body
    page = BeautifulSoup(client.get(pledge_url(item, "ar")).content, "html.parser")
    assert not page.find("article", class_="partner-news").has_attr("lang")


@pytest.mark.django_db
def test_listing_shows_logo_and_country(client, news_index):
    PartnerNewsPageFactory(parent=news_index, partner=logo_partner("Example Logo Police", country="CA"))
    page = BeautifulSoup(client.get(pledge_url(news_index, "fr")).content, "html.parser")
    card = page.find("article", class_="partner-card")
    assert card.find("img")["alt"] == "Example Logo Police"
    assert "Canada" in card.get_text()
    assert card.find("source", attrs={"type": "image/avif"}) is not None


@pytest.mark.django_db
def test_filters_narrow_the_list_and_bad_values_show_everything(client, news_index):
    PartnerNewsPageFactory(parent=news_index, title="Canadian news", partner=PartnerFactory(country="CA"))
    PartnerNewsPageFactory(
        parent=news_index, title="Italian club news", partner=PartnerFactory(country="IT", kind="sports_club")
    )
    url = pledge_url(news_index)
    body = client.get(url, {"country": "CA"}).content.decode()
    assert "Canadian news" in body and "Italian club news" not in body
    body = client.get(url, {"kind": "sports_club"}).content.decode()
    assert "Italian club news" in body and "Canadian news" not in body
    for bad in ({"country": "ZZ"}, {"kind": "<script>"}, {"country": "CA' OR 1=1"}, {"page": "9999"}):
        response = client.get(url, bad)
        assert response.status_code == 200
        body = response.content.decode()
        assert "Canadian news" in body and "Italian club news" in body
    assert notice_text(client.get(url, {"country": "ZZ"})) == left_out("en", COUNTRY_LABEL, "ZZ")
    # Only countries that have news are offered.
    options = BeautifulSoup(client.get(url).content, "html.parser").select("#id_country option")
    assert [o["value"] for o in options] == ["", "CA", "IT"]


@pytest.mark.django_db
def test_news_index_query_count_does_not_grow_with_items(client, news_index):
    partners = [logo_partner(f"Logo Partner {n}", country=c) for n, c in enumerate(["CA", "FR", "KE"])]

    def add(count):
        for n in range(count):
            PartnerNewsPageFactory(parent=news_index, partner=partners[n % 3])

    add(5)
    url = pledge_url(news_index)
    few = count_queries(client, url)
    few_filtered = count_queries(client, f"{url}?country=CA&kind=police")
    add(195)
    many = count_queries(client, url)
    assert few == many, f"{few} queries with 5 items, {many} with 200"
    assert many < 30
    assert_same_queries(few_filtered, count_queries(client, f"{url}?country=CA&kind=police"), "filtered news")


@pytest.mark.django_db
def test_pledge_wall_query_count_does_not_grow_with_pledges(client, pledge_page):
    partners = [logo_partner(f"Wall Partner {n}", country=c) for n, c in enumerate(["CA", "FR", "KE"])]

    def add(count):
        for n in range(count):
            PledgeFactory(
                status=PledgeStatus.APPROVED, partner=partners[n % 3], country=partners[n % 3].country
            )

    add(5)
    url = pledge_url(pledge_page)
    few = count_queries(client, url)
    add(195)
    many = count_queries(client, url)
    assert few == many, f"{few} queries with 5 pledges, {many} with 200"


@pytest.mark.django_db
def test_pledge_wall_total_count_by_country_newest_first_paginated(client, pledge_page, assert_valid_html):
    for n in range(14):
        PledgeFactory(
            name=f"Wall Example {n:02d}", status=PledgeStatus.APPROVED, country="KE" if n < 10 else "CA"
        )
    PledgeFactory(status=PledgeStatus.PENDING, country="FR")
    response = client.get(pledge_url(pledge_page))
    page = BeautifulSoup(response.content, "html.parser")
    assert "14" in page.find(class_="pledge-wall__total").get_text()
    countries = [tr.get_text(" ", strip=True) for tr in page.select(".pledge-map__table tbody tr")]
    assert countries == ["Kenya 10", "Canada 4"]
    names = [h.get_text() for h in page.select(".pledge-card__name")]
    assert names[0] == "Wall Example 13"
    assert len(names) == 12
    second = BeautifulSoup(client.get(pledge_url(pledge_page), {"page": 2}).content, "html.parser")
    assert [h.get_text() for h in second.select(".pledge-card__name")] == [
        "Wall Example 01",
        "Wall Example 00",
    ]
    assert second.select_one(".pledge-wall .notice") is None
    arabic = BeautifulSoup(client.get(pledge_url(pledge_page, "ar")).content, "html.parser")
    assert "كينيا" in arabic.select(".pledge-map__table tbody tr")[0].get_text()
    assert_valid_html(response, "pledge page with wall")
    # The wall's page number goes through the listing helper like every listing's.
    for lang in ("en", "ar"):
        bad = BeautifulSoup(client.get(pledge_url(pledge_page, lang), {"page": "abc"}).content, "html.parser")
        assert bad.select_one(".pledge-wall .notice").get_text(strip=True) == left_out(
            lang, PAGE_LABEL, "abc"
        )
        assert len(bad.select(".pledge-card__name")) == 12
        past = BeautifulSoup(client.get(pledge_url(pledge_page, lang), {"page": "9"}).content, "html.parser")
        assert past.select_one(".pledge-wall .notice").get_text(strip=True) == PAST_THE_END[lang].format(
            number=9, last=2
        )


@pytest.mark.django_db
def test_serving_the_listings_creates_no_rendition(client, news_index, pledge_page):
    from wagtail.images.models import Rendition

    partner = logo_partner("Rendered Partner")
    prerender_logo(partner.logo)
    PartnerNewsPageFactory(parent=news_index, partner=partner)
    PledgeFactory(status=PledgeStatus.APPROVED, partner=partner)
    before = Rendition.objects.count()
    client.get(pledge_url(news_index))
    client.get(pledge_url(pledge_page))
    assert Rendition.objects.count() == before


def test_demo_content_loads_twice_without_duplicates(demo_content, client):
    # The demo is already loaded (the session's snapshot): a second run adds nothing.
    counts = (Partner.objects.count(), PartnerNewsPage.objects.count(), Pledge.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (Partner.objects.count(), PartnerNewsPage.objects.count(), Pledge.objects.count()) == counts
    assert set(Pledge.objects.values_list("status", flat=True)) == {"pending", "approved", "rejected", "spam"}
    mali = PartnerNewsPage.objects.get(written_in="fr")
    assert mali.partner.country.code == "ML"
    for language in ("en", "fr", "es", "ar"):
        index = PartnerNewsIndexPage.objects.get()
        assert client.get(pledge_url(index, language)).status_code == 200
        assert client.get(pledge_url(PledgePage.objects.get(), language)).status_code == 200
    assert Page.objects.type(PledgePage).get().show_in_menus


@pytest.mark.django_db
def test_getting_involved_tag_shows_the_live_total_and_links_to_the_pledge_page(pledge_page):
    from django.template import Context, Template
    from django.test import RequestFactory

    PledgeFactory(name="Shown Example", status=PledgeStatus.APPROVED)
    PledgeFactory(name="Pending Example", status=PledgeStatus.PENDING)
    request = RequestFactory().get("/en/")
    html = Template("{% load partner_tags %}{% getting_involved %}").render(Context({"request": request}))
    assert "<strong>1</strong> organisation has pledged its support." in " ".join(html.split())
    assert "Shown Example" in html and "Pending Example" not in html
    assert 'href="/en/take-the-pledge/"' in html


KIND_LABEL = {"en": "Kind of partner", "fr": "Type de partenaire", "es": "Tipo de socio", "ar": "نوع الشريك"}


@pytest.mark.django_db
def test_bad_filters_and_page_numbers_are_said_on_the_page_in_each_language(client, news_index):
    PartnerNewsPageFactory(parent=news_index, title="Canadian news", partner=PartnerFactory(country="CA"))
    for lang in LANGUAGES:
        url = pledge_url(news_index, lang)
        for params, expected in (
            ({"country": "ZZ"}, left_out(lang, COUNTRY_LABEL, "ZZ")),
            ({"kind": "pirates"}, left_out(lang, KIND_LABEL, "pirates")),
            ({"page": "abc"}, left_out(lang, PAGE_LABEL, "abc")),
            ({"page": "99999"}, PAST_THE_END[lang].format(number=99999, last=1)),
        ):
            response = client.get(url, params)
            assert response.status_code == 200
            assert notice_text(response) == expected
            assert "Canadian news" in response.content.decode()


@pytest.mark.django_db
def test_a_bad_filter_queues_no_message_for_the_admin(admin_client, news_index):
    """The notice belongs to the public page: staff browsing the site do not meet it later in the admin."""
    PartnerNewsPageFactory(parent=news_index, title="Canadian news", partner=PartnerFactory(country="CA"))
    public = admin_client.get(pledge_url(news_index), {"country": "ZZ", "kind": "pirates"})
    assert notice_text(public).startswith("These values could not be used")
    admin = admin_client.get("/admin/")
    assert admin.status_code == 200
    assert list(admin.context["messages"]) == []
    assert "could not be used" not in admin.content.decode()


@pytest.mark.django_db
def test_for_cards_holds_after_ordering_and_slicing(
    renditions_on_save, news_index, django_assert_num_queries
):
    partner = logo_partner("Sliced Partner", country="KE")
    for _ in range(5):
        PartnerNewsPageFactory(parent=news_index, partner=partner)
    # The items with their partners and logos, the logos' renditions.
    with django_assert_num_queries(2):
        items = list(PartnerNewsPage.objects.live().for_cards().order_by("-pk")[:3])
    with django_assert_num_queries(0):
        names = [item.partner.name for item in items]
        logos = [len(item.partner.logo.renditions.all()) for item in items]
    assert names == ["Sliced Partner"] * 3
    assert all(count > 0 for count in logos)
    assert items[0].pk > items[-1].pk


@pytest.mark.django_db
def test_cards_show_the_summary_as_written_never_a_rendered_body(client, news_index):
    PartnerNewsPageFactory(
        parent=news_index,
        title="No summary",
        summary_en="",
        body_en=[("paragraph", "<p>Zorblax support appears only in this body.</p>")],
    )
    card = BeautifulSoup(client.get(pledge_url(news_index)).content, "html.parser").find(
        "article", class_="partner-card"
    )
    assert card.select_one(".card__text") is None
    assert "Zorblax" not in card.get_text()

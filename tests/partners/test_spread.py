"""Pledges that spread (issue #15): goal and progress, the share step and its `via` codes, the
embeddable badge, the count API, the map and the wall's filters, and flat query counts."""

import csv
import io
import json
import re
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from partners.map import map_data
from partners.models import Pledge, PledgePage, PledgeStatus
from partners.moderation import approve_pledge
from partners.progress import PledgeProgress
from tests.factories import PledgeFactory
from tests.helpers import assert_same_queries, count_queries, notice_text
from turnbackcrime.numbers import format_count

from .conftest import pledge_url

SVG = "{http://www.w3.org/2000/svg}"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def approved(**fields):
    return PledgeFactory(status=PledgeStatus.APPROVED, **fields)


# ---------------------------------------------------------------------------
# Numbers and progress
# ---------------------------------------------------------------------------


def test_counts_are_written_the_way_each_language_writes_them():
    assert [format_count(12345, lang) for lang in ("en", "fr", "es", "ar")] == [
        "12,345",
        "12\u202f345",
        "12.345",
        "12,345",
    ]
    assert format_count(1234, "es") == "1234"  # CLDR: Spanish groups from five digits
    assert format_count(999, "fr") == "999"


def test_progress_caps_the_bar_and_says_when_the_goal_is_reached():
    assert PledgeProgress(7, 10).percent == 70 and not PledgeProgress(7, 10).reached
    assert PledgeProgress(12, 10).reached and PledgeProgress(12, 10).percent == 100
    assert PledgeProgress(12, 10).bar_value == 10 and PledgeProgress(12, 10).remaining == 0
    assert not PledgeProgress(12).has_goal and not PledgeProgress(12).reached


@pytest.mark.django_db
def test_pledge_page_shows_progress_then_goal_reached_in_each_language(client, pledge_page):
    PledgePage.objects.filter(pk=pledge_page.pk).update(goal=3)
    approved(country="KE")
    approved(country="NZ")
    PledgeFactory(status=PledgeStatus.PENDING)  # never counted
    page = soup(client.get(pledge_url(pledge_page)))
    bar = page.select_one(".pledge-wall progress")
    assert (bar["value"], bar["max"]) == ("2", "3")
    assert (
        page.select_one(f"#{bar['aria-labelledby']}")
        .get_text(" ", strip=True)
        .startswith("66% of our goal of 3 pledges: 1 to go.")
    )
    assert page.select_one(".pledge-progress--reached") is None

    approved(country="KE")
    for lang, reached in (("en", "Goal reached!"), ("fr", "Objectif atteint\xa0!"), ("ar", "تحقّق الهدف!")):
        page = soup(client.get(pledge_url(pledge_page, lang)))
        state = page.select_one(".pledge-wall .pledge-progress--reached .pledge-progress__reached")
        assert state.get_text(strip=True) == reached
        assert page.select_one(".pledge-wall progress")["value"] == "3"

    # An editor raises the goal and publishes: the page (its cached wall too) shows it at once.
    page_object = PledgePage.objects.get(pk=pledge_page.pk)
    page_object.goal = 12345
    page_object.save_revision().publish()
    french = soup(client.get(pledge_url(pledge_page, "fr"))).select_one(".pledge-progress__goal").get_text()
    assert "12\u202f345" in french and "12\u202f342" in french


# ---------------------------------------------------------------------------
# The share step and `via` codes
# ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_share_links_carry_the_language_message_and_a_via_code_that_is_counted(
    client, pledge_page, valid_data, assert_valid_html
):
    thanks = client.post(pledge_url(pledge_page, "fr"), valid_data(contact_email="first@example.org"))
    assert_valid_html(thanks, "thank-you page with the share step (fr)")
    first = Pledge.objects.get(contact_email="first@example.org")
    step = soup(thanks).select_one(".share-step")
    assert "Nous nous sommes engagés" in step.select_one(".share-step__message").get_text()
    links = {a.contents[0].strip(): unquote(a["href"]) for a in step.select(".share__links a")}
    assert {"X", "Facebook", "LinkedIn", "WhatsApp"} <= set(links)
    for href in links.values():
        assert f"/fr/engagez-vous/?via={first.share_code}" in href
    assert "Nous nous sommes engagés" in links["X"] and "Nous nous sommes engagés" in links["WhatsApp"]

    # Someone follows the link: the code travels in the form and is kept on their pledge.
    form_page = soup(client.get(pledge_url(pledge_page, "fr"), {"via": first.share_code}))
    assert form_page.select_one('form[method="post"] input[name="via"]')["value"] == first.share_code
    client.post(
        pledge_url(pledge_page, "fr"), valid_data(contact_email="second@example.org", via=first.share_code)
    )
    client.post(pledge_url(pledge_page), valid_data(contact_email="third@example.org", via="made-up-code"))
    assert Pledge.objects.get(contact_email="second@example.org").via == first.share_code
    assert Pledge.objects.get(contact_email="third@example.org").via == ""

    # Staff see it per pledge in the listing and the export.
    client.force_login(get_user_model().objects.create_superuser("staff", "staff@example.org", "pw"))
    listing = reverse("wagtailsnippets_partners_pledge:list")
    assert "Pledges brought" in client.get(listing).content.decode()
    export = client.get(listing, {"export": "csv"})
    rows = {
        row["ID"]: row for row in csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    }
    assert rows[str(first.pk)]["Pledges brought by its shares"] == "1"
    assert rows[str(first.pk)]["Share code"] == first.share_code


@pytest.mark.django_db
def test_approval_email_says_so_and_gives_the_badge_code(pledge_page, django_capture_on_commit_callbacks):
    pledge = PledgeFactory(language="es", contact_email="ana@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        approve_pledge(pledge)
    with django_capture_on_commit_callbacks(execute=True):
        approve_pledge(pledge)  # approving again sends nothing more
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"] and "aprobado" in message.subject
    assert f'<iframe src="http://localhost/badge/es/{pledge.pk}/"' in message.body
    assert f"/badge/es/{pledge.pk}.svg" in message.body
    assert f"?via={pledge.share_code}" in message.body


# ---------------------------------------------------------------------------
# The badge
# ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_badge_is_framable_by_any_origin_while_pages_are_not(client, pledge_page, assert_valid_html):
    pledge = approved()
    pending = PledgeFactory(status=PledgeStatus.PENDING)
    normal = client.get(pledge_url(pledge_page))
    assert normal["X-Frame-Options"] == "DENY"
    for url in ("/badge/en/", f"/badge/ar/{pledge.pk}/", "/badge/fr.svg", f"/badge/es/{pledge.pk}.svg"):
        response = client.get(url, headers={"origin": "http://partner.example"})
        assert response.status_code == 200, url
        assert "X-Frame-Options" not in response
        assert response["Content-Security-Policy"] == "frame-ancestors *"
        cache_control = response["Cache-Control"]
        assert "public" in cache_control and "max-age=" in cache_control and "s-maxage=" in cache_control
        assert not response.cookies and "Set-Cookie" not in response
        assert b"csrfmiddlewaretoken" not in response.content
        assert len(response.content) < 4096, (url, len(response.content))
        assert response["Content-Language"] == url.split("/")[2][:2]
    for url in (f"/badge/en/{pending.pk}/", f"/badge/en/{pending.pk}.svg", "/badge/xx/", "/badge/en/999999/"):
        assert client.get(url).status_code == 404, url
    assert_valid_html(client.get(f"/badge/ar/{pledge.pk}/"), "badge (ar)")
    public_page = client.get(f"{pledge_url(pledge_page, 'ar')}{pledge.pk}/")
    assert public_page.status_code == 200 and public_page["X-Frame-Options"] == "DENY"
    assert_valid_html(public_page, "public pledge page (ar)")
    assert client.get(f"{pledge_url(pledge_page)}{pending.pk}/").status_code == 404
    arabic = soup(client.get(f"/badge/ar/{pledge.pk}/"))
    assert arabic.html["lang"] == "ar" and arabic.html["dir"] == "rtl"
    link = arabic.select_one("a.badge__link")["href"]
    assert link.endswith(f"/ar/pledge-ar/?via={pledge.share_code}")


@pytest.mark.django_db
def test_badge_svg_is_valid_svg_with_the_right_count(client, pledge_page):
    PledgePage.objects.filter(pk=pledge_page.pk).update(goal=4000)
    pledges = [approved() for _ in range(3)]
    PledgeFactory(status=PledgeStatus.REJECTED)
    response = client.get(f"/badge/en/{pledges[0].pk}.svg")
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = ElementTree.fromstring(response.content)
    assert svg.tag == f"{SVG}svg" and svg.get("data-count") == "3"
    assert svg.find(f"{SVG}title").text == "We pledged to Turn Back Crime"
    assert svg.find(f"{SVG}desc").text.startswith("3 organisations have pledged their support.")
    assert "of the goal of 4,000 pledges" in svg.find(f"{SVG}desc").text
    assert svg.get("role") == "img"
    frame = soup(client.get("/badge/fr/"))
    assert frame.select_one(".badge__count")["data-count"] == "3"
    assert frame.select_one("progress")["max"] == "4000"


# ---------------------------------------------------------------------------
# The count API
# ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_count_api_equals_the_database_and_leaks_nothing_non_public(client, pledge_page):
    PledgePage.objects.filter(pk=pledge_page.pk).update(goal=10)
    shown = [
        approved(country="KE", kind="police", name="Shown Police Example"),
        approved(country="KE", kind="company", name="Shown Company Example"),
        approved(country="CO", kind="police", language="es", name="Shown Colombian Example"),
    ]
    hidden = [
        approved(consent_to_publish=False, name="Secret Consentless Example", country="MT"),
        PledgeFactory(status=PledgeStatus.PENDING, name="Pending Example Name", country="MT"),
        PledgeFactory(status=PledgeStatus.SPAM, name="Spam Example Name", country="US"),
    ]
    response = client.get("/api/pledges/count.json")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "max-age=" in response["Cache-Control"] and not response.cookies
    data = response.json()
    public = Pledge.objects.public()
    assert data["version"] == 1 and data["total"] == public.count() == 3
    assert data["goal"] == 10 and data["percent_of_goal"] == 30 and data["goal_reached"] is False
    assert {row["code"]: row["count"] for row in data["by_country"]} == {
        code: public.filter(country=code).count() for code in ("KE", "CO")
    }
    assert {row["code"]: row["count"] for row in data["by_kind"]} == {"police": 2, "company": 1}
    assert data["by_language"] == {"en": 2, "es": 1}
    assert client.get("/api/v1/pledges/count.json").json() == data
    text = json.dumps([data, client.get("/api/v1/pledges/ar/count.json").json()], ensure_ascii=False)
    for pledge in shown + hidden:
        assert (
            pledge.name not in text and pledge.contact_email not in text and pledge.contact_name not in text
        )
    assert "MT" not in text and "US" not in text
    arabic = client.get("/api/v1/pledges/ar/count.json").json()
    assert arabic["language"] == "ar" and "كينيا" in {row["name"] for row in arabic["by_country"]}
    kenya = client.get("/api/v1/pledges/country/ke.json").json()
    assert (kenya["country"], kenya["total"], kenya["country_name"]) == ("KE", 2, "Kenya")
    assert client.get("/api/v1/pledges/country/ZZ.json").status_code == 404
    assert client.get("/api/v1/pledges/xx/count.json").status_code == 404
    assert client.post("/api/pledges/count.json").status_code == 405


# ---------------------------------------------------------------------------
# The map and the wall's filters
# ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_map_has_one_shape_per_country_with_pledges_matching_the_table(
    client, pledge_page, assert_valid_html
):
    for country, count in (("KE", 4), ("NZ", 2), ("CO", 1), ("SG", 1)):
        for _ in range(count):
            approved(country=country)
    PledgeFactory(status=PledgeStatus.PENDING, country="FR")
    response = client.get(pledge_url(pledge_page, "ar"))
    page = soup(response)
    shapes = {a["data-country"]: int(a["data-count"]) for a in page.select("svg a.pledge-map__country")}
    table = {tr["data-country"]: int(tr.td.get_text()) for tr in page.select(".pledge-map__table tbody tr")}
    assert table == {"KE": 4, "NZ": 2, "CO": 1, "SG": 1}
    # Singapore is too small for the 1:110m map: in the table only.
    assert "SG" not in map_data()["paths"]
    assert shapes == {code: n for code, n in table.items() if code in map_data()["paths"]}
    kenya = page.select_one('svg a[data-country="KE"]')
    assert kenya["href"] == "?country=KE#latest-pledges" and kenya["aria-label"] == "كينيا: 4 تعهدات"
    assert page.select_one('svg a[data-country="KE"] path')["class"] == ["pledge-map__level-5"]
    assert len(re.findall(r"pledge-map__level-\d", str(page.select_one(".pledge-map__legend")))) >= 3
    assert_valid_html(response, "pledge page with map (ar)")


def test_map_data_is_small_enough_for_phones():
    import gzip
    from pathlib import Path

    from partners.map import DATA

    assert len(gzip.compress(Path(DATA).read_bytes())) < 60_000
    assert len(map_data()["paths"]) > 150


@pytest.mark.django_db
def test_wall_filters_by_country_and_kind_in_the_url(client, pledge_page):
    for n in range(14):
        approved(name=f"Kenyan Police {n:02d}", country="KE", kind="police")
    approved(name="Kenyan Company", country="KE", kind="company")
    approved(name="Canadian Police", country="CA", kind="police")
    names = lambda response: [h.get_text(strip=True) for h in soup(response).select(".pledge-card__name")]  # noqa: E731
    assert names(client.get(pledge_url(pledge_page), {"country": "CA"})) == ["Canadian Police"]
    assert names(client.get(pledge_url(pledge_page), {"country": "KE", "kind": "company"})) == [
        "Kenyan Company"
    ]
    first = client.get(pledge_url(pledge_page), {"kind": "police"})
    assert len(names(first)) == 12
    next_link = soup(first).select_one(".pagination a[href*='page=2']")["href"]
    assert "kind=police" in next_link
    second = client.get(pledge_url(pledge_page) + next_link)
    assert names(second) == ["Kenyan Police 02", "Kenyan Police 01", "Kenyan Police 00"]
    bad = client.get(pledge_url(pledge_page), {"country": "ZZ"})
    assert "ZZ" in notice_text(bad) and len(names(bad)) == 12
    selected = soup(client.get(pledge_url(pledge_page), {"country": "CA"})).select_one(
        "#wall_country option[selected]"
    )
    assert selected["value"] == "CA"


# ---------------------------------------------------------------------------
# Query counts: flat from 3 to 3,000 pledges
# ---------------------------------------------------------------------------


def test_query_counts_stay_flat_from_3_to_3000_pledges(demo_content, client):
    page = PledgePage.objects.get()
    harbour = Pledge.objects.get(submission_key="demo-harbour")
    urls = [
        "/en/",
        pledge_url(page),
        pledge_url(page) + "?country=NZ",
        f"{pledge_url(page)}{harbour.pk}/",
        "/badge/en/",
        f"/badge/ar/{harbour.pk}.svg",
        "/api/pledges/count.json",
    ]
    assert Pledge.objects.public().count() == 3
    small = {url: count_queries(client, url) for url in urls}
    # The home page's "Getting involved" shows the demo's goal (25) and the progress towards it.
    home_bar = soup(client.get("/en/")).select_one(".getting-involved progress")
    assert (home_bar["value"], home_bar["max"]) == ("3", "25")
    countries = ["NZ", "KE", "CO", "FR", "BR", "IN", "NG", "CA", "JP", "EG"]
    kinds = ["police", "company", "ngo", "government", "sports_club"]
    Pledge.objects.bulk_create(
        Pledge(
            name=f"Bulk Example {n}",
            kind=kinds[n % len(kinds)],
            country=countries[n % len(countries)],
            statement="Example pledge for the query count.",
            consent_to_publish=True,
            status=PledgeStatus.APPROVED,
            submission_key=f"bulk-{n}",
            share_code=f"bulk{n:06d}",
            partner=harbour.partner,  # with a logo, like the demo's: the wall shows the same things
        )
        for n in range(2997)
    )
    assert Pledge.objects.public().count() == 3000
    for url in urls:
        assert_same_queries(small[url], count_queries(client, url), url)
    assert client.get("/api/pledges/count.json").json()["total"] == 3000
    assert "3,000" in soup(client.get("/badge/en/")).select_one(".badge__count").get_text()
    home = soup(client.get("/fr/"))
    assert home.select_one(".getting-involved .pledge-progress--reached .pledge-progress__reached")
    assert "3\u202f000" in home.select_one(".getting-involved .pledge-wall__total").get_text()


def test_share_codes_are_letters_and_digits_so_no_spreadsheet_or_chat_app_mangles_them():
    from partners.models.pledge import new_share_code

    codes = {new_share_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(len(code) == 8 and code.isascii() and code.isalnum() for code in codes)


@pytest.mark.django_db
def test_a_share_link_gets_the_cached_wall_a_filtered_wall_does_not(client, pledge_page):
    """`?via=` (and a campaign's utm_*) leave the wall as it is: the visit costs what a plain
    one does; the wall's own filters and page number render it afresh."""
    url = pledge_url(pledge_page)
    plain = count_queries(client, url)
    assert_same_queries(plain, count_queries(client, f"{url}?via=Abc12345&utm_source=x"), "shared link")
    assert count_queries(client, f"{url}?kind=company") > plain

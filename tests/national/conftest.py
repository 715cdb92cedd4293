"""Country index, toolkit and reporting contacts for the national tests."""

import factory
import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from national.models import ReportingContact


class CountryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Around the world"
    title_en = "Around the world"
    title_fr = "Dans le monde"
    title_ar = "حول العالم"
    slug_en = "around-the-world"
    slug_fr = "dans-le-monde"
    slug_es = "en-el-mundo"
    slug_ar = "around-the-world-ar"

    class Meta:
        model = "national.CountryIndexPage"


class CountryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Country {n}")
    title_en = factory.SelfAttribute("title")
    slug_en = factory.Sequence(lambda n: f"country-{n}")
    country = "FR"

    class Meta:
        model = "national.CountryPage"


class ToolkitPageFactory(wagtail_factories.PageFactory):
    title = "Toolkit"
    title_en = "Toolkit"
    slug_en = "toolkit"

    class Meta:
        model = "national.ToolkitPage"


class ReportingContactFactory(factory.django.DjangoModelFactory):
    country = "FR"
    authority = factory.Sequence(lambda n: f"Example authority {n}")
    authority_en = factory.SelfAttribute("authority")
    purposes = ["online_fraud"]
    phone = "+1 555 0100"
    web_form_url = "https://example.org/report"
    is_example = True

    class Meta:
        model = ReportingContact


def small_document(title, extension="pdf", content=b"%PDF-1.4 demo"):
    document = get_document_model()(title=title)
    document.file.save(f"{title.lower().replace(' ', '-')}.{extension}", ContentFile(content), save=False)
    document.save()
    return document


@pytest.fixture
def country_index(home_page):
    return CountryIndexPageFactory(parent=home_page)

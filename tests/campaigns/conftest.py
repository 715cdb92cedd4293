import pytest

from tests.factories import CrimeThemeFactory, TopicIndexPageFactory


@pytest.fixture
def theme(db):
    return CrimeThemeFactory(
        name_en="Cybercrime",
        name_fr="Cybercriminalité",
        name_es="Ciberdelincuencia",
        name_ar="الجريمة السيبرانية",
        slug="cybercrime",
    )


@pytest.fixture
def topic_index(home_page):
    return TopicIndexPageFactory(parent=home_page)

"""Fixtures of the core's tests: a few topics in several languages for search."""

import pytest

from tests.factories import TopicIndexPageFactory, TopicPageFactory


@pytest.fixture
def topics(search_index_on_save, home_page):
    index = TopicIndexPageFactory(parent=home_page)
    coral = TopicPageFactory(
        parent=index,
        title_en="Reduce the impact on the environment",
        title_fr="Réduire l’impact sur l’environnement",
        title_ar="الحدّ من الأثر على البيئة",
        slug_en="environment",
        summary_en="Souvenirs made of coral or ivory can feed wildlife crime.",
        summary_fr="Les souvenirs en corail ou en ivoire peuvent alimenter le trafic d’espèces.",
        summary_ar="قد تغذّي التذكارات المصنوعة من المرجان أو العاج تجارة الأحياء البرية.",
    )
    fakes = TopicPageFactory(
        parent=index,
        title_en="Trafficking in illicit goods and counterfeiting",
        title_fr="Trafic de produits illicites et contrefaçon",
        slug_en="illicit-goods",
        summary_en="A cheap fake handbag can help pay for organised crime.",
        summary_fr="Un faux sac bon marché peut financer le crime organisé.",
    )
    return {"coral": coral, "fakes": fakes, "index": index}

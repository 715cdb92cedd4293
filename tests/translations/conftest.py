import pytest

from tests.factories import TopicIndexPageFactory, TopicPageFactory
from translations.models import TranslationStatus
from translations.tracking import item_for


@pytest.fixture
def topic(home_page):
    """A published topic in four languages, with a rich text paragraph in its body."""
    index = TopicIndexPageFactory(parent=home_page)
    page = TopicPageFactory(
        parent=index,
        title_en="Fake medicines",
        title_fr="Faux médicaments",
        title_es="Medicamentos falsos",
        title_ar="الأدوية المزيفة",
        slug_en="fake-medicines",
        summary_en="Counterfeit pills can kill.",
        summary_fr="Les faux comprimés peuvent tuer.",
        summary_es="Las pastillas falsas pueden matar.",
        summary_ar="الحبوب المزيفة قد تقتل.",
        hero_alt_en="",
    )
    page.body_en = [("paragraph", "<p>Buy medicines <b>only</b> from a pharmacy.</p>")]
    page.body_fr = [("paragraph", "<p>Achetez vos médicaments <b>uniquement</b> en pharmacie.</p>")]
    page.body_es = [("paragraph", "<p>Compre medicamentos <b>solo</b> en la farmacia.</p>")]
    page.body_ar = [("paragraph", "<p>اشترِ الأدوية <b>فقط</b> من الصيدلية.</p>")]
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def statuses(obj):
    item = item_for(obj)
    return {s.language: s for s in TranslationStatus.objects.filter(item=item)}


def publish(page, **values):
    draft = page.get_latest_revision_as_object()
    for name, value in values.items():
        setattr(draft, name, value)
    draft.save_revision().publish()
    return type(page).objects.get(pk=page.pk)

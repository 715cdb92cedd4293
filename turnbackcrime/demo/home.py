"""The home page and the site settings."""

from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage
from turnbackcrime.models import SiteSettings

from .helpers import set_translated

HOME_TITLE = {
    "en": "Organised crime is closer than you think",
    "fr": "Le crime organisé est plus proche que vous ne le croyez",
    "es": "El crimen organizado está más cerca de lo que cree",
    "ar": "الجريمة المنظمة أقرب إليك مما تظن",
}
HOME_SLUG = {"en": "home", "fr": "accueil", "es": "inicio", "ar": "home-ar"}
HOME_INTRO = {
    "en": (
        "It reaches into the things we buy, the souvenirs we bring home and the people we meet "
        "online. Learn how it works, and what each of us can do to turn it back."
    ),
    "fr": (
        "Il se glisse dans nos achats, dans les souvenirs que nous rapportons de voyage et dans "
        "nos rencontres en ligne. Découvrez comment il fonctionne et ce que chacun peut faire "
        "pour le faire reculer."
    ),
    "es": (
        "Se cuela en lo que compramos, en los recuerdos que traemos de viaje y en las personas "
        "que conocemos en Internet. Descubra cómo funciona y qué puede hacer cada uno para "
        "hacerlo retroceder."
    ),
    "ar": (
        "إنها تتسلل إلى ما نشتريه، وإلى التذكارات التي نعود بها من السفر، وإلى الأشخاص الذين "
        "نتعرف إليهم عبر الإنترنت. تعرّف على طريقة عملها وعلى ما يمكن لكل واحد منا فعله "
        "للتصدي لها."
    ),
}
FOOTER_TEXT = {
    "en": "Turn Back Crime is a worldwide police campaign that helps the public recognise organised crime.",
    "fr": (
        "Turn Back Crime est une campagne policière mondiale qui aide le public à reconnaître "
        "le crime organisé."
    ),
    "es": (
        "Turn Back Crime es una campaña policial mundial que ayuda al público a reconocer el "
        "crimen organizado."
    ),
    "ar": "‏Turn Back Crime حملة شرطية عالمية تساعد الجمهور على التعرف على الجريمة المنظمة.",
}


def ensure_tree_root():
    """The default locale, the tree's root page and root collection, recreated if a database was emptied.

    Migrations make these; a database flushed by tests (or by hand) has neither.
    """
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return root


def build(demo):
    root = ensure_tree_root()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's first migration makes a "Welcome" page at the top of the tree;
        # the campaign's home page takes its place.
        for page in root.get_children().not_type(HomePage):
            if page.get_children_count() == 0:
                page.delete()
        home = HomePage()
        set_translated(home, "title", HOME_TITLE)
        set_translated(home, "slug", HOME_SLUG)
        set_translated(home, "intro", HOME_INTRO)
        root.add_child(instance=home)
        home.save_revision().publish()
        demo.created("home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Turn Back Crime"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()

    site_settings = SiteSettings.for_site(site)
    if not site_settings.footer_text:
        set_translated(site_settings, "footer_text", FOOTER_TEXT)
        site_settings.social_accounts = [
            (
                "account",
                {"network": "x", "handle": "#TurnBackCrime", "url": "https://x.com/hashtag/TurnBackCrime"},
            ),
            (
                "account",
                {
                    "network": "facebook",
                    "handle": "#TurnBackCrime",
                    "url": "https://www.facebook.com/hashtag/turnbackcrime",
                },
            ),
        ]
        site_settings.save()
        demo.created("site settings")
    demo.home = home
    demo.site = site

"""HomePage: tree rules, admin creation and editing per language, menu, query count."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage
from tests.factories import PlainPageFactory, build_home_page
from tests.helpers import count_queries


class HomePageTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.user)

    def test_only_under_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_one_per_site(self):
        home = build_home_page()
        root = Page.get_first_root_node()
        self.assertFalse(HomePage.can_create_at(root))
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertEqual(HomePage.objects.count(), 1)
        self.assertTrue(home.live)

    def test_staff_create_home_page_in_admin_with_every_language(self):
        root = Page.get_first_root_node()
        for page in root.get_children():
            page.delete()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data(
                {
                    "title_en": "Turn back crime",
                    "title_fr": "Faire reculer le crime",
                    "title_es": "Hacer retroceder el crimen",
                    "title_ar": "لنتصدَّ للجريمة",
                    "slug_en": "home",
                    "slug_fr": "accueil",
                    "slug_es": "inicio",
                    "slug_ar": "home-ar",
                    "intro_en": "Closer than you think.",
                    "intro_fr": "Plus proche que vous ne le pensez.",
                    "intro_es": "Más cerca de lo que cree.",
                    "intro_ar": "أقرب مما تظن.",
                    "sections": streamfield([]),
                }
            ),
        )
        home = HomePage.objects.get()
        self.assertEqual(home.title_ar, "لنتصدَّ للجريمة")
        self.assertEqual(home.intro_fr, "Plus proche que vous ne le pensez.")
        self.assertEqual(home.slug_es, "inicio")

    def test_staff_edit_one_language_leaves_the_others(self):
        home = build_home_page()
        edit_url = f"/admin/pages/{home.pk}/edit/"
        response = self.client.get(edit_url)
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        # wagtail-modeltranslation shows one field per language.
        for lang in ("en", "fr", "es", "ar"):
            self.assertIsNotNone(soup.find(attrs={"name": f"intro_{lang}"}), lang)
        # The admin loads the script that makes Arabic inputs right-to-left.
        self.assertIn("turnbackcrime/admin/rtl-inputs.js", response.content.decode())
        data = {
            f"{field}_{lang}": getattr(home, f"{field}_{lang}") or ""
            for field in ("title", "slug", "intro", "seo_title", "search_description")
            for lang in ("en", "fr", "es", "ar")
        }
        data.update(nested_form_data({"sections": streamfield([])}))
        data["intro_ar"] = "نص جديد"
        data["action-publish"] = "publish"
        response = self.client.post(edit_url, data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        home.refresh_from_db()
        self.assertEqual(home.intro_ar, "نص جديد")
        self.assertEqual(home.intro_fr, "Le crime organisé est plus proche que vous ne le pensez.")


@pytest.mark.django_db
def test_menu_lists_live_pages_shown_in_menus(client, home_page):
    PlainPageFactory(parent=home_page, title="Shown", slug_en="shown", show_in_menus=True)
    PlainPageFactory(parent=home_page, title="Hidden", slug_en="hidden", show_in_menus=False)
    draft = PlainPageFactory(parent=home_page, title="Draft", slug_en="draft", show_in_menus=True)
    draft.unpublish()
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    labels = [a.get_text(strip=True) for a in soup.select(".main-menu a")]
    assert labels == ["Home", "Shown"]


@pytest.mark.django_db
def test_home_page_query_count_does_not_grow_with_menu_items(client, home_page):
    PlainPageFactory(parent=home_page, show_in_menus=True)
    one = count_queries(client, "/en/")
    for _ in range(49):
        PlainPageFactory(parent=home_page, show_in_menus=True)
    fifty = count_queries(client, "/en/")
    assert one == fifty, f"{one} queries with 1 menu item, {fifty} with 50"

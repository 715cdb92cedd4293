"""Gallery pages in the admin: tree rules, ordered photos, filling a gallery from a collection."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Collection, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html

from galleries.models import GalleryIndexPage, GalleryPage
from home.models import HomePage
from tests.factories import (
    GalleryImageFactory,
    GalleryIndexPageFactory,
    GalleryPageFactory,
    GalleryPhotoFactory,
    build_home_page,
)


class GalleryTreeTests(WagtailPageTestCase):
    def setUp(self):
        self.user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
        self.client.force_login(self.user)
        self.home = build_home_page()

    def test_index_sits_under_the_home_page_and_holds_galleries_only(self):
        self.assertAllowedParentPageTypes(GalleryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GalleryIndexPage, {GalleryPage})
        self.assertCanCreateAt(HomePage, GalleryIndexPage)

    def test_one_gallery_index_per_site(self):
        GalleryIndexPageFactory(parent=self.home)
        self.assertFalse(GalleryIndexPage.can_create_at(self.home))

    def test_galleries_only_under_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(GalleryPage, {GalleryIndexPage})
        self.assertAllowedSubpageTypes(GalleryPage, set())
        self.assertCanNotCreateAt(HomePage, GalleryPage)
        self.assertCanNotCreateAt(Page, GalleryPage)

    def test_staff_create_a_gallery_with_ordered_translated_photos(self):
        index = GalleryIndexPageFactory(parent=self.home)
        first, second, third = (GalleryImageFactory() for _ in range(3))
        photos = [
            # Form order is not the display order: ORDER decides (drag and drop in the admin).
            {"image": first.pk, "alt_text_en": "A stage", "caption_en": "The stage", "ORDER": "2"},
            {
                "image": second.pk,
                "alt_text_en": "Posters on a wall",
                "alt_text_ar": "ملصقات على جدار",
                "caption_en": "Posters",
                "caption_fr": "Affiches",
                "credit_en": "A photographer",
                "ORDER": "0",
            },
            {"image": third.pk, "alt_text_en": "A crowd", "caption_en": "The crowd", "ORDER": "1"},
        ]
        self.assertCanCreate(
            index,
            GalleryPage,
            nested_form_data(
                {
                    "title_en": "Launch day",
                    "title_fr": "Jour du lancement",
                    "slug_en": "launch-day",
                    "slug_fr": "jour-du-lancement",
                    "date": "2014-06-05",
                    "place_en": "Paris",
                    "summary_en": "The launch in pictures.",
                    "photos": inline_formset(photos),
                }
            ),
        )
        gallery = GalleryPage.objects.get(slug_en="launch-day")
        self.assertEqual(gallery.date, datetime.date(2014, 6, 5))
        ordered = list(gallery.photos.order_by("sort_order"))
        self.assertEqual([p.image_id for p in ordered], [second.pk, third.pk, first.pk])
        self.assertEqual(ordered[0].caption_fr, "Affiches")
        self.assertEqual(ordered[0].alt_text_ar, "ملصقات على جدار")
        self.assertEqual(ordered[0].credit_en, "A photographer")

    def test_edit_form_offers_the_collection_and_per_language_photo_fields(self):
        index = GalleryIndexPageFactory(parent=self.home)
        gallery = GalleryPageFactory(parent=index)
        GalleryPhotoFactory(page=gallery)
        response = self.client.get(f"/admin/pages/{gallery.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn('name="fill_from_collection"', html)
        for lang in ("en", "fr", "es", "ar"):
            self.assertIn(f'name="photos-0-caption_{lang}"', html)
            self.assertIn(f'name="photos-0-alt_text_{lang}"', html)


@pytest.mark.django_db
class TestFillFromCollection:
    @pytest.fixture
    def setup(self, client, django_user_model, home_page):
        user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
        client.force_login(user)
        index = GalleryIndexPageFactory(parent=home_page)
        root = Collection.get_first_root_node()
        launch = root.add_child(instance=Collection(name="Launch upload"))
        already = GalleryImageFactory(title="c already in the gallery", collection=launch)
        b_image = GalleryImageFactory(title="b second", collection=launch, description="People at a stand")
        a_image = GalleryImageFactory(title="a first", collection=launch)
        elsewhere = GalleryImageFactory(title="0 not in the collection")
        gallery = GalleryPageFactory(parent=index)
        GalleryPhotoFactory(page=gallery, image=already, sort_order=0)
        gallery.save_revision().publish()
        return {
            "client": client,
            "gallery": gallery,
            "collection": launch,
            "images": (already, a_image, b_image),
            "elsewhere": elsewhere,
        }

    def _post_edit(self, client, gallery, **extra):
        edit_url = f"/admin/pages/{gallery.pk}/edit/"
        data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
        for key, value in extra.items():
            data[key] = value
        response = client.post(edit_url, data)
        assert response.status_code == 302, response.content.decode()[:3000]

    def test_publishing_appends_the_missing_images_in_title_order(self, setup):
        client, gallery, collection = setup["client"], setup["gallery"], setup["collection"]
        already, a_image, b_image = setup["images"]
        self._post_edit(
            client, gallery, fill_from_collection=str(collection.pk), **{"action-publish": "action-publish"}
        )
        photos = list(GalleryPage.objects.get(pk=gallery.pk).photos.order_by("sort_order"))
        assert [p.image_id for p in photos] == [already.pk, a_image.pk, b_image.pk]
        # The image's description (editor-written) seeds the alt text; never its title.
        assert photos[2].alt_text_en == "People at a stand"
        assert photos[1].alt_text_en == ""
        assert setup["elsewhere"].pk not in {p.image_id for p in photos}

        # Picking the same collection again adds nothing: the gallery already has them all.
        self._post_edit(
            client, gallery, fill_from_collection=str(collection.pk), **{"action-publish": "action-publish"}
        )
        assert GalleryPage.objects.get(pk=gallery.pk).photos.count() == 3

    def test_saving_a_draft_fills_the_draft(self, setup):
        client, gallery, collection = setup["client"], setup["gallery"], setup["collection"]
        self._post_edit(client, gallery, fill_from_collection=str(collection.pk))
        live = GalleryPage.objects.get(pk=gallery.pk)
        assert live.photos.count() == 1  # the live page is untouched until published
        draft = live.get_latest_revision_as_object()
        assert len(draft.photos.all()) == 3

    def test_filling_in_code_keeps_existing_order_and_skips_duplicates(self, setup):
        gallery, collection = setup["gallery"], setup["collection"]
        already, a_image, b_image = setup["images"]
        added = gallery.add_photos_from_collection(collection)
        assert [p.image_id for p in added] == [a_image.pk, b_image.pk]
        assert [p.sort_order for p in added] == [1, 2]
        assert gallery.add_photos_from_collection(collection) == []

"""The partners' toolkit: the campaign's posters, logos, social-media cards and guides.

Each material is a Wagtail document or image with a title and description per
language, the language(s) of the file itself and its usage terms; the page
groups them by kind and filters them by language. Downloads go through a small
route of the page that counts them (staff see the counts in the page editor).
"""

from django.conf import settings
from django.db import models
from django.db.models import F
from django.http import Http404
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from turnbackcrime.filters import ListingFilters
from turnbackcrime.pages import SEARCH_LANGUAGES, translated_search_fields

from ..fields import ChoicesField
from ..forms import ToolkitFilterForm
from .reporting import list_text


class MaterialKind(models.TextChoices):
    POSTER = "poster", _("Posters")
    LOGO = "logo", _("Logos")
    SOCIAL = "social", _("Social-media cards")
    GUIDE = "guide", _("Guides")
    OTHER = "other", _("Other materials")


class ToolkitPage(RoutablePageMixin, Page):
    """Materials for partners, grouped by kind, filterable by the language of the file."""

    intro = models.TextField(_("introduction"), blank=True)
    usage_terms = RichTextField(
        _("usage terms"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("How partners may use the materials (shown above the list)."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("usage_terms"),
        InlinePanel("materials", label=_("Material"), heading=_("Materials")),
    ]
    search_fields = translated_search_fields("intro") + [
        index.RelatedFields(
            "materials",
            [
                index.SearchField(f"{name}_{lang}")
                for name in ("title", "description")
                for lang in SEARCH_LANGUAGES
            ],
        )
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("toolkit page")

    def materials_queryset(self):
        return self.materials.all().select_related("document", "image").order_by("sort_order", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        materials = self.materials_queryset()
        listing = ListingFilters(request, ToolkitFilterForm)
        language = listing.values.get("language")
        if language:
            materials = materials.filter(languages__contains=language)
        by_kind = {}
        for material in materials:
            by_kind.setdefault(material.kind, []).append(material)
        labels = dict(MaterialKind.choices)
        context.update(listing.context())
        context["groups"] = [
            {"kind": kind, "label": labels[kind], "materials": by_kind[kind]}
            for kind in MaterialKind.values
            if kind in by_kind
        ]
        context["filtered"] = bool(language)
        return context

    @path("download/<int:material_id>/", name="download")
    def download(self, request, material_id):
        """Count the download, then send the visitor to the file itself."""
        return counted_download(request, self, material_id)


@never_cache
def counted_download(request, page, material_id):
    material = page.materials.filter(pk=material_id).select_related("document", "image").first()
    if material is None or material.file_url is None:
        raise Http404
    ToolkitMaterial.objects.filter(pk=material.pk).update(download_count=F("download_count") + 1)
    return redirect(material.file_url)


class ToolkitMaterial(Orderable):
    """One poster, logo, card or guide: a document or an image, described in each language."""

    page = ParentalKey(ToolkitPage, on_delete=models.CASCADE, related_name="materials")
    kind = models.CharField(
        _("kind"), max_length=20, choices=MaterialKind.choices, default=MaterialKind.POSTER
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=500)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A PDF, a print file… Or choose an image below."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A logo or a card: the original file is what partners download."),
    )
    languages = ChoicesField(
        _("language(s) of the file"),
        choices=settings.LANGUAGES,
        help_text=_("Leave empty for a file without words (a logo mark)."),
    )
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("languages")]),
        FieldPanel("title"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("image")], heading=_("File")),
        FieldPanel("download_count", read_only=True),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("toolkit material")
        verbose_name_plural = _("toolkit materials")

    def __str__(self):
        return self.title

    @property
    def file(self):
        if self.document_id and self.document:
            return self.document.file
        if self.image_id and self.image:
            return self.image.file
        return None

    @property
    def file_url(self):
        if self.document_id and self.document:
            return self.document.url
        if self.image_id and self.image:
            return self.image.file.url
        return None

    @property
    def file_format(self):
        """ "PDF", "PNG": the file's extension, as people name formats."""
        file = self.file
        if file is None:
            return ""
        return file.name.rsplit(".", 1)[-1].upper() if "." in file.name else ""

    @property
    def file_size(self):
        source = self.document if self.document_id else self.image
        size = getattr(source, "file_size", None) if source is not None else None
        if size is None and self.file is not None:
            try:
                size = self.file.size
            except OSError:
                return ""
        return filesizeformat(size) if size else ""

    def language_labels(self):
        return [str(name) for name in self._meta.get_field("languages").get_choices_display(self.languages)]

    @property
    def languages_text(self):
        return list_text(self.language_labels())

    @property
    def language_codes(self):
        return self.languages

"""What the translators' workflow stores: fingerprints per field and language, and each cell's status.

An *item* is one page, snippet or site setting with translated fields. For each of
its fields, the English row holds the fingerprint of today's English; each other
language's row holds the fingerprint of its own text and of the English it was
made from. Statuses are kept per item and language, so the report filters and
paginates in SQL, however many pages there are.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TranslatedItem(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    # Pages only: for the report's tree-section filter and the editor link.
    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(_("title"), max_length=255)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="translated_item_once")
        ]
        ordering = ["label", "pk"]
        verbose_name = _("translated item")

    def __str__(self):
        return self.label


class FieldFingerprint(models.Model):
    item = models.ForeignKey(TranslatedItem, on_delete=models.CASCADE, related_name="fingerprints")
    field = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    # This language's text ("" when empty); for English, today's English.
    text = models.CharField(max_length=40, blank=True)
    # The English this language's text was made from (or confirmed against).
    source = models.CharField(max_length=40, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "field", "language"], name="field_fingerprint_once")
        ]

    def __str__(self):
        return f"{self.item_id} {self.field} [{self.language}]"


class TranslationStatus(models.Model):
    COMPLETE = "complete"
    MISSING = "missing"
    OUTDATED = "outdated"
    STATUS_CHOICES = [
        (COMPLETE, _("Complete")),
        (MISSING, _("Missing")),
        (OUTDATED, _("Outdated")),
    ]

    item = models.ForeignKey(TranslatedItem, on_delete=models.CASCADE, related_name="statuses")
    language = models.CharField(max_length=10)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES)
    missing_fields = models.JSONField(default=list, blank=True)
    outdated_fields = models.JSONField(default=list, blank=True)
    # Glossary terms the translation contradicts: [{"field": ..., "term": ...}].
    glossary_issues = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "language"], name="translation_status_once")]
        indexes = [models.Index(fields=["language", "status"])]
        verbose_name = _("translation status")

    def __str__(self):
        return f"{self.item} [{self.language}] {self.status}"


class GlossaryTerm(index.Indexed, models.Model):
    """A term that stays as it is (INTERPOL, #TurnBackCrime) or is translated one way."""

    KEEP = "keep"
    TRANSLATE = "translate"
    RULE_CHOICES = [
        (KEEP, _("Keep as it is in every language")),
        (TRANSLATE, _("Translate it this way")),
    ]

    term = models.CharField(_("English term"), max_length=200, unique=True)
    rule = models.CharField(_("rule"), max_length=10, choices=RULE_CHOICES, default=KEEP)
    translation_fr = models.CharField(_("French"), max_length=200, blank=True)
    translation_es = models.CharField(_("Spanish"), max_length=200, blank=True)
    translation_ar = models.CharField(_("Arabic"), max_length=200, blank=True)
    note = models.TextField(_("note for translators"), blank=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("rule"),
        FieldPanel("translation_fr"),
        FieldPanel("translation_es"),
        FieldPanel("translation_ar"),
        FieldPanel("note"),
    ]
    search_fields = [index.SearchField("term"), index.AutocompleteField("term")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")

    def __str__(self):
        return self.term

    def expected(self, language):
        """What the term must read in `language`, or None when no rule applies."""
        if self.rule == self.KEEP:
            return self.term
        return getattr(self, f"translation_{language}", "") or None

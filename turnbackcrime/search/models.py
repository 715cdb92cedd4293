"""The per-language search index, its word list and the synonyms editors manage."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .text import fold, words

# Comma, Arabic comma or a new line separates synonyms.
SYNONYM_SEPARATORS = (",", "،", "\n")


class SearchEntry(models.Model):
    """One live page's text in one language, as search reads it.

    `folded_title`/`folded_body` are the text through `text.fold` (SQLite matching,
    suggestions, the word list). On PostgreSQL a `vector` column (tsvector, built with
    the language's text-search configuration, GIN index) is added by migration 0006
    and filled by `indexing.index_page`; Django never reads it directly.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    title = models.CharField(max_length=500)
    excerpt = models.TextField(blank=True)
    folded_title = models.CharField(max_length=500)
    folded_body = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="search_entry_page_language")
        ]
        indexes = [models.Index(fields=["language", "folded_title"], name="search_entry_title")]

    def __str__(self):
        return f"{self.title} ({self.language})"


class SearchWord(models.Model):
    """A word (folded) that live pages use in a language: "did you mean" picks from these."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=100)  # folded: the key typed words are compared with
    form = models.CharField(max_length=100)  # as pages write it (accents kept): what is suggested

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_word_language_word")]

    def __str__(self):
        return self.word


class SearchSynonyms(models.Model):
    """Words that mean the same to a visitor, in one language: a query for one finds the others."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    terms = models.TextField(
        _("words that mean the same"),
        help_text=_(
            "Separate them with commas, e.g. “fake, counterfeit, knock-off”. "
            "A search for any of them also finds pages with the others."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        verbose_name = _("search synonyms")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "terms"]

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self):
        text = self.terms
        for separator in SYNONYM_SEPARATORS[1:]:
            text = text.replace(separator, SYNONYM_SEPARATORS[0])
        return [" ".join(term.split()) for term in text.split(",") if term.strip()]

    def clean(self):
        if len([term for term in self.term_list() if words(fold(term))]) < 2:
            raise ValidationError({"terms": _("Give at least two words or phrases, separated by commas.")})

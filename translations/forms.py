"""The export parameters and the import upload, validated before anything is read or written."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from . import exchange
from .models import TranslationStatus
from .registry import TARGETS
from .report import language_choices
from .roles import may_translate

MAX_UPLOAD = 5 * 1024 * 1024


class ExportForm(forms.Form):
    page = forms.Field(required=False)  # repeated: ?page=3&page=7 (read in clean_page)
    language = forms.ChoiceField(choices=language_choices)
    format = forms.ChoiceField(choices=[("xliff", "XLIFF 2.0"), ("po", "PO")], required=False)
    status = forms.MultipleChoiceField(
        required=False, choices=[(TranslationStatus.MISSING, ""), (TranslationStatus.OUTDATED, "")]
    )

    def clean_page(self):
        # Any number is accepted here; pages() keeps those that exist.
        values = self.data.getlist("page") if hasattr(self.data, "getlist") else []
        try:
            return [int(v) for v in values]
        except ValueError as exc:
            raise forms.ValidationError(_("A page must be given by its number.")) from exc

    def clean_format(self):
        return self.cleaned_data.get("format") or "xliff"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("page") and not cleaned.get("status"):
            raise forms.ValidationError(_("Choose one or more pages, or a status (missing, outdated)."))
        return cleaned

    def pages(self):
        pages = Page.objects.filter(depth__gt=1)
        if self.cleaned_data["page"]:
            pages = pages.filter(pk__in=self.cleaned_data["page"])
        if self.cleaned_data["status"]:
            statuses = TranslationStatus.objects.filter(
                language=self.cleaned_data["language"], status__in=self.cleaned_data["status"]
            )
            pages = pages.filter(pk__in=statuses.filter(item__page__isnull=False).values("item__page_id"))
        return list(pages.specific().order_by("path"))


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("XLIFF 2.0 or PO file"),
        help_text=_(
            "A file exported from this site and translated. It is saved as a draft, never published."
        ),
    )
    page = forms.IntegerField(required=False, widget=forms.HiddenInput)  # set from a page's header menu
    language = forms.ChoiceField(
        required=False, choices=[("", "")] + [(c, c) for c in TARGETS], widget=forms.HiddenInput
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.parsed = None

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is None:
            return cleaned
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        expected_page = None
        if cleaned.get("page"):
            expected_page = Page.objects.filter(pk=cleaned["page"]).first()
        try:
            language, pages = exchange.parse(upload.read(), upload.name)
            parsed = exchange.validate(language, pages, expected_page, cleaned.get("language") or None)
        except exchange.ImportRefused as exc:
            raise forms.ValidationError(str(exc)) from exc
        for page, _columns in parsed.drafts:
            if not may_translate(self.user, page, parsed.language):
                raise forms.ValidationError(
                    _("You may not save a %(language)s translation of “%(title)s”.")
                    % {"language": parsed.language, "title": page.title}
                )
        self.parsed = parsed
        return cleaned

"""The export parameters and the import upload, validated before anything is read or written."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from . import exchange
from .models import TranslatedItem, TranslationStatus
from .registry import TARGETS
from .report import language_choices, type_choices
from .roles import may_translate

MAX_UPLOAD = 5 * 1024 * 1024


def _snippet_keys(values):
    """ "campaigns.crimetheme-3" (as in a file, without "snippet-") for each value; refuses others."""
    keys = []
    for value in values:
        match = exchange.KEY.match(f"snippet-{value}")
        if not match or not match["model"]:
            raise forms.ValidationError(
                _("A snippet must be given as <app>.<model>-<number>, not “%(value)s”.") % {"value": value}
            )
        keys.append((match["model"], int(match["pk"])))
    return keys


class ExportForm(forms.Form):
    """Pages (?page=3&page=7), snippets (?snippet=campaigns.crimetheme-3), or everything of a type
    (?type=<content type id>, as the report's filter) and/or status, in one language."""

    page = forms.Field(required=False)  # repeated: ?page=3&page=7 (read in clean_page)
    snippet = forms.Field(required=False)  # repeated too (read in clean_snippet)
    language = forms.ChoiceField(choices=language_choices)
    format = forms.ChoiceField(choices=[("xliff", "XLIFF 2.0"), ("po", "PO")], required=False)
    status = forms.MultipleChoiceField(
        required=False, choices=[(TranslationStatus.MISSING, ""), (TranslationStatus.OUTDATED, "")]
    )
    type = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, choices=type_choices)

    def _values(self, name):
        return self.data.getlist(name) if hasattr(self.data, "getlist") else []

    def clean_page(self):
        # Any number is accepted here; pages() keeps those that exist.
        try:
            return [int(v) for v in self._values("page")]
        except ValueError as exc:
            raise forms.ValidationError(_("A page must be given by its number.")) from exc

    def clean_snippet(self):
        return _snippet_keys(self._values("snippet"))

    def clean_format(self):
        return self.cleaned_data.get("format") or "xliff"

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in ("page", "snippet", "status", "type")):
            raise forms.ValidationError(
                _("Choose one or more pages or snippets, a type, or a status (missing, outdated).")
            )
        return cleaned

    def items(self):
        """The chosen pages (in tree order), then the chosen snippets (by type, then id)."""
        data = self.cleaned_data
        page_ids, snippet_keys = data["page"], data["snippet"]
        chosen = bool(page_ids or snippet_keys)
        tracked = None
        if data["status"] or data["type"]:
            tracked = TranslatedItem.objects.all()
            if data["type"]:
                tracked = tracked.filter(content_type_id=data["type"])
            if data["status"]:
                tracked = tracked.filter(
                    pk__in=TranslationStatus.objects.filter(
                        language=data["language"], status__in=data["status"]
                    ).values("item_id")
                )
        pages = []
        if page_ids or (tracked is not None and not chosen):
            queryset = Page.objects.filter(depth__gt=1)
            if page_ids:
                queryset = queryset.filter(pk__in=page_ids)
            if tracked is not None:
                queryset = queryset.filter(pk__in=tracked.filter(page__isnull=False).values("page_id"))
            pages = list(queryset.specific().order_by("path"))
        wanted = {}  # {model label: [ids] or None for every one in `tracked`}
        for label, pk in snippet_keys:
            wanted.setdefault(label, []).append(pk)
        if not chosen and tracked is not None:
            for item in tracked.filter(page__isnull=True).select_related("content_type"):
                wanted.setdefault(f"{item.content_type.app_label}.{item.content_type.model}", []).append(
                    item.object_id
                )
        elif tracked is not None and snippet_keys:
            kept = set(
                tracked.filter(page__isnull=True).values_list(
                    "content_type__app_label", "content_type__model", "object_id"
                )
            )
            wanted = {
                label: [pk for pk in ids if (*label.split("."), pk) in kept] for label, ids in wanted.items()
            }
        snippets = []
        for label in sorted(wanted):
            model = exchange.snippet_model(label)
            if model is not None and wanted[label]:
                snippets.extend(model._default_manager.filter(pk__in=wanted[label]).order_by("pk"))
        return pages + snippets


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("XLIFF 2.0 or PO file"),
        help_text=_(
            "A file exported from this site and translated. A page gets a draft, never published; "
            "a snippet gets its translated fields saved."
        ),
    )
    page = forms.IntegerField(required=False, widget=forms.HiddenInput)  # set from a page's header menu
    snippet = forms.CharField(required=False, widget=forms.HiddenInput)  # from a snippet's menu
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
        expected = None
        if cleaned.get("page"):
            expected = Page.objects.filter(pk=cleaned["page"]).first()
        elif cleaned.get("snippet"):
            label, pk = _snippet_keys([cleaned["snippet"]])[0]
            model = exchange.snippet_model(label)
            expected = model._default_manager.filter(pk=pk).first() if model else None
        try:
            language, pages = exchange.parse(upload.read(), upload.name)
            parsed = exchange.validate(language, pages, expected, cleaned.get("language") or None)
        except exchange.ImportRefused as exc:
            raise forms.ValidationError(str(exc)) from exc
        for obj, _columns in parsed.drafts:
            if not may_translate(self.user, obj, parsed.language):
                raise forms.ValidationError(
                    _("You may not save the %(language)s translation of “%(title)s”.")
                    % {
                        "language": dict(settings.LANGUAGES).get(parsed.language, parsed.language),
                        "title": exchange.title(obj),
                    }
                )
        self.parsed = parsed
        return cleaned

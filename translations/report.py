"""Reports → Translations: every page and snippet × French, Spanish, Arabic.

Statuses are stored per item and language (tracking.py), so the report filters and
paginates in SQL and renders a page of rows in a fixed number of queries: items,
their statuses (one prefetch), the counts per language and the filter choices.
"""

import datetime

import django_filters
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from .models import TranslatedItem, TranslationStatus
from .registry import TARGETS, item_models

GLOSSARY = "glossary"


def language_choices():
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in TARGETS]


def type_choices():
    choices = []
    for model in item_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        choices.append((str(content_type.pk), model._meta.verbose_name.capitalize()))
    return sorted(choices, key=lambda c: str(c[1]))


def section_queryset(request):
    return Page.objects.filter(depth__in=[2, 3]).order_by("path")


class SectionChoice(django_filters.ModelChoiceFilter):
    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(page__path__startswith=value.path)


class TranslationReportFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, method="filter_language", empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=TranslationStatus.STATUS_CHOICES + [(GLOSSARY, _("Contradicts the glossary"))],
        method="filter_status",
        empty_label=_("Any"),
    )
    content_type = django_filters.ChoiceFilter(
        label=_("Type"), choices=type_choices, method="filter_type", empty_label=_("Any")
    )
    section = SectionChoice(
        label=_("Section of the site"), queryset=section_queryset, empty_label=_("Whole site")
    )

    class Meta:
        model = TranslatedItem
        fields = ["language", "status", "content_type", "section"]

    def filter_language(self, qs, name, value):
        return qs  # chooses the columns (and the status filter's language), not rows

    def filter_type(self, qs, name, value):
        return qs.filter(content_type_id=int(value))

    def filter_status(self, qs, name, value):
        statuses = TranslationStatus.objects.all()
        language = self.form.cleaned_data.get("language")
        if language:
            statuses = statuses.filter(language=language)
        if value == GLOSSARY:
            statuses = statuses.exclude(glossary_issues=[])
        else:
            statuses = statuses.filter(status=value)
        return qs.filter(pk__in=statuses.values("item_id"))


def editor_url(item, language=None):
    """The item's edit view, opened on `language`'s fields (#translate-fr, read by translations/editor.js)."""
    model = item.content_type.model_class()
    try:
        if item.page_id:
            url = reverse("wagtailadmin_pages:edit", args=[item.page_id])
        elif model is not None and hasattr(model, "snippet_viewset"):
            url = reverse(model.snippet_viewset.get_url_name("edit"), args=[item.object_id])
        else:
            url = reverse("wagtailsettings:edit", args=[item.content_type.app_label, item.content_type.model])
    except NoReverseMatch:
        return ""
    return f"{url}#translate-{language}" if language else url


def export_query(item):
    """The export's parameter naming `item`: page=12, or snippet=campaigns.crimetheme-3."""
    if item.page_id:
        return f"page={item.page_id}"
    return f"snippet={item.content_type.app_label}.{item.content_type.model}-{item.object_id}"


def status_for(item, language):
    for status in item.statuses.all():  # prefetched: no query per cell
        if status.language == language:
            return status
    return None


class LanguageColumn(BaseColumn):
    cell_template_name = "translations/admin/status_cell.html"

    def __init__(self, language, label):
        super().__init__(f"status_{language}", label=label)
        self.language = language

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(
            status=status_for(instance, self.language),
            language=self.language,
            edit_url=editor_url(instance, self.language),
            export_url=f"{reverse('translations:export')}?{export_query(instance)}&language={self.language}"
            "&format=xliff",
            confirm_url=reverse("translations:confirm", args=[instance.pk, self.language]),
            csrf_token=parent_context.get("csrf_token"),
            request=parent_context.get("request"),
        )
        return context


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    results_template_name = "translations/admin/report_results.html"
    template_name = "translations/admin/report.html"
    filterset_class = TranslationReportFilterSet
    index_url_name = "translations:report"
    index_results_url_name = "translations:report_results"
    paginate_by = 50
    list_export = ["label", "type", "edit_url"] + [f"status_{code}" for code in TARGETS]
    export_headings = {"label": _("Title"), "type": _("Type"), "edit_url": _("Editor")} | {
        f"status_{code}": name for code, name in language_choices()
    }

    def get_filename(self):
        return f"translations-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        # What needs work first (outdated or missing in some language), then by title.
        return (
            TranslatedItem.objects.select_related("content_type", "page")
            .prefetch_related("statuses")
            .annotate(to_do=Count("statuses", filter=~Q(statuses__status=TranslationStatus.COMPLETE)))
            .order_by("-to_do", "label", "pk")
        )

    @cached_property
    def languages(self):
        chosen = self.request.GET.get("language")
        return [(code, name) for code, name in language_choices() if not chosen or code == chosen]

    @cached_property
    def columns(self):
        return [
            TitleColumn("label", label=_("Title"), get_url=editor_url),
            Column("type", label=_("Type"), accessor=lambda item: self.type_label(item)),
        ] + [LanguageColumn(code, name) for code, name in self.languages]

    def type_label(self, item):
        model = item.content_type.model_class()
        return model._meta.verbose_name.capitalize() if model else item.content_type.model

    def to_row_dict(self, item):
        row = {"label": item.label, "type": self.type_label(item), "edit_url": editor_url(item)}
        names = dict(TranslationStatus.STATUS_CHOICES)
        for code in TARGETS:
            status = status_for(item, code)
            text = str(names[status.status]) if status else ""
            details = (status.missing_fields + status.outdated_fields) if status else []
            if details:
                text += f" ({', '.join(details)})"
            if status and status.glossary_issues:
                text += " · " + str(_("glossary: %s")) % ", ".join(i["term"] for i in status.glossary_issues)
            row[f"status_{code}"] = text
        return row

    def counts(self):
        """{language: {status: n}} over the filtered items (one query)."""
        items = self.filter_queryset(TranslatedItem.objects.all()) if self.filterset_class else None
        rows = (
            TranslationStatus.objects.filter(item__in=items.values("pk"))
            .values("language")
            .annotate(
                complete=Count("pk", filter=Q(status=TranslationStatus.COMPLETE)),
                missing=Count("pk", filter=Q(status=TranslationStatus.MISSING)),
                outdated=Count("pk", filter=Q(status=TranslationStatus.OUTDATED)),
                glossary=Count("pk", filter=~Q(glossary_issues=[])),
            )
        )
        by_language = {row["language"]: row for row in rows}
        return [(code, name, by_language.get(code, {})) for code, name in self.languages]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["language_counts"] = self.counts()
        context["export_url"] = reverse("translations:export")
        context["chosen_language"] = self.request.GET.get("language", "")
        context["chosen_status"] = self.request.GET.get("status", "")
        # The counts table's export links keep the report's type filter ("every crime theme…").
        chosen_type = self.request.GET.get("content_type", "")
        context["export_filter"] = f"&type={chosen_type}" if chosen_type.isdigit() else ""
        return context

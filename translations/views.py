"""Admin views: mark a translation still correct, export for translators, import their files."""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import exchange
from .forms import ExportForm, ImportForm
from .models import TranslatedItem
from .registry import TARGETS
from .report import editor_url
from .roles import may_translate
from .tracking import confirm, item_for


def _next_url(request, default):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return default


@require_POST
def confirm_view(request, item_id, language):
    """The translator checked the text against today's English: it is up to date again."""
    item = get_object_or_404(TranslatedItem, pk=item_id)
    obj = item.content_object
    if language not in TARGETS or obj is None:
        raise PermissionDenied
    if not may_translate(request.user, getattr(obj, "specific", obj), language):
        raise PermissionDenied
    confirm(item, language)
    messages.success(
        request,
        _("“%(title)s” marked as still correct in %(language)s.")
        % {
            "title": item.label,
            "language": language,
        },
    )
    return redirect(_next_url(request, reverse("translations:report")))


def export_view(request):
    """GET ?page=<id>&snippet=<app>.<model>-<id>&language=fr&format=xliff|po (or &status=, &type=)."""
    form = ExportForm(request.GET)
    if not form.is_valid():
        return TemplateResponse(
            request,
            "translations/admin/export_error.html",
            # page_title: the header generic/base.html shows on a page without breadcrumbs.
            {
                "form": form,
                "header_title": _("Export for translators"),
                "page_title": _("Export for translators"),
            },
            status=400,
        )
    language = form.cleaned_data["language"]
    items = [obj for obj in form.items() if may_translate(request.user, obj, language)]
    if not items:
        messages.info(request, _("There is nothing to export for this choice."))
        return redirect(_next_url(request, reverse("translations:report")))
    data, extension, content_type = exchange.export(items, language, form.cleaned_data["format"])
    if len(items) > 1:
        which = len(items)
    elif isinstance(items[0], Page):
        which = items[0].pk
    else:
        which = f"{items[0]._meta.model_name}-{items[0].pk}"
    name = f"turnbackcrime-{language}-{which}.{extension}"
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def import_view(request):
    """Upload an XLIFF or PO file: validated whole, then pages get draft revisions (never published)
    and snippets their translated columns."""
    # From a page's header menu (?page=12) or a snippet's (?snippet=campaigns.crimetheme-3):
    # the file must be for that one.
    initial = {
        key: request.GET[key]
        for key in ("page", "snippet", "language")
        if re.fullmatch(r"[\w.-]+", request.GET.get(key, ""))
    }
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        drafts, snippets = exchange.save_drafts(form.parsed, request.user)
        if drafts:
            messages.success(
                request,
                _(
                    "Translation imported as a draft of: %(pages)s. "
                    "Review it and publish or submit it for moderation."
                )
                % {"pages": ", ".join(page.title for page in drafts)},
            )
        if snippets:
            messages.success(
                request,
                _("Translation saved in: %(snippets)s. Snippets have no drafts: it is on the site now.")
                % {"snippets": ", ".join(exchange.title(obj) for obj in snippets)},
            )
        if len(drafts) == 1 and not snippets:
            return redirect(reverse("wagtailadmin_pages:edit", args=[drafts[0].pk]))
        if len(snippets) == 1 and not drafts and (item := item_for(snippets[0])):
            return redirect(editor_url(item, form.parsed.language) or reverse("translations:report"))
        return redirect(reverse("translations:report"))
    return TemplateResponse(
        request,
        "translations/admin/import.html",
        {
            "form": form,
            "header_title": _("Import a translation"),
            "page_title": _("Import a translation"),
            "header_icon": "upload",
        },
        status=400 if form.errors else 200,
    )

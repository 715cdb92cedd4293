"""Staff action: copy a page's English content into its empty French, Spanish or Arabic fields.

Translators then edit the copy instead of starting from a blank form. The copy
is saved as a draft revision: nothing changes on the public site until someone
publishes it.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

# Slugs and URL paths fall back to English by themselves and must stay unique per language.
NOT_COPIED = {"slug", "url_path"}
SOURCE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
TARGETS = [(code, name) for code, name in settings.LANGUAGES if code != SOURCE]


class CopyEnglishForm(forms.Form):
    languages = forms.MultipleChoiceField(
        label=_("Copy into"),
        choices=TARGETS,
        widget=forms.CheckboxSelectMultiple,
        initial=[c for c, _n in TARGETS],
    )
    overwrite = forms.BooleanField(
        label=_("Also replace text that is already translated"), required=False, initial=False
    )


def translated_field_names(page):
    try:
        options = translator.get_options_for_model(type(page))
    except NotRegistered:
        return []
    return sorted(name for name in options.all_fields if name not in NOT_COPIED)


def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def copy_english(page, languages, overwrite=False):
    """Copy English values into `languages` on `page` (in memory). Returns the fields changed."""
    changed = []
    for name in translated_field_names(page):
        source = getattr(page, build_localized_fieldname(name, SOURCE))
        if _is_empty(source):
            continue
        for language in languages:
            target_name = build_localized_fieldname(name, language)
            if overwrite or _is_empty(getattr(page, target_name)):
                field = page._meta.get_field(target_name)
                # Round-trip through the database form so StreamField values are copied, not shared.
                setattr(page, target_name, field.to_python(field.get_prep_value(source)))
                changed.append(target_name)
    return changed


def copy_english_view(request, page_id):
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.id])
    form = CopyEnglishForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        draft = page.get_latest_revision_as_object()
        changed = copy_english(draft, form.cleaned_data["languages"], form.cleaned_data["overwrite"])
        if changed:
            draft.save_revision(user=request.user, log_action=True)
            messages.success(
                request,
                _("English content copied into %(count)d empty fields, saved as a draft.")
                % {"count": len(changed)},
            )
        else:
            messages.info(request, _("There was nothing to copy: every field is already filled in."))
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "turnbackcrime/admin/copy_english.html",
        {"page": page, "form": form, "edit_url": edit_url, "header_title": _("Copy English content")},
    )

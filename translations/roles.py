"""A translator role per language: "Translators (French)" and so on.

Members edit only their language's translated fields: every other field of the
page or snippet form is read-only (disabled, or shown as text for rich text and
StreamFields), and a save that changes one anyway is refused with a message. The
groups get "change" on the page tree's root (narrow it in Settings → Groups as
usual) and never "publish", so members save drafts and submit them for moderation.

A user in any group other than translator groups, and every superuser, is not
restricted: the role narrows, it never widens.
"""

from django import forms
from django.conf import settings
from django.db.models.signals import post_migrate
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .content import plain
from .registry import TARGETS, item_models, localized

GROUP_NAME = "Translators ({language})"


def group_names():
    """{group name: language code}; names use the English language name (stable)."""
    names = {}
    with translation.override("en"):
        for code, name in settings.LANGUAGES:
            if code in TARGETS:
                names[GROUP_NAME.format(language=str(name))] = code
    return names


def translator_languages(user):
    """The languages `user` may translate, or None when not restricted to some."""
    if user is None or not user.is_authenticated or user.is_superuser:
        return None
    cached = getattr(user, "_translator_languages", False)
    if cached is not False:
        return cached
    names = group_names()
    groups = [group.name for group in user.groups.all()]
    languages = None
    if groups and all(name in names for name in groups):
        languages = {names[name] for name in groups}
    user._translator_languages = languages
    return languages


def may_translate(user, obj, language):
    """May `user` save `language` text on `obj` (a page or snippet)?"""
    languages = translator_languages(user)
    if languages is not None and language not in languages:
        return False
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    opts = obj._meta
    return user.has_perm(f"{opts.app_label}.change_{opts.model_name}")


class LockedText(forms.Widget):
    """Rich text or a StreamField shown as its words, not editable, for a locked field."""

    def __init__(self, kind, attrs=None):
        super().__init__(attrs)
        self.kind = kind

    def render(self, name, value, attrs=None, renderer=None):
        text = value if isinstance(value, str) else ""
        if not isinstance(value, str) and value is not None:
            text = " ".join(str(part) for part in value.stream_block.get_searchable_content(value))
        return format_html(
            '<div class="translation-locked" data-translation-locked="{}">{}</div>',
            name,
            plain(text, "html") or "—",
        )

    def value_from_datadict(self, data, files, name):
        return None


def allowed_fields(model, languages):
    try:
        names = translator.get_options_for_model(model).all_fields
    except Exception:  # noqa: BLE001 - a model without translated fields: nothing is allowed
        return set()
    return {localized(name, language) for name in names for language in languages}


def _posted(form, name):
    key = form.add_prefix(name)
    return any(k == key or k.startswith(key + "-") for k in form.data)


class TranslatorFormMixin:
    """Locks every field but the translator's languages (see the module docstring)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.translator_languages = translator_languages(getattr(self, "for_user", None))
        self.locked_fields = {}
        if self.translator_languages:
            self._lock(self, self._meta.model)
            for formset in getattr(self, "formsets", {}).values():
                for child in formset.forms:
                    self._lock(child, child._meta.model)

    def _lock(self, form, model):
        allowed = allowed_fields(model, self.translator_languages)
        for name, field in form.fields.items():
            if name in allowed or name in ("id", "DELETE", "ORDER"):
                continue
            self.locked_fields[(form.prefix, name)] = (form, field.widget)
            field.disabled = True
            field.required = False
            model_field = next((f for f in model._meta.fields if f.name == name), None)
            if isinstance(model_field, StreamField | RichTextField):
                field.widget = LockedText("stream" if isinstance(model_field, StreamField) else "html")

    def clean(self):
        cleaned = super().clean()
        refused = []
        for (_prefix, name), (form, widget) in self.locked_fields.items():
            if not _posted(form, name):
                continue
            field = form.fields[name]
            value = widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
            field.disabled = False
            try:
                changed = field.has_changed(form.get_initial_for_field(field, name), value)
            except Exception:  # noqa: BLE001 - unreadable posted data is a change too
                changed = True
            finally:
                field.disabled = True
            if changed:
                refused.append(name)
        if refused:
            raise forms.ValidationError(
                _(
                    "You may only edit the %(languages)s text. Not saved; "
                    "these fields were changed: %(fields)s."
                )
                % {
                    "languages": ", ".join(
                        str(name) for code, name in settings.LANGUAGES if code in self.translator_languages
                    ),
                    "fields": ", ".join(refused),
                }
            )
        return cleaned


def _with_mixin(base):
    if issubclass(base, TranslatorFormMixin):
        return base
    return type(f"Translator{base.__name__}", (TranslatorFormMixin, base), {"__module__": __name__})


def install_forms(pages_only=False):
    """Give every page and snippet model with translated fields the locking form.

    Pages at start-up; snippets once they are registered (from wagtail_hooks).
    """
    for model in item_models(pages_only=pages_only):
        if issubclass(model, Page):
            model.base_form_class = _with_mixin(model.base_form_class or WagtailAdminPageForm)
            model.get_edit_handler.cache_clear()
        else:
            model.base_form_class = _with_mixin(
                getattr(model, "base_form_class", None) or WagtailAdminModelForm
            )


def create_groups(sender, using="default", **kwargs):
    """The translator groups, with admin access and "change" on the root page (once)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    if sender.label != "translations":
        return
    access = (
        Permission.objects.using(using)
        .filter(content_type__app_label="wagtailadmin", codename="access_admin")
        .first()
    )
    change_page = (
        Permission.objects.using(using)
        .filter(content_type__app_label="wagtailcore", codename="change_page")
        .first()
    )
    # Only the id: during migrate, the page table lacks its translation columns until the end.
    root = Page.objects.using(using).filter(depth=1).values_list("pk", flat=True).first()
    for name in group_names():
        group, created = Group.objects.using(using).get_or_create(name=name)
        if not created:
            continue
        if access is not None:
            group.permissions.add(access)
        if root is not None and change_page is not None:
            GroupPagePermission.objects.using(using).create(group=group, page_id=root, permission=change_page)


def connect():
    install_forms(pages_only=True)
    post_migrate.connect(create_groups, dispatch_uid="translations-groups")

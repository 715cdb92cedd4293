"""Load demo content from YAML data files, building everything through the models.

Demo prose is data, not code: each app keeps it in `<app>/demo/*.yaml`, and this
one loader reads them all. It imports no domain app: models are named by label.

A data file is a list of entries. Each entry is a mapping::

    - model: campaigns.TopicPage      # app_label.ModelName
      key: topic/internet             # optional: how other entries refer to this one
      parent: topic-index             # pages only: the key of the parent page ("root": the tree's root)
      lookup: [slug]                  # fields that find it again; [] means "the one of its model"
      fill: false                     # optional, see below
      replace_childless: wagtailcore.Page   # optional, pages only, see below
      fields:
        theme: !ref theme/cybercrime
        title: {en: ..., fr: ..., es: ..., ar: ...}

Rules:

- **Idempotent.** An entry whose lookup finds an object is skipped (its object is
  still registered under its key), so `make run` can load the demo every time. A
  translated field in `lookup` is matched in the default language (`slug` finds
  `slug_en`). With `fill: true` an existing object is not skipped: the fields
  that are empty on it are set (the home page's sections, the footer text).
- **Translated fields** (registered with modeltranslation) are always a mapping
  from language to value, `{en, fr, es, ar}`; a subset is allowed where an item
  exists in fewer languages. A translated StreamField follows the same rule: the
  mapping is at the top (`body: {en: [blocks...], fr: [blocks...]}`), never
  inside the blocks. An untranslated StreamField (the home page's sections) is a
  plain list of blocks, whatever its blocks contain.
- **StreamFields** are written in raw block form: `{type: ..., value: ...}`.
- **References** are `!ref KEY`: a ForeignKey gets the object, a many-to-many
  field a list of them, and inside a StreamField or JSON value the reference
  becomes the object's primary key (page choosers). Entries may come in any
  order: each waits for the entries it refers to.
- **Inline children** (a ParentalKey relation such as a gallery's `photos`) are a
  list of mappings of the child's fields, built and saved with the parent.
- `!image {title, width, height, seed}` is a generated placeholder image
  (`helpers.placeholder_image`): deterministic, found again by its title.
  With `art: app/demo/art/NAME.svg` it is that illustration drawn as a picture
  (`turnbackcrime/demo/svg.py`), `words: {name: text}` filling its `{name}` texts.
- `!ago "3 weeks, 1 day"` is a moment that long before the load (weeks, days,
  hours, minutes), so a social feed always reads as recent.
- `!in "3 weeks at 18:30 Europe/Vienna"` is a moment that long after the load, at
  that wall-clock time in that zone (time and zone optional), so upcoming events
  stay upcoming.
- `!document {title, format: pdf|png, text}` is a generated Wagtail document
  (`helpers.placeholder_document`), found again by its title.
- **Pages** are added with `parent.add_child()` and published through a revision;
  a page type that may not sit under its parent is an error, not a forced tree.
  `replace_childless: MODEL` deletes the parent's childless children of exactly
  that type first (Wagtail's "Welcome" page, which the home page replaces).
- A broken file raises `DemoDataError` naming the file and the entry.
"""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from .helpers import LANGUAGES, ensure_tree_root, placeholder_document, placeholder_image

ENTRY_KEYS = {"model", "key", "parent", "lookup", "fill", "replace_childless", "fields"}
ROOT_KEY = "root"


class DemoDataError(Exception):
    """A data file that cannot be loaded; the message names the file and the entry."""


class EntryProblem(ValueError):
    """Something wrong in one entry; `DemoLoader.load` adds the file and entry to the message."""


@dataclass(frozen=True)
class Ref:
    key: str


@dataclass(frozen=True)
class PlaceholderImage:
    title: str
    width: int = 1600
    height: int = 900
    seed: str | None = None
    art: str | None = None
    words: dict | None = None

    def __hash__(self):
        return hash(self.title)


@dataclass(frozen=True)
class Ago:
    text: str


@dataclass(frozen=True)
class In:
    text: str


@dataclass(frozen=True)
class PlaceholderDocument:
    title: str
    format: str = "pdf"
    text: str = ""


class DemoYamlLoader(yaml.SafeLoader):
    """Safe YAML plus the three tags the demo data uses."""


def _construct_ref(loader, node):
    return Ref(loader.construct_scalar(node))


def _construct_image(loader, node):
    if isinstance(node, yaml.ScalarNode):
        return PlaceholderImage(loader.construct_scalar(node))
    return PlaceholderImage(**loader.construct_mapping(node))


def _construct_ago(loader, node):
    return Ago(loader.construct_scalar(node))


DemoYamlLoader.add_constructor("!ref", _construct_ref)
DemoYamlLoader.add_constructor("!image", _construct_image)


def _construct_in(loader, node):
    return In(loader.construct_scalar(node))


def _construct_document(loader, node):
    return PlaceholderDocument(**loader.construct_mapping(node))


DemoYamlLoader.add_constructor("!ago", _construct_ago)
DemoYamlLoader.add_constructor("!in", _construct_in)
DemoYamlLoader.add_constructor("!document", _construct_document)

AGO_UNITS = {"week": "weeks", "day": "days", "hour": "hours", "minute": "minutes"}
AGO_PART = re.compile(r"^\s*(\d+)\s+(week|day|hour|minute)s?\s*$")


def parse_ago(text):
    """ "3 weeks, 1 day" -> timedelta(weeks=3, days=1)."""
    delta = {}
    for part in text.split(","):
        match = AGO_PART.match(part)
        if not match:
            raise ValueError(f"!ago {text!r}: write it like '3 weeks, 1 day'")
        delta[AGO_UNITS[match.group(2)]] = int(match.group(1))
    return datetime.timedelta(**delta)


IN_AT = re.compile(r"^(?P<delta>.+?)(?:\s+at\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?:\s+(?P<zone>\S+))?)?$")


def parse_in(text, now):
    """ "3 weeks at 18:30 Europe/Vienna" -> that day, 18:30 Vienna time (aware)."""
    import zoneinfo

    match = IN_AT.match(text.strip())
    moment = now + parse_ago(match.group("delta"))
    if match.group("hour") is None:
        return moment
    zone = zoneinfo.ZoneInfo(match.group("zone") or "UTC")
    local = moment.astimezone(zone)
    return local.replace(
        hour=int(match.group("hour")), minute=int(match.group("minute")), second=0, microsecond=0
    )


@dataclass
class Entry:
    path: Path
    position: int
    data: dict

    @property
    def where(self):
        name = self.data.get("key") or self.data.get("model", "?")
        return f"{self.path}, entry {self.position} ({name})"


def read_entries(path):
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=DemoYamlLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        raise DemoDataError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, list):
        raise DemoDataError(f"{path}: a demo data file is a list of entries")
    entries = []
    for position, item in enumerate(data, start=1):
        entry = Entry(path, position, item)
        if not isinstance(item, dict) or "model" not in item:
            raise DemoDataError(f"{entry.where}: an entry is a mapping with at least `model`")
        unknown = set(item) - ENTRY_KEYS
        if unknown:
            raise DemoDataError(
                f"{entry.where}: unknown entry keys {sorted(unknown)} (fields go under `fields`)"
            )
        entries.append(entry)
    return entries


def _refs_in(value):
    if isinstance(value, Ref):
        yield value.key
    elif isinstance(value, dict):
        for item in value.values():
            yield from _refs_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _refs_in(item)


def _dependencies(entry):
    deps = set(_refs_in(entry.data.get("fields", {})))
    if entry.data.get("parent"):
        deps.add(entry.data["parent"])
    return deps


def _in_dependency_order(entries):
    """File order, except that an entry waits for the entries it refers to."""
    defined = {ROOT_KEY}
    for entry in entries:
        key = entry.data.get("key")
        if key in defined:
            raise DemoDataError(f"{entry.where}: key {key!r} is used twice")
        if key:
            defined.add(key)
    for entry in entries:
        unknown = _dependencies(entry) - defined
        if unknown:
            raise DemoDataError(f"{entry.where}: refers to unknown key(s) {sorted(unknown)}")
    # The first waiting entry whose references are all made goes next, so siblings
    # keep their file order (it is the menu order of pages).
    done, ordered, waiting = {ROOT_KEY}, [], list(entries)
    while waiting:
        entry = next((entry for entry in waiting if _dependencies(entry) <= done), None)
        if entry is None:
            raise DemoDataError(f"{waiting[0].where}: references go round in a circle")
        ordered.append(entry)
        waiting.remove(entry)
        if entry.data.get("key"):
            done.add(entry.data["key"])
    return ordered


def translated_fields(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def _is_empty(value):
    if value is None or value == "":
        return True
    try:
        return len(value) == 0
    except TypeError:
        return False


class DemoLoader:
    """Builds the entries of some data files; `created` lists what was made."""

    def __init__(self, log=None):
        self.objects = {}
        self.created = []
        self.log = log or (lambda message: None)
        self.now = timezone.now()
        self.default_language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE

    def load(self, paths):
        entries = [entry for path in paths for entry in read_entries(path)]
        self.objects[ROOT_KEY] = ensure_tree_root()
        for entry in _in_dependency_order(entries):
            try:
                self.load_entry(entry)
            except EntryProblem as exc:
                raise DemoDataError(f"{entry.where}: {exc}") from exc
            except (
                LookupError,
                FieldDoesNotExist,
                ObjectDoesNotExist,
                ValidationError,
                ValueError,
                TypeError,
                AttributeError,
            ) as exc:
                raise DemoDataError(f"{entry.where}: {type(exc).__name__}: {exc}") from exc
        return self.created

    # Values -------------------------------------------------------------

    def resolve(self, value, *, as_pk):
        """Tags to objects (or, inside stream and JSON data, to primary keys)."""
        if isinstance(value, Ref):
            obj = self.objects[value.key]
            return obj.pk if as_pk else obj
        if isinstance(value, PlaceholderImage):
            image = placeholder_image(
                value.title,
                width=value.width,
                height=value.height,
                seed=value.seed,
                art=value.art,
                words=value.words,
            )
            return image.pk if as_pk else image
        if isinstance(value, Ago):
            return self.now - parse_ago(value.text)
        if isinstance(value, In):
            return parse_in(value.text, self.now)
        if isinstance(value, PlaceholderDocument):
            document = placeholder_document(value.title, file_format=value.format, text=value.text)
            return document.pk if as_pk else document
        if isinstance(value, dict):
            return {k: self.resolve(v, as_pk=as_pk) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v, as_pk=as_pk) for v in value]
        return value

    def _field_value(self, field, value):
        nested = isinstance(field, StreamField | models.JSONField)
        return self.resolve(value, as_pk=nested)

    def _translated(self, model, name, value):
        if not isinstance(value, dict) or not value or set(value) - set(LANGUAGES):
            raise EntryProblem(
                f"field {name!r} is translated: give a mapping of languages {list(LANGUAGES)}, got {value!r}"
            )
        field = model._meta.get_field(name)
        return {
            build_localized_fieldname(name, lang): self._field_value(field, text)
            for lang, text in value.items()
        }

    # Entries ------------------------------------------------------------

    def load_entry(self, entry):
        data = entry.data
        model = apps.get_model(data["model"])
        fields = data.get("fields") or {}
        existing = self.find(model, data.get("lookup"), fields, entry)
        if existing is not None and not data.get("fill"):
            obj = existing
        elif existing is not None:
            obj = self.fill(existing, model, fields)
        else:
            obj = self.create(model, fields, entry)
        if data.get("key"):
            self.objects[data["key"]] = obj

    def find(self, model, lookup, fields, entry):
        if lookup is None:
            raise EntryProblem("say how to find it again (`lookup: [slug]`, or `[]` for the one)")
        translated = translated_fields(model)
        filters = {}
        for name in lookup:
            if name not in fields:
                raise EntryProblem(f"lookup field {name!r} is not among its fields")
            value = fields[name]
            if name in translated:
                filters[build_localized_fieldname(name, self.default_language)] = value[self.default_language]
            else:
                filters[name] = self._field_value(model._meta.get_field(name), value)
        return model.objects.filter(**filters).first()

    def assign(self, obj, model, fields):
        """Set plain and translated fields; return the inline children and many-to-many values for later."""
        translated = translated_fields(model)
        children, many = {}, {}
        for name, value in fields.items():
            if name in translated:
                columns = self._translated(model, name, value)
                for column, column_value in columns.items():
                    setattr(obj, column, column_value)
                # The untranslated attribute mirrors the default language.
                default = build_localized_fieldname(name, self.default_language)
                if default in columns:
                    setattr(obj, name, columns[default])
                continue
            field = model._meta.get_field(name)
            if field.one_to_many and isinstance(field.remote_field, ParentalKey):
                children[name] = (field.related_model, value)
            elif field.many_to_many and not isinstance(field, ParentalManyToManyField):
                many[name] = self.resolve(value, as_pk=False)
            elif field.is_relation and field.auto_created:
                raise EntryProblem(f"{name!r} is a reverse relation that the loader cannot set")
            else:
                setattr(obj, name, self._field_value(field, value))
        for name, (child_model, items) in children.items():
            built = []
            for item in items:
                child = child_model()
                self.assign(child, child_model, item)
                built.append(child)
            setattr(obj, name, built)
        return many

    def create(self, model, fields, entry):
        obj = model()
        many = self.assign(obj, model, fields)
        if isinstance(obj, Page):
            self.add_page(obj, entry)
        else:
            obj.full_clean(validate_unique=False, validate_constraints=False)
            obj.save()
        for name, values in many.items():
            getattr(obj, name).set(values)
        self.note(entry, obj)
        return obj

    def add_page(self, page, entry):
        parent_key = entry.data.get("parent")
        if not parent_key:
            raise EntryProblem(f"a page needs a `parent` (a key, or {ROOT_KEY!r})")
        parent = self.objects[parent_key].specific
        if not type(page).can_exist_under(parent):
            raise EntryProblem(
                f"a {type(page).__name__} may not sit under a {type(parent).__name__} "
                "(its parent_page_types / the parent's subpage_types)"
            )
        replaced = entry.data.get("replace_childless")
        if replaced:
            content_type = apps.get_model(replaced)
            for child in parent.get_children().exact_type(content_type):
                if child.get_children_count() == 0:
                    child.delete()
        parent.add_child(instance=page)
        page.save_revision().publish()

    def fill(self, obj, model, fields):
        translated = translated_fields(model)
        empty = {}
        for name, value in fields.items():
            columns = (
                [build_localized_fieldname(name, lang) for lang in LANGUAGES]
                if name in translated
                else [name]
            )
            if all(_is_empty(getattr(obj, column)) for column in columns):
                empty[name] = value
        if not empty:
            return obj
        many = self.assign(obj, model, empty)
        if isinstance(obj, Page):
            obj.save_revision().publish()
        else:
            obj.save()
        for name, values in many.items():
            getattr(obj, name).set(values)
        self.created.append(f"{model._meta.label} {obj}: {', '.join(empty)}")
        self.log(f"  filled {model._meta.verbose_name} {obj}: {', '.join(empty)}")
        return obj

    def note(self, entry, obj):
        what = f"{obj._meta.verbose_name} {entry.data.get('key') or obj}"
        self.created.append(what)
        self.log(f"  created {what}")


def load_demo_files(paths, log=None):
    """Load the given data files (in order, refs permitting); return what was created."""
    return DemoLoader(log).load(paths)

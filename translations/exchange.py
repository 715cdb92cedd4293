"""XLIFF 2.0 and PO files for translation agencies: export a page's or snippet's text, import it back.

A file names each item it holds: `page-12` for a page, `snippet-campaigns.crimetheme-3`
(app label, model name, id) for a snippet or site setting. Snippets are found through
modeltranslation's registry (registry.item_models), never imported by name.

Each translatable field is a unit; each plain value, rich text or StreamField text
block is a segment (content.py) holding the English source and the current target,
rich text markup as inline codes (inline.py). Glossary terms found in a unit's
English are its notes.

An import is checked whole before anything is written: the file names pages and
snippets that exist, a target language we translate into (and the one asked for),
sources equal to today's English, codes that match the English markup, and (for
snippets) values their fields accept. Any refusal names the segment; nothing is
half-imported. What passes is saved as one draft revision per page, never
published; a snippet has no drafts, so its translated columns are saved (only
those), as its editor's Save does.
"""

import copy
import re
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET  # noqa: S405 - only for building files; parsing uses defusedxml

import polib
from defusedxml import ElementTree as SafeET
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Page, RevisionMixin

from . import inline
from .content import segments, with_segments
from .models import GlossaryTerm
from .registry import SOURCE, TARGETS, item_models, localized, tracked_fields

NS = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF_CONTENT_TYPE = "application/xliff+xml; charset=utf-8"
PO_CONTENT_TYPE = "text/x-gettext-translation; charset=utf-8"


# "page-12" or "snippet-campaigns.crimetheme-3".
KEY = re.compile(r"^(?:page-(?P<page>\d+)|snippet-(?P<model>[a-z0-9_]+\.[a-z0-9_]+)-(?P<pk>\d+))$")


class ImportRefused(ValueError):
    """A file that cannot be imported; the message says which segment and why."""


def item_key(obj):
    """The name of `obj` in a file: "page-12" or "snippet-<app label>.<model name>-<id>"."""
    if isinstance(obj, Page):
        return f"page-{obj.pk}"
    return f"snippet-{snippet_label(type(obj))}-{obj.pk}"


def snippet_label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def snippet_model(label):
    """The translated snippet (or site setting) model named "app_label.model_name", or None."""
    return next(
        (m for m in item_models() if not issubclass(m, Page) and snippet_label(m) == label),
        None,
    )


def title(obj):
    return obj.title if isinstance(obj, Page) else str(obj)


TEXT_FIELDS = (models.CharField, models.TextField, StreamField)


def exchange_fields(model):
    """The tracked fields holding text (a translated image, say, is no segment)."""
    return [
        name
        for name in tracked_fields(model)
        if isinstance(model._meta.get_field(localized(name, SOURCE)), TEXT_FIELDS)
    ]


@dataclass
class Unit:
    name: str  # the field
    kind: str
    segments: list  # [(path, source Tokens|str, target Tokens|str)]
    notes: list = field(default_factory=list)


def _tokens(segment, prefix):
    return inline.parse(segment.value, prefix) if segment.kind == "html" else segment.value


def item_units(page, language, terms):
    """The units of `page` (its latest revision) or snippet for `language`."""
    units = []
    for name in exchange_fields(type(page)):
        source = segments(page, name, SOURCE)
        if not source:
            continue
        targets = {s.path: s for s in segments(page, name, language)}
        kind = source[0].kind
        rows = []
        for number, segment in enumerate(source, start=1):
            prefix = f"s{number}c"
            source_tokens = _tokens(segment, prefix)
            target = targets.get(segment.path)
            if target is None or target.kind != segment.kind:
                target_tokens = inline.Tokens() if segment.kind == "html" else ""
            elif segment.kind == "html":
                target_tokens = inline.align(inline.parse(target.value, "t"), source_tokens)
            else:
                target_tokens = target.value
            rows.append((segment.path, segment.kind, source_tokens, target_tokens))
        english = " ".join(s.value for s in source)
        notes = [term_note(term, language) for term in terms if term.term.casefold() in english.casefold()]
        units.append(Unit(name, kind, rows, notes))
    return units


def term_note(term, language):
    expected = term.expected(language)
    if term.rule == GlossaryTerm.KEEP:
        text = _("Glossary: keep “%(term)s” as it is.") % {"term": term.term}
    elif expected:
        text = _("Glossary: translate “%(term)s” as “%(expected)s”.") % {
            "term": term.term,
            "expected": expected,
        }
    else:
        text = _("Glossary: “%(term)s” is a glossary term.") % {"term": term.term}
    return f"{text} {term.note}".strip()


def latest(obj):
    """What the file is made from and checked against: a page's latest revision, else the object."""
    if isinstance(obj, Page):
        return obj.specific.get_latest_revision_as_object()
    return obj


# --- XLIFF -------------------------------------------------------------------------------


def _q(tag):
    return f"{{{NS}}}{tag}"


def _write_tokens(element, tokens, datas):
    """Append text and codes to `element` (a <source> or <target>); codes nest as <pc>."""
    if isinstance(tokens, str):
        element.text = tokens
        return
    stack = [element]

    def append_text(text):
        parent = stack[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    for item in tokens.items:
        if isinstance(item, str):
            append_text(item)
        elif item.kind == "ph":
            ph = ET.SubElement(stack[-1], _q("ph"), {"id": item.id, "dataRef": f"d{item.id}"})
            datas.setdefault(f"d{item.id}", item.data)
            ph.tail = ""
        elif item.kind == "open":
            pc = ET.SubElement(
                stack[-1],
                _q("pc"),
                {"id": item.id, "dataRefStart": f"d{item.id}", "dataRefEnd": f"e{item.id}"},
            )
            datas.setdefault(f"d{item.id}", item.data)
            stack.append(pc)
        elif item.kind == "close" and len(stack) > 1:
            closing = stack.pop()
            datas.setdefault(f"e{closing.get('id')}", item.data or "")


STRUCTURE = {"xliff", "file", "unit", "notes", "note", "originalData", "data", "segment", "source", "target"}
TEXT_HOLDERS = {"note", "data", "source", "target"}


def _tidy(element):
    """One element per line, without touching the text inside sources and targets."""
    name = element.tag.split("}")[-1]
    if name not in STRUCTURE:
        return
    element.tail = "\n"
    if name not in TEXT_HOLDERS:
        element.text = "\n"
        for child in element:
            _tidy(child)


def export_xliff(items, language):
    ET.register_namespace("", NS)
    root = ET.Element(_q("xliff"), {"version": "2.0", "srcLang": SOURCE, "trgLang": language})
    terms = list(GlossaryTerm.objects.all())
    for item in items:
        content = latest(item)
        if isinstance(content, Page):
            original = content.url_path
        else:
            with translation.override(SOURCE):  # the English name, whoever exports
                original = str(content)
        file_el = ET.SubElement(root, _q("file"), {"id": item_key(item), "original": original or ""})
        for unit in item_units(content, language, terms):
            unit_el = ET.SubElement(file_el, _q("unit"), {"id": unit.name})
            if unit.notes:
                notes = ET.SubElement(unit_el, _q("notes"))
                for note in unit.notes:
                    ET.SubElement(notes, _q("note"), {"category": "glossary"}).text = note
            original = ET.SubElement(unit_el, _q("originalData"))
            datas = {}
            segment_elements = []
            for path, _kind, source, target in unit.segments:
                state = "translated" if (target if isinstance(target, str) else target.items) else "initial"
                segment_el = ET.Element(_q("segment"), {"id": path, "state": state})
                _write_tokens(ET.SubElement(segment_el, _q("source")), source, datas)
                _write_tokens(ET.SubElement(segment_el, _q("target")), target, {})
                segment_elements.append(segment_el)
            for data_id, data in datas.items():
                ET.SubElement(original, _q("data"), {"id": data_id}).text = data
            if not datas:
                unit_el.remove(original)
            unit_el.extend(segment_elements)
    _tidy(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _read_tokens(element):
    """Tokens from a <source>/<target> element: text, <pc> (nested) and <ph>."""
    if element is None:
        return inline.Tokens()
    items = []
    if element.text:
        items.append(element.text)
    for child in element:
        tag = child.tag.split("}")[-1]
        if tag == "pc":
            items.append(inline.Code("open", child.get("id", "")))
            items.extend(_read_tokens(child).items)
            items.append(inline.Code("close", child.get("id", "")))
        elif tag == "ph":
            items.append(inline.Code("ph", child.get("id", "")))
        else:
            raise inline.MarkupError(_("unknown inline element <%(tag)s>") % {"tag": tag})
        if child.tail:
            items.append(child.tail)
    return inline.Tokens(items)


def parse_xliff(data):
    """The target language and {item key: {segment path: (source Tokens, target Tokens)}}."""
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # noqa: BLE001 - any parse error is the same refusal
        raise ImportRefused(_("The file is not valid XML: %(error)s") % {"error": exc}) from exc
    if root.tag != _q("xliff") or root.get("version") != "2.0":
        raise ImportRefused(_("The file is not an XLIFF 2.0 document."))
    if root.get("srcLang") != SOURCE:
        raise ImportRefused(_('The file\'s source language must be English (srcLang="en").'))
    pages = {}
    for file_el in root.findall(_q("file")):
        file_id = file_el.get("id", "")
        if not KEY.match(file_id):
            raise ImportRefused(
                _(
                    'File “%(id)s” does not name a page or a snippet (id="page-<number>" or '
                    '"snippet-<app>.<model>-<number>").'
                )
                % {"id": file_id}
            )
        rows = pages.setdefault(file_id, {})
        for unit_el in file_el.iter(_q("unit")):
            for segment_el in unit_el.findall(_q("segment")):
                path = segment_el.get("id", "")
                try:
                    rows[path] = (
                        _read_tokens(segment_el.find(_q("source"))),
                        _read_tokens(segment_el.find(_q("target"))),
                    )
                except inline.MarkupError as exc:
                    raise ImportRefused(
                        _("Segment “%(segment)s”: broken markup (%(error)s).")
                        % {"segment": path, "error": exc}
                    ) from exc
    return root.get("trgLang", ""), pages


# --- PO ----------------------------------------------------------------------------------


def _po_text(tokens):
    if isinstance(tokens, str):
        return tokens
    out = []
    for item in tokens.items:
        if isinstance(item, str):
            out.append(item)
        else:
            number = item.id.rsplit("c", 1)[-1]
            out.append({"open": "<%s>", "close": "</%s>", "ph": "<%s/>"}[item.kind] % number)
    return "".join(out)


def _po_tokens(text, prefix):
    import re

    items = []
    position = 0
    for match in re.finditer(r"<(/?)(\d+)(/?)>", text):
        if match.start() > position:
            items.append(text[position : match.start()])
        closing, number, void = match.groups()
        kind = "close" if closing else "ph" if void else "open"
        items.append(inline.Code(kind, f"{prefix}{number}"))
        position = match.end()
    if position < len(text):
        items.append(text[position:])
    return inline.Tokens(items)


def export_po(items, language):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": language,
        "X-Source-Language": SOURCE,
        "X-Generator": "Turn Back Crime translations",
    }
    terms = list(GlossaryTerm.objects.all())
    for item in items:
        for unit in item_units(latest(item), language, terms):
            for path, kind, source, target in unit.segments:
                po.append(
                    polib.POEntry(
                        msgctxt=f"{item_key(item)}:{path}",
                        msgid=_po_text(source),
                        msgstr=_po_text(target),
                        comment="\n".join(
                            unit.notes
                            + (
                                [_("Numbered tags <1>…</1> are formatting: keep them.")]
                                if kind == "html"
                                else []
                            )
                        ),
                    )
                )
    return str(po).encode()


def parse_po(data):
    try:
        po = polib.pofile(data.decode("utf-8"))
    except (UnicodeDecodeError, OSError, ValueError) as exc:
        raise ImportRefused(_("The file is not a valid PO file: %(error)s") % {"error": exc}) from exc
    pages = {}
    for entry in po:
        key, _sep, path = (entry.msgctxt or "").partition(":")
        if not KEY.match(key) or not path:
            raise ImportRefused(
                _("Entry “%(context)s” does not name a page or snippet and a segment.")
                % {"context": entry.msgctxt or ""}
            )
        pages.setdefault(key, {})[path] = (entry.msgid, entry.msgstr)
    return po.metadata.get("Language", ""), pages


# --- Import ------------------------------------------------------------------------------


@dataclass
class ParsedImport:
    language: str
    drafts: list  # [(page or snippet, {column: value})]


def _source_index(page):
    """{path: (field, kind, source Tokens|str)} for today's English of `page` (or a snippet)."""
    index = {}
    for name in exchange_fields(type(page)):
        for number, segment in enumerate(segments(page, name, SOURCE), start=1):
            index[segment.path] = (name, segment.kind, _tokens(segment, f"s{number}c"))
    return index


def _as_tokens(value, kind, source_tokens):
    """PO values are strings with numbered tags; XLIFF values are already tokens."""
    if not isinstance(value, str):
        return value
    if kind != "html":
        return inline.Tokens([value]) if value else inline.Tokens()
    prefix = next(
        (c.id.rsplit("c", 1)[0] + "c" for c in source_tokens.items if isinstance(c, inline.Code)), ""
    )
    return _po_tokens(value, prefix)


def _text_of(tokens):
    return "".join(item for item in tokens.items if isinstance(item, str))


def _found(keys):
    """{key: page (its latest revision) or snippet} for the keys of a file; refuses unknown ones."""
    matches = {key: KEY.match(key) for key in keys}
    page_ids = [int(m["page"]) for m in matches.values() if m["page"]]
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids)}
    by_model = {}
    for m in matches.values():
        if m["model"]:
            by_model.setdefault(m["model"], []).append(int(m["pk"]))
    snippets = {}
    for label, ids in by_model.items():
        model = snippet_model(label)
        if model is None:
            raise ImportRefused(
                _("The file names “%(model)s”, which is not a snippet we translate.") % {"model": label}
            )
        for obj in model._default_manager.filter(pk__in=ids):
            snippets[label, obj.pk] = obj
    found = {}
    for key, m in matches.items():
        if m["page"]:
            if int(m["page"]) not in pages:
                raise ImportRefused(
                    _("The file is for page %(id)s, which does not exist.") % {"id": m["page"]}
                )
            found[key] = latest(pages[int(m["page"])])
        else:
            obj = snippets.get((m["model"], int(m["pk"])))
            if obj is None:
                raise ImportRefused(
                    _("The file is for %(model)s %(id)s, which does not exist.")
                    % {"model": m["model"], "id": m["pk"]}
                )
            found[key] = obj
    return found


def _check_values(obj, columns):
    """A snippet's own field rules (a name's maximum length…) on the imported columns only."""
    if isinstance(obj, Page):
        return  # a draft revision: the editor checks it when someone publishes
    name_of = title(obj)
    obj = copy.copy(obj)  # the object keeps today's text (and its title) until it is saved
    for column, value in columns.items():
        setattr(obj, column, value)
    others = [f.name for f in obj._meta.fields if f.name not in columns]
    try:
        obj.clean_fields(exclude=others)
    except ValidationError as exc:
        column, errors = next(iter(exc.message_dict.items()))
        raise ImportRefused(
            _("Field “%(field)s” of “%(title)s”: %(error)s")
            % {"field": column, "title": name_of, "error": " ".join(errors)}
        ) from exc


def validate(language, pages, expected=None, expected_language=None):
    """Check a parsed file against today's content; returns a ParsedImport or raises ImportRefused.

    `pages`: {item key: rows} as parsed; `expected`: the page or snippet the file must be for.
    """
    if language not in TARGETS:
        raise ImportRefused(
            _("The file's target language “%(language)s” is not one we translate into (%(languages)s).")
            % {"language": language, "languages": ", ".join(TARGETS)}
        )
    if expected_language and language != expected_language:
        raise ImportRefused(
            _("The file is in “%(language)s”, not “%(expected)s”.")
            % {"language": language, "expected": expected_language}
        )
    if not pages:
        raise ImportRefused(_("The file holds no page or snippet."))
    if expected is not None and set(pages) != {item_key(expected)}:
        if isinstance(expected, Page):
            raise ImportRefused(
                _("The file is for another page (page %(pages)s), not “%(title)s”.")
                % {"pages": ", ".join(sorted(pages)), "title": expected.title}
            )
        raise ImportRefused(
            _("The file is for something else (%(items)s), not “%(title)s”.")
            % {"items": ", ".join(sorted(pages)), "title": title(expected)}
        )
    found = _found(pages)
    drafts = []
    for key, rows in pages.items():
        page = found[key]
        name_of = title(page)
        index = _source_index(page)
        texts = {}
        for path, (source, target) in rows.items():
            if path not in index:
                raise ImportRefused(
                    _(
                        "Segment “%(segment)s” of “%(title)s”: the English text changed since the export "
                        "(this segment no longer exists). Export again."
                    )
                    % {"segment": path, "title": name_of}
                )
            name, kind, current = index[path]
            source_tokens = _as_tokens(source, kind, current)
            current_tokens = current if kind == "html" else inline.Tokens([current])
            if source_tokens.signature() != current_tokens.signature():
                raise ImportRefused(
                    _(
                        "Segment “%(segment)s” of “%(title)s”: the English text changed since the export. "
                        "Export again."
                    )
                    % {"segment": path, "title": name_of}
                )
            target_tokens = _as_tokens(target, kind, current)
            if kind == "html":
                try:
                    value = inline.rebuild(target_tokens, current)
                except inline.MarkupError as exc:
                    raise ImportRefused(
                        _("Segment “%(segment)s” of “%(title)s”: broken markup (%(error)s).")
                        % {"segment": path, "title": name_of, "error": exc}
                    ) from exc
            else:
                if any(isinstance(item, inline.Code) for item in target_tokens.items):
                    raise ImportRefused(
                        _("Segment “%(segment)s” of “%(title)s”: broken markup (this text takes no codes).")
                        % {"segment": path, "title": name_of}
                    )
                value = _text_of(target_tokens)
            texts.setdefault(name, {})[path] = value
        for name, by_path in texts.items():
            added = [path for path, (field, _k, _t) in index.items() if field == name and path not in by_path]
            if added:
                raise ImportRefused(
                    _(
                        "Segment “%(segment)s” of “%(title)s”: the English text changed since the export "
                        "(this segment is new). Export again."
                    )
                    % {"segment": added[0], "title": name_of}
                )
        columns = {
            localized(name, language): with_segments(page, name, SOURCE, by_path)
            for name, by_path in texts.items()
        }
        _check_values(page, columns)
        drafts.append((page, columns))
    return ParsedImport(language, drafts)


def parse(data, filename):
    if filename.lower().endswith(".po"):
        return parse_po(data)
    return parse_xliff(data)


@transaction.atomic
def save_drafts(parsed, user):
    """One draft revision per page (never published); a snippet saves its translated columns.

    Returns (pages, snippets). The tracking's save signals update the report's statuses.
    """
    pages, snippets = [], []
    for obj, columns in parsed.drafts:
        for column, value in columns.items():
            setattr(obj, column, value)
        if isinstance(obj, Page | DraftStateMixin):
            obj.save_revision(user=user, log_action=True)
            (pages if isinstance(obj, Page) else snippets).append(obj)
            continue
        # Only the imported columns: an edit made to other fields since the export is kept.
        obj.save(update_fields=list(columns))
        if isinstance(obj, RevisionMixin):
            obj.save_revision(user=user)
        log(instance=obj, action="wagtail.edit", user=user)
        snippets.append(obj)
    return pages, snippets


def export(items, language, file_format):
    if file_format == "po":
        return export_po(items, language), "po", PO_CONTENT_TYPE
    return export_xliff(items, language), "xlf", XLIFF_CONTENT_TYPE

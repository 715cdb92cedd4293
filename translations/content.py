"""The translatable text in a field, as *segments*: one per plain value, rich text or StreamField text block.

A segment has a path (`body.2.questions.items.0.answer`: block index and type, then
the child names), a kind (`plain` or `html`) and its raw value. Paths name blocks
by position and type, so a translation that mirrors the English structure (as
"Copy English content" and the XLIFF import make it) lines up segment by segment.
"""

import copy
import html
from dataclasses import dataclass

from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

from .registry import localized

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock)


@dataclass
class Segment:
    path: str
    kind: str  # "plain" or "html"
    value: str


def _raw_stream(field, value):
    """The StreamField value as its JSON-ready list (a deep copy: safe to edit)."""
    if value is None:
        return []
    return copy.deepcopy(field.stream_block.get_prep_value(value))


def _walk(block, raw, path, container, key):
    """Yield (path, kind, container, key) for each text leaf in raw block data."""
    if isinstance(block, blocks.RichTextBlock):
        yield path, "html", container, key
    elif isinstance(block, TEXT_BLOCKS):
        yield path, "plain", container, key
    elif isinstance(block, blocks.StreamBlock):
        for index, child in enumerate(raw or []):
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from _walk(
                    child_block, child.get("value"), f"{path}.{index}.{child['type']}", child, "value"
                )
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if isinstance(raw, dict) and name in raw:
                yield from _walk(child_block, raw[name], f"{path}.{name}", raw, name)
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw or []):
            # Wagtail's list format: {"type": "item", "value": ..., "id": ...}; older data holds bare values.
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                yield from _walk(block.child_block, item["value"], f"{path}.{index}", item, "value")
            else:
                yield from _walk(block.child_block, item, f"{path}.{index}", raw, index)


def segments(obj, name, language):
    """The segments of field `name` in `language` on `obj` (raw column, no fallback)."""
    column = localized(name, language)
    field = obj._meta.get_field(column)
    value = getattr(obj, column, None)
    if isinstance(field, StreamField):
        raw = _raw_stream(field, value)
        return [
            Segment(path, kind, str(container[key] or ""))
            for path, kind, container, key in _walk(field.stream_block, raw, name, None, None)
            if str(container[key] or "").strip()
        ]
    text = "" if value is None else str(value)
    if not text.strip():
        return []
    kind = "html" if isinstance(field, RichTextField) else "plain"
    return [Segment(name, kind, text)]


def with_segments(obj, name, source_language, texts):
    """Field `name`'s value built from the `source_language` structure with `texts` {path: raw}.

    For a StreamField, the English blocks with each text leaf replaced (others kept as
    in English); for other fields, the one text.
    """
    field = obj._meta.get_field(localized(name, source_language))
    if isinstance(field, StreamField):
        raw = _raw_stream(field, getattr(obj, localized(name, source_language)))
        for path, _kind, container, key in list(_walk(field.stream_block, raw, name, None, None)):
            if path in texts:
                container[key] = texts[path]
        return field.stream_block.to_python(raw)
    return texts.get(name, "")


def plain(segment_value, kind):
    text = html.unescape(strip_tags(segment_value)) if kind == "html" else segment_value
    return " ".join(text.split())


def plain_text(obj, name, language):
    """The words of the field, markup and spacing dropped: what fingerprints are made of."""
    return " ".join(filter(None, (plain(s.value, s.kind) for s in segments(obj, name, language))))

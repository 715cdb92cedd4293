"""Reading social-post exports (JSON or CSV) and checking every row before anything is written.

A file is all or nothing: `read_rows` + `check_rows` find every bad row (with the
line it starts on) first; only a file without any is written, in one transaction.
"""

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import UTC

from django import forms
from django.utils import timezone

from .models import NETWORKS, SocialPost, language_tag, web_address

REQUIRED_FIELDS = ("network", "handle", "text", "link", "posted_at")
FIELDS = ("network", "handle", "text", "link", "posted_at", "language", "image_url")
# Names other tools use for a network; lower-cased before the lookup.
NETWORK_ALIASES = {"twitter": "x", "x.com": "x", "fb": "facebook", "ig": "instagram"}


class ImportFileError(Exception):
    """The file as a whole cannot be read (not JSON, no header, unknown format)."""


@dataclass
class Row:
    line: int
    data: dict


@dataclass
class CheckedRows:
    posts: list = field(default_factory=list)  # (line, cleaned_data)
    errors: list = field(default_factory=list)  # (line, message)


class SocialPostRowForm(forms.Form):
    """One row of an export. Unknown columns are ignored; image_url is accepted and not used."""

    network = forms.ChoiceField(choices=NETWORKS)
    handle = forms.CharField(max_length=80)
    text = forms.CharField(max_length=2000, strip=True)
    link = forms.URLField(max_length=500, assume_scheme="https", validators=[web_address])
    posted_at = forms.DateTimeField()
    language = forms.CharField(max_length=16, required=False, validators=[language_tag])
    image_url = forms.CharField(required=False)

    def clean_posted_at(self):
        value = self.cleaned_data["posted_at"]
        # A time without an offset is taken as UTC (exports from the networks are in UTC).
        if timezone.is_naive(value):
            value = timezone.make_aware(value, UTC)
        return value


def detect_format(path, given=None):
    if given:
        return given
    name = str(path).lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".json", ".jsonl", ".ndjson")):
        return "json"
    raise ImportFileError("Cannot tell the file's format from its name: use --format json or --format csv.")


def read_rows(text, file_format):
    if file_format == "csv":
        return _read_csv(text)
    return _read_json(text)


def _read_csv(text):
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise ImportFileError("The CSV file is empty: it needs a header line naming the columns.")
    missing = [name for name in REQUIRED_FIELDS if name not in reader.fieldnames]
    if missing:
        raise ImportFileError(f"The CSV header lacks the column(s): {', '.join(missing)}.")
    rows = []
    previous_end = reader.line_num  # the header's last line
    for record in reader:
        rows.append(Row(line=previous_end + 1, data=record))
        previous_end = reader.line_num
    return rows


def _read_json(text):
    """A JSON array of objects, or one object per line (JSON Lines), each with the line it starts on.

    json.load would give no positions; decoding object by object does.
    """
    decoder = json.JSONDecoder()
    rows = []
    position = _skip_space(text, 0)
    in_array = text.startswith("[", position)
    if in_array:
        position += 1
    while True:
        position = _skip_space(text, position)
        if position >= len(text):
            if in_array:
                raise ImportFileError("The JSON array is not closed (a ']' is missing at the end).")
            break
        if in_array and text[position] == "]":
            if _skip_space(text, position + 1) < len(text):
                raise ImportFileError(f"Unexpected text after the JSON array, line {_line(text, position)}.")
            break
        line = _line(text, position)
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise ImportFileError(f"Invalid JSON at line {error.lineno}: {error.msg}.") from error
        rows.append(Row(line=line, data=value))
        position = _skip_space(text, position)
        if position < len(text) and text[position] == ",":
            position += 1
    return rows


def _skip_space(text, position):
    while position < len(text) and text[position] in " \t\r\n\ufeff":
        position += 1
    return position


def _line(text, position):
    return text.count("\n", 0, position) + 1


def check_rows(rows, on_progress=None):
    checked = CheckedRows()
    seen_links = {}
    for done, row in enumerate(rows, start=1):
        if on_progress:
            on_progress(done)
        if not isinstance(row.data, dict):
            checked.errors.append((row.line, "not an object with named fields"))
            continue
        data = {
            name: "" if row.data.get(name) is None else str(row.data.get(name)).strip() for name in FIELDS
        }
        data["network"] = NETWORK_ALIASES.get(data["network"].lower(), data["network"].lower())
        form = SocialPostRowForm(data)
        if not form.is_valid():
            reasons = "; ".join(
                f"{name}: {' '.join(str(message) for message in messages)}"
                for name, messages in form.errors.items()
            )
            checked.errors.append((row.line, reasons))
            continue
        link = form.cleaned_data["link"]
        if link in seen_links:
            checked.errors.append((row.line, f"link: the same link is already on line {seen_links[link]}"))
            continue
        seen_links[link] = row.line
        checked.posts.append((row.line, form.cleaned_data))
    return checked


UPDATED_FIELDS = ("network", "handle", "text", "posted_at", "language")


def plan_import(posts):
    """Split checked rows into new posts, changed posts and unchanged ones (matched by link).

    Changed posts keep their moderation status: an import never re-approves or un-hides.
    """
    links = [data["link"] for _line, data in posts]
    existing = {}
    for start in range(0, len(links), 500):
        for post in SocialPost.objects.filter(link__in=links[start : start + 500]):
            existing[post.link] = post
    to_create, to_update, unchanged = [], [], []
    for _line, data in posts:
        values = {name: data[name] for name in UPDATED_FIELDS}
        post = existing.get(data["link"])
        if post is None:
            to_create.append(SocialPost(link=data["link"], source=SocialPost.Source.IMPORTED, **values))
        elif any(getattr(post, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(post, name, value)
            to_update.append(post)
        else:
            unchanged.append(post)
    return to_create, to_update, unchanged

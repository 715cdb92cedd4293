"""Rich text as text and inline codes, the way translation tools want it.

The tags of a rich text segment become codes: a paired code for an element with
content (`<b>…</b>`, `<a …>…</a>`, `<p>…</p>`) and a placeholder for a void one
(`<br/>`, an embed). Only the text and the placement of the codes travel to the
translator; the tags themselves are taken back from today's English on import,
so a file can neither inject markup nor lose a link's target.
"""

from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

VOID = {"br", "hr", "img", "embed", "wbr"}


@dataclass
class Code:
    kind: str  # "open", "close" or "ph"
    id: str  # shared by an open and its close
    data: str = ""  # the raw tag, from the English source


@dataclass
class Tokens:
    items: list = field(default_factory=list)  # str | Code

    def codes(self):
        return {(c.kind, c.id): c for c in self.items if isinstance(c, Code)}

    def signature(self):
        """Text and code placement, for comparing a file's source with today's English."""
        out = []
        for item in self.items:
            if isinstance(item, Code):
                out.append({"open": "{%s}", "close": "{/%s}", "ph": "{%s/}"}[item.kind] % item.id)
            else:
                out.append(item)
        return " ".join("".join(out).split())


class _Parser(HTMLParser):
    def __init__(self, prefix):
        super().__init__(convert_charrefs=True)
        self.prefix = prefix
        self.tokens = Tokens()
        self.stack = []
        self.count = 0

    def _id(self):
        self.count += 1
        return f"{self.prefix}{self.count}"

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text()
        if tag in VOID:
            self.tokens.items.append(Code("ph", self._id(), raw))
            return
        code = Code("open", self._id(), raw)
        self.stack.append((tag, code.id))
        self.tokens.items.append(code)

    def handle_startendtag(self, tag, attrs):
        self.tokens.items.append(Code("ph", self._id(), self.get_starttag_text()))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                code_id = self.stack[index][1]
                del self.stack[index:]
                self.tokens.items.append(Code("close", code_id, f"</{tag}>"))
                return

    def handle_data(self, data):
        if self.tokens.items and isinstance(self.tokens.items[-1], str):
            self.tokens.items[-1] += data
        else:
            self.tokens.items.append(data)


def parse(html, prefix="c"):
    parser = _Parser(prefix)
    parser.feed(html)
    parser.close()
    return parser.tokens


def align(target, source):
    """`target` (parsed from the existing translation) re-expressed with `source`'s code ids.

    A tag matches an unused source code with the same raw tag, else one with the same
    element name; a tag with no match is dropped (its text stays).
    """
    source_codes = [c for c in source.items if isinstance(c, Code) and c.kind != "close"]
    used = set()
    mapping = {}
    items = []

    def find(raw):
        name = raw[1:].split(None, 1)[0].rstrip(">/").lower()
        for exact in (True, False):
            for code in source_codes:
                if code.id in used:
                    continue
                other = code.data[1:].split(None, 1)[0].rstrip(">/").lower()
                if (exact and code.data == raw) or (not exact and other == name):
                    used.add(code.id)
                    return code
        return None

    for item in target.items:
        if isinstance(item, str):
            items.append(item)
        elif item.kind == "close":
            if item.id in mapping:
                items.append(Code("close", mapping[item.id].id))
        else:
            match = find(item.data)
            if match is not None and (match.kind == "ph") == (item.kind == "ph"):
                mapping[item.id] = match
                items.append(Code(item.kind, match.id))
    return Tokens(items)


class MarkupError(ValueError):
    pass


def rebuild(tokens, source):
    """HTML from translated `tokens`, taking every tag from `source` (today's English)."""
    codes = source.codes()
    seen = set()
    stack = []
    out = []
    for item in tokens.items:
        if isinstance(item, str):
            out.append(escape(item, quote=False))
            continue
        key = (item.kind, item.id)
        if key not in codes:
            raise MarkupError(f"code {item.id} is not in the English text")
        if key in seen:
            raise MarkupError(f"code {item.id} is used twice")
        seen.add(key)
        if item.kind == "open":
            stack.append(item.id)
        elif item.kind == "close":
            if not stack or stack[-1] != item.id:
                raise MarkupError(f"code {item.id} is closed out of order")
            stack.pop()
        out.append(codes[key].data)
    if stack:
        raise MarkupError(f"code {stack[-1]} is never closed")
    return "".join(out)

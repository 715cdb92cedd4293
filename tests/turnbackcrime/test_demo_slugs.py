"""The demo's page addresses read as words of their language, not as the English one tagged."""

from home.management.commands.load_demo_content import demo_files
from turnbackcrime.demo.loader import read_entries


def translated_slugs(node):
    """Every `{en, fr, es, ar}` slug of an entry, its inline children's included."""
    if isinstance(node, dict):
        fields = node.get("fields")
        if isinstance(fields, dict) and isinstance(fields.get("slug"), dict):
            yield fields["slug"]
        for value in node.values():
            yield from translated_slugs(value)
    elif isinstance(node, list):
        for value in node:
            yield from translated_slugs(value)


def test_no_demo_slug_is_a_slug_with_its_language_code_added():
    found, tagged = 0, []
    for path in demo_files():
        for entry in read_entries(path):
            for slugs in translated_slugs(entry.data):
                found += 1
                tagged += [
                    f"{entry.where}: {lang}={slug}"
                    for lang, slug in slugs.items()
                    if slug.endswith(f"-{lang}")
                ]
    assert found > 40, "the demo files' translated slugs were not found"
    assert tagged == []

"""The demo's page addresses read as words of their language, not as the English one tagged."""

import yaml

from home.management.commands.load_demo_content import demo_files


class AnyTag(yaml.SafeLoader):
    """Reads the demo files' `!ref`, `!image` and `!ago` values as None: only slugs matter here."""


AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)


def translated_slugs(node):
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
        for slugs in translated_slugs(yaml.load(path.read_text(), Loader=AnyTag)):  # noqa: S506 (SafeLoader)
            found += 1
            tagged += [
                f"{path.name}: {lang}={slug}" for lang, slug in slugs.items() if slug.endswith(f"-{lang}")
            ]
    assert found > 40, "the demo files' translated slugs were not found"
    assert tagged == []

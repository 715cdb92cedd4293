"""The core's templates know no domain app: import-linter checks Python, this checks templates."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CORE_TEMPLATES = ROOT / "turnbackcrime" / "templates"
DOMAIN_APPS = ["campaigns", "stories", "partners", "galleries", "social", "events", "national", "home"]
LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")
TEMPLATE_NAME = re.compile(r"""["']([a-z_]+)/[^"']+\.html["']""")


def domain_tag_libraries():
    return {
        path.stem: app
        for app in DOMAIN_APPS
        for path in (ROOT / app / "templatetags").glob("*.py")
        if path.stem != "__init__"
    }


def core_templates():
    return sorted(CORE_TEMPLATES.rglob("*.html")) + sorted(CORE_TEMPLATES.rglob("*.txt"))


def test_domain_apps_have_tag_libraries_to_check():
    # If this fails the check below checks nothing: the apps' tag libraries moved.
    assert {"partner_tags", "social_tags", "gallery_tags"} <= set(domain_tag_libraries())


@pytest.mark.parametrize("template", core_templates(), ids=lambda p: str(p.relative_to(CORE_TEMPLATES)))
def test_core_template_loads_no_domain_tags_and_names_no_domain_template(template):
    text = template.read_text()
    libraries = domain_tag_libraries()
    loaded = {name for match in LOAD.finditer(text) for name in match.group(1).split()}
    assert not loaded & set(libraries), f"{template.name} loads {loaded & set(libraries)}"
    named = {match.group(1) for match in TEMPLATE_NAME.finditer(text)}
    assert not named & set(DOMAIN_APPS), f"{template.name} names templates of {named & set(DOMAIN_APPS)}"

"""The home page's sections, arranged as the campaign's home page once was (seed-homepage.txt)."""

import uuid

from home.models import HomePage

UNDERSTANDING = {
    "en": "Understanding organised crime",
    "fr": "Comprendre le crime organisé",
    "es": "Entender el crimen organizado",
    "ar": "فهم الجريمة المنظمة",
}
NO_HEADING = {"en": "", "fr": "", "es": "", "ar": ""}


def section(block_type, **value):
    value.setdefault("heading", NO_HEADING)
    value.setdefault("hidden", False)
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def build(demo):
    home = HomePage.objects.get(pk=demo.home.pk)
    if len(home.sections):
        return
    from stories.models import StoryPage

    topics = getattr(demo, "topics", {})
    wipeout = StoryPage.objects.filter(operation_name__icontains="Wipeout").first()
    featured = wipeout or topics.get("counterfeiting")
    sections = []
    if featured:
        sections.append(section("featured", page=featured.pk, text=""))
    sections += [
        section("partner_news", count=3),
        section("getting_involved"),
        section("social", count=5),
    ]
    everyday = [topics[k].pk for k in ("environment", "internet", "counterfeiting") if k in topics]
    if everyday:
        sections.append(section("topics", topics=everyday))
    sections.append(section("stories", count=3))
    explainers = [topics[k].pk for k in ("affects-you", "organised-crime") if k in topics]
    if explainers:
        sections.append(section("topics", topics=explainers, heading=UNDERSTANDING))
    sections.append(section("galleries", count=3))
    home.sections = sections
    home.save_revision().publish()
    demo.created("home page sections")

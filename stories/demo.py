"""Demo success stories: the campaign's two real operations and fictional examples."""

import datetime

from django.utils.text import slugify

from campaigns.demo import ensure_themes
from campaigns.models import TopicPage
from turnbackcrime.demo.helpers import placeholder_image, set_translated

from .demo_content import INDEX, STORIES
from .models import StoryIndexPage, StoryPage, StoryTopic
from .models.story import RELATED_TOPICS_LIMIT


def story_slugs(story):
    slugs = {lang: slugify(title)[:80].strip("-") for lang, title in story["title"].items() if lang != "ar"}
    slugs["ar"] = f"{slugs['en']}-ar"
    return slugs


def build(demo):
    themes = ensure_themes()
    index = StoryIndexPage.objects.first()
    if index is None:
        index = StoryIndexPage(show_in_menus=True)
        for field in ("title", "slug", "intro"):
            set_translated(index, field, INDEX[field])
        demo.home.add_child(instance=index)
        index.save_revision().publish()
        demo.created("success story index")
    existing = set(StoryPage.objects.child_of(index).values_list("slug_en", flat=True))
    for story in STORIES:
        slugs = story_slugs(story)
        if slugs["en"] in existing:
            continue
        year, month = story["date"]
        page = StoryPage(
            operation_date=datetime.date(year, month, 1),
            theme=themes[story["theme"]],
            countries=story["countries"],
            country_count=story.get("country_count"),
            seizures=story.get("seizures"),
            arrests=story.get("arrests"),
            # Generated placeholder art is decorative: the alt text stays empty.
            hero_image=placeholder_image(f"Demo story: {story['key']}"),
        )
        # Link the awareness topics of the same theme, when the topics demo made some.
        page.related_topics = [
            StoryTopic(topic=topic)
            for topic in TopicPage.objects.live()
            .filter(theme=page.theme)
            .order_by("path")[:RELATED_TOPICS_LIMIT]
        ]
        set_translated(page, "title", story["title"])
        set_translated(page, "slug", slugs)
        set_translated(page, "operation_name", story["operation"])
        set_translated(page, "summary", story["summary"])
        set_translated(
            page,
            "body",
            {
                lang: [("paragraph", f"<p>{p}</p>") for p in paragraphs]
                for lang, paragraphs in story["body"].items()
            },
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        demo.created(f"story {story['key']}")
    demo.story_index = index

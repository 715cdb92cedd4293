"""Demo awareness topics and crime themes, in four languages."""

from turnbackcrime.demo.helpers import LANGUAGES, placeholder_image, set_translated

from .demo_text import INDEX, THEMES, TOPICS
from .models import CrimeTheme, TopicIndexPage, TopicPage

CTA = {
    "heading": {
        "en": "Each of us can help",
        "fr": "Chacun peut agir",
        "es": "Cada uno puede ayudar",
        "ar": "بإمكان كل واحد منا أن يساعد",
    },
    "label": {
        "en": "See all topics",
        "fr": "Voir tous les thèmes",
        "es": "Ver todos los temas",
        "ar": "عرض جميع المواضيع",
    },
}
HEADINGS = {
    "en": "Why it matters",
    "fr": "Pourquoi c’est important",
    "es": "Por qué importa",
    "ar": "لماذا يهم ذلك",
}
ADVICE_HEADING = {
    "en": "Risks and what you can do",
    "fr": "Les risques et ce que vous pouvez faire",
    "es": "Los riesgos y lo que puede hacer",
    "ar": "المخاطر وما يمكنك فعله",
}


def ensure_themes():
    themes = {}
    for order, (slug, data) in enumerate(THEMES.items()):
        theme = CrimeTheme.objects.filter(slug=slug).first()
        if theme is None:
            theme = CrimeTheme(slug=slug, colour=data["colour"], sort_order=order)
            set_translated(theme, "name", data["name"])
            set_translated(theme, "description", data["description"])
            theme.save()
        themes[slug] = theme
    return themes


def topic_body(topic, lang, index_page):
    body = [
        ("heading", {"text": HEADINGS[lang], "level": "h2"}),
        ("paragraph", f"<p>{topic['intro'][lang]}</p>"),
    ]
    if topic["risks"]:
        body += [
            ("heading", {"text": ADVICE_HEADING[lang], "level": "h2"}),
            (
                "advice",
                {
                    "risks_heading": "",
                    "risks": topic["risks"][lang],
                    "actions_heading": "",
                    "actions": topic["actions"][lang],
                },
            ),
        ]
    if topic["questions"]:
        body.append(
            (
                "questions",
                {
                    "questions": [
                        {"question": q, "answer": f"<p>{a}</p>"} for q, a in topic["questions"][lang]
                    ]
                },
            )
        )
    body.append(
        (
            "call_to_action",
            {
                "heading": CTA["heading"][lang],
                "text": "",
                "link": {"label": CTA["label"][lang], "page": index_page, "url": ""},
            },
        )
    )
    return body


def build(demo):
    themes = ensure_themes()
    index = TopicIndexPage.objects.first()
    if index is None:
        index = TopicIndexPage(show_in_menus=True)
        set_translated(index, "title", INDEX["title"])
        set_translated(index, "slug", INDEX["slug"])
        set_translated(index, "intro", INDEX["intro"])
        demo.home.add_child(instance=index)
        index.save_revision().publish()
        demo.created("topic index")
    demo.topic_index = index
    demo.topics = {}
    for topic in TOPICS:
        page = TopicPage.objects.filter(slug_en=topic["slug"]["en"]).first()
        if page is None:
            page = TopicPage(theme=themes[topic["theme"]])
            set_translated(page, "title", topic["title"])
            set_translated(page, "slug", topic["slug"])
            set_translated(page, "summary", topic["summary"])
            page.hero_image = placeholder_image(f"Topic illustration: {topic['key']}")
            set_translated(page, "hero_alt", dict.fromkeys(LANGUAGES, ""))
            set_translated(page, "body", {lang: topic_body(topic, lang, index) for lang in LANGUAGES})
            index.add_child(instance=page)
            page.save_revision().publish()
            demo.created(f"topic {topic['key']}")
        demo.topics[topic["key"]] = page

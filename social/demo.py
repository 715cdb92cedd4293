"""Demo social posts: campaign posts restating the public facts, plus one pending and one hidden example.

The account is a fictional example; the posts only restate the campaign's facts.
Times are relative to when the demo is loaded, so the feed reads "3 weeks, 1 day ago".
"""

from datetime import timedelta

from django.utils import timezone

from .models import SocialFeedSource, SocialPost

HANDLE = "@TurnBackCrime (example)"
APPROVED = SocialPost.Status.APPROVED

POSTS = [
    {
        "network": "x",
        "language": "en",
        "age": timedelta(weeks=3, days=1),
        "link": "https://example.org/demo-social/formula-1-pledge",
        "text": (
            "Ferrari's Formula 1 team has recorded its pledge to help #TurnBackCrime. "
            "Watch it, then add your own. #TogetherWeCan #Formula1"
        ),
    },
    {
        "network": "x",
        "language": "en",
        "age": timedelta(weeks=3, days=2),
        "link": "https://example.org/demo-social/innocent-purchases",
        "text": (
            'That cheap "designer" bag from a street stall looks like an innocent purchase. '
            "The money can end up funding organised crime. Find out more: #TurnBackCrime"
        ),
    },
    {
        "network": "facebook",
        "language": "fr",
        "age": timedelta(weeks=4, days=3),
        "link": "https://example.org/demo-social/mali-soutient",
        "text": (
            "La délégation malienne chargée de la défense nationale et de la sécurité apporte son "
            "soutien à la campagne. #TurnBackCrime #TogetherWeCan"
        ),
    },
    {
        "network": "x",
        "language": "es",
        "age": timedelta(weeks=5),
        "link": "https://example.org/demo-social/cuarenta-paises",
        "text": (
            "Cuerpos de policía de más de 40 países ya llevan la campaña a sus ciudadanos. "
            "¿Y usted? #TurnBackCrime #TogetherWeCan"
        ),
    },
    {
        "network": "instagram",
        "language": "ar",
        "age": timedelta(weeks=6, days=2),
        "link": "https://example.org/demo-social/tidhkarat",
        "text": (
            "قبل شراء تذكار من المرجان أو العاج، فكّر في مصدره: قد تكون وراءه شبكات إجرامية. #TurnBackCrime"
        ),
    },
    {
        "network": "x",
        "language": "en",
        "age": timedelta(days=2),
        "status": SocialPost.Status.PENDING,
        "handle": "@ExampleSupporter (example)",
        "link": "https://example.org/demo-social/pending-example",
        "text": (
            "Example of a post waiting for moderation: proud to pledge with @ExamplePolice. #TurnBackCrime"
        ),
    },
    {
        "network": "x",
        "language": "en",
        "age": timedelta(days=5),
        "status": SocialPost.Status.HIDDEN,
        "handle": "@ExampleSpam (example)",
        "link": "https://example.org/demo-social/hidden-example",
        "text": "Example of a hidden post: off-topic advertising that used the #TurnBackCrime hashtag.",
    },
]


def build(demo):
    now = timezone.now()
    for values in POSTS:
        values = dict(values)
        if SocialPost.objects.filter(link=values["link"]).exists():
            continue
        age = values.pop("age")
        SocialPost.objects.create(
            handle=values.pop("handle", HANDLE),
            status=values.pop("status", APPROVED),
            posted_at=now - age,
            **values,
        )
        demo.created(f"social post {values['link'].rsplit('/', 1)[-1]}")
    if not SocialFeedSource.objects.exists():
        # Inactive: the demo never reaches the internet. Staff switch a real feed on.
        SocialFeedSource.objects.create(
            name="#TurnBackCrime (example feed)",
            network="x",
            feed_url="https://example.org/demo-social/turnbackcrime.rss",
            handle=HANDLE,
            active=False,
        )
        demo.created("social feed (inactive example)")

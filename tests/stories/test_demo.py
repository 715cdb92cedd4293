"""The demo stories: idempotent, four languages, shared crime themes made only when missing."""

from django.core.management import call_command

from campaigns.models import CrimeTheme
from stories.models import StoryIndexPage, StoryPage


def test_demo_builds_stories_once_in_four_languages(demo_content):
    # The demo is already loaded (the session's snapshot). A theme an editor renamed keeps
    # its name when the demo runs again, and the second run adds no story and no theme.
    edited = CrimeTheme.objects.get(slug="cybercrime")
    edited.name_en = "Cybercrime (edited)"
    edited.save()
    stories_before = StoryPage.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert StoryPage.objects.count() == stories_before
    assert StoryIndexPage.objects.count() == 1
    stories = StoryPage.objects.live()
    assert stories.count() == 12
    assert set(CrimeTheme.objects.values_list("slug", flat=True)) == {
        "illicit-goods",
        "cybercrime",
        "environmental-crime",
        "organised-crime",
    }
    assert CrimeTheme.objects.get(slug="cybercrime").name_en == "Cybercrime (edited)"
    assert CrimeTheme.objects.get(slug="organised-crime").name_ar == "الجريمة المنظمة"
    for story in stories:
        for lang in ("en", "fr", "es", "ar"):
            assert getattr(story, f"title_{lang}"), (story, lang)
            assert getattr(story, f"summary_{lang}"), (story, lang)
            assert getattr(story, f"slug_{lang}"), (story, lang)
            assert len(getattr(story, f"body_{lang}")) >= 2, (story, lang)
    wipeout = stories.get(operation_name_en="Operation Wipeout")
    assert (wipeout.operation_date.year, wipeout.operation_date.month) == (2014, 7)
    assert wipeout.countries_involved == 7
    jupiter = stories.get(operation_name_en="Operation Jupiter")
    assert (jupiter.operation_date.year, jupiter.operation_date.month) == (2014, 5)
    # Fictional stories say so, in every language.
    examples = stories.exclude(pk__in=[wipeout.pk, jupiter.pk])
    assert examples.count() == 10
    for story in examples:
        assert story.summary_en.startswith("Example story:")
        assert story.summary_ar.startswith("قصة مثال:")
        assert "fictional example" in str(story.body_en[0].value)
    assert len({s.operation_date.year for s in stories}) >= 5
    assert len({s.theme_id for s in stories}) == 4

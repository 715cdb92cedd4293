"""The demo loader on small data files: the rules its docstring promises, and clear errors."""

import datetime
import textwrap

import pytest
from django.utils import timezone

from campaigns.models import CrimeTheme, TopicIndexPage, TopicPage
from galleries.models import GalleryPage
from social.models import SocialPost
from turnbackcrime.demo.loader import DemoDataError, load_demo_files

HOME = """
- model: home.HomePage
  key: home
  parent: root
  lookup: []
  replace_childless: wagtailcore.Page
  fields:
    title: {en: Home, fr: Accueil, es: Inicio, ar: الرئيسية}
    slug: {en: home, fr: accueil, es: inicio, ar: home-ar}
"""

TOPICS = """
- model: campaigns.CrimeTheme
  key: theme/cyber
  lookup: [slug]
  fields:
    slug: cyber
    colour: blue
    name: {en: Cybercrime, fr: Cybercriminalité, es: Ciberdelincuencia, ar: الجريمة السيبرانية}
    description: {fr: Seulement en français}
- model: campaigns.TopicIndexPage
  key: topics
  parent: home
  lookup: []
  fields:
    title: {en: Topics, fr: Thèmes, es: Temas, ar: مواضيع}
    slug: {en: topics, fr: themes, es: temas, ar: mawadi}
- model: campaigns.TopicPage
  key: topic/online
  parent: topics
  lookup: [slug]
  fields:
    theme: !ref theme/cyber
    title: {en: Online, fr: En ligne, es: En línea, ar: على الإنترنت}
    slug: {en: online, fr: en-ligne, es: en-linea, ar: online-ar}
    summary: {en: Stay safe., fr: Restez prudent., es: Sea prudente., ar: ابقَ آمنًا.}
    body:
      en:
      - type: call_to_action
        value: {heading: Help, text: '', link: {label: All topics, page: !ref topics, url: ''}}
      fr:
      - type: paragraph
        value: <p>Bonjour</p>
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path):
    return [write(tmp_path, "home.yaml", HOME), write(tmp_path, "topics.yaml", TOPICS)]


@pytest.mark.django_db
def test_translated_fields_refs_and_stream_page_refs(files):
    created = load_demo_files(files)
    assert len(created) == 4
    theme = CrimeTheme.objects.get(slug="cyber")
    assert (theme.name_en, theme.name_fr, theme.name_es, theme.name_ar) == (
        "Cybercrime",
        "Cybercriminalité",
        "Ciberdelincuencia",
        "الجريمة السيبرانية",
    )
    # A field given in one language only fills that column alone.
    assert theme.description_fr == "Seulement en français"
    assert not theme.description_en
    topic = TopicPage.objects.get(slug_en="online")
    assert topic.live and topic.get_latest_revision() is not None
    assert topic.theme == theme
    assert topic.get_parent().specific == TopicIndexPage.objects.get()
    assert topic.slug_fr == "en-ligne" and topic.title_ar == "على الإنترنت"
    link = topic.body_en[0].value["link"]
    assert link["page"].specific == TopicIndexPage.objects.get()
    assert topic.body_fr[0].block_type == "paragraph"


@pytest.mark.django_db
def test_a_second_load_creates_nothing(files):
    load_demo_files(files)
    counts = (CrimeTheme.objects.count(), TopicPage.objects.count(), TopicIndexPage.objects.count())
    assert load_demo_files(files) == []
    assert (CrimeTheme.objects.count(), TopicPage.objects.count(), TopicIndexPage.objects.count()) == counts


@pytest.mark.django_db
def test_entries_wait_for_the_entries_they_refer_to(tmp_path):
    # The topics file comes first here: its entries wait for the home page.
    files = [write(tmp_path, "a.yaml", TOPICS), write(tmp_path, "b.yaml", HOME)]
    load_demo_files(files)
    assert TopicPage.objects.get(slug_en="online").get_parent().get_parent().slug == "home"


@pytest.mark.django_db
def test_inline_children_and_placeholder_images(tmp_path, files):
    gallery = """
    - model: galleries.GalleryIndexPage
      key: galleries
      parent: home
      lookup: []
      fields:
        title: {en: Galleries, fr: Galeries, es: Galerías, ar: معارض}
        slug: {en: galleries, fr: galeries, es: galerias, ar: galleries-ar}
    - model: galleries.GalleryPage
      parent: galleries
      lookup: [slug]
      fields:
        date: 2014-06-05
        title: {en: Launch, fr: Lancement, es: Lanzamiento, ar: إطلاق}
        slug: {en: launch, fr: lancement, es: lanzamiento, ar: launch-ar}
        photos:
        - image: !image {title: 'Test photo 1', width: 64, height: 48}
          sort_order: 0
          alt_text: {en: A stand-in, fr: Une illustration, es: Una ilustración, ar: رسم}
        - image: !image {title: 'Test photo 2', width: 48, height: 64}
          sort_order: 1
          alt_text: {en: Another, fr: Une autre, es: Otra, ar: آخر}
    """
    load_demo_files([*files, write(tmp_path, "gallery.yaml", gallery)])
    page = GalleryPage.objects.get(slug_en="launch")
    photos = list(page.photos.order_by("sort_order"))
    assert [p.alt_text_fr for p in photos] == ["Une illustration", "Une autre"]
    assert (photos[1].image.width, photos[1].image.height) == (48, 64)


@pytest.mark.django_db
def test_relative_dates_are_counted_back_from_the_load(tmp_path):
    posts = """
    - model: social.SocialPost
      lookup: [link]
      fields:
        network: x
        language: en
        handle: '@Example (example)'
        link: https://example.org/demo-social/test
        text: An example post.
        status: approved
        posted_at: !ago 3 weeks, 1 day
    """
    load_demo_files([write(tmp_path, "posts.yaml", posts)])
    age = timezone.now() - SocialPost.objects.get().posted_at
    assert abs(age - datetime.timedelta(weeks=3, days=1)) < datetime.timedelta(minutes=1)


@pytest.mark.django_db
def test_a_page_under_a_parent_it_may_not_sit_under_is_an_error(tmp_path):
    misplaced = """
    - model: campaigns.TopicIndexPage
      key: topics
      parent: root
      lookup: []
      fields:
        title: {en: Topics}
        slug: {en: topics}
    """
    path = write(tmp_path, "misplaced.yaml", misplaced)
    with pytest.raises(
        DemoDataError, match=r"misplaced\.yaml, entry 1 \(topics\): a TopicIndexPage may not sit"
    ):
        load_demo_files([path])
    assert not TopicIndexPage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- model: [unclosed\n", r"bad\.yaml: not valid YAML"),
        ("model: campaigns.CrimeTheme\n", r"bad\.yaml: a demo data file is a list of entries"),
        (
            "- model: campaigns.CrimeTheme\n  key: t\n  lookup: [slug]\n  fields: {slug: t, name: Cyber}\n",
            r"bad\.yaml, entry 1 \(t\): field 'name' is translated",
        ),
        (
            "- model: campaigns.CrimeTheme\n  key: t\n  lookup: [slug]\n  fields: {slug: t, colour: !ref nowhere}\n",
            r"bad\.yaml, entry 1 \(t\): refers to unknown key\(s\) \['nowhere'\]",
        ),
        (
            "- model: campaigns.NoSuchModel\n  lookup: []\n  fields: {}\n",
            r"bad\.yaml, entry 1 \(campaigns\.NoSuchModel\): LookupError",
        ),
        (
            "- model: campaigns.CrimeTheme\n  lookup: [slug]\n  fields: {slug: t, no_such_field: 1}\n",
            r"bad\.yaml, entry 1 \(campaigns\.CrimeTheme\): FieldDoesNotExist",
        ),
    ],
)
def test_a_broken_file_names_the_file_and_the_entry(tmp_path, text, message):
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(DemoDataError, match=message):
        load_demo_files([path])

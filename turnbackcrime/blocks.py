"""Blocks shared across the site.

Every page type's StreamField takes its blocks from here, so editors meet one
consistent block picker and templates stay in one place.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page of this site or to any URL (exactly one of the two)."""

    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "components/link.html"
        description = _("A link to a page of this site or to another website.")
        preview_value = {"label": "Turn Back Crime", "url": "https://example.org/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a URL (one of the two).")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class SocialAccountValue(blocks.StructValue):
    def network_label(self):
        return dict(SocialAccountBlock.NETWORKS).get(self.get("network"), self.get("network"))


class SocialAccountBlock(blocks.StructBlock):
    """One of the campaign's accounts on a social network."""

    NETWORKS = [
        ("x", "X (Twitter)"),
        ("facebook", "Facebook"),
        ("youtube", "YouTube"),
        ("instagram", "Instagram"),
        ("linkedin", "LinkedIn"),
        ("tiktok", "TikTok"),
        ("other", _("Other")),
    ]

    network = blocks.ChoiceBlock(choices=NETWORKS, label=_("Network"))
    handle = blocks.CharBlock(label=_("Account name"), max_length=80)
    url = blocks.URLBlock(label=_("Profile URL"))

    class Meta:
        icon = "globe"
        label = _("Social account")
        value_class = SocialAccountValue
        template = "components/social_account.html"
        preview_value = {
            "network": "x",
            "handle": "@example",
            "url": "https://example.org/",
        }


# ---------------------------------------------------------------------------
# The site-wide content blocks (every page body uses ContentBlocks)
# ---------------------------------------------------------------------------

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingValue(blocks.StructValue):
    def anchor(self):
        return heading_anchor(self.get("text", ""))


def heading_anchor(text):
    """The id a heading gets, and the table of contents links to (Unicode kept for Arabic)."""
    from django.utils.text import slugify

    return slugify(text, allow_unicode=True) or "section"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        value_class = HeadingValue
        description = _("A section heading. Section headings (h2) make the page's table of contents.")
        preview_value = {"text": "What are the risks?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph.html"
        description = _("Paragraphs with bold, italic, links and lists.")
        preview_value = (
            "<p>Organised crime reaches into everyday life: what we buy, and who we trust online.</p>"
        )

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)


class AdviceBlock(blocks.StructBlock):
    """Paired lists: the risks, and what a reader can do about them."""

    risks_heading = blocks.CharBlock(
        label=_("Risks heading"),
        required=False,
        max_length=120,
        help_text=_('Leave empty for "What are the risks?" in the page\'s language.'),
    )
    risks = blocks.ListBlock(blocks.CharBlock(label=_("Risk"), max_length=300), label=_("Risks"))
    actions_heading = blocks.CharBlock(
        label=_("Actions heading"),
        required=False,
        max_length=120,
        help_text=_('Leave empty for "What can you do?" in the page\'s language.'),
    )
    actions = blocks.ListBlock(blocks.CharBlock(label=_("Action"), max_length=300), label=_("Actions"))

    class Meta:
        icon = "warning"
        label = _("Risks and advice")
        template = "blocks/advice.html"
        description = _("Two lists side by side: what the risks are, and what readers can do.")
        preview_value = {
            "risks_heading": "What are the risks?",
            "risks": ["Fake goods can be dangerous", "Your money can fund criminal networks"],
            "actions_heading": "What can you do?",
            "actions": ["Buy from trusted sellers", "Report suspicious offers to the police"],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class QuestionsBlock(blocks.StructBlock):
    """Questions and answers, each a native <details> disclosure (keyboard usable)."""

    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/questions.html"
        description = _("Questions that readers open one by one to see the answer.")
        preview_value = {
            "questions": [
                {"question": "Is a fake handbag harmless?", "answer": "<p>Its profits can fund crime.</p>"}
            ]
        }


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the editor's alt text (or marked decorative), caption and credit."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("A photo or illustration with alt text, caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("A quotation with who said it. Quote only what was really said.")
        preview_value = {"quote": "Together we can turn back crime.", "attribution": "Campaign message"}


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_('For example "7" or "1 in 3".'))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = "blocks/key_figures.html"
        description = _("Up to six large numbers with what they count.")
        preview_value = {
            "figures": [{"value": "7", "label": "countries"}, {"value": "40+", "label": "police forces"}]
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), max_width=960)
    title = blocks.CharBlock(
        label=_("Title"), max_length=160, help_text=_("Names the video for people using screen readers.")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"
        description = _(
            "A video from YouTube, Vimeo and similar sites. A plain link is shown if it cannot load."
        )


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        description = _("A highlighted box with a button to a page or website, such as the pledge form.")
        preview_value = {
            "heading": "Take the pledge",
            "text": "Show that your organisation stands against organised crime.",
            "link": {"label": "Pledge now", "url": "https://example.org/"},
        }


class ContentBlocks(blocks.StreamBlock):
    """The one block set every page body uses.

    Domain apps add the blocks that show their own content when they declare a
    body, e.g. `ContentBlocks([("gallery", GalleryTeaserBlock())])`: the core
    knows no domain app.
    """

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    advice = AdviceBlock()
    questions = QuestionsBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        template = "blocks/content_blocks.html"


def table_of_contents(body):
    """(anchor, text) for each section heading (h2) of a ContentBlocks value."""
    return [
        (block.value.anchor(), block.value["text"])
        for block in body or []
        if block.block_type == "heading" and block.value.get("level") == "h2"
    ]


def images_in(body):
    """The images a ContentBlocks value shows, for rendition pre-generation."""
    return [
        block.value["image"]
        for block in body or []
        if block.block_type == "image" and block.value.get("image") is not None
    ]

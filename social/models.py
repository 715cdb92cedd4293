"""Social network posts shown on the home page, and the feeds they are pulled from.

Posts are not translated: each is shown in the language it was posted in, marked
with `lang` when known. Only the interface around them (network names, "… ago")
follows the visitor's language, so there is no modeltranslation registration here.
"""

from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from turnbackcrime.blocks import SocialAccountBlock
from turnbackcrime.images import prerender

NETWORKS = SocialAccountBlock.NETWORKS
NETWORK_LABELS = dict(NETWORKS)

# A BCP 47 language tag as people write them: "en", "fr", "pt-BR", "zh-Hant".
language_tag = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _('Enter a language code such as "en", "fr", "es", "ar" or "pt-BR".'),
)

# Post links and feeds are web pages: no ftp:, and never javascript: in an href.
web_address = URLValidator(schemes=["http", "https"])


class SocialFeedSource(models.Model):
    """An RSS or Atom feed (an account's or a hashtag's) that `fetch_social_feeds` reads."""

    name = models.CharField(_("name"), max_length=120, help_text=_("For staff, e.g. “#TurnBackCrime on X”."))
    network = models.CharField(_("network"), max_length=20, choices=NETWORKS)
    feed_url = models.URLField(
        _("feed URL"),
        max_length=500,
        validators=[web_address],
        unique=True,
        help_text=_("The address of an RSS or Atom feed: an account's posts or a hashtag search."),
    )
    handle = models.CharField(
        _("account handle"),
        max_length=80,
        blank=True,
        help_text=_("Shown on posts from this feed whose entries name no author, e.g. @TurnBackCrime."),
    )
    language = models.CharField(
        _("language of the posts"),
        max_length=16,
        blank=True,
        validators=[language_tag],
        help_text=_("Leave empty when the feed mixes languages."),
    )
    active = models.BooleanField(_("active"), default=True, help_text=_("Only active feeds are fetched."))
    last_fetched_at = models.DateTimeField(_("last fetched at"), null=True, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_new_posts = models.PositiveIntegerField(_("new posts at last fetch"), default=0, editable=False)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("network"), FieldPanel("handle"), FieldPanel("language")]),
        FieldPanel("feed_url"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("social feed")
        verbose_name_plural = _("social feeds")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def changes_public_pages(self, created):
        """A feed's own record (last fetched, errors) is for staff only (turnbackcrime.fragments)."""
        return False

    @property
    def status_label(self):
        if self.last_error:
            return _("Failed: %(error)s") % {"error": self.last_error}
        if self.last_fetched_at is None:
            return _("Never fetched")
        return _("OK")

    status_label.fget.short_description = _("last result")


class SocialPost(models.Model):
    """One post on a social network, shown on the home page once approved."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending moderation")
        APPROVED = "approved", _("Approved")
        HIDDEN = "hidden", _("Hidden")

    class Source(models.TextChoices):
        TYPED = "typed", _("Typed by staff")
        IMPORTED = "imported", _("Imported from a file")
        FEED = "feed", _("Fetched from a feed")

    network = models.CharField(_("network"), max_length=20, choices=NETWORKS)
    handle = models.CharField(_("account handle"), max_length=80, help_text=_("e.g. @TurnBackCrime"))
    text = models.TextField(_("text"), max_length=2000)
    language = models.CharField(
        _("language"),
        max_length=16,
        blank=True,
        validators=[language_tag],
        help_text=_("The language the post is written in (en, fr, es, ar…), if known."),
    )
    link = models.URLField(
        _("link"),
        max_length=500,
        unique=True,
        validators=[web_address],
        help_text=_("The post's own address on the network."),
    )
    posted_at = models.DateTimeField(_("posted at"), db_index=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.TYPED, editable=False
    )
    feed = models.ForeignKey(
        SocialFeedSource,
        verbose_name=_("feed"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="posts",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("network"), FieldPanel("handle"), FieldPanel("language")]),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("link"), FieldPanel("posted_at")]),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
    ]

    class Meta:
        verbose_name = _("social post")
        verbose_name_plural = _("social posts")
        ordering = ["-posted_at", "-pk"]
        indexes = [models.Index(fields=["status", "-posted_at"], name="social_post_feed_idx")]

    def __str__(self):
        return f"{self.handle}: {self.short_text}"

    def changes_public_pages(self, created):
        """A new post waiting for moderation shows nowhere yet (turnbackcrime.fragments)."""
        return not created or self.status == self.Status.APPROVED

    def prerender_images(self):
        """The image's card renditions (`manage.py prerender_images` calls this on every post)."""
        if self.image_id:
            prerender(self.image, "card")

    @property
    def short_text(self):
        return self.text if len(self.text) <= 60 else self.text[:59].rsplit(" ", 1)[0] + "…"

    short_text.fget.short_description = _("text")

    @property
    def network_label(self):
        return NETWORK_LABELS.get(self.network, self.network)

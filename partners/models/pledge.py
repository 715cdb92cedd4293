"""Pledges of support, and the page where they are made and shown."""

import secrets
import string

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from turnbackcrime.filters import ListingFilters
from turnbackcrime.images import renditions_prefetch
from turnbackcrime.pages import translated_search_fields
from turnbackcrime.text import public_name_validators, public_text_validators, web_url_validator

from ..counts import by_country as count_by_country
from ..images import logo_specs
from ..map import world_map
from ..progress import progress_for
from ..wall import PledgeWallFilterForm, filter_wall
from .partner import PartnerKind


class PledgeStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    SPAM = "spam", _("Suspected spam")


class PledgerType(models.TextChoices):
    # Only organisations pledge today. Individuals later need a form without
    # kind, website and logo, and the wall's wording; the model already fits.
    ORGANISATION = "organisation", _("Organisation")
    INDIVIDUAL = "individual", _("Individual")


SHARE_CODE_ALPHABET = string.ascii_letters + string.digits


def new_share_code():
    """The code in a pledger's shared links (`?via=`): short, unguessable, not their id.

    Letters and digits only (8 of 62: about 2 × 10^14 codes): a leading `-` would read as a
    formula in a spreadsheet (the CSV export neutralises it), and a trailing `-` or `_` is
    dropped by some apps' link detection."""
    return "".join(secrets.choice(SHARE_CODE_ALPHABET) for _ in range(8))


class EmailState(models.TextChoices):
    """Where the pledger's confirmation email is: the queue's outcome, shown to staff."""

    NONE = "", _("Not sent (suspected spam or no address)")
    QUEUED = "queued", _("Queued")
    RETRYING = "retrying", _("Failed, will be tried again")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed (gave up)")


class PublicPledgeQuerySet(models.QuerySet):
    def public(self):
        """What the world may see: approved pledges whose pledgers agreed to publication."""
        return self.filter(status=PledgeStatus.APPROVED, consent_to_publish=True)


class Pledge(models.Model):
    """One pledge as submitted, kept in the database whatever its fate (pending, approved, spam…)."""

    pledger_type = models.CharField(
        _("pledger type"), max_length=20, choices=PledgerType.choices, default=PledgerType.ORGANISATION
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The organisation's (or person's) public name."),
        validators=public_name_validators(),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices, blank=True)
    country = CountryField(_("country"))
    website = models.URLField(_("website"), blank=True, validators=[web_url_validator])
    logo = models.ImageField(_("logo"), upload_to="pledges/logos/%Y/%m/", blank=True)
    statement = models.TextField(_("pledge statement"), validators=public_text_validators())
    video_url = models.URLField(_("video link"), blank=True, validators=[web_url_validator])
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="en")
    consent_to_publish = models.BooleanField(_("consent to publish"), default=False)

    # Personal data: never public, erased on request (the public pledge stays).
    contact_name = models.CharField(
        _("contact name"), max_length=200, blank=True, validators=public_name_validators()
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    personal_data_erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    status = models.CharField(
        _("status"), max_length=10, choices=PledgeStatus.choices, default=PledgeStatus.PENDING, db_index=True
    )
    spam_reason = models.CharField(_("why it looks like spam"), max_length=200, blank=True)
    email_confirmed_at = models.DateTimeField(_("email confirmed"), null=True, blank=True)
    confirmation_email = models.CharField(
        _("confirmation email"), max_length=10, choices=EmailState.choices, blank=True, default=""
    )
    confirmation_email_attempts = models.PositiveSmallIntegerField(_("email attempts"), default=0)
    confirmation_email_sent_at = models.DateTimeField(_("confirmation email sent"), null=True, blank=True)
    confirmation_email_error = models.CharField(_("last email error"), max_length=300, blank=True)
    # One row per form submission: a double click or a replayed POST finds this row.
    submission_key = models.CharField(_("submission key"), max_length=64, unique=True, editable=False)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    # Sharing (partners.sharing): this pledge's own code, and the code of the share that brought it.
    share_code = models.CharField(
        _("share code"), max_length=16, unique=True, default=new_share_code, editable=False
    )
    via = models.CharField(
        _("came through the share of"),
        max_length=16,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("The share code of the pledge whose shared link brought this one."),
    )

    partner = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pledges",
        help_text=_("Approving links the pledge to this partner; left empty, a partner is found or created."),
    )
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderation_reason = models.TextField(_("moderation reason"), blank=True)

    objects = PublicPledgeQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("kind"),
                FieldPanel("country"),
                FieldPanel("website"),
                FieldPanel("statement"),
                FieldPanel("video_url"),
                FieldPanel("consent_to_publish"),
            ],
            heading=_("Public pledge"),
        ),
        FieldPanel("partner"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading=_("Contact (never public)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status", read_only=True),
                FieldPanel("spam_reason", read_only=True),
                FieldPanel("email_confirmed_at", read_only=True),
                FieldPanel("confirmation_email", read_only=True),
                FieldPanel("confirmation_email_sent_at", read_only=True),
                FieldPanel("confirmation_email_attempts", read_only=True),
                FieldPanel("confirmation_email_error", read_only=True),
                FieldPanel("moderation_reason", read_only=True),
                FieldPanel("language", read_only=True),
            ],
            heading=_("Moderation"),
        ),
    ]

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        ordering = ["-submitted_at", "-pk"]
        permissions = [("moderate_pledge", _("Can approve or reject pledges"))]

    def __str__(self):
        return self.name

    def changes_public_pages(self, created):
        """A new pledge is pending or spam, never public yet: the cached fragments stay
        (turnbackcrime.fragments). Moderating it (approve, reject) does change them."""
        return not created or self.status == PledgeStatus.APPROVED

    @property
    def email_confirmed(self):
        return self.email_confirmed_at is not None

    @property
    def partner_name(self):
        return self.partner.name if self.partner_id else ""

    @property
    def statement_dir(self):
        return "rtl" if self.language == "ar" else "ltr"


class PledgePage(RoutablePageMixin, Page):
    """'Take the pledge': the public form and the wall of approved pledges."""

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(
        _("thank-you text"),
        blank=True,
        help_text=_("Shown after a pledge is sent, above the note about the confirmation email."),
    )

    goal = models.PositiveIntegerField(
        _("pledge goal"),
        null=True,
        blank=True,
        help_text=_("How many public pledges the campaign aims for; shown as a progress bar. Empty: no bar."),
    )
    goal_deadline = models.DateField(
        _("goal deadline"), null=True, blank=True, help_text=_("Optional: the date the goal is meant for.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel([FieldPanel("goal"), FieldPanel("goal_deadline")], heading=_("Goal")),
    ]
    search_fields = translated_search_fields("intro")

    # One pledge page per site, directly under the home page.
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("pledge page")

    @path("")
    def pledge_form(self, request):
        from ..views import pledge_form_view

        return pledge_form_view(request, self)

    @path("visitor-tokens/")
    def visitor_tokens(self, request):
        from ..views import visitor_tokens_view

        return visitor_tokens_view(request, self)

    def csrf_failure_response(self, request):
        """Called by the core's CSRF failure view for a POST to this page (turnbackcrime.views)."""
        from ..views import pledge_csrf_failure_view

        return pledge_csrf_failure_view(request, self)

    @re_path(r"^confirm/$")
    def confirm_email(self, request):
        from ..views import confirm_email_view

        return confirm_email_view(request, self)

    @path("<int:pledge_id>/")
    def public_pledge(self, request, pledge_id):
        from ..public_pledge import public_pledge_view

        return public_pledge_view(request, self, pledge_id)

    def wall_context(self, request):
        public = Pledge.objects.public()
        by_country = count_by_country(public)
        logo_renditions = renditions_prefetch("partner__logo__renditions", specs=logo_specs())
        wall = public.select_related("partner", "partner__logo").prefetch_related(logo_renditions)
        # The wall is a listing like the others: filters and page number checked, and said when left out.
        listing = ListingFilters(request, PledgeWallFilterForm, countries_shown=by_country)
        wall = filter_wall(wall, listing.values)
        total = sum(row["total"] for row in by_country)
        return {
            "wall": listing.paginate(wall.order_by("-submitted_at", "-pk"), 12),
            "wall_filter_form": listing.form,
            "wall_filtered": bool(listing.values),
            "listing_notice": listing.notice,
            "pledge_total": total,
            "progress": progress_for(self, total),
            "pledges_by_country": by_country,
            "world_map": world_map(by_country),
        }

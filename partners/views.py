"""The pledge form, the email confirmation link and the friendly CSRF failure page."""

import hashlib
import uuid

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.middleware.csrf import get_token
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import spam
from .forms import PledgeForm
from .models import Pledge, PledgeStatus
from .notifications import CONFIRM_SALT, confirmation_max_age, confirmation_url
from .sharing import recorded_via
from .tasks import queue_pledge_emails
from .wall import PledgeWallFilterForm

# What the wall reads from the address: its filters and its page number.
WALL_PARAMETERS = {*PledgeWallFilterForm.base_fields, "page"}


def _fresh_form_initial():
    key = spam.new_submission_key()
    return {"submission_key": key, "timing_token": spam.timing_token(key)}


def _render_form(request, page, form, *, status=200, notice="", tokens_inline=True):
    """The form page. `tokens_inline=False` (a GET) leaves the CSRF token out, so the
    page is the same for every visitor and cacheable: the form's script fetches the
    visitor's tokens from `visitor_tokens_view` when it is first used."""
    context = page.get_context(request)
    # The side (why pledge, the wall, the map) is the same for every visitor: read only when
    # its cached fragment misses, which a new public pledge or any content change makes it do.
    # A filtered or paginated wall is rendered each time, not kept; other query strings (a
    # share link's `via`, a campaign's utm_*) don't change the wall and keep the cached one.
    context["wall_data"] = SimpleLazyObject(lambda: page.wall_context(request))
    context["wall_cacheable"] = not WALL_PARAMETERS.intersection(request.GET)
    context.update({"form": form, "notice": notice, "tokens_inline": tokens_inline})
    return TemplateResponse(request, "partners/pledge_page.html", context, status=status)


def _render_thanks(request, page, pledge):
    context = page.get_context(request)
    context.update({"pledge": pledge})
    return TemplateResponse(request, "partners/pledge_thanks.html", context)


def stored_key(form_key, email):
    """The key a submission is stored under: the form's own key and who sent it.

    A double click or a replayed POST repeats both and finds the stored pledge.
    Including the email keeps two visitors who got the same cached form apart.
    """
    return hashlib.sha256(f"{form_key}:{email.strip().lower()}".encode()).hexdigest()


@never_cache
def visitor_tokens_view(request, page):
    """The per-visitor parts of the cached pledge form: CSRF token (and its cookie) and a fresh form key."""
    return JsonResponse({"csrf_token": get_token(request), **_fresh_form_initial()})


def pledge_csrf_failure_view(request, page):
    """A pledge POST without a valid CSRF token (no JavaScript on the cached page, an old cookie).

    The form comes back with the visitor's answers and, this time, a token of its own:
    sending it again stores the pledge. The form's key and timing token are kept, so the
    second send is neither "too fast" nor a second pledge.
    """
    kept = [name for name in PledgeForm.base_fields if name not in ("logo", "homepage")]
    initial = {name: request.POST.get(name, "") for name in kept}
    initial["consent_to_publish"] = bool(request.POST.get("consent_to_publish"))
    try:
        uuid.UUID(initial["submission_key"])
    except ValueError:
        initial.update(_fresh_form_initial())
    notice = " ".join(
        [
            _("Please send the form again") + ".",
            _("The form had expired, so nothing was saved yet. Your answers are kept below."),
        ]
    )
    return _render_form(request, page, PledgeForm(initial=initial), status=403, notice=notice)


def pledge_form_view(request, page):
    if request.method != "POST":
        return _render_form(request, page, PledgeForm(initial=_fresh_form_initial()), tokens_inline=False)

    try:
        form = PledgeForm(request.POST, request.FILES)
    except MultiPartParserError:
        # A broken multipart body (no boundary, cut short): no browser sends one.
        return _render_form(
            request,
            page,
            PledgeForm(initial=_fresh_form_initial()),
            status=400,
            notice=_("The form arrived incomplete. Please fill it in and send it again."),
        )
    if spam.rate_limited(request):
        form.is_valid()  # shows the typed values back (files cannot be kept by browsers)
        return _render_form(
            request,
            page,
            form,
            status=429,
            notice=_(
                "Too many pledges have been sent from your connection in a short time. "
                "Your answers are kept below: please wait an hour and send the form again."
            ),
        )
    if not form.is_valid():
        return _render_form(request, page, form, status=200)

    data = form.cleaned_data
    key = stored_key(data["submission_key"], data["contact_email"])
    existing = Pledge.objects.filter(submission_key=key).first()
    if existing is not None:
        return _render_thanks(request, page, existing)

    try:
        reason = spam.spam_reason(request.POST, data.get("timing_token"), data["submission_key"])
    except spam.TokenExpired:
        fresh = request.POST.copy()
        fresh.update(_fresh_form_initial())
        return _render_form(
            request,
            page,
            PledgeForm(fresh),
            notice=_("This form was open for a long time. Please check your answers and send it again."),
        )

    pledge = Pledge(
        name=data["name"],
        kind=data["kind"],
        country=data["country"],
        website=data["website"],
        statement=data["statement"],
        video_url=data["video_url"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        consent_to_publish=data["consent_to_publish"],
        language=get_language(),
        submission_key=key,
        status=PledgeStatus.SPAM if reason else PledgeStatus.PENDING,
        spam_reason=reason,
        via=recorded_via(request.POST),
    )
    if data.get("logo"):
        pledge.logo = data["logo"]
    try:
        # The model has the last word: nothing it refuses is stored, whatever the form let through.
        pledge.full_clean(exclude=["submission_key"], validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
        return _render_form(request, page, form)
    try:
        with transaction.atomic():
            pledge.save()
            # In the same transaction: the pledge and its queued email are stored together or not
            # at all (the database task backend), and SMTP's state never changes this response.
            if pledge.status == PledgeStatus.PENDING:
                queue_pledge_emails(pledge, confirmation_url(pledge, page, request))
    except IntegrityError:
        # The same submission arrived twice at once: the other request stored it.
        return _render_thanks(request, page, Pledge.objects.get(submission_key=key))

    # Suspected spam gets the same page: telling bots what gave them away helps them.
    return _render_thanks(request, page, pledge)


@never_cache  # it records the confirmation: every visit must reach the app
def confirm_email_view(request, page):
    token = request.GET.get("token", "")
    state = "invalid"
    status = 400
    try:
        key = signing.loads(token, salt=CONFIRM_SALT, max_age=confirmation_max_age())
    except signing.SignatureExpired:
        state = "expired"
    except signing.BadSignature:
        state = "invalid"
    else:
        pledge = Pledge.objects.filter(submission_key=key).first()
        if pledge is not None:
            if pledge.email_confirmed_at is None:
                Pledge.objects.filter(pk=pledge.pk).update(email_confirmed_at=timezone.now())
            state, status = "confirmed", 200
    context = page.get_context(request)
    context["state"] = state
    return TemplateResponse(request, "partners/pledge_confirm.html", context, status=status)

"""Email about pledges: the pledger's confirmation link and the moderators' notice.

Both are sent by the task queue (`partners.tasks`), never inside the request: the view
enqueues them in the transaction that stores the pledge, so a stored pledge always has
its email queued and a replayed POST queues nothing more.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail_modeltranslation.contextlib import use_language

from turnbackcrime.text import one_line

from .badges import badge_snippets
from .sharing import share_url

CONFIRM_SALT = "partners.pledge-confirm-email"


def confirmation_max_age():
    return settings.PLEDGE_CONFIRMATION_MAX_AGE


def confirmation_token(pledge):
    return signing.dumps(pledge.submission_key, salt=CONFIRM_SALT)


def public_base_url(request=None):
    """The site's real address: the request's own (host checked by ALLOWED_HOSTS), else the configured one.

    Never the Site record's hostname, which is "localhost" on a fresh install.
    """
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return (settings.PUBLIC_BASE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def confirmation_url(pledge, page, request=None):
    with use_language(pledge.language), translation.override(pledge.language):
        _site_id, _root, path = page.get_url_parts(request)
    route = page.reverse_subpage("confirm_email").lstrip("/")
    return f"{public_base_url(request)}{path}{route}?{urlencode({'token': confirmation_token(pledge)})}"


def send_confirmation_email(pledge, url):
    """Double opt-in: the pledger confirms the address by following a signed link."""
    with translation.override(pledge.language):
        context = {"pledge": pledge, "url": url, "days": confirmation_max_age() // 86400}
        subject = one_line(render_to_string("partners/emails/confirm_subject.txt", context))
        body = render_to_string("partners/emails/confirm_body.txt", context)
    send_mail(subject, body, None, [pledge.contact_email])


def moderator_emails():
    return list(settings.PLEDGE_MODERATOR_EMAILS)


def notify_moderators(pledge):
    recipients = moderator_emails()
    if not recipients:
        return
    edit_path = reverse("wagtailsnippets_partners_pledge:edit", args=[pledge.pk])
    context = {
        "pledge": pledge,
        "edit_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + edit_path,
        "listing_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wagtailsnippets_partners_pledge:list")
        + "?status=pending",
    }
    with translation.override(settings.LANGUAGE_CODE):
        # Typed by the public: an email header is one line, whatever the name held.
        subject = one_line(render_to_string("partners/emails/moderators_subject.txt", context))
        body = render_to_string("partners/emails/moderators_body.txt", context)
    send_mail(subject, body, None, recipients)


def send_approval_email(pledge, page):
    """Tells the pledger their pledge is approved, with its public page, share link and badge code."""
    if not pledge.contact_email or page is None:
        return
    with translation.override(pledge.language), use_language(pledge.language):
        base = page.get_site().root_url
        context = {
            "pledge": pledge,
            "public_url": f"{page.get_full_url()}{pledge.pk}/" if pledge.consent_to_publish else "",
            "share_url": share_url(pledge, page),
            "badge": badge_snippets(pledge.language, pledge, base_url=base, page=page),
        }
        subject = render_to_string("partners/emails/approved_subject.txt", context).strip()
        body = render_to_string("partners/emails/approved_body.txt", context)
    send_mail(subject, body, None, [pledge.contact_email])

from django.db.models.signals import post_save

from turnbackcrime.images import renditions_on_save


def prerender_partner_logo(sender, instance, **kwargs):
    """A partner's logo is rendered when the partner is saved, so listings never wait for it."""
    from .images import prerender_logo

    if instance.logo_id and renditions_on_save():
        prerender_logo(instance.logo)


def connect():
    from .models import Partner

    post_save.connect(prerender_partner_logo, sender=Partner, dispatch_uid="partners-prerender-logo")


def pledge_changes_public(pledge):
    """A pledge changes the public count and wall once moderated (approved, or approved then rejected)."""
    return pledge.moderated_at is not None


def register_cached_pages():
    """A partner shows on the partner news and the pledge wall; a moderated pledge on the wall."""
    from turnbackcrime.frontend_cache import register_shown_on

    from .models import Partner, PartnerNewsIndexPage, PartnerNewsPage, Pledge, PledgePage

    def partner_pages(partner):
        return [
            *PledgePage.objects.live(),
            *PartnerNewsIndexPage.objects.live(),
            *PartnerNewsPage.objects.live().filter(partner=partner),
        ]

    register_shown_on(Partner, partner_pages)
    register_shown_on(Pledge, lambda pledge: PledgePage.objects.live(), when=pledge_changes_public)

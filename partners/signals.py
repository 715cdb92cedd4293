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

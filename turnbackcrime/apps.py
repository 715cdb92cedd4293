from django.apps import AppConfig


class TurnBackCrimeConfig(AppConfig):
    """The site-wide shell: home page, site settings, shared blocks and templates."""

    name = "turnbackcrime"
    verbose_name = "Turn Back Crime"

    def ready(self):
        from django.conf import settings

        from . import exports, images, request_memo, signals
        from .observability import tasks

        signals.connect()
        exports.install()  # every admin CSV export neutralises formula cells
        request_memo.install()
        tasks.connect()  # the worker's log lines carry the enqueuing request's id
        if settings.AVIF_ENCODER_SPEED is not None:
            images.use_avif_speed(settings.AVIF_ENCODER_SPEED)

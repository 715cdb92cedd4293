from django.apps import AppConfig


class TurnBackCrimeConfig(AppConfig):
    """The site-wide shell: home page, site settings, shared blocks and templates."""

    name = "turnbackcrime"
    verbose_name = "Turn Back Crime"

    def ready(self):
        from . import request_memo, signals

        signals.connect()
        request_memo.install()

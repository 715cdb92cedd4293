from django.apps import AppConfig


class TurnBackCrimeConfig(AppConfig):
    """The site-wide shell: home page, site settings, shared blocks and templates."""

    name = "turnbackcrime"
    verbose_name = "Turn Back Crime"

    def ready(self):
        from . import exports, request_memo, signals
        from .observability import tasks

        signals.connect()
        exports.install()  # every admin CSV export neutralises formula cells
        request_memo.install()
        tasks.connect()  # the worker's log lines carry the enqueuing request's id

from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page and the demo site: the one app that wires the domain apps together."""

    name = "home"
    verbose_name = "Home page"

    def ready(self):
        from partners.metrics import PledgeCollector
        from turnbackcrime.metrics import registry

        registry.register(PledgeCollector())  # pledges by status on /metrics/

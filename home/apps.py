from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page and the demo site: the one app that wires the domain apps together."""

    name = "home"
    verbose_name = "Home page"

    def ready(self):
        from partners.metrics import PledgeCollector
        from turnbackcrime.metrics import registry

        registry.register(PledgeCollector())  # pledges by status on /metrics/

        # After wagtail-modeltranslation (an app listed earlier) patched `route`.
        from turnbackcrime.routing import fast_route

        from .models import HomePage

        if not hasattr(HomePage.route, "fast_route_of"):
            HomePage.route = fast_route(HomePage.route)

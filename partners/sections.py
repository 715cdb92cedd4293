"""The partners' home page sections: latest partner news, and the pledge call to action."""

from django.utils.translation import gettext_lazy as _

from turnbackcrime.sections import LatestSection, SectionBlock

from .models import PartnerNewsPage, Pledge, PledgePage
from .progress import progress_for

LATEST_PLEDGES = 3


def getting_involved_context(latest=LATEST_PLEDGES):
    """The pledge page, the live total of public pledges and the newest of them: three queries."""
    public = Pledge.objects.public()
    pledge_page = PledgePage.objects.live().public().first()
    total = public.count()
    return {
        "pledge_page": pledge_page,
        "pledge_total": total,
        "progress": progress_for(pledge_page, total),
        "latest_pledges": list(public.order_by("-submitted_at", "-pk")[:latest]),
    }


def pledge_call_context():
    """The pledge page and the live total of public pledges, for a call to action: two queries."""
    return {
        "pledge_page": PledgePage.objects.live().public().first(),
        "pledge_total": Pledge.objects.public().count(),
    }


class PartnerNewsSection(LatestSection):
    default_heading = _("Support from around the world")

    class Meta:
        icon = "group"
        label = _("Latest partner news")
        template = "partners/sections/partner_news.html"

    def latest(self, count):
        return list(PartnerNewsPage.objects.live().public().for_cards().order_by("-date", "-pk")[:count])


class GettingInvolvedSection(SectionBlock):
    default_heading = _("Getting involved")

    class Meta:
        icon = "success"
        label = _("Pledge call to action with the live count")
        template = "partners/sections/getting_involved.html"

    def fetch(self, values):
        context = getting_involved_context()
        return [context for _value in values]

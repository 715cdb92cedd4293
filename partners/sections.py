"""The partners' home page sections: latest partner news, and the pledge call to action."""

from django.db.models import Func, Subquery
from django.utils.translation import gettext_lazy as _

from turnbackcrime.request_memo import memoised
from turnbackcrime.sections import LatestSection, SectionBlock

from .images import logo_specs
from .models import PartnerNewsPage, Pledge, PledgePage
from .progress import progress_for

LATEST_PLEDGES = 3


def _pledge_page_and_total():
    """The pledge page and the live total of public pledges: one query (the total a subquery of
    the page's), once per request (the home page's first screen and its getting-involved section
    both show them); two when there is no pledge page."""

    def read():
        public = Pledge.objects.public().order_by().annotate(total=Func("pk", function="COUNT"))
        page = PledgePage.objects.live().public().annotate(public_pledges=Subquery(public.values("total")))
        page = page.first()
        return (page, page.public_pledges) if page is not None else (None, Pledge.objects.public().count())

    return memoised("pledge_page_and_total", read)


def getting_involved_context(latest=LATEST_PLEDGES):
    """The pledge page, the live total of public pledges and the newest of them: two queries
    (one when the pledge call to action was shown earlier in the request)."""
    public = Pledge.objects.public()
    pledge_page, total = _pledge_page_and_total()
    return {
        "pledge_page": pledge_page,
        "pledge_total": total,
        "progress": progress_for(pledge_page, total),
        "latest_pledges": list(public.order_by("-submitted_at", "-pk")[:latest]),
    }


def pledge_call_context():
    """The pledge page and the live total of public pledges, for a call to action: one query."""
    pledge_page, total = _pledge_page_and_total()
    return {"pledge_page": pledge_page, "pledge_total": total}


class PartnerNewsSection(LatestSection):
    default_heading = _("Support from around the world")
    # The cards show the partner's logo, no hero image.
    image_kinds = ()
    image_specs = tuple(logo_specs())

    class Meta:
        icon = "group"
        label = _("Latest partner news")
        template = "partners/sections/partner_news.html"

    def latest(self, count):
        news = PartnerNewsPage.objects.live().public().for_cards(renditions=False)
        return list(news.order_by("-date", "-pk")[:count])

    def images(self, extra):
        return [item.partner.logo for item in extra["items"] if item.partner]


class GettingInvolvedSection(SectionBlock):
    default_heading = _("Getting involved")

    class Meta:
        icon = "success"
        label = _("Pledge call to action with the live count")
        template = "partners/sections/getting_involved.html"

    def fetch(self, values):
        context = getting_involved_context()
        return [context for _value in values]

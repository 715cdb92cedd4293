"""`{% getting_involved %}`: the pledge call to action with the live total, for any page (the home page)."""

from django import template

from ..models import Pledge, PledgePage

register = template.Library()


@register.inclusion_tag("partners/includes/getting_involved.html", takes_context=True)
def getting_involved(context, latest=3, heading="", heading_id="getting-involved-heading"):
    pledge_page = PledgePage.objects.live().public().first()
    public = Pledge.objects.public()
    return {
        "request": context.get("request"),
        "heading": heading,
        "heading_id": heading_id,
        "pledge_page": pledge_page,
        "pledge_total": public.count(),
        "latest_pledges": list(public.order_by("-submitted_at", "-pk")[:latest]),
    }

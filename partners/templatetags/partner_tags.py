"""`{% getting_involved %}`: the pledge call to action with the live total, for any page.

The home page shows the same through its section (partners.sections), with one query helper.
"""

from django import template

from ..sections import getting_involved_context

register = template.Library()


@register.inclusion_tag("partners/includes/getting_involved.html", takes_context=True)
def getting_involved(context, latest=3, heading="", heading_id="getting-involved-heading"):
    return {
        "request": context.get("request"),
        "heading": heading,
        "heading_id": heading_id,
        **getting_involved_context(latest),
    }

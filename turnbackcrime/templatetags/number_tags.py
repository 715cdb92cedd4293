"""`{{ value|count }}`: a whole number as the active language writes it (turnbackcrime.numbers)."""

from django import template

from ..numbers import format_count

register = template.Library()


@register.filter(name="count")
def count_filter(value):
    try:
        return format_count(value)
    except (TypeError, ValueError):
        return value

"""Country names for the public forms: django-countries' names in the active language."""

from django_countries import countries


def country_choices(codes=None):
    """(code, name) of every country, or of `codes` (unknown codes left out), in the active
    language and ordered by that name, case left aside."""
    names = dict(countries)
    chosen = names if codes is None else [code for code in codes if code in names]
    return sorted(((code, str(names[code])) for code in chosen), key=lambda choice: choice[1].casefold())

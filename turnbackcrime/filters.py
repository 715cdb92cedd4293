"""One way for every listing to treat its GET parameters: validate, drop what is bad, say so.

A listing's filters come from links people share, bookmark and mistype, so a
bad value is never an error page: the value is left out, the rest of the
listing still applies, and one notice in the visitor's language names what
was left out. Page numbers are treated the same way; one past the end shows
the last page.

    listing = ListingFilters(request, StoryFilterForm, themes=...)
    stories = stories.filter(theme=listing.values["theme"]) if "theme" in listing.values else stories
    page_obj = listing.paginate(stories, per_page=9)
    context.update(listing.context())  # filter_form, page_obj, listing_notice
"""

from django import forms
from django.core.paginator import Paginator
from django.forms.utils import pretty_name
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

# A value is quoted back to the visitor; a 5,000-character link is cut short.
SHOWN_VALUE_MAX = 40


class PageNumberForm(forms.Form):
    """Every listing's page number: a whole number from 1."""

    page = forms.IntegerField(label=_("Page"), min_value=1, required=False)


class ListingFilters:
    """A listing's filter form, cleaned: the usable values, what was dropped, and the notice."""

    def __init__(self, request, form_class=None, **form_kwargs):
        self.request = request
        self.dropped = []  # (label, value as typed)
        self.past_the_end = None
        self.page_obj = None
        self.values = {}
        self.form = None
        if form_class is not None:
            self.form = self._clean(form_class, form_kwargs)

    def _clean(self, form_class, form_kwargs):
        form = form_class(self.request.GET, **form_kwargs)
        form.is_valid()
        bad = [name for name in form.fields if name in form.errors]
        for name in bad:
            self._drop(form.fields[name].label or pretty_name(name), name)
        self.values = {
            name: value
            for name, value in form.cleaned_data.items()
            if name not in bad and value not in (None, "", [])
        }
        if not bad:
            return form
        # The form and the pagination links ({% querystring %} reads request.GET)
        # show what applies: the bad values cleared, the good ones kept.
        self.request.GET = self._without(bad)
        return form_class(self.request.GET, **form_kwargs)

    def _drop(self, label, name):
        self.dropped.append((label, str(self.request.GET.get(name, ""))[:SHOWN_VALUE_MAX]))

    def _without(self, names):
        data = self.request.GET.copy()
        for name in names:
            data.pop(name, None)
        return data

    def paginate(self, queryset, per_page):
        """The requested page of `queryset`: the first for a bad number, the last past the end."""
        page_form = PageNumberForm(self.request.GET)
        number = 1
        if page_form.is_valid():
            number = page_form.cleaned_data["page"] or 1
        else:
            self._drop(page_form.fields["page"].label, "page")
        paginator = Paginator(queryset, per_page)
        if number > paginator.num_pages:
            self.past_the_end = number
            number = paginator.num_pages
        self.page_obj = paginator.page(number)
        return self.page_obj

    @property
    def notice(self):
        """One sentence or two, in the active language; empty when everything applied."""
        parts = []
        if self.dropped:
            # Translators: a left-out filter, e.g. Country “ZZ”.
            named = [
                pgettext("left-out value", "%(label)s “%(value)s”") % {"label": label, "value": value}
                for label, value in self.dropped
            ]
            parts.append(
                ngettext(
                    "This value could not be used and was left out: %(values)s.",
                    "These values could not be used and were left out: %(values)s.",
                    len(named),
                )
                % {"values": pgettext("list separator", ", ").join(named)}
            )
        if self.past_the_end is not None:
            parts.append(
                _("There is no page %(number)s, so this is page %(last)s.")
                % {"number": self.past_the_end, "last": self.page_obj.number}
            )
        return " ".join(str(part) for part in parts)

    def context(self):
        return {"filter_form": self.form, "page_obj": self.page_obj, "listing_notice": self.notice}

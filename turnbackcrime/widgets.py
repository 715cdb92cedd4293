"""Form widgets that render fast.

Django renders each <option> of a Select through two templates: a 250-country list costs
~500 template renders, most of the pledge form's render time (a fuzz run of the form
spent 80 % of its time there). `QuickSelect` writes the same HTML in Python, and with
`per_language=True` (choices from a function whose answer depends on the language only, such
as the country list) writes the options once per language and process: each later render
only marks the selected one (a fuzz run of the pledge form spent a third of its time
writing the 250 countries).
"""

from django import forms
from django.utils.choices import CallableChoiceIterator
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language


def _attrs(attrs):
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(format_html(" {}", name) if value is True else format_html(' {}="{}"', name, str(value)))
    return mark_safe("".join(parts))  # noqa: S308 (each part built by format_html)


class QuickSelect(forms.Select):
    """forms.Select, same markup as Django's templates give, without a template per option."""

    # (choices function, language) -> (options HTML with none selected, {value: position})
    _options_by_language = {}

    def __init__(self, attrs=None, choices=(), *, per_language=False):
        super().__init__(attrs, choices)
        self.per_language = per_language

    def _choices_function(self):
        if self.per_language and isinstance(self.choices, CallableChoiceIterator):
            return self.choices.func
        return None

    def _cached_options(self, func):
        key = (func, get_language())
        cached = self._options_by_language.get(key)
        if cached is None:
            cached = self._options_by_language[key] = self._options_html()
        return cached

    def use_required_attribute(self, initial):
        # Django's answer (the first option has an empty value) without building the list again.
        func = self._choices_function()
        if func is None:
            return super().use_required_attribute(initial)
        values = self._cached_options(func)[2]
        return not self.is_hidden and bool(values) and values[0] == ""

    def render(self, name, value, attrs=None, renderer=None):
        func = self._choices_function()
        if func is not None:
            return self._render_cached(func, name, value, attrs)
        widget = self.get_context(name, value, attrs)["widget"]
        lines = []
        for group_name, group_choices, _index in widget["optgroups"]:
            options = format_html_join(
                "",
                '\n  <option value="{}"{}>{}</option>\n',  # the option template's own trailing newline
                ((str(o["value"]), _attrs(o["attrs"]), o["label"]) for o in group_choices),
            )
            if group_name:
                lines.append(format_html('\n  <optgroup label="{}">{}\n  </optgroup>', group_name, options))
            else:
                lines.append(options)
        body = mark_safe("".join(lines))  # noqa: S308 (each part built by format_html)
        return format_html('<select name="{}"{}>{}\n</select>', widget["name"], _attrs(widget["attrs"]), body)

    def _render_cached(self, func, name, value, attrs):
        options, first_position, values = self._cached_options(func)
        # As Django's Select: the first option (in the list's order) whose value is among
        # the given ones is selected, none when no option matches.
        found = [first_position[v] for v in self.format_value(value) if v in first_position]
        if found:
            marker = f'<option value="{escape(values[min(found)])}">'
            options = options.replace(marker, marker[:-1] + " selected>", 1)
        attrs_html = _attrs(self.build_attrs(self.attrs, attrs))
        return mark_safe(f'<select name="{escape(name)}"{attrs_html}>{options}\n</select>')  # noqa: S308 (all escaped)

    def _options_html(self):
        parts, first_position, values = [], {}, []
        for option_value, label in self.choices:
            if isinstance(label, (list, tuple)):
                raise ValueError("QuickSelect(per_language=True) takes no option groups")
            option_value = "" if option_value is None else str(option_value)
            first_position.setdefault(option_value, len(values))
            values.append(option_value)
            parts.append(f'\n  <option value="{escape(option_value)}">{conditional_escape(label)}</option>\n')
        return "".join(parts), first_position, values

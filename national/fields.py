"""A small set of fixed choices kept in one column ("en,fr"), edited as checkboxes."""

from django import forms
from django.core import exceptions
from django.db import models


class ChoicesField(models.CharField):
    """Several of a field's `choices`, stored comma-separated, read back as a list of codes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [code for code in (value or "").split(",") if code]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {str(key) for key, _label in self.flatchoices}
        bad = [code for code in self.to_python(value) if code not in allowed]
        if bad:
            raise exceptions.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": bad[0]}
            )
        if not self.blank and not value:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def get_choices_display(self, value):
        labels = dict(self.flatchoices)
        return [labels.get(code, code) for code in self.to_python(value)]

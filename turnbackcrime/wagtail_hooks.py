from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def arabic_fields_right_to_left():
    """Arabic translation fields are typed right-to-left in the admin."""
    return format_html('<script src="{}" defer></script>', static("turnbackcrime/admin/rtl-inputs.js"))

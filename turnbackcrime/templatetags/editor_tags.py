"""Wagtail's user bar (edit this page, preview…) only for someone who may have signed in.

`{% wagtailuserbar %}` reads `request.user`, which loads the session: Django then adds
`Vary: Cookie` to the response, and a CDN would keep one copy of every public page per
visitor's cookies. An anonymous visitor carries no session cookie, so there is no user to
look up: `{% editor_userbar %}` renders nothing for them without touching the session, and
the user bar as before for a signed-in editor (and in previews, which the admin serves).
"""

from django import template
from django.conf import settings
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

register = template.Library()


@register.simple_tag(takes_context=True)
def editor_userbar(context, position="bottom-right"):
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context, position)

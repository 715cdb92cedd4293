"""The reporting block's per-country fragment (what the country chooser's script loads)."""

from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from .forms import ReportCountryForm
from .report_block import render_result


def where_to_report_fragment(request, index_page):
    form = ReportCountryForm({"report_country": request.GET.get("country", "")})
    response = HttpResponse(render_result(form.chosen(), request))
    # The same for every visitor of a language and country: safe for shared caches.
    patch_cache_control(response, public=True, max_age=300)
    response["X-Robots-Tag"] = "noindex"
    return response

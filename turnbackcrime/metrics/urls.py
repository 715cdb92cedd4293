from django.urls import path

from .views import metrics_view

# Outside the language prefix, like /health/.
urlpatterns = [path("metrics/", metrics_view, name="metrics")]

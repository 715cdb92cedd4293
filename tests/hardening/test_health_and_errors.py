"""Issue #12, "also": the health endpoint, and the 500 page's way to retry."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from tests.support.redis_server import RedisServer
from turnbackcrime.views import server_error


@pytest.mark.django_db
def test_health_answers_ok_and_is_never_cached(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "queue"}
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_reports_a_dead_cache_as_degraded_but_serving(client, settings):
    server = RedisServer()  # a free port where nothing listens
    settings.CACHES = {
        **settings.CACHES,
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": server.url,
            "OPTIONS": settings.REDIS_OPTIONS,
        },
    }
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["cache"]["ok"] is False


@pytest.mark.django_db
def test_health_reports_a_stalled_queue(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from partners.tasks import send_moderator_notice

    result = send_moderator_notice.enqueue(0)
    DBTaskResult.objects.filter(id=result.id).update(enqueued_at=timezone.now() - timedelta(hours=1))
    body = client.get("/health/").json()
    assert body["status"] == "degraded" and "db_worker" in body["checks"]["queue"]["error"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_500_page_offers_a_retry_and_after_a_form_says_what_to_do(lang, assert_valid_html):
    with translation.override(lang):
        get = server_error(RequestFactory().get(f"/{lang}/stories/?page=2"))
        post = server_error(RequestFactory().post(f"/{lang}/pledge/", {"name": "x"}))
        retry = translation.gettext("Try again")
    assert get.status_code == post.status_code == 500
    assert f'href="/{lang}/stories/?page=2"' in get.content.decode() and retry in get.content.decode()
    assert get["Retry-After"] == "30"
    html = post.content.decode()
    assert f'href="/{lang}/pledge/"' in html
    assert 'class="error-page__form-note"' in html
    assert 'class="error-page__form-note"' not in get.content.decode()
    assert_valid_html(html, f"500 after a form ({lang})")

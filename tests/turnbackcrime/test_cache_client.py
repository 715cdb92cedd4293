"""The Redis cache reuses one client per connection pool (turnbackcrime.cache.PooledRedisCache)."""

import threading

from django.core.cache import caches


def test_one_client_for_every_call(redis_cache):
    for alias in ("default", "ratelimit"):
        backend = caches[alias]._cache
        first = backend.get_client("a")
        assert backend.get_client("b") is first
        assert backend.get_client("c", write=True) is first  # one server: one pool
        assert first.connection_pool is backend._get_connection_pool(write=False)


def test_threads_share_the_client(redis_cache):
    """Each command takes a connection from the pool: threads never read each other's answers."""
    cache = caches["default"]
    failures = []

    def work(number):
        for round_ in range(50):
            key, value = f"thread-{number}-{round_}", [number, round_]
            cache.set(key, value)
            if cache.get(key) != value:
                failures.append((key, cache.get(key)))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert cache.get_many([f"thread-{n}-49" for n in range(8)]) == {
        f"thread-{n}-49": [n, 49] for n in range(8)
    }
    assert len(cache._cache._clients) == 1

"""A Redis cache that degrades instead of taking the site down.

With Redis stopped, Wagtail's site-root-paths cache and every fragment cache raised on
each request: 47 of 62 public pages gave a 500. `DegradingRedisCache` answers a read with a
miss and drops a write when Redis cannot be reached, logs it (once per outage), and for
`RETRY_AFTER` seconds after a failure does not try again, so a dead Redis costs a page
one short connect timeout, not one per cache call. Pages are then built from the database.
Both are counted for operators (`tbc_cache_errors_total`, `tbc_cache_skipped_total`).

The rate-limit counters live in their own alias (`ratelimit`), a plain RedisCache that
raises: the caller decides what an unreadable counter means (partners.spam: fail open).

Both reuse one `redis.Redis` client per connection pool (`PooledRedisCache`): Django's
own makes a new one for every cache call, and each new client fills a table of about 170
response callbacks: about 0.12 ms a call (measured on 2026-12-02), and the home page makes 12.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

from .metrics.instruments import CACHE_ERRORS, CACHE_SKIPPED

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisError, OSError)


class PooledRedisCacheClient(RedisCacheClient):
    """Django's client, with one `redis.Redis` per connection pool instead of one per call.

    A `redis.Redis` keeps no connection of its own: each command takes one from the pool
    and gives it back, so threads can share it (redis-py's documented use).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class PooledRedisCache(RedisCache):
    """Django's RedisCache with `PooledRedisCacheClient`."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledRedisCacheClient


class DegradingRedisCache(PooledRedisCache):
    """RedisCache whose reads miss and writes are dropped while Redis is unreachable.

    `incr`/`decr` still raise: a counter has no sensible default (see the `ratelimit` alias).
    """

    RETRY_AFTER = 5.0  # seconds without trying Redis after a failure

    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0

    def _guard(self, default, method, *args, **kwargs):
        if time.monotonic() < self._down_until:
            CACHE_SKIPPED.labels(method.__name__).inc()
            return default
        try:
            result = method(*args, **kwargs)
        except UNAVAILABLE as error:
            CACHE_ERRORS.labels(method.__name__).inc()
            if not self._down_until:
                logger.error("Cache unavailable, serving without it: %s", error)
            self._down_until = time.monotonic() + self.RETRY_AFTER
            return default
        if self._down_until:
            logger.warning("Cache reachable again")
            self._down_until = 0.0
        return result


def _degrading(name, default):
    parent = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        return self._guard(default() if callable(default) else default, parent.__get__(self), *args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"RedisCache.{name}, or {default!r} when Redis cannot be reached."
    return method


def _fallback_get(self, key, default=None, version=None):
    return self._guard(default, RedisCache.get.__get__(self), key, default, version)


DegradingRedisCache.get = _fallback_get
for _name, _default in (
    ("get_many", dict),
    ("has_key", False),
    ("set", None),
    ("add", False),
    ("set_many", list),
    ("touch", False),
    ("delete", False),
    ("delete_many", None),
    ("clear", False),
):
    setattr(DegradingRedisCache, _name, _degrading(_name, _default))

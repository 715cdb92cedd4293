"""Prometheus metrics for operators: served at /metrics/ (README "Metrics and alerts").

- `instruments`: what the app counts as it works (requests and latency per view, database and
  cache errors), in this process or, under gunicorn, in files shared by its workers;
- `registry`: what a scrape reads, plus the gauges computed at scrape time (the task queue
  here, pledges by status from `partners.metrics`, registered by `home`);
- `middleware`, `database`: where the counting happens; `access`, `views`: who may read it.
"""

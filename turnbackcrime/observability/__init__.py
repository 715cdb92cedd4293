"""What an operator sees of the running portal: error reports (Sentry) and JSON logs.

Neither may carry a pledger's personal data: `scrub` is the one place that says what is
taken out, and both the Sentry hook and the log formatter go through it.
"""

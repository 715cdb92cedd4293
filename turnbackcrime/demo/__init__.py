"""Demo content for `manage.py load_demo_content`.

The words live in data files (`<app>/demo/*.yaml`); `loader` builds them through
the models, in all four languages, and only what is missing, so the command can
run on every `make run`. `helpers` holds what tests share with it.
"""

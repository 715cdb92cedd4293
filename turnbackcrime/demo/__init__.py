"""Demo content for `manage.py load_demo_content`.

Each app that has demo content provides a `demo` module with a
`build(demo)` function; the command calls them in order. Everything is
built through the models, in all four languages, and only when missing, so
the command can run on every `make run`.
"""

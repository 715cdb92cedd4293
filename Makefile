# Turn Back Crime portal. Two commands: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
TEMPLATE_DIRS := $(wildcard */templates)

.PHONY: run serve bench backup restore varnish-installed setup test test-fast lint check pytest pytest-fast pytest-browser pytest-stack requirements fuzz messages world-map fonts icons clean

## make run: set up everything (virtualenv, dependencies, database, demo content, local admin) and serve the site.
# Image renditions are made in the background while the site serves (log in
# var/prerender.log); until then pages leave out the pictures not yet made.
run: setup
	@$(PY) manage.py local_admin --host $(HOST) --port $(PORT)
	@# The background renditions and the task queue's worker (pledge email, Wagtail's index
	@# updates; log in var/worker.log) stop with the server (Ctrl-C), not later on their own.
	@mkdir -p var; $(PY) manage.py prerender_images > var/prerender.log 2>&1 & prerender=$$!; \
	$(PY) manage.py db_worker > var/worker.log 2>&1 & worker=$$!; \
	trap 'kill $$prerender $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

## make serve: the production stack (Varnish on PORT, default 8080, in front of gunicorn on
## APP_PORT, default 8081, and the task worker) with production settings. Needs DATABASE_URL
## (PostgreSQL). DEMO=0 skips the demo content.
SERVE_PORT := $(if $(filter command line environment,$(origin PORT)),$(PORT),8080)
DEMO ?= 1
serve: $(VENV)/.runtime-installed varnish-installed
	@PORT=$(SERVE_PORT) DEMO=$(DEMO) $(PY) -m scripts.serve

## make bench: req/s per page kind through Varnish, of the app alone, of nginx on the same
## bytes and of the baseline commit (BASELINE, default 42e79b9) served alike; SQL counts;
## report in var/bench/. Needs DATABASE_URL (PostgreSQL). Not part of `make test`.
bench: $(VENV)/.runtime-installed varnish-installed
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "make bench needs DATABASE_URL=postgres://…"; exit 1;; esac
	@DEMO=$(DEMO) $(PY) -m scripts.bench

## make backup: one backup of the database (pg_dump, or SQLite's online backup for `make run`'s
## database) and the media (MEDIA_ROOT or the bucket), with a manifest of SHA-256 checksums,
## into BACKUP_DIR/<UTC time>/ (default var/backups/). README "Backups and the restore drill".
backup: $(VENV)/.runtime-installed
	$(PY) manage.py backup

## make restore BACKUP=var/backups/<time>: restore a backup into an empty database and media
## store (FORCE=1 replaces what they hold), after checking its checksums; erasures are applied again.
restore: $(VENV)/.runtime-installed
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=var/backups/<time> [FORCE=1]"; exit 2; }
	$(PY) manage.py restore "$(BACKUP)" $(if $(filter 1 yes true,$(FORCE)),--force)

# Debian's varnish (and wrk/nginx for the benchmark), installed when missing.
varnish-installed:
	@command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ] || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >/dev/null)

setup: $(VENV)/.runtime-installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py update_translation_fields --verbosity 0
	$(PY) manage.py load_demo_content

## make test: lint (ruff, templates, the import-linter layer contract), Django checks, migrations check and the whole pytest suite.
test: $(VENV)/.dev-installed node_modules/.installed
	@$(TEST_BACKGROUND); $(MAKE) --no-print-directory lint check pytest

## make test-fast: lint, checks and the non-browser tests in parallel (the edit-test loop).
test-fast: $(VENV)/.dev-installed node_modules/.installed
	@$(TEST_BACKGROUND); $(MAKE) --no-print-directory lint check pytest-fast

# While lint and the checks run, in the background: the migrated template of the test
# databases and the demo snapshot (tests/demo_snapshot.py), built under the tests' locks and
# with their TBC_TEST_RUN_ID, so the pytest workers that follow find them built (log:
# var/test-demo-prebuild.log; if it fails, the first worker that needs one builds it, as
# without it); and one Nu Html Checker for every worker (TBC_HTML_CHECKER_PORT). Both stop
# when the recipe ends.
TEST_BACKGROUND = mkdir -p var; \
	$(PY) -m tests.build_demo_snapshot $(filter --reuse-db --create-db,$(PYTEST_ARGS)) > var/test-demo-prebuild.log 2>&1 & \
	prebuild=$$!; \
	export TBC_HTML_CHECKER_PORT=$$($(PY) -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	$(PY) -m tests.html_validator $$TBC_HTML_CHECKER_PORT > var/test-html-checker.log 2>&1 & \
	checker=$$!; trap 'kill $$prebuild $$checker 2>/dev/null' EXIT INT TERM

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $(shell find $(TEMPLATE_DIRS) -name '*.html')
	$(BIN)/lint-imports

check: $(VENV)/.dev-installed
	DJANGO_SETTINGS_MODULE=turnbackcrime.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=turnbackcrime.settings.test $(PY) manage.py makemigrations --check --dry-run

# Non-browser tests run on TEST_WORKERS xdist workers, then the browser tests in one
# process (one live server, one Chromium); each prints its slowest tests. pytest's exit
# status 5 (no test selected, e.g. PYTEST_ARGS=-k that matches none) is not a failure.
# PYTEST_ARGS=--reuse-db keeps the test databases and the demo snapshot between runs.
TEST_WORKERS ?= 2
# One id for every pytest run of one `make test`: the demo snapshot is built once for both.
ifndef TBC_TEST_RUN_ID
TBC_TEST_RUN_ID := $(shell date +%s%N)
endif
export TBC_TEST_RUN_ID
NO_TESTS_IS_OK := || [ $$? -eq 5 ]
# `make test` runs the whole suite in one pytest run on TEST_ALL_WORKERS xdist workers: the
# browser tests in two groups, each on a worker of its own (a live server, a Chromium), the
# stack tests (tests/stack/: Varnish, two gunicorn nodes, the task worker, a browser) on a third,
# their processes started once, and the rest on every worker meanwhile (`--dist loadgroup`,
# groups in tests/conftest.py). Four workers on two cores: the three groups wait for the demo
# snapshot at first, while the fourth runs the tests that need none.
# pytest-fast, pytest-browser and pytest-stack run one part alone.
TEST_ALL_WORKERS ?= 4
pytest: $(VENV)/.dev-installed node_modules/.installed varnish-installed
	$(BIN)/pytest -n $(TEST_ALL_WORKERS) --dist loadgroup --durations=15 $(PYTEST_ARGS) $(NO_TESTS_IS_OK)

pytest-fast: $(VENV)/.dev-installed node_modules/.installed
	$(BIN)/pytest -m "not browser and not stack" -n $(TEST_WORKERS) --durations=10 $(PYTEST_ARGS) $(NO_TESTS_IS_OK)

pytest-browser: $(VENV)/.dev-installed node_modules/.installed
	$(BIN)/pytest -m "browser and not stack" --durations=10 $(PYTEST_ARGS) $(NO_TESTS_IS_OK)

pytest-stack: $(VENV)/.dev-installed node_modules/.installed varnish-installed
	$(BIN)/pytest -m stack --durations=10 $(PYTEST_ARGS) $(NO_TESTS_IS_OK)

# The virtualenv is made once; dependencies are installed again only when a
# requirements file changes (the stamp files record the last install).
$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.runtime-installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

# The Nu Html Checker (vnu.jar) that the tests validate pages with.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## make fuzz: the pledge endpoint's fuzz test, longer: 20,000 hostile submissions (make test sends 2,000).
# TBC_FUZZ_SUBMISSIONS sets how many, TBC_FUZZ_SEED another seed (a failure prints its seed and
# the submissions that failed); the four parts run on TEST_WORKERS xdist workers.
fuzz: $(VENV)/.dev-installed
	TBC_FUZZ_SUBMISSIONS=$${TBC_FUZZ_SUBMISSIONS:-20000} $(BIN)/pytest tests/partners/test_fuzz_pledge.py -n $(TEST_WORKERS) --durations=4 $(PYTEST_ARGS)

## make requirements: re-pin requirements*.txt from requirements*.in.
requirements: $(VENV)/.dev-installed
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

## make messages: refresh the .po files after changing translatable strings, then compile them.
# Each app keeps its own catalogue in <app>/locale/.
APPS := turnbackcrime $(filter campaigns stories partners galleries social events national translations home,$(patsubst %/,%,$(wildcard */)))
messages: $(VENV)/.runtime-installed
	for app in $(APPS); do \
		mkdir -p $$app/locale && (cd $$app && ../$(PY) ../manage.py makemessages --locale fr --locale es --locale ar --no-obsolete --ignore 'static/*') || exit 1; \
		(cd $$app && ../$(PY) ../manage.py compilemessages) || exit 1; \
	done

## make world-map: rebuild the pledge map's country shapes (partners/data/world_map.json) from npm world-atlas.
world-map: node_modules/.installed $(VENV)/.runtime-installed
	$(PY) scripts/build_world_map.py

## make fonts: copy the self-hosted font files from the @fontsource npm packages into static (committed).
fonts: node_modules/.installed
	scripts/copy-fonts.sh

## make icons: draw favicon.ico, the touch icon and the manifest icons from the logo mark (committed).
icons: $(VENV)/.runtime-installed
	DJANGO_SETTINGS_MODULE=turnbackcrime.settings.dev $(PY) scripts/make-icons.py

clean:
	rm -rf $(VENV) node_modules var

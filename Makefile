# Newsdesk: the team's vocabulary. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PYTHONDONTWRITEBYTECODE := 1

.DEFAULT_GOAL := help
.PHONY: help install serve test test-sqlite test-postgres fuzz lint format clean bench bench-import bench-export loadtest messages

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Newsdesk needs Python 3.11 or newer." if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)  ## create .venv and install Newsdesk with its tools (quick when done)

serve: install  ## migrate, load the demo into an empty site, print the admin login, serve :8000
	$(BIN)/newsdesk migrate --noinput
	$(BIN)/newsdesk collectstatic --noinput --verbosity 0
	$(BIN)/newsdesk demo --if-empty
	$(BIN)/newsdesk ensure_admin
	$(BIN)/newsdesk serve

lint: install  ## ruff, Django's system checks, and missing migrations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=tests.settings PYTHONPATH=. $(BIN)/newsdesk check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=tests.settings PYTHONPATH=. $(BIN)/newsdesk makemigrations --check --dry-run

test: lint test-sqlite test-postgres  ## the whole suite: lint, then the tests on SQLite and PostgreSQL

test-sqlite: install  ## the tests on SQLite
	$(BIN)/pytest

test-postgres: install  ## the tests on PostgreSQL (NEWSDESK_TEST_POSTGRES_URL)
	@if [ -n "$$NEWSDESK_TEST_POSTGRES_URL" ]; then \
		echo "Running the suite on PostgreSQL ($$NEWSDESK_TEST_POSTGRES_URL)"; \
		NEWSDESK_TEST_DATABASE_URL="$$NEWSDESK_TEST_POSTGRES_URL" $(BIN)/pytest; \
	elif [ "$$NEWSDESK_REQUIRE_ALL" = "1" ]; then \
		echo "NEWSDESK_REQUIRE_ALL=1 but NEWSDESK_TEST_POSTGRES_URL is not set: the PostgreSQL run cannot be skipped."; \
		exit 1; \
	else \
		echo "Skipping the PostgreSQL run: set NEWSDESK_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run it."; \
	fi

fuzz: install  ## only the fuzz tests, 4,000 examples a property instead of 100 (about 3 minutes)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -m fuzz

bench: install  ## 100,000 articles under gunicorn vs a hello-world baseline (DATABASE_URL=postgres://… for PostgreSQL)
	$(BIN)/python bench/run.py

bench-import: install  ## import a generated 10,000-post WordPress export; posts/s and peak memory
	$(BIN)/python bench/import_bench.py

bench-export: install  ## export 10,000 generated articles as a static site; pages/s, size, incremental run
	$(BIN)/python bench/export_bench.py

loadtest: install  ## 32 connections for 60 s over a mix of pages on the bench database (127.0.0.1 only)
	$(BIN)/python bench/loadtest.py

messages: install  ## extract interface strings into locale/*/django.po and compile the .mo files (needs GNU gettext)
	cd src/newsdesk && DJANGO_SETTINGS_MODULE=tests.settings PYTHONPATH=$(CURDIR) $(CURDIR)/$(BIN)/newsdesk makemessages --all --no-obsolete --add-location file
	cd src/newsdesk && DJANGO_SETTINGS_MODULE=tests.settings PYTHONPATH=$(CURDIR) $(CURDIR)/$(BIN)/newsdesk compilemessages

format: install  ## rewrite the code in the house style
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:  ## remove the virtual environment and test leftovers (keeps var/, your data)
	rm -rf $(VENV) test-artifacts .pytest_cache

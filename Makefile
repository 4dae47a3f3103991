# Switchboard: `make run` serves the app on http://127.0.0.1:5000, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENDOR := static/vendor/socket.io.esm.min.js

.PHONY: run run-cluster test lint test-fast clean deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(VENDOR): node_modules/.package-lock.json
	mkdir -p static/vendor
	cp node_modules/socket.io-client/dist/socket.io.esm.min.js $(VENDOR)

deps: $(VENV)/.dev $(VENDOR)

run: $(VENV)/.runtime $(VENDOR)
	$(BIN)/flask --app wsgi db upgrade
	$(BIN)/flask --app wsgi demo seed-if-empty
	$(BIN)/python wsgi.py

# Two Redis-backed eventlet processes behind nginx on http://127.0.0.1:5000 (see README).
run-cluster: $(VENV)/.runtime $(VENDOR)
	$(BIN)/flask --app wsgi db upgrade
	$(BIN)/flask --app wsgi demo seed-if-empty
	deploy/run-cluster.sh $(or $(PROCESSES),2)

lint: $(VENV)/.dev
	$(BIN)/ruff check server tests bench wsgi.py

# The whole suite on SQLite; then, when TEST_DATABASE_URL points to PostgreSQL (as in CI), every
# database-backed test again on PostgreSQL.
test: $(VENV)/.dev $(VENDOR) lint
	$(BIN)/python -m pytest -q
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
	  echo "== again on PostgreSQL: $$TEST_DATABASE_URL"; \
	  SWITCHBOARD_TEST_DB="$$TEST_DATABASE_URL" $(BIN)/python -m pytest -q -m "not browser" \
	    --ignore=tests/sanitizer; \
	fi

test-fast: $(VENV)/.dev $(VENDOR)
	$(BIN)/python -m pytest -q -x -m "not browser and not slow"

clean:
	rm -rf $(VENV) node_modules static/vendor .pytest_cache .ruff_cache

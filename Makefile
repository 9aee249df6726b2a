# Two commands do all the set-up: `make site` builds the site from seeds/, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SYSTEM_STAMP := $(VENV)/.system-packages

.PHONY: install site serve test lint clean bench-stories

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("briefgen needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

site: install
	$(BIN)/briefgen build

serve: install
	$(BIN)/mkdocs serve

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check briefgen tests
	$(BIN)/mypy briefgen

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache

# Story grouping against the Giveme5W1H event clusters (needs ../shared/eval); writes benchmarks/results/
bench-stories: install
	$(BIN)/python benchmarks/stories_f1.py

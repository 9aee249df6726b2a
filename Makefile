# Two commands do all the set-up: `make site` builds the site from seeds/, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
# Debian packages the browser tests need; installed when missing and run as root.
TEST_DEBS := chromium

.PHONY: install system-test-deps site site-offline serve test lint bench-site clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("briefgen needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Installs the missing Debian packages when run as root; otherwise says what to install.
system-test-deps:
	@missing=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing Debian packages:$$missing (install them as root)"; exit 1; fi; \
	fi

site: install
	$(BIN)/briefgen build

# a site that works opened from disk (file://), search included
site-offline: install
	$(BIN)/briefgen build -f mkdocs.offline.yml

serve: install
	$(BIN)/mkdocs serve

test: install system-test-deps
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check briefgen tests
	$(BIN)/mypy briefgen

# the 90 Wikinews articles of ../shared/eval built as one site (a few minutes)
bench-site: install
	$(BIN)/python benchmarks/site_corpus.py

clean:
	rm -rf site site-offline .pytest_cache .mypy_cache .ruff_cache

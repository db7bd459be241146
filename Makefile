# Two commands matter: `make demo` and `make test`. Everything else builds on them.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test

.PHONY: demo test bench fuzz check lint clean venv screenshots

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/tracker demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/run.py

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -p no:cacheprovider tests/test_fuzz.py

# the README's TUI pictures, rendered again from the frozen demo data (look at them, then commit)
screenshots: $(STAMP)
	TRACKER_UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/views/test_readme_screenshots.py

check: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,dev]'
	$(BIN)/ruff check tracker views tests
	$(BIN)/mypy tracker views
	$(MAKE) test

clean:
	rm -rf $(VENV) build *.egg-info

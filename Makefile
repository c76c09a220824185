# The two commands of README: `make demo` and `make test`. Everything the project
# needs is installed from here, so a fresh clone on a new machine works.
# The interpreter: the distribution's python3.11 where there is one, else the first python3.11 on the PATH.
# Debian's is one static executable; a plain source build such as pyenv's default links libpython as a shared
# library (position-independent, every call between its functions through the PLT), and the coder runs about
# 10 % slower on it (ten interleaved pairs of `eventwire extract` over the real-text mix on one core: 16.7 s
# against 15.1 s on average, the same events).
PYTHON ?= $(or $(wildcard /usr/bin/python3.11),python3.11)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test
GAZ    := $(VENV)/.gazetteer
VENDOR := src/eventwire/api/static/vendor
DB     ?= eventwire.duckdb

.PHONY: demo test install install-test gazetteer browser postgres frontend bench figures fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3.11 -m venv --clear $(VENV) || python3 -m venv --clear $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TESTSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# The offline gazetteer index, built from data that PyPI packages ship (rebuilt when its file
# format, written by gazetteer.py and packed.py, changes).
$(GAZ): $(STAMP) src/eventwire/geo/gazetteer.py src/eventwire/geo/packed.py
	$(BIN)/eventwire gazetteer build
	$(BIN)/python -c "import eventwire.extraction"   # writes the rules' gate analysis beside it (gated.py)
	$(BIN)/python -c "from eventwire.extraction.word_frequency import rarer_than; rarer_than('x', 4)"  # and the common words
	touch $@

install: $(STAMP) $(GAZ) $(VENDOR)/.built
install-test: $(TESTSTAMP) $(GAZ) $(VENDOR)/.built browser postgres
gazetteer: $(GAZ)

# The map page's libraries and basemap, from npm at build time (none are committed).
$(VENDOR)/.built: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)/images
	cp frontend/node_modules/leaflet/dist/leaflet.js frontend/node_modules/leaflet/dist/leaflet.css $(VENDOR)/
	cp frontend/node_modules/leaflet/dist/images/*.png $(VENDOR)/images/
	cp frontend/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js $(VENDOR)/
	cp frontend/node_modules/leaflet.markercluster/dist/MarkerCluster.css frontend/node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css $(VENDOR)/
	cp frontend/node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/
	cp frontend/node_modules/world-atlas/countries-50m.json $(VENDOR)/
	cp frontend/node_modules/swagger-ui-dist/swagger-ui-bundle.js frontend/node_modules/swagger-ui-dist/swagger-ui.css $(VENDOR)/
	touch $@
frontend: $(VENDOR)/.built

# Headless Chromium for the web-page tests (Debian's package; root on CI).
browser:
	@command -v chromium >/dev/null 2>&1 || ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null )

# A PostgreSQL server for the store tests, which start their own in a temporary directory
# (Debian's package; root on CI). The tests find the binaries under /usr/lib/postgresql/*/bin.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null )

demo: install
	rm -f $(DB) $(DB).wal
	$(BIN)/eventwire ingest src/eventwire/samples/batch.jsonl --db $(DB)
	$(BIN)/eventwire show --db $(DB)

test: install-test
	$(BIN)/python -m pytest

# byte-compiled first, as an installed wheel is: where PYTHONDONTWRITEBYTECODE is set, every CLI start would
# compile the package's sources again (about 0.08 CPU-s of each `eventwire extract` measured)
bench: install
	$(BIN)/python -m compileall -q src/eventwire
	$(BIN)/python bench/run_all.py

figures: install
	$(BIN)/python bench/figures.py

# 100,000 generated inputs (mutated ../shared/eval sentences when present, random text, extreme
# dates): fails on any exception but eventwire's InputError, or any input over 2 s.
fuzz: install-test
	$(BIN)/python bench/fuzz.py --count 100000 --workers 2

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB).wal

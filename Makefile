# Two commands on a fresh machine: `make demo` and `make test`.
PY      ?= python3.11
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
STORE   ?= $(if $(KG_STORE),$(KG_STORE),.kg/store)

.PHONY: demo test test-fast install clean browser-deps vendor-js

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[serve,viz,dask,remote,dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds --store $(STORE)
	$(BIN)/kg query who-asserted-withdrawals --store $(STORE)

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest -q -n 2

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

# Debian's chromium for the browser tests (Playwright drives it; it never
# downloads a browser). apt only runs when chromium is missing.
browser-deps:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; }

# Refresh the vendored YASGUI, Cytoscape, d3-geo/topojson builds and the world outline from npm (versions pinned
# in package.json); the built files are committed, so tests need no npm.
vendor-js:
	npm ci --ignore-scripts --no-audit --no-fund
	cp node_modules/@zazuko/yasgui/build/yasgui.min.js node_modules/@zazuko/yasgui/build/yasgui.min.css kg/serve/static/vendor/yasgui/
	cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE kg/serve/static/vendor/cytoscape/
	cp node_modules/d3-array/dist/d3-array.min.js node_modules/d3-geo/dist/d3-geo.min.js \
	   node_modules/topojson-client/dist/topojson-client.min.js kg/serve/static/vendor/d3/
	for p in d3-array d3-geo topojson-client; do cp node_modules/$$p/LICENSE kg/serve/static/vendor/d3/LICENSE.$$p; done
	cp node_modules/world-atlas/countries-50m.json node_modules/world-atlas/LICENSE kg/serve/static/vendor/world-atlas/

clean:
	rm -rf .kg $(VENV)

# The two commands a fresh machine needs: `make run` and `make test` (see README.md).
# `make package` builds the desktop bundle dist/Backpack/ (packaging/README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PACKAGE_STAMP := $(VENV)/.package-stamp
# Translations: .ts sources in git, compiled .qm catalogues built here (git ignores them).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))
# JSON-LD contexts processed once here, loaded by each process (credentials/context_cache.py).
CONTEXTS := resources/contexts/processed.pickle

.PHONY: run test lint bench clean package install-desktop uninstall-desktop i18n viewer viewer-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# After marking new strings in ui/: add them to the catalogue, then translate them there.
# No source locations: they would change with every edit and make every merge conflict.
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find backpack_app/ui -name '*.py' | sort) -locations none \
		-no-obsolete -ts resources/i18n/backpack_es.ts

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(CONTEXTS): resources/contexts/*.json backpack_app/credentials/context_cache.py \
		backpack_app/credentials/jsonld_memo.py $(STAMP)
	$(BIN)/python -m backpack_app.credentials.context_cache

# The share page's viewer (viewer/, npm + esbuild): built into resources/viewer/viewer.js, which is
# committed, so `make run` and `make test` need no npm. CI rebuilds it and fails if it differs.
viewer:
	cd viewer && npm ci --silent --no-audit --no-fund && npm run --silent build

viewer-check:
	cd viewer && npm ci --silent --no-audit --no-fund && npm test && node build.mjs --check

# Without a display `backpack` says so in a sentence and exits 2; make adds no error of its own.
run: $(STAMP) $(QM) $(CONTEXTS)
	@$(BIN)/backpack || [ $$? -eq 2 ]

lint: $(STAMP) $(QM) $(CONTEXTS)
	$(BIN)/ruff check backpack_app tests benchmarks packaging
	$(BIN)/ruff format --check --quiet backpack_app tests benchmarks packaging
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# PyInstaller only where a bundle is built: `make run` and `make test` never install it.
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

# dist/Backpack/Backpack, and the same folder as dist/Backpack-VERSION-linux-ARCH.tar.gz (the
# version as the bundle itself reports it, so it comes from the package metadata).
package: $(PACKAGE_STAMP) $(QM) $(CONTEXTS)
	rm -rf dist/Backpack dist/Backpack-*.tar.gz
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/backpack.spec
	version=$$(dist/Backpack/Backpack --version | cut -d' ' -f2) && \
		tar -C dist -czf "dist/Backpack-$$version-linux-$$(uname -m).tar.gz" Backpack
	@du -sh dist/Backpack dist/Backpack-*.tar.gz

dist/Backpack/Backpack:
	$(MAKE) package

# For the current user: the bundle, its menu entry, icons and the *.backpack file type.
install-desktop: dist/Backpack/Backpack
	packaging/linux/install-desktop.sh dist/Backpack

uninstall-desktop:
	packaging/linux/install-desktop.sh --uninstall

bench: $(STAMP) $(QM) $(CONTEXTS)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

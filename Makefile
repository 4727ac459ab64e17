# The two commands a fresh machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle
DIST := packaging/dist

.PHONY: run test lint format screenshots bench clean bundle test-bundle install-desktop-entry uninstall-desktop-entry

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	sh scripts/install-system-deps.sh window
	$(BIN)/python main.py $(ARGS)

test: $(STAMP_TEST)
	sh scripts/install-system-deps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

$(STAMP_BUNDLE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,bundle]"
	touch $@ $(STAMP_TEST) $(STAMP_RUN)

# The Linux one-folder app (packaging/dist/refleks/) and the .deb made from it (~2-4 min).
bundle: $(STAMP_BUNDLE)
	sh scripts/install-system-deps.sh bundle
	rm -rf $(DIST)/refleks $(DIST)/refleks_*.deb
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath $(DIST) \
		--workpath build/pyinstaller packaging/refleks.spec
	$(BIN)/python packaging/linux/build_deb.py $(DIST)/refleks $(DIST)

# The bundle's own tests: the built app in a clean environment, the .deb installed and removed.
test-bundle: bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle tests/packaging $(PYTEST_ARGS)

# Refleks from this checkout in your applications menu (~/.local/share), and out again.
install-desktop-entry: $(STAMP_RUN)
	$(BIN)/python main.py --install-desktop-entry

uninstall-desktop-entry: $(STAMP_RUN)
	$(BIN)/python main.py --uninstall-desktop-entry

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP_TEST)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build $(DIST)

# Encadena: the two commands that matter are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint lint-fix bench bundle translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled Qt translations (.qm) from the committed .ts sources.
translations: $(STAMP)
	$(PY) -m gui.i18n build

# On Linux, first say which system libraries Qt's window needs (and the one line that installs
# them) instead of failing after the install; again after it, from the real plugin's ldd.
run:
	@$(PYTHON) gui/system_libraries.py
	@$(MAKE) --no-print-directory translations
	@$(PYTHON) gui/system_libraries.py $(PY)
	$(VENV)/bin/encadena --demo

# Linters and contracts first (seconds), the test suite last.
test: translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# ruff (pyflakes, import order, bugbear), import-linter's contracts, actionlint on .github/.
lint: $(STAMP)
	$(VENV)/bin/ruff check --no-cache .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/actionlint

# Sort imports and apply ruff's safe fixes (then read the diff).
lint-fix: $(STAMP)
	$(VENV)/bin/ruff check --no-cache --fix .

bench: $(STAMP)
	$(PY) bench/run_all.py

bundle: translations
	$(PY) -m pip install --quiet -e '.[bundle]'
	installer/linux/build.sh $(PY)
	rm -rf build/smoke-data
	ENCADENA_DATA_DIR=build/smoke-data QT_QPA_PLATFORM=offscreen timeout 600 dist/encadena/encadena --smoke

clean:
	rm -rf $(VENV) build dist *.egg-info

# Two entry points (see README): `make app` and `make test`. Both install what is missing, then run.
# Idempotent: a stamp file records the installed requirements, so a second run starts at once.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE ?= samples/second_opinion_denial.pdf
PORT ?= 8501

.PHONY: browser app test test-quick lint system setup model bench devset clean

system:  ## Debian packages: tesseract with English and Spanish data (root, no prompts)
	@if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx spa; then \
		echo "installing tesseract-ocr (Debian)"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa >/dev/null; \
	fi

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	@touch $(STAMP)

setup: system $(STAMP)

browser:  ## Debian chromium for the real-browser test (Playwright drives it; never `playwright install`)
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing chromium (Debian)"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	fi

app: setup  ## start the Streamlit page on a bundled sample letter (http://127.0.0.1:$(PORT))
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false -- --sample $(SAMPLE)

test: setup browser lint  ## the whole suite, slow tests included (what CI runs)
	$(BIN)/python -m pytest -q

test-quick: setup  ## the quick run: everything but tests marked slow
	$(BIN)/python -m pytest -q -m "not slow"

lint: setup
	$(BIN)/ruff check analyzer tests app.py

model: setup  ## rebuild models/ from the sample generator (about 10 minutes)
	$(BIN)/python -m analyzer.train

bench: setup  ## speed and memory figures as JSON (see README)
	$(BIN)/python -m analyzer.bench --out bench.json

devset: setup  ## measure on the independently written development letters in ../shared/devset
	rm -rf out/devset && $(BIN)/python -m analyzer analyze ../shared/devset/pdf/*.pdf ../shared/devset/pdf/*.jpg --format json --out out/devset -q || true
	$(BIN)/python ../shared/devset/score.py ../shared/devset/letters out/devset --kind text -v
	$(BIN)/python ../shared/devset/score.py ../shared/devset/letters out/devset --kind scan
	$(BIN)/python ../shared/devset/score.py ../shared/devset/letters out/devset --kind photo

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache

# vocstudy — the two commands are `make report` and `make test`; each sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: report test lab bench bench-large lint clean analyse

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

## report: execute every notebook in order (in place), write figures/ and an HTML report
report: $(STAMP)
	$(BIN)/python scripts/run_notebooks.py --html build/report

## analyse: run notebooks 01-05 on your own articles: make analyse CORPUS=articles.xlsx [OUT=dir]
OUT ?= build/analysis
analyse: $(STAMP)
	@test -n "$(CORPUS)" || { echo "usage: make analyse CORPUS=path/to/articles(.csv|.xlsx|.jsonl|.parquet|folder) [OUT=dir]" >&2; exit 2; }
	$(BIN)/vocstudy report "$(CORPUS)" --out "$(OUT)"

## test: unit tests, nbval over every notebook, figure byte-stability, browser test
test: $(STAMP)
	$(BIN)/python -m pytest tests notebooks

## lab: open JupyterLab on notebooks/
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks --allow-root

## bench: speed and memory against bare jieba
bench: $(STAMP)
	$(BIN)/python bench/run.py

## bench-large: vs.analyze at 10,000 and 100,000 articles (about an hour; not in CI)
bench-large: $(STAMP)
	$(BIN)/python bench/run.py --large

lint: $(STAMP)
	$(BIN)/ruff check vocstudy tests scripts bench
	$(BIN)/ruff format --check vocstudy tests scripts bench

clean:
	rm -rf build .cache

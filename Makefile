# Two entry points for a fresh machine (see README): `make demo` and `make test`.
# Each installs what it needs; both are idempotent and fast when everything is already there.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := examples/000_606d4c18b25b7e8e.txt

.PHONY: install demo test studio-env browser bench sample-release split-digest

$(BIN)/builder: pyproject.toml hatch_build.py $(wildcard builder/language/*.pyx builder/language/*.pxd)
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "claims-ch builder needs Python 3.11 or newer")'
	bash scripts/install_compiler.sh $(PYTHON)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/builder

## the main job on the bundled sample article, then its claims
demo: install
	$(BIN)/builder split $(SAMPLE) -o out/sample --format jsonl
	$(BIN)/builder show out/sample

## Label Studio in its own environment (it pins pyarrow<25 and label-studio-sdk==2.1.2)
studio-env:
	bash scripts/install_studio.sh

## Debian's Chromium for the annotator browser test
browser:
	bash scripts/install_browser.sh

## the whole test suite; pytest's exit 5 (no tests collected) counts as a failure
test: install studio-env browser
	$(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; exit $$status

bench: install studio-env
	$(BIN)/python bench/bench_split.py
	$(BIN)/python bench/bench_timex.py
	$(BIN)/python bench/bench_push.py
	$(BIN)/python bench/bench_llm.py

## the committed sample release releases/claims-ch, from the bundled sample (CI re-makes and diffs it)
sample-release: install
	bash scripts/check_sample_release.sh --update

## the committed sha256 of the claims of a fixed corpus (tests/test_split_digest.py), after an intended rule change
split-digest: install
	$(BIN)/python tests/fixtures/split_digest.py --update

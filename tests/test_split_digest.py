"""Claims of a fixed corpus stay byte for byte what they were: the sha256 of the claims that `builder split`
makes of the development gold inputs and the first 40 articles of two ../shared corpus files equals the
digest committed in tests/data/split/digest.json (tests/fixtures/split_digest.py says what is hashed).

A change for speed must leave it green. A rule change that is meant to change claims fails here on purpose;
update the digests with one command and commit tests/data/split/digest.json with the change:

    .venv/bin/python tests/fixtures/split_digest.py --update       # or: make split-digest
"""

from __future__ import annotations

import pytest

from fixtures.split_digest import UPDATE_COMMAND, committed_digests, current_digests, missing_inputs


def test_claims_of_the_fixed_corpus_match_the_committed_digest() -> None:
    if missing_inputs():
        pytest.fail(f"not found: {', '.join(missing_inputs())}: CI lays ../shared beside the clone")
    committed, current = committed_digests(), current_digests()
    changed = {name: (committed.get(name), made) for name, made in current.items() if committed.get(name) != made}
    assert not changed and current.keys() == committed.keys(), (
        f"the claims changed (committed, now): {changed}; if the change is intended run {UPDATE_COMMAND}")

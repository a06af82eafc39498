"""The record contracts: every schema compiles, names its version, and refuses what it should."""

from __future__ import annotations

import json

import jsonschema
import pyarrow as pa
import pytest

from builder.records.arrow import arrow_schema
from builder.records.files import read_records, write_records
from builder.records.schemas import SCHEMA_NAMES, is_valid, load_schema, schema_version, violations

CLAIM = {"claim_id": "0123456789abcdef", "article_id": "a", "sentence_index": 0, "text": "Bern baut.",
         "spans": [{"start": 0, "end": 9}], "sentence": "Bern baut.", "attribution": None, "time": [],
         "entities": [], "checkworthy": 0.5, "splitter": {"name": "rules", "version": "0.1.0"}}


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_is_2020_12_with_id_and_version(name: str) -> None:
    schema = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["$id"].endswith("/" + schema_version(name))


@pytest.mark.parametrize("change, pointer", [
    ({"claim_id": "not-hex"}, "/claim_id"),
    ({"spans": []}, "/spans"),
    ({"spans": [{"start": -1, "end": 3}]}, "/spans/0/start"),
    ({"attribution": {"speaker": "", "cue": None, "quote": "direct"}}, "/attribution"),
    ({"time": [{"text": "heute", "start": 0, "end": 5, "value": "2024-01-01"}]}, "/time/0"),
    ({"checkworthy": 1.5}, "/checkworthy"),
    ({"extra": 1}, ""),
])
def test_invalid_claims_are_refused_with_a_pointer(change: dict, pointer: str) -> None:
    record = {**CLAIM, **change}
    assert not is_valid("claim", record)
    found = violations("claim", record)
    assert found and any(v.pointer == pointer for v in found), found


def test_valid_claim_passes_both_validators() -> None:
    assert is_valid("claim", CLAIM) and violations("claim", CLAIM) == []


def test_verified_schema_refers_to_the_claim_schema() -> None:
    record = {"claim": {**CLAIM, "text": ""}, "fidelity": "faithful", "verdict": None, "evidence": [],
              "corrected_text": None, "annotation_count": 1, "agreement": {"fidelity": 1.0, "verdict": None},
              "needs_review": False}
    assert [v.pointer for v in violations("verified", record)] == ["/claim/text"]


def test_arrow_schema_follows_the_json_schema_and_round_trips(tmp_path) -> None:
    schema = arrow_schema("claim")
    assert schema.names == list(load_schema("claim")["properties"])
    assert schema.field("spans").type == pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64())]))
    path = write_records(tmp_path, "claims", "claim", [CLAIM], "parquet")
    assert [r for _, r in read_records(path)] == [CLAIM]
    path = write_records(tmp_path, "claims", "claim", [CLAIM], "jsonl")
    assert json.loads(path.read_text()) == CLAIM

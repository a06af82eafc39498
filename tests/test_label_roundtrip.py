"""Round trip on the real server: split the sample article, push, annotate through the SDK as three
annotators with known answers, pull, and compare records, adjudication and agreement with hand figures."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from label_studio_sdk import LabelStudio

from builder.errors import BuilderError
from builder.label.connection import connect
from builder.label.project import claim_tasks, find_project, ledger_description
from builder.label.pull import pull
from builder.label.push import push
from builder.records.files import read_records
from builder.validate.files import validate_files

pytestmark = pytest.mark.studio

F, U, NA, NSC, NAC = "faithful", "unfaithful", "not_atomic", "not_self_contained", "not_a_claim"
S, R, NEE = "supported", "refuted", "not_enough_evidence"

# claim number (order in claims.jsonl) → annotator → (fidelity, verdict, extra answers); "skip" = cancelled
# (claim 4: two verdicts without evidence, sent past the interface through the API; they must not count)
ANSWERS: dict[int, dict[str, object]] = {
    0: {"anna": (F, S, {"urls": "https://www.admin.ch/beleg https://www.srf.ch/zwei", "quote": "Belegstelle A"}),
        "bert": (F, S, {"urls": "https://www.srf.ch/b", "quote": "Belegstelle B"})},
    1: {"anna": (F, R, {"urls": "https://example.org/r1", "quote": "Begründung A"}),
        "bert": (F, S, {"urls": "https://example.org/s1", "quote": "Begründung B"}),
        "cleo": (F, R, {"urls": "https://example.org/r2", "quote": "Belegstelle C"})},
    2: {"anna": (NA, None, {}), "bert": (NA, None, {})},
    3: {"anna": (U, NEE, {"corrected": "Fassung von Anna."}), "bert": (F, NEE, {}), "cleo": (F, NEE, {})},
    4: {"anna": (F, S, {}), "bert": (F, S, {})},
    5: {"anna": (NAC, None, {}), "bert": "skip"},
    6: {"anna": (NSC, None, {"corrected": "Fassung von Anna, eigenständig."}), "bert": (F, None, {})},
}


def _result(fidelity: str | None, verdict: str | None, extra: dict[str, str]) -> list[dict]:
    def choice(name: str, value: str) -> dict:
        return {"from_name": name, "to_name": "claim", "type": "choices", "value": {"choices": [value]}}

    def text(name: str, value: str) -> dict:
        return {"from_name": name, "to_name": "claim", "type": "textarea", "value": {"text": [value]}}

    result = [choice("fidelity", fidelity)] if fidelity else []
    result += [choice("verdict", verdict)] if verdict else []
    for key, name in (("urls", "evidence_urls"), ("quote", "evidence_quote"), ("corrected", "corrected_text")):
        if key in extra:
            result.append(text(name, extra[key]))
    return result


def _pseudonym(email: str) -> str:
    return "annotator-" + hashlib.sha256(("round-trip-salt" + email).encode()).hexdigest()[:8]


@pytest.fixture()
def annotated(studio, annotators, new_annotator, split_dir: Path, sample_claims: list[dict], project_title: str,
              tmp_path: Path):
    """Push the sample's claims with overlap 2, annotate as Anna, Bert and Cleo, pull as JSONL."""
    people = {**annotators, "cleo": new_annotator("cleo")}
    summary = push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token, overlap=2)
    claims = sample_claims
    assert (summary.created, summary.imported, summary.present) == (True, len(claims), 0)
    conn = connect(studio.url, studio.token)
    tasks = claim_tasks(conn, summary.project_id)
    for number, by_person in ANSWERS.items():
        task_id = tasks[claims[number]["claim_id"]][0]
        for person, answer in by_person.items():
            client = LabelStudio(base_url=studio.url, api_key=people[person].token)
            if answer == "skip":
                client.annotations.create(task_id, result=[], was_cancelled=True)
            else:
                fidelity, verdict, extra = answer  # type: ignore[misc]
                client.annotations.create(task_id, result=_result(fidelity, verdict, extra), lead_time=7.5)
    out = tmp_path / "pulled"
    pulled = pull(project_title, out, url=studio.url, api_key=studio.token, fmt="jsonl", salt="round-trip-salt")
    return pulled, out, claims, people


def test_round_trip_records_adjudication_and_agreement(annotated) -> None:
    summary, out, claims, people = annotated
    annotations = [r for _, r in read_records(out / "annotations.jsonl")]
    verified = [r for _, r in read_records(out / "verified.jsonl")]
    assert list(validate_files([out / "annotations.jsonl", out / "verified.jsonl"])) == []

    # 16 answers were given, one of them a skip: 15 annotation records, none for the skip
    assert (summary.tasks, summary.annotated, summary.annotations, summary.cancelled) == (len(claims), 7, 15, 1)
    assert len(annotations) == 15 and len(verified) == len(claims)
    assert [v["claim"] for v in verified] == claims  # every claim once, in file order, record untouched

    # pseudonyms: stable hash of salt + e-mail, the e-mails themselves appear nowhere in the output
    names = {person: _pseudonym(a.email) for person, a in people.items()}
    assert {a["annotator"] for a in annotations} == set(names.values())
    written = (out / "annotations.jsonl").read_text() + (out / "verified.jsonl").read_text()
    assert not any(a.email in written for a in people.values())

    first = next(a for a in annotations if a["claim_id"] == claims[0]["claim_id"] and a["annotator"] == names["anna"])
    assert first["evidence"] == {"urls": ["https://www.admin.ch/beleg", "https://www.srf.ch/zwei"],
                                 "quote": "Belegstelle A"}
    assert (first["fidelity"], first["verdict"], first["corrected_text"], first["lead_time"]) == (F, S, None, 7.5)

    by_claim = {v["claim"]["claim_id"]: v for v in verified}
    v = [by_claim[c["claim_id"]] for c in claims]
    expected = [  # fidelity, verdict, count, agreement, needs_review
        (F, S, 2, {"fidelity": 1.0, "verdict": 1.0}, False),
        (F, R, 3, {"fidelity": 1.0, "verdict": pytest.approx(2 / 3)}, False),
        (NA, None, 2, {"fidelity": 1.0, "verdict": None}, False),
        (F, NEE, 3, {"fidelity": pytest.approx(2 / 3), "verdict": 1.0}, False),  # Anna's verdict: she said U
        (F, None, 2, {"fidelity": 1.0, "verdict": None}, True),  # verdicts without evidence do not count
        (NAC, None, 1, {"fidelity": 1.0, "verdict": None}, False),
        (None, None, 2, {"fidelity": 0.5, "verdict": None}, True),
    ]
    for record, (fidelity, verdict, count, agreement, review) in zip(v, expected):
        assert (record["fidelity"], record["verdict"], record["annotation_count"], record["agreement"],
                record["needs_review"], record["label_source"]) == (fidelity, verdict, count, agreement, review,
                                                                    "annotators")
    assert all(r["annotation_count"] == 0 and not r["needs_review"] and r["fidelity"] is None for r in v[7:])
    assert summary.needs_review == 2
    assert len(summary.uncounted) == 3 and any("without an evidence URL" in line for line in summary.lines())
    # evidence: only what backs the winning verdict (Anna's and Cleo's "refuted", not Bert's "supported")
    assert v[0]["evidence"] == [first["evidence"], {"urls": ["https://www.srf.ch/b"], "quote": "Belegstelle B"}]
    assert v[1]["evidence"] == [{"urls": ["https://example.org/r1"], "quote": "Begründung A"},
                                {"urls": ["https://example.org/r2"], "quote": "Belegstelle C"}]
    # corrections: Anna's "unfaithful" fix of claim 3 was outvoted; claim 6 has no majority, so it is kept
    assert v[3]["corrected_text"] is None
    assert v[6]["corrected_text"] == "Fassung von Anna, eigenständig."

    # agreement per question (see the hand computation in the docstring of `test_hand_figures`)
    agreement = {q.question: q for q in summary.agreement}
    assert (agreement["fidelity"].units, agreement["fidelity"].alpha, agreement["fidelity"].percent) == (
        6, pytest.approx(38 / 90), pytest.approx(14 / 20))
    assert (agreement["verdict"].units, agreement["verdict"].alpha, agreement["verdict"].percent) == (
        3, pytest.approx(20 / 32), pytest.approx(6 / 10))
    low, high = agreement["verdict"].interval
    assert low <= 20 / 32 <= high
    stats = {s.annotator: s for s in summary.annotators}
    assert {p: stats[n].annotations for p, n in names.items()} == {"anna": 7, "bert": 6, "cleo": 2}
    assert stats[names["anna"]].with_others == {"fidelity": pytest.approx(5 / 8), "verdict": pytest.approx(2 / 3)}
    assert stats[names["bert"]].with_others == {"fidelity": 0.75, "verdict": 0.5}
    assert stats[names["cleo"]].with_others == {"fidelity": 0.75, "verdict": pytest.approx(2 / 3)}
    assert summary.deleted == [] and summary.duplicated == [] and summary.problems == []


def test_hand_figures() -> None:
    """The figures above, by hand (Krippendorff's coincidence matrix; pairs in 3-answer units weigh 1/2).

    fidelity units: [F,F] [F,F,F] [NA,NA] [U,F,F] [F,F] [NSC,F]  (claim 5 has one answer: no unit)
      o_FF = 2 + 3 + 1 + 2 = 8, o_NA,NA = 2, o_UF = o_FU = 1, o_NSC,F = o_F,NSC = 1
      n_F = 10, n_NA = 2, n_U = 1, n_NSC = 1, n = 14; disagreeing coincidences 4
      alpha = 1 - (n-1) * 4 / (n^2 - 100 - 4 - 1 - 1) = 1 - 13 * 4 / 90 = 38/90
      percent: agreeing ordered pairs 2 + 6 + 2 + 2 + 2 + 0 = 14 of 2 + 6 + 2 + 6 + 2 + 2 = 20
    verdict units (counted verdicts only: Anna judged claim 3 unfaithful, claim 4 has no evidence):
      [S,S] [R,S,R] [NEE,NEE]
      o_SS = 2, o_RR = 1, o_RS = o_SR = 1, o_NEE,NEE = 2; n_S = 3, n_R = 2, n_NEE = 2, n = 7
      alpha = 1 - 6 * 2 / (49 - 9 - 4 - 4) = 1 - 12/32 = 20/32; percent 2 + 2 + 2 = 6 of 10
    pairwise with the others (fidelity): Anna 5 of 8 pairs (claims 3 and 6 disagree), Bert 6 of 8, Cleo 3 of 4;
      verdict: Anna 2 of 3, Bert 2 of 4, Cleo 2 of 3.
    """
    from builder.label.agreement import alpha_nominal, percent_agreement

    fidelity = [[F, F], [F, F, F], [NA, NA], [U, F, F], [F, F], [NSC, F], [NAC]]
    verdict = [[S, S], [R, S, R], [NEE, NEE]]
    assert alpha_nominal(fidelity) == pytest.approx(38 / 90)
    assert percent_agreement(fidelity) == pytest.approx(14 / 20)
    assert alpha_nominal(verdict) == pytest.approx(20 / 32)
    assert percent_agreement(verdict) == pytest.approx(6 / 10)


def _push_and_delete_one(studio, split_dir: Path, project_title: str, which: int) -> tuple:
    """Push the sample's claims, then delete the task of the `which`-th claim id, as a user of Label Studio can."""
    push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token)
    conn = connect(studio.url, studio.token)
    project = find_project(conn, project_title)
    tasks = claim_tasks(conn, project.id)
    gone = sorted(tasks)[which]
    conn.client.tasks.delete(str(tasks[gone][0]))
    return conn, project, tasks, gone


def test_pull_reports_a_task_deleted_in_label_studio(studio, split_dir: Path, sample_claims: list[dict],
                                                     project_title: str, tmp_path: Path) -> None:
    *_, gone = _push_and_delete_one(studio, split_dir, project_title, 3)
    summary = pull(project_title, tmp_path, url=studio.url, api_key=studio.token, fmt="jsonl")
    assert summary.deleted == [gone]
    assert summary.tasks == len(sample_claims) - 1
    assert any(line.startswith("warning: 1 pushed claim(s) have no task") and gone in line
               for line in summary.lines())
    verified_ids = {json.loads(line)["claim"]["claim_id"] for line in (tmp_path / "verified.jsonl").open()}
    assert verified_ids == {claim["claim_id"] for claim in sample_claims} - {gone}
    # pushing again brings the claim back, and the ledger no longer misses it
    again = push(split_dir / "claims.jsonl", project_title, url=studio.url, api_key=studio.token)
    assert (again.imported, again.present, again.tasks) == (1, len(sample_claims) - 1, len(sample_claims))
    assert pull(project_title, tmp_path, url=studio.url, api_key=studio.token, fmt="jsonl").deleted == []


def test_pull_without_the_ledger_refuses_unless_given_the_pushed_claims(studio, split_dir: Path,
                                                                        sample_claims: list[dict],
                                                                        project_title: str, tmp_path: Path) -> None:
    """A task deleted after the ledger was edited away would vanish unreported: pull refuses instead."""
    conn, project, tasks, gone = _push_and_delete_one(studio, split_dir, project_title, 0)
    kept = sorted(tasks)[1:]
    for description, state in (("", "has no push ledger"),
                               (ledger_description(None, kept[:-1]), "has a push ledger without 1 of its claims")):
        conn.client.projects.update(project.id, description=description)
        with pytest.raises(BuilderError, match=f"{re.escape(repr(project_title))} \\(id {project.id}\\) {state}, "
                                               "so tasks deleted there cannot be found.*--claims"):
            pull(project_title, tmp_path, url=studio.url, api_key=studio.token, fmt="jsonl")
        assert not any(tmp_path.iterdir())
    summary = pull(project_title, tmp_path, url=studio.url, api_key=studio.token, fmt="jsonl",
                   claims_file=split_dir / "claims.jsonl")
    assert summary.deleted == [gone] and summary.tasks == len(sample_claims) - 1

"""Agreement and adjudication against figures computed by hand (and one published reference value)."""

from __future__ import annotations

import pytest

from builder.label.adjudicate import decide, evidence_missing, verified_record
from builder.label.agreement import (
    alpha_interval,
    alpha_nominal,
    annotator_stats,
    percent_agreement,
    question_agreement,
)
from builder.records.schemas import violations


def test_alpha_matches_krippendorffs_published_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 coders x 12 units with missing
    # values; the paper gives alpha = 0.743 for nominal data.
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3]
    c = [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]
    units = [[v for v in column if v is not None] for column in zip(a, b, c, d)]
    assert alpha_nominal(units) == pytest.approx(0.743, abs=5e-4)


def test_alpha_and_percent_by_hand() -> None:
    # units: [x,x] [x,y] [y,y]; coincidences o_xx=2, o_yy=2, o_xy=o_yx=1; n_x=n_y=3, n=6
    # alpha = 1 - (n-1) * 2 / (36 - 9 - 9) = 1 - 10/18 = 4/9; percent = 4 agreeing of 6 ordered pairs
    units = [["x", "x"], ["x", "y"], ["y", "y"], ["x"]]  # the single answer carries no pair: ignored
    assert alpha_nominal(units) == pytest.approx(4 / 9)
    assert percent_agreement(units) == pytest.approx(4 / 6)


def test_alpha_is_undefined_without_variation_or_pairs() -> None:
    assert alpha_nominal([["a", "a"], ["a", "a"]]) is None  # one category: no expected disagreement
    assert alpha_nominal([["a"], ["b"]]) is None
    assert percent_agreement([["a"], []]) is None
    assert percent_agreement([["a", "a"], ["a", "a"]]) == 1.0


def test_decide_needs_a_strict_majority() -> None:
    assert decide(["a", "a", "b"]) == decide(["b", "a", "a"])
    win = decide(["a", "a", "b"])
    assert (win.label, win.share, win.contested) == ("a", pytest.approx(2 / 3), False)
    tie = decide(["a", "b", None])
    assert (tie.label, tie.share, tie.contested) == (None, 0.5, True)
    assert decide([None, None]) == decide([])
    assert decide([]).label is None and decide([]).share is None and not decide([]).contested


def _annotation(annotator: str, fidelity: str | None, verdict: str | None, *, urls: list[str] | None = None,
                quote: str | None = None, corrected: str | None = None, number: int = 1) -> dict:
    return {"claim_id": "0123456789abcdef", "task_id": 1, "annotation_id": number, "annotator": annotator,
            "fidelity": fidelity, "verdict": verdict, "evidence": {"urls": urls or [], "quote": quote},
            "corrected_text": corrected, "lead_time": 3.5, "created_at": "2026-01-02T03:04:05Z",
            "updated_at": None}


CLAIM = {"claim_id": "0123456789abcdef", "article_id": "a1", "sentence_index": 0, "text": "Blinken trifft Lawrow.",
         "spans": [{"start": 0, "end": 22}], "sentence": "Blinken trifft Lawrow.", "attribution": None, "time": [],
         "entities": [], "checkworthy": 0.5, "splitter": {"name": "test", "version": "1.0.0"}}


def test_verified_record_takes_the_majority_of_faithful_judges_and_its_evidence() -> None:
    annotations = [
        _annotation("annotator-0000000a", "faithful", "refuted", urls=["https://a.example/1"], quote="A", number=1),
        _annotation("annotator-0000000b", "faithful", "refuted", urls=["https://b.example/2"], quote="B", number=2),
        _annotation("annotator-0000000c", "faithful", "supported", urls=["https://c.example/3"], quote="C", number=3),
        _annotation("annotator-0000000d", "unfaithful", "supported", urls=["https://d.example/4"], quote="D",
                    corrected="Blinken trifft Lawrow in Genf.", number=4),
    ]
    record = verified_record(CLAIM, annotations)
    assert violations("verified", record) == []
    assert (record["fidelity"], record["verdict"], record["label_source"]) == ("faithful", "refuted", "annotators")
    # verdict: 2 of the 3 faithful judges (the unfaithful judge's "supported" does not count)
    assert record["agreement"] == {"fidelity": pytest.approx(3 / 4), "verdict": pytest.approx(2 / 3)}
    assert record["needs_review"] is False
    # evidence of the annotations that back the verdict
    assert record["evidence"] == [{"urls": ["https://a.example/1"], "quote": "A"},
                                  {"urls": ["https://b.example/2"], "quote": "B"}]
    # the only correction came from the outvoted "unfaithful" annotation
    assert record["corrected_text"] is None
    assert record["annotation_count"] == 4


def test_one_unfaithful_and_one_verdict_give_no_verdict_and_need_review() -> None:
    annotations = [_annotation("annotator-0000000a", "unfaithful", None, number=1),
                   _annotation("annotator-0000000b", "faithful", "supported", urls=["https://b.example/1"],
                               quote="Steht so im Protokoll.", number=2)]
    record = verified_record(CLAIM, annotations)
    assert (record["fidelity"], record["verdict"], record["needs_review"]) == (None, None, True)
    assert record["agreement"] == {"fidelity": 0.5, "verdict": None}  # no adjudicated fidelity: no verdict asked


def test_a_verdict_needs_two_agreeing_faithful_judges_unless_configured() -> None:
    lone = [_annotation("annotator-0000000a", "faithful", "supported", urls=["https://a.example/1"], quote="Q",
                        number=1)]
    record = verified_record(CLAIM, lone)
    assert (record["fidelity"], record["verdict"], record["needs_review"]) == ("faithful", None, True)
    assert verified_record(CLAIM, lone, min_verdicts=1)["verdict"] == "supported"
    # two faithful judges, one verdict: the majority of the judges is not reached either
    two = [*lone, _annotation("annotator-0000000b", "faithful", None, number=2)]
    assert verified_record(CLAIM, two, min_verdicts=1)["verdict"] is None
    # 2 of 3 faithful judges agree: a verdict
    three = [*lone, _annotation("annotator-0000000b", "faithful", "supported", urls=["https://b.example"],
                                quote="R", number=2),
             _annotation("annotator-0000000c", "faithful", "refuted", urls=["https://c.example"], quote="S", number=3)]
    assert (verified_record(CLAIM, three)["verdict"], verified_record(CLAIM, three)["needs_review"]) == (
        "supported", False)


def test_a_verdict_without_evidence_does_not_count() -> None:
    bare = [_annotation("annotator-0000000a", "faithful", "refuted", urls=["https://a.example/1"], number=1),
            _annotation("annotator-0000000b", "faithful", "refuted", quote="Nur eine Begründung.", number=2)]
    assert [evidence_missing(a) for a in bare] == [True, True]
    record = verified_record(CLAIM, bare)
    assert (record["verdict"], record["needs_review"], record["evidence"]) == (None, True, [])
    # "not enough evidence" needs none
    none_found = [_annotation(f"annotator-0000000{c}", "faithful", "not_enough_evidence", number=i)
                  for i, c in enumerate("ab")]
    assert verified_record(CLAIM, none_found)["verdict"] == "not_enough_evidence"


def test_verified_record_without_majority_needs_review() -> None:
    annotations = [
        _annotation("annotator-0000000a", "not_atomic", None, corrected="Erste Fassung.", number=1),
        _annotation("annotator-0000000b", "faithful", None, corrected="Zweite Fassung.", number=2),
    ]
    record = verified_record(CLAIM, annotations)
    assert violations("verified", record) == []
    assert (record["fidelity"], record["verdict"], record["needs_review"]) == (None, None, True)
    assert record["agreement"] == {"fidelity": 0.5, "verdict": None}
    assert record["corrected_text"] == "Erste Fassung."  # tie among corrections: the earliest
    empty = verified_record(CLAIM, [])
    assert (empty["annotation_count"], empty["needs_review"], empty["agreement"]) == (
        0, False, {"fidelity": None, "verdict": None})


def _evidenced(annotator: str, fidelity: str, verdict: str | None) -> dict:
    return _annotation(annotator, fidelity, verdict, urls=["https://x.example"] if verdict else [],
                       quote="Begründung" if verdict else None)


def test_annotator_agreement_is_pairwise_with_the_others() -> None:
    by_claim = {
        "c1": [_evidenced("A", "faithful", "supported"), _evidenced("B", "faithful", "refuted"),
               _evidenced("C", "unfaithful", "supported")],
        "c2": [_evidenced("A", "faithful", None), _evidenced("B", "not_atomic", None)],
    }
    stats = {s.annotator: s for s in annotator_stats(by_claim)}
    assert {name: s.annotations for name, s in stats.items()} == {"A": 2, "B": 2, "C": 1}
    # fidelity pairs: A-B (c1 agree, c2 not), A-C (c1 not): 1 of 3; B: B-A, B-C, B-A(c2): 1 of 3; C: 0 of 2
    # verdict (C's verdict does not count: C judged the claim unfaithful): A-B disagree once
    assert stats["A"].with_others == {"fidelity": pytest.approx(1 / 3), "verdict": 0.0}
    assert stats["B"].with_others == {"fidelity": pytest.approx(1 / 3), "verdict": 0.0}
    assert stats["C"].with_others == {"fidelity": 0.0, "verdict": None}
    fidelity = question_agreement(by_claim, "fidelity")
    # c1 F,F,U (pairs weigh 1/2): o_FF=1, o_FU=o_UF=1; c2 F,N: o_FN=o_NF=1; n_F=3, n_U=1, n_N=1, n=5
    # alpha = 1 - (n-1) * 4 / (25 - 9 - 1 - 1) = 1 - 16/14; percent = (2 + 0) / (6 + 2)
    assert (fidelity.units, fidelity.alpha, fidelity.percent) == (2, pytest.approx(1 - 16 / 14), 0.25)
    verdict = question_agreement(by_claim, "verdict")
    # one unit [S, R]: o_SR = o_RS = 1, n = 2, D_e = 2 * n_S * n_R = 2; alpha = 1 - (n-1) * 2 / 2 = 0
    assert (verdict.units, verdict.alpha, verdict.percent) == (1, 0.0, 0.0)


def test_bootstrap_interval_is_seeded_and_brackets_alpha() -> None:
    units = [["x", "x"], ["x", "y"], ["y", "y"], ["x", "x", "y"], ["y", "y"], ["x", "x"]] * 3
    alpha = alpha_nominal(units)
    low, high = alpha_interval(units)
    assert low <= alpha <= high and (low, high) == alpha_interval(units)
    assert alpha_interval(units, seed=1) != (low, high)
    # draws of only one category have no alpha and are left out; every other draw agrees perfectly
    assert alpha_interval([["x", "x"], ["y", "y"]]) == (1.0, 1.0)
    assert alpha_interval([["x", "x"], ["x", "x"]]) is None  # alpha undefined: no interval

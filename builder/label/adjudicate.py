"""From several annotations of one claim to one verified record: majority per question, else review.

Fidelity: a label wins when more than half of the annotators who answered chose it.

Verdict: truth is only asked of a claim that renders its article faithfully, so only the verdicts of
annotators who judged the claim `faithful` count, and only when the claim's adjudicated fidelity is
`faithful`. A verdict other than `not_enough_evidence` counts only with at least one evidence URL and a
justification (the interface demands both; answers sent past it through the API are not trusted). A
verdict wins when more than half of the faithful judges chose it *and* at least `min_verdicts` of them
did: a single annotator's word is not a verdict. Otherwise the verdict is null and the claim
`needs_review`, as it is when fidelity has no majority.

The per-claim agreement is the share of counted answers that agree with the winning label (without a
winner: with the most frequent one).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from builder.records.types import Annotation, Claim, Fidelity, LabelSource, Verdict, Verified

QUESTIONS = ("fidelity", "verdict")
FAITHFUL = "faithful"
NOT_ENOUGH_EVIDENCE = "not_enough_evidence"
MIN_VERDICTS = 2


Label = TypeVar("Label", bound=str)


@dataclass(frozen=True)
class Decision(Generic[Label]):
    label: Label | None
    share: float | None  # share of answers agreeing with the (most frequent) label; None without answers
    contested: bool  # answers exist but no label won


def decide(answers: Sequence[Label | None], *, voters: int | None = None, at_least: int = 1) -> Decision[Label]:
    """The label chosen by more than half of `voters` (default: those who answered) and by `at_least`."""
    given = [a for a in answers if a is not None]
    if not given:
        return Decision(None, None, False)
    (top, count), = Counter(given).most_common(1)
    share = count / len(given)
    won = 2 * count > (len(given) if voters is None else voters) and count >= at_least
    return Decision(top, share, False) if won else Decision(None, share, True)


def evidence_missing(annotation: Annotation) -> bool:
    """A verdict that needs evidence (any but `not_enough_evidence`) came without a URL or a justification."""
    verdict, evidence = annotation["verdict"], annotation["evidence"]
    return verdict not in (None, NOT_ENOUGH_EVIDENCE) and not (evidence["urls"] and evidence["quote"])


def counted_verdict(annotation: Annotation) -> Verdict | None:
    """The annotation's verdict if it counts: from a faithful judge, and backed by evidence where needed."""
    if annotation["fidelity"] != FAITHFUL or evidence_missing(annotation):
        return None
    return annotation["verdict"]


def verdict_decision(annotations: Sequence[Annotation], min_verdicts: int = MIN_VERDICTS) -> Decision[Verdict]:
    """The verdict among the annotators who judged the claim faithful (see the module docstring)."""
    judges = [a for a in annotations if a["fidelity"] == FAITHFUL]
    decision: Decision[Verdict] = decide([counted_verdict(a) for a in judges], voters=len(judges),
                                         at_least=min_verdicts)
    if judges and decision.share is None:
        return Decision(None, None, True)  # judged faithful, but no counted verdict
    return decision


def _most_common_text(texts: Sequence[str]) -> str | None:
    """The most frequent text; among equally frequent ones the first given (the earliest annotation)."""
    if not texts:
        return None
    counts = Counter(texts)
    return max(texts, key=lambda t: (counts[t], -texts.index(t)))


def verified_record(claim: Claim, annotations: Sequence[Annotation], *,
                    min_verdicts: int = MIN_VERDICTS, label_source: LabelSource = "annotators") -> Verified:
    """The verified record of `claim` from its annotation records (ordered by annotation id).

    `label_source` says who made the labels: `annotators` (a `builder pull`) or `synthetic` (made up by
    a rule, as for the sample release), so made-up labels are never mistaken for human judgements.
    """
    fidelity_decision: Decision[Fidelity] = decide([a["fidelity"] for a in annotations])
    fidelity = fidelity_decision.label
    verdict_votes: Decision[Verdict] = (verdict_decision(annotations, min_verdicts) if fidelity == FAITHFUL
                                        else Decision(None, None, False))
    verdict = verdict_votes.label
    backing = [a for a in annotations if counted_verdict(a) is not None
               and (verdict is None or counted_verdict(a) == verdict)]
    evidence, seen = [], set()
    for a in backing:
        item = a["evidence"]
        key = json.dumps(item, sort_keys=True)
        if (item["urls"] or item["quote"]) and key not in seen:
            seen.add(key)
            evidence.append(item)
    corrections = [a["corrected_text"] for a in annotations
                   if a["corrected_text"] and (fidelity is None or a["fidelity"] == fidelity)]
    return {
        "claim": claim,
        "fidelity": fidelity,
        "verdict": verdict,
        "evidence": evidence,
        "corrected_text": _most_common_text(corrections),
        "annotation_count": len(annotations),
        "agreement": {"fidelity": fidelity_decision.share, "verdict": verdict_votes.share},
        "needs_review": fidelity_decision.contested or verdict_votes.contested,
        "label_source": label_source,
    }

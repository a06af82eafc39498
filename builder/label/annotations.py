"""One Label Studio annotation (from a JSON export) → one annotation record (schemas/annotation).

Annotators are pseudonymised: `annotator-` + the first 8 hex digits of sha256(salt + e-mail). The same
person keeps the same pseudonym across pulls as long as the salt stays the same; without the salt the
e-mail cannot be recovered by hashing guesses.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from builder.label.config import CORRECTED_TEXT, EVIDENCE_QUOTE, EVIDENCE_URLS, FIDELITY, VERDICT
from builder.records.types import Annotation

SALT_ENV = "CLAIMS_CH_ANNOTATOR_SALT"
DEFAULT_SALT = "claims-ch"


def annotator_salt(salt: str | None = None) -> str:
    return salt if salt is not None else os.environ.get(SALT_ENV, DEFAULT_SALT)


def pseudonym(identity: str, salt: str) -> str:
    return "annotator-" + hashlib.sha256((salt + identity.strip().lower()).encode("utf-8")).hexdigest()[:8]


def _answers(result: list[dict[str, Any]]) -> dict[str, Any]:
    """control name → its value: the chosen choice, or the list of texts of a text area."""
    out: dict[str, Any] = {}
    for region in result or []:
        value = region.get("value") or {}
        if region.get("type") == "choices" and value.get("choices"):
            out[region["from_name"]] = value["choices"][0]
        elif region.get("type") == "textarea":
            out.setdefault(region["from_name"], []).extend(t for t in value.get("text", []) if isinstance(t, str))
    return out


def _joined(texts: list[str] | None) -> str | None:
    text = "\n".join(t.strip() for t in texts or [] if t.strip())
    return text or None


def annotation_record(annotation: dict[str, Any], task: dict[str, Any], annotator: str) -> Annotation:
    """The record of `annotation` (an item of an exported task's `annotations`) of `task`."""
    answers = _answers(annotation.get("result") or [])
    urls = [word for text in answers.get(EVIDENCE_URLS, []) for word in text.split()]
    lead_time = annotation.get("lead_time")
    return {
        "claim_id": task["data"]["claim_id"],
        "task_id": task["id"],
        "annotation_id": annotation["id"],
        "annotator": annotator,
        "fidelity": answers.get(FIDELITY),
        "verdict": answers.get(VERDICT),
        "evidence": {"urls": urls, "quote": _joined(answers.get(EVIDENCE_QUOTE))},
        "corrected_text": _joined(answers.get(CORRECTED_TEXT)),
        "lead_time": float(lead_time) if lead_time is not None else None,
        "created_at": annotation["created_at"],
        "updated_at": annotation.get("updated_at"),
    }

"""The labeling interface (labeling/claim_verification.xml) and the stable values it stores.

The XML is the single source of the answer values: `choice_values` reads them from it, and the tests hold
them equal to the enums of schemas/annotation.schema.json, so interface and records cannot drift apart.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

CONFIG_FILE = "claim_verification.xml"

# names of the interface's tags that push fills and pull reads
CLAIM, CONTEXT, SPAN = "claim", "context", "span"
FIDELITY, VERDICT = "fidelity", "verdict"
EVIDENCE_URLS, EVIDENCE_QUOTE, CORRECTED_TEXT = "evidence_urls", "evidence_quote", "corrected_text"


def labeling_dir() -> Path:
    """Inside an installed wheel `builder/_labeling`, in a checkout the repository's `labeling/`."""
    packaged = Path(__file__).resolve().parents[1] / "_labeling"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "labeling"


@cache
def label_config() -> str:
    return (labeling_dir() / CONFIG_FILE).read_text(encoding="utf-8")


def choice_values(control: str) -> tuple[str, ...]:
    """The stored values of the `<Choice>`s (or `<Label>`s) under control tag `control`, in order."""
    root = ET.fromstring(label_config())
    for tag in root.iter():
        if tag.get("name") == control:
            return tuple(child.get("value", "") for child in tag if child.tag in ("Choice", "Label"))
    raise KeyError(f"no control named {control!r} in {CONFIG_FILE}")


def span_label() -> str:
    """The one label of the pre-annotated claim span."""
    return choice_values(SPAN)[0]

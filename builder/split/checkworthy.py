"""How worth checking a claim is: a transparent score from what makes claims verifiable.

Numbers, named entities, dates and a named source make a claim checkable against the world; modal
hedges, evaluative language and first/second person make it opinion or rhetoric. The weights are a
documented prior (0.5 neutral), not a trained model; annotators' judgements replace it downstream.
"""

from __future__ import annotations

import re

_EVALUATIVE = re.compile(r"\b(gut|schlecht|wichtig|richtig|falsch|sinnvoll|schön|traurig|leider|hoffentlich|"
                         r"sollte|sollten|müsste|könnte|wäre|vielleicht|wohl|angeblich|offenbar)\b", re.IGNORECASE)
_PERSONAL = re.compile(r"\b(ich|wir|du|ihr|mein|unser|dein)\b", re.IGNORECASE)


def checkworthiness(text: str, entities: list[dict], times: list[dict], attributed: bool) -> float:
    """A score in [0, 1]; ≥ 0.5 means worth sending to annotators."""
    score = 0.4
    score += 0.2 if any(e["label"] == "NUM" for e in entities) else 0.0
    score += 0.15 if any(e["label"] != "NUM" for e in entities) else 0.0
    score += 0.1 if times else 0.0
    score += 0.05 if attributed else 0.0
    score -= 0.15 * len(_EVALUATIVE.findall(text))
    score -= 0.2 if _PERSONAL.search(text) else 0.0
    return round(min(1.0, max(0.0, score)), 3)

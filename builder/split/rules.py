"""The default, offline splitter: German grammar rules over SoMaJo tokens and HanTa tags.

Per sentence: find the reported-speech frame, cut the content into one clause per main verb, distribute
coordinated phrases, resolve references against the discourse so far, then render each claim with its
spans, time expressions, entities and check-worthiness. A pure function of one article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from builder.split.checkworthy import checkworthiness
from builder.split.clauses import clause_drafts
from builder.split.coordination import distribute
from builder.split.coref import Discourse
from builder.split.draft import Draft, render, spans
from builder.split.entities import entities
from builder.split.glue import headline_seams
from builder.split.phrases import has_verb, quote_depth
from builder.split.sentences import Sentence, Token, segment
from builder.split.speech import find_report
from builder.split.tense import clause_tenses
from builder.split.timex import find_times

NAME = "claims-ch-rules"
VERSION = "0.1.0"


def claim_id(article_id: str, text: str, claim_spans: Sequence[dict]) -> str:
    """Stable id: the same article, claim text and spans give the same id in every run and version."""
    key = "\x1f".join([article_id, text] + [f"{s['start']}-{s['end']}" for s in claim_spans])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _worth_a_claim(draft: Draft, tokens: Sequence[Token]) -> bool:
    """Three words, or a name and its verb; without a verb (a headline), a common noun to state something about
    ("Mehr als 70 000 Infizierte in China", not a list entry such as "1. New York")."""
    used = draft.indices()
    words = [tokens[i] for i in used if tokens[i].text[:1].isalnum()]
    named = any(w.pos in {"NN", "NE", "NNA", "NNI"} for w in words)
    if has_verb(tokens, 0, len(tokens)):  # two words only as "Lawrow schweigt", not "Dies ist"
        return len(words) >= 3 or (len(words) == 2 and named and any(w.finite for w in words))
    return len(words) >= 3 and any(w.pos in {"NN", "NNA", "NNI"} for w in words)


class RuleSplitter:
    """Backend `rules`: deterministic, no network, no model download (HanTa and SoMaJo ship their data)."""

    name = NAME
    version = VERSION

    def split(self, article: dict) -> list[dict]:
        text = article["text"]
        sentences = segment(text, article["paragraphs"], article["furniture"], headline_seams)
        discourse = Discourse(text)
        claims: list[dict] = []
        for sentence in sentences:
            claims.extend(self._sentence_claims(article, sentence, discourse))
            discourse.next_sentence()
        return claims

    def _sentence_claims(self, article: dict, sentence: Sentence, discourse: Discourse) -> list[dict]:
        tokens, text = sentence.tokens, article["text"]
        if tokens[-1].text == "?":
            return []
        report = find_report(tokens)
        speaker = cue = quote = None
        if report:
            if report.speaker:
                speaker = discourse.phrase(tokens, *report.speaker)
                if report.speaker[1] - report.speaker[0] == 1 and tokens[report.speaker[0]].pos == "PPER":
                    speaker = discourse.pronoun(tokens[report.speaker[0]].lower) or speaker
            elif report.inherit:
                speaker = discourse.current_speaker()
            cue, quote = report.cue, report.quote
            content = report.content
        else:
            end = len(tokens) - (1 if tokens[-1].text in {".", "!"} else 0)
            content = ((0, end),)
        base = Draft((), speaker=speaker, cue=cue, quote=quote)
        nesting = quote_depth(tokens, brackets=True)
        drafts = [d for clause in clause_drafts(tokens, content, base) for d in distribute(clause, tokens, nesting)]
        depth = quote_depth(tokens)
        records: list[dict] = []
        seen: set[str] = set()
        past = [(t.start, t.end, tense.past) for t, tense in zip(tokens, clause_tenses(tokens))]
        sentence_text = text[sentence.start:sentence.end]
        times_all = find_times(sentence_text, article["published"], offset=sentence.start, past=past)
        ents_all = entities(tokens)
        discourse.observe(tokens)  # a pronoun may refer to this sentence's own subject
        for draft in drafts:
            if not _worth_a_claim(draft, tokens):
                continue
            draft = discourse.resolve(draft, tokens, depth)
            claim_text = render(draft, tokens, text)
            claim_spans = spans(draft, tokens)
            if not claim_text or not claim_spans or claim_text in seen:
                continue
            seen.add(claim_text)
            inside = lambda item: any(s["start"] <= item["start"] and item["end"] <= s["end"] for s in claim_spans)
            times = [t for t in times_all if inside(t)]
            ents = [e for e in ents_all if inside(e)]
            attribution = ({"speaker": draft.speaker, "cue": draft.cue, "quote": draft.quote}
                           if draft.speaker else None)
            records.append({
                "claim_id": claim_id(article["id"], claim_text, claim_spans),
                "article_id": article["id"],
                "sentence_index": sentence.index,
                "text": claim_text,
                "spans": claim_spans,
                "sentence": sentence_text,
                "attribution": attribution,
                "time": times,
                "entities": ents,
                "checkworthy": checkworthiness(claim_text, ents, times, attribution is not None),
                "splitter": {"name": self.name, "version": self.version},
            })
        if speaker:
            discourse.report(speaker)  # named here or continued: later reports may go on with it
        return records

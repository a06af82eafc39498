"""Page furniture inside article text: captions, credits, teasers, agency signatures, footers, promotions.

Claims must never come from furniture, so it is found before sentences are split and its segments are
recorded on the article (kind + offsets). Formats that tag furniture themselves (Swissdox `<au>`, `<ka>`)
arrive with it already marked; this module finds what plain text hides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.split.glue import seams
from builder.split.sentences import tag_tokens, tokenize

_CREDIT = re.compile(r"(?:^|\s)((?:Foto|Fotos|Bild|Bilder|Video|Grafik|Illustration|Karte)\s*:\s*[^.!?]{1,80}?"
                     r"(?:\([^()]{1,40}\))?)\s*$")
_AGENCY = r"(?:sda|dpa|afp|apa|ap|kna|epd|reuters|ddp|dapd|sid|ats|keystone-sda|red)"
_DATED = r"(?:,\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?"  # "(APA, 12.9.2015)"
_SIGNATURE = re.compile(rf"^\(?(?:{_AGENCY}|[A-Za-z]{{2,6}})(?:\s*/\s*[A-Za-z]{{1,6}})+{_DATED}\)?\.?$|"
                        rf"^\({_AGENCY}(?:\s*/\s*[A-Za-z]{{1,6}})*{_DATED}\)\.?$", re.IGNORECASE)
_TRAILING_SIGNATURE = re.compile(rf"\s\((?:{_AGENCY})(?:\s*/\s*[A-Za-z]{{1,6}})*{_DATED}\)\.?$", re.IGNORECASE)
_FOOTER = re.compile(r"^(?:Fehler gefunden\s*\?\s*Jetzt melden\.?|Mehr zum Thema.*|Weitere Artikel.*|"
                     r"Copyright\b.*|©.*|Alle Rechte vorbehalten\.?)$", re.IGNORECASE)
_HEADING = re.compile(r"^(?:.{0,60}:\s*Darum gehts?|Darum gehts?|Darum geht es|Das Wichtigste in Kürze|Das Wichtigste|Zum Thema|"
                      r"Lesen Sie auch|Lies auch|Mehr dazu|Das sagen die anderen|Die Fakten|Video|Podcast)"
                      r"\s*[:.]?$", re.IGNORECASE)
_PROMO = re.compile(r"\b(?:Whats[Aa]pp|Newsletter|dein(?:em)? Handy|Push-Benachrichtigung\w*|abonnier\w*|"
                    r"Abonniere\w*|Push-Nachricht\w*|Folg(?:e|st) (?:du|uns)|App herunter\w*|in der App|Jetzt (?:herunterladen|anmelden|abonnieren))\b", re.IGNORECASE)
_AUTHOR = re.compile(r"^(?:(?:Von|Text|Autor|Autorin|Interview)\s*:?\s+)[A-ZÄÖÜ][\w.-]+(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w.-]+){0,4}$")
# an embedded social-media post: its text, then the short link and/or picture link the page kept of it
_EMBED = re.compile(r"(?:^|(?<=[.!?»\s]))[^.!?]*?(?:https?://t\.co/\S+|pic\.twitter\.com/\S+)"
                    r"(?:\s*(?:\([^)]{0,40}\)|#\w+|[—-]\s*[^.!?]{0,80}?\d{4}|https?://\S+|pic\.twitter\.com/\S+))*")
_READER = re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.IGNORECASE)


_TEASER_WINDOW = 400  # characters: a glued headline and teaser sit at the start of a paragraph


def _segment(kind: str, text: str, start: int, end: int) -> dict:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"kind": kind, "start": start, "end": end, "text": text[start:end]}


def _whole_paragraph_kind(body: str) -> str | None:
    stripped = body.strip()
    if _SIGNATURE.match(stripped):
        return "byline"
    if _FOOTER.match(stripped):
        return "footer"
    if _HEADING.match(stripped):
        return "heading"
    if _AUTHOR.match(stripped):
        return "author"
    if _PROMO.search(stripped) and _READER.search(stripped) or re.search(r"\bAbonniere|\bWhats[Aa]pp", stripped):
        return "promo"
    return None


def _teaser_end(text: str, start: int, end: int) -> int | None:
    """End of a teaser glued to the start of a body paragraph, found at the last seam of its first sentence."""
    sentences = tokenize(text[start:min(end, start + _TEASER_WINDOW)], start)
    if not sentences:
        return None
    first = tag_tokens(sentences[0][:40])
    cut = [i for i in seams(first) if i <= 30]
    if not cut:
        return None
    return first[cut[-1]].start


def _poll(text: str, paragraphs: Sequence[dict], i: int) -> int:
    """Number of paragraphs from i that form a reader poll: a question to the reader, then short options."""
    question = text[paragraphs[i]["start"]:paragraphs[i]["end"]].strip()
    if not (question.endswith("?") and _READER.search(question)):
        return 0
    n = 1
    while i + n < len(paragraphs):
        option = text[paragraphs[i + n]["start"]:paragraphs[i + n]["end"]].strip()
        if len(option.split()) > 9 or option.endswith("?") or not option.endswith((".", "!")):
            break
        n += 1
    return n if n >= 3 else 0


def detect_furniture(text: str, paragraphs: Sequence[dict], known: Sequence[dict] = ()) -> list[dict]:
    """Furniture segments of an article (already known ones kept), sorted by offset."""
    found = list(known)
    covered = [(f["start"], f["end"]) for f in known]
    skip_until = -1
    for i, para in enumerate(paragraphs):
        start, end = para["start"], para["end"]
        if i < skip_until or any(s <= start and end <= e for s, e in covered):
            continue
        body = text[start:end]
        kind = _whole_paragraph_kind(body)
        if kind is None and para["kind"] == "heading" and _READER.search(body):
            kind = "promo"  # a heading that talks to the reader advertises ("Manage dein eigenes Team")
        if kind:
            found.append(_segment(kind, text, start, end))
            continue
        if para["kind"] != "body" and para["kind"] != "heading":
            continue
        polled = _poll(text, paragraphs, i)
        if polled:
            found.extend(_segment("poll", text, p["start"], p["end"]) for p in paragraphs[i:i + polled])
            skip_until = i + polled
            continue
        embed = _EMBED.search(body)
        if embed:
            found.append(_segment("embed", text, start + embed.start(), start + embed.end()))
        credit = _CREDIT.search(body)
        if credit:
            if credit.start(1) > 0:
                found.append(_segment("caption", text, start, start + credit.start(1)))
            found.append(_segment("credit", text, start + credit.start(1), end))
            continue
        signature = _TRAILING_SIGNATURE.search(body)
        if signature:
            found.append(_segment("byline", text, start + signature.start(), end))
            end = start + signature.start()
        if para["kind"] == "body":
            teaser = _teaser_end(text, start, end)
            if teaser is not None:
                found.append(_segment("teaser", text, start, teaser))
    return sorted(found, key=lambda f: (f["start"], f["end"]))

"""The request the LLM backend sends: the guidelines as the system message, the article as numbered sentences.

The system message is the versioned file `prompt_v<N>.md` beside this module: the rules of
`GUIDELINES.md` rewritten as instructions, the answer format and worked examples from the development gold
set. The version goes into every claim's `splitter` field and into the cache key, so a changed prompt
never reuses answers to the old one: change the file or the user message below only together with
`PROMPT_VERSION`.

Long articles go out in windows of sentences to split, each preceded by the title, the lead and the
sentences just before it as context, so that references into earlier sentences can still be resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from builder.split.glue import headline_seams
from builder.split.sentences import Sentence, segment

PROMPT_VERSION = "1.1.0"
PROMPT_FILE = Path(__file__).with_name("prompt_v1.md")
WINDOW_SENTENCES = 40  # sentences to split in one request
WINDOW_CHARS = 8000  # ... or fewer, when they are long
CONTEXT_SENTENCES = 12  # earlier sentences sent before a window as context
SEED = 7
HEADLINE_KINDS = ("title", "lead", "heading")

CLAIM_SCHEMA: dict = {
    "type": "object",
    "additionalProperties": False,
    "required": ["claims"],
    "properties": {
        "claims": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["sentence", "text", "speaker", "cue", "quote"],
                "properties": {
                    "sentence": {"type": "integer"},
                    "text": {"type": "string"},
                    "speaker": {"type": ["string", "null"]},
                    "cue": {"type": ["string", "null"]},
                    "quote": {"enum": ["direct", "indirect", None]},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Line:
    """One sentence as the model sees it: its index among the article's sentences, a headline mark, text."""

    index: int
    kind: str | None
    text: str


@dataclass(frozen=True)
class Window:
    """Window `number` of an article: the sentences (`lines`) to split, after the `context` sentences."""

    number: int
    context: tuple[Line, ...]
    lines: tuple[Line, ...]


@cache
def system_message() -> str:
    return PROMPT_FILE.read_text(encoding="utf-8").strip()


def windows(lines: Sequence[Line]) -> list[Window]:
    """Consecutive windows of at most WINDOW_SENTENCES sentences (as many as needed, of even size) and
    WINDOW_CHARS characters (at least one sentence each); each after the headline sentences and the
    CONTEXT_SENTENCES sentences before it."""
    result: list[Window] = []
    count = -(-len(lines) // WINDOW_SENTENCES)  # windows of even size: 45 sentences as 23 + 22, not 40 + 5
    most = -(-len(lines) // count) if lines else 0
    start = 0
    while start < len(lines):
        end, size = start, 0
        while end < len(lines) and end - start < most and (end == start or size + len(lines[end].text)
                                                           <= WINDOW_CHARS):
            size += len(lines[end].text)
            end += 1
        before = list(lines[max(0, start - CONTEXT_SENTENCES):start])
        heads = [line for line in lines[:start] if line.kind in HEADLINE_KINDS and line not in before]
        result.append(Window(len(result), tuple(heads + before), tuple(lines[start:end])))
        start = end
    return result


def _numbered(lines: Sequence[Line]) -> str:
    return "\n".join(f"[{line.index}]{f' ({line.kind})' if line.kind else ''} {line.text}" for line in lines)


def user_message(article: dict, window: Window) -> str:
    """The article's sentences of one window, numbered, after its context; self-sufficient with the
    system message (a model that reads only the two can answer)."""
    published = (article.get("published") or {}).get("value")
    head = f"Article {article['id']}" + (f", published {published}" if published else "")
    parts = [head + "."]
    if window.context:
        parts.append("CONTEXT (earlier sentences of the article, for resolving references only; make no claims "
                     "from these):\n" + _numbered(window.context))
    parts.append("SPLIT (make claims from these):\n" + _numbered(window.lines))
    parts.append('Answer with the JSON object {"claims": [...]} for the SPLIT sentences only.')
    return "\n\n".join(parts)


def messages(article: dict, window: Window) -> list[dict[str, str]]:
    return [{"role": "system", "content": system_message()},
            {"role": "user", "content": user_message(article, window)}]


def chat_request(model: str, article: dict, window: Window, structured: bool = True) -> dict:
    """The chat-completions body: temperature 0 and a fixed seed for repeatable answers; the JSON schema
    as response format where the endpoint supports it (`structured`), else the strict parser's job."""
    body: dict = {"model": model, "messages": messages(article, window), "temperature": 0, "seed": SEED}
    if structured:
        body["response_format"] = {"type": "json_schema",
                                   "json_schema": {"name": "claims", "strict": True, "schema": CLAIM_SCHEMA}}
    return body


def lines_of(article: dict, sentences: Sequence[Sentence]) -> list[Line]:
    """The article's sentences (furniture already left out by the segmenter) as numbered lines, white
    space squeezed, each marked with the headline kind of its paragraph."""
    def kind(start: int) -> str | None:
        return next((p["kind"] for p in article["paragraphs"] if p["start"] <= start < p["end"]
                     and p["kind"] in HEADLINE_KINDS), None)

    return [Line(s.index, kind(s.start), " ".join(article["text"][s.start:s.end].split())) for s in sentences]


def article_sentences(article: dict) -> list[Sentence]:
    """The sentences the rules backend splits, so that both backends number them alike."""
    return segment(article["text"], article["paragraphs"], article["furniture"], headline_seams)


def article_requests(article: dict, model: str, structured: bool = True) -> list[tuple[Window, dict]]:
    """Every window of an article record (furniture found) with its request body, in order."""
    return [(window, chat_request(model, article, window, structured))
            for window in windows(lines_of(article, article_sentences(article)))]

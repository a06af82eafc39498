"""Backend `llm`: claims from a language model behind any OpenAI-compatible chat-completions endpoint.

Per article: the sentences the rules backend would split are numbered and sent in windows (the prompt
is the guidelines); each answer is read strictly, with one repair request when it cannot be; every
proposed claim is aligned to spans of the sentence it names and checked against the article (align.py),
and what fails goes to the run's rejected output with its reason. Answers are cached on disk before they
are used, so a rerun sends nothing and a killed run resumes. The rest of each record (time expressions,
entities, check-worthiness) is filled as the rules backend fills it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property
from typing import Any

from builder.split.backend import SplitNotes, SplitterFailed
from builder.split.llm.align import ArticleWords, align, content_words, made_up
from builder.split.llm.cache import AnswerCache
from builder.split.llm.client import EndpointError, complete
from builder.split.llm.parse import AnswerError, Proposal, parse_answer, repair_message
from builder.split.llm.prompt import PROMPT_VERSION, Window, article_sentences, chat_request, lines_of, windows
from builder.split.llm.settings import LlmSettings
from builder.split.record import claim_record, sentence_facts
from builder.split.sentences import Sentence

NAME = "claims-ch-llm"
AGREED = "+rules"  # build metadata on the version of a claim the rules splitter made too
AGREEMENT = 0.8  # share of content words two claims of one sentence must share to count as the same


class LlmSplitter:
    """Backend `llm`: one per process (the pipeline caches it), shared by the threads that split articles,
    which is why the bound on requests in flight lives here."""

    def __init__(self, settings: LlmSettings) -> None:
        self.settings = settings
        self.name = f"{NAME}:{settings.model}"
        self.version = PROMPT_VERSION
        self.structured = settings.structured  # turned off for good when the endpoint refuses the schema
        self.slots = threading.BoundedSemaphore(settings.concurrency)  # requests in flight, whatever the threads

    @cached_property
    def cache(self) -> AnswerCache | None:
        folder = self.settings.cache
        return AnswerCache(folder, self.settings.model, PROMPT_VERSION) if folder else None

    def split(self, article: dict) -> list[dict]:
        return self.split_noted(article)[0]

    def split_noted(self, article: dict) -> tuple[list[dict], SplitNotes]:
        """Claim records of one article, and the claims given up (with reasons) and the usage."""
        sentences = article_sentences(article)
        parts = windows(lines_of(article, sentences))
        notes = SplitNotes(usage={"requests": 0, "cached": 0, "prompt_tokens": 0, "completion_tokens": 0})
        with ThreadPoolExecutor(max(1, min(self.settings.concurrency, len(parts) or 1))) as pool:
            answers = list(pool.map(lambda w: self._proposals(article, w), parts))
        for _, usage in answers:
            for name, value in usage.items():
                notes.usage[name] += value
        by_index = {s.index: s for s in sentences}
        words = ArticleWords(article["text"])
        facts: dict[int, tuple[list[dict], list[dict]]] = {}
        claims: list[dict] = []
        seen: set[tuple[int, str]] = set()
        for proposals, _ in answers:
            for proposal in proposals:
                sentence = by_index[proposal.sentence]
                problem = self._problem(proposal, sentence, words, article["text"], seen)
                if problem:
                    notes.dropped.append((f"sentence {proposal.sentence}: {problem}", proposal.as_json()))
                    continue
                seen.add((proposal.sentence, proposal.text))
                if sentence.index not in facts:
                    facts[sentence.index] = sentence_facts(article, sentence)
                spans = provenance(proposal, sentence, article["text"])
                attribution = ({"speaker": proposal.speaker, "cue": proposal.cue, "quote": proposal.quote}
                               if proposal.speaker else None)
                claims.append(claim_record(article, sentence, proposal.text, spans, attribution,
                                           facts[sentence.index], {"name": self.name, "version": self.version}))
        if self.settings.agree:
            mark_agreement(claims, article)
        return claims, notes

    def _problem(self, proposal: Proposal, sentence: Sentence, words: ArticleWords, text: str,
                 seen: set[tuple[int, str]]) -> str | None:
        """Why a proposed claim cannot be kept, or None: made-up words or speaker, no word of its sentence."""
        if (proposal.sentence, proposal.text) in seen:
            return "repeats a claim of this sentence"
        missing = made_up(proposal.text, words)
        if missing:
            return f"made-up content: {', '.join(missing)} not in the article"
        if proposal.speaker and made_up(proposal.speaker, words):
            return f"speaker {proposal.speaker!r} not in the article"
        if not provenance(proposal, sentence, text):
            return "shares no word with the sentence it names (nor does its speaker)"
        return None

    def _proposals(self, article: dict, window: Window) -> tuple[list[Proposal], dict[str, int]]:
        """The parsed answer for one window: from the cache, or asked (once more with a repair request
        when unreadable) and cached before it is used."""
        numbers = [line.index for line in window.lines]
        body = chat_request(self.settings.model, article, window, self.structured)
        entry = self.cache.get(article, window.number, body) if self.cache else None
        if entry is not None:
            return parse_answer(entry["content"], numbers), {"cached": 1}
        usage = {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0}
        content = self._ask(body, usage)
        try:
            proposals = parse_answer(content, numbers)
        except AnswerError as error:
            repair = {**body, "messages": [*body["messages"], {"role": "assistant", "content": content},
                                           {"role": "user", "content": repair_message(error)}]}
            content = self._ask(repair, usage)
            try:
                proposals = parse_answer(content, numbers)
            except AnswerError as again:
                raise SplitterFailed(f"window {window.number}: the model's answer is unreadable also after a "
                                     f"repair request ({again})") from None
        if self.cache:
            self.cache.put(article, window.number, body, content, usage)
        return proposals, usage

    def _ask(self, body: dict[str, Any], usage: dict[str, int]) -> str:
        """One completion; a 400 to a request with a JSON schema is taken as an endpoint without structured
        output, and the request goes again without it (and so do all later ones)."""
        s = self.settings
        try:
            with self.slots:
                completion = complete(s.url, body, timeout=s.timeout, retries=s.retries, backoff=s.backoff)
        except EndpointError as exc:
            if exc.status in (400, 422) and "response_format" in body:
                self.structured = False
                return self._ask({k: v for k, v in body.items() if k != "response_format"}, usage)
            raise SplitterFailed(f"the LLM endpoint failed: {exc}; rerun to try again (answers so far are "
                                 "cached)") from None
        usage["requests"] += 1
        for name, value in completion.usage.items():
            usage[name] += value
        return completion.content


def provenance(proposal: Proposal, sentence: Sentence, text: str) -> list[dict[str, int]]:
    """The spans of the claim's words in its sentence; for a claim that takes all its content from the
    sentence before ("Dies bestätigte das BBK": what was confirmed), the spans of its speaker there."""
    sentence_text = text[sentence.start:sentence.end]
    return (align(proposal.text, sentence_text, sentence.start) or
            (align(proposal.speaker, sentence_text, sentence.start) if proposal.speaker else []))


def mark_agreement(claims: Sequence[dict], article: dict) -> None:
    """Mark (in the splitter version) each claim that the rules splitter also makes from the same sentence
    with nearly the same content words: where the two agree, a machine is surer; annotators see the rest."""
    from builder.split.rules import RuleSplitter

    made: dict[int, list[set[str]]] = {}
    for claim in RuleSplitter().split(article):
        made.setdefault(claim["sentence_index"], []).append(set(content_words(claim["text"])))
    for claim in claims:
        mine = set(content_words(claim["text"]))
        if any(len(mine & theirs) >= AGREEMENT * max(len(mine), len(theirs), 1)
               for theirs in made.get(claim["sentence_index"], [])):
            claim["splitter"]["version"] += AGREED

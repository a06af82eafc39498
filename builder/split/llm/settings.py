"""The settings of the LLM backend: plain values, hashable and picklable, so that they can name the
backend in a job's fingerprint and travel to worker processes and machines. The API key is not among
them: it is read from the environment where the request is made, so it is never pickled or written."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

URL_VARIABLE = "CLAIMS_CH_LLM_URL"


@dataclass(frozen=True)
class LlmSettings:
    url: str
    model: str
    cache: Path | None = None  # None: no cache (every run asks again)
    timeout: float = 120.0  # seconds per request
    retries: int = 4  # further attempts after a 429, a 5xx, a timeout or a refused connection
    backoff: float = 1.0  # seconds before the first retry, doubled each time (or the server's Retry-After)
    concurrency: int = 4  # requests in flight per process: articles (and their windows) on as many threads
    structured: bool = True  # send the JSON schema as response_format (falls back when the endpoint refuses)
    agree: bool = False  # also run the rules splitter and mark the claims the two agree on
    price_input: float | None = None  # price per million prompt tokens, for the run's cost
    price_output: float | None = None  # price per million completion tokens

    def describe(self) -> dict[str, object]:
        """The settings as JSON values (for a job's fingerprint): the backend's name and every field."""
        return {"name": "llm", **{k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}}

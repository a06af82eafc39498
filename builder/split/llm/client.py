"""A minimal client for OpenAI-compatible chat-completions endpoints (vLLM, llama.cpp, Ollama, hosted APIs).

Per-request timeouts; retries with exponential backoff (or the server's `Retry-After`) on 429, 5xx,
timeouts and refused connections; everything else fails at once with a one-line reason. The API key
comes from the environment at the time of the request and goes only into the Authorization header:
never into an error message, a log, a cache entry or anything pickled to a worker.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

KEY_VARIABLE = "CLAIMS_CH_LLM_API_KEY"
RETRIED = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
MAX_WAIT = 60.0


class EndpointError(Exception):
    """A request that failed for good (after retries, or at once when retrying cannot help)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Completion:
    content: str
    usage: dict[str, int]


def chat_url(base: str) -> str:
    """`…/v1` or a full `…/chat/completions` URL, as users write either."""
    base = base.rstrip("/")
    return base if base.endswith("/chat/completions") else base + "/chat/completions"


_local = threading.local()


def _http(timeout: float) -> httpx.Client:
    """One connection pool per thread and process (a forked worker must not share its parent's sockets)."""
    clients: dict[tuple[int, float], httpx.Client] = getattr(_local, "clients", {})
    _local.clients = clients
    key = (os.getpid(), timeout)
    if key not in clients:
        clients[key] = httpx.Client(timeout=timeout)
    return clients[key]


def _wait(response: httpx.Response | None, attempt: int, backoff: float) -> float:
    header = response.headers.get("retry-after") if response is not None else None
    if header:
        try:
            return min(MAX_WAIT, max(0.0, float(header)))
        except ValueError:
            pass  # an HTTP date: fall back to our own backoff
    return min(MAX_WAIT, backoff * 2 ** attempt)


def _reason(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
        message = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        message = response.text
    return " ".join(str(message or response.reason_phrase).split())[:300]


def complete(url: str, body: dict[str, Any], *, timeout: float = 120.0, retries: int = 4,
             backoff: float = 1.0) -> Completion:
    """POST `body` to the endpoint at `url` and return the assistant message and its token counts."""
    headers = {"Content-Type": "application/json"}
    key = os.environ.get(KEY_VARIABLE)
    if key:
        headers["Authorization"] = f"Bearer {key}"
    target = chat_url(url)
    for attempt in range(retries + 1):
        response: httpx.Response | None = None
        try:
            response = _http(timeout).post(target, json=body, headers=headers)
        except httpx.TimeoutException:
            problem = f"no answer within {timeout:g} s"
        except httpx.TransportError as exc:
            problem = f"cannot reach {target} ({type(exc).__name__})"
        else:
            if response.status_code == 200:
                return _completion(response, target)
            problem = f"HTTP {response.status_code}: {_reason(response)}"
            if response.status_code not in RETRIED:
                raise EndpointError(f"{target}: {problem}", response.status_code)
        if attempt < retries:
            time.sleep(_wait(response, attempt, backoff))
    raise EndpointError(f"{target}: {problem} (after {retries + 1} attempts)",
                        response.status_code if response is not None else None)


def _completion(response: httpx.Response, target: str) -> Completion:
    try:
        data = response.json()
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise EndpointError(f"{target}: the answer is not a chat completion") from None
    if not isinstance(content, str):
        raise EndpointError(f"{target}: the answer has no message text")
    raw = data.get("usage") if isinstance(data.get("usage"), dict) else {}
    usage = {name: int(raw.get(name) or 0) for name in ("prompt_tokens", "completion_tokens")}
    return Completion(content, usage)

"""Connecting to Label Studio: where it is, who we are, and one clear line when that fails.

The URL and API key come from `LABEL_STUDIO_URL` / `LABEL_STUDIO_API_KEY`; command-line flags override
them. Every SDK call runs inside `studio_errors`, so an unreachable server, a refused token or a server
error ends as one `BuilderError` line instead of an httpx or SDK traceback.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
from label_studio_sdk import LabelStudio
from label_studio_sdk.core.api_error import ApiError
from label_studio_sdk.core.request_options import RequestOptions

from builder.errors import BuilderError

URL_ENV, KEY_ENV = "LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"

# Imports must never be retried blindly: a request that timed out or lost its connection after the server
# committed would import the batch twice. `push` reconciles instead (see push.py).
NO_RETRY: RequestOptions = {"max_retries": 0}


@dataclass(frozen=True)
class Connection:
    """An authenticated client plus the URL it talks to (for messages)."""

    client: LabelStudio
    url: str


def _message(url: str, exc: BaseException) -> BuilderError:
    if isinstance(exc, ApiError):
        code = exc.status_code
        if code in (401, 403):
            return BuilderError(f"Label Studio at {url} refused the API key (HTTP {code})",
                                fix=f"set {KEY_ENV} or --api-key to the access token from Account & Settings "
                                    f"in Label Studio")
        body = exc.body
        if isinstance(body, dict):
            problems = body.get("validation_errors") or {}
            details = "; ".join(f"{field}: {' '.join(map(str, errors)) if isinstance(errors, list) else errors}"
                                for field, errors in problems.items()) if isinstance(problems, dict) else problems
            body = f"{body.get('detail', body)}" + (f" ({details})" if details else "")
        text = " ".join(str(body or "").split())
        if text.startswith("<"):
            return BuilderError(f"{url} answered HTTP {code} with a web page, not the Label Studio API",
                                fix=f"set {URL_ENV} / --url to the server's base address, e.g. http://127.0.0.1:8080")
        return BuilderError(f"Label Studio at {url} answered HTTP {code}: {text[:300]}")
    if isinstance(exc, httpx.TimeoutException):
        return BuilderError(f"Label Studio at {url} did not answer in time ({type(exc).__name__})",
                            fix="check that the server is running and not overloaded")
    if isinstance(exc, (httpx.TransportError, httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return BuilderError(f"cannot reach Label Studio at {url}: {exc or type(exc).__name__}",
                            fix=f"start it with `builder studio`, or point {URL_ENV} or --url to it")
    return BuilderError(f"Label Studio at {url} gave an answer this tool cannot read: {exc}",
                        fix=f"check that {URL_ENV} points to a Label Studio 1.x server")


@contextmanager
def studio_errors(url: str) -> Iterator[None]:
    """Turn transport, HTTP and response-format failures of SDK calls into one-line BuilderErrors."""
    try:
        yield
    except BuilderError:
        raise
    except (ApiError, httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        raise _message(url, exc) from None


def connect(url: str | None = None, api_key: str | None = None, *, timeout: float = 600.0) -> Connection:
    """A client for the server at `url` (else $LABEL_STUDIO_URL), checked with one authenticated call."""
    url = (url or os.environ.get(URL_ENV) or "").rstrip("/")
    api_key = api_key or os.environ.get(KEY_ENV)
    if not url:
        raise BuilderError("no Label Studio address given", fix=f"set {URL_ENV} or pass --url")
    if not api_key:
        raise BuilderError("no Label Studio API key given", fix=f"set {KEY_ENV} or pass --api-key")
    with studio_errors(url):
        client = LabelStudio(base_url=url, api_key=api_key, timeout=timeout)
        client.users.whoami(request_options=NO_RETRY)
    return Connection(client, url)

"""Compiled JSON Schema validators for the record kinds of claims-ch.

Validation runs on every record before it is written, so it sits on the hot path: a compiled Rust
validator (jsonschema-rs) answers the common "is it valid?" question, and only an invalid record pays for
the pure-Python `jsonschema` pass that yields precise, readable messages with JSON pointers.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeGuard

import jsonschema
import jsonschema_rs
from referencing import Registry, Resource

from builder.records.types import Annotation

SCHEMA_NAMES = ("article", "claim", "rejected", "annotation", "verified")

# file stems written by the tool → schema that describes their records
_STEMS = {"articles": "article", "claims": "claim", "rejected": "rejected", "annotations": "annotation",
          "verified": "verified"}


def schema_dir() -> Path:
    """Where the schemas live: inside an installed wheel, or the repository's `schemas/` folder."""
    packaged = Path(__file__).resolve().parents[1] / "_schemas"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "schemas"


@cache
def load_schema(name: str) -> dict[str, Any]:
    if name not in SCHEMA_NAMES:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(SCHEMA_NAMES)}")
    return json.loads((schema_dir() / f"{name}.schema.json").read_text(encoding="utf-8"))


def schema_version(name: str) -> str:
    return load_schema(name)["version"]


@cache
def _fast(name: str) -> Any:
    registry = jsonschema_rs.Registry([(load_schema(n)["$id"], load_schema(n)) for n in SCHEMA_NAMES])
    return jsonschema_rs.validator_for(load_schema(name), registry=registry, validate_formats=True)


@cache
def _precise(name: str) -> jsonschema.Draft202012Validator:
    registry: Registry = Registry().with_resources(
        (load_schema(n)["$id"], Resource.from_contents(load_schema(n))) for n in SCHEMA_NAMES)
    return jsonschema.Draft202012Validator(load_schema(name), registry=registry,
                                           format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@dataclass(frozen=True)
class Violation:
    """One schema violation: where in the record (a JSON pointer) and what is wrong."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


def resolve(node: dict[str, Any], root: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Follow `$ref`s (local or to another schema's `$id`) to the node they name, and that node's root."""
    while "$ref" in node:
        base, _, fragment = node["$ref"].partition("#")
        if base:
            root = next(load_schema(n) for n in SCHEMA_NAMES if load_schema(n)["$id"] == base)
        node = root
        for part in filter(None, fragment.split("/")):
            node = node[part]
    return node, root


def _number_paths(node: dict[str, Any], root: dict[str, Any], path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The paths of the fields a schema types as `number` (`*`: every item of an array)."""
    node, root = resolve(node, root)
    types = node.get("type")
    if types == "number" or (isinstance(types, list) and "number" in types):
        yield path
    for option in [*node.get("oneOf", []), *node.get("anyOf", [])]:
        yield from _number_paths(option, root, path)
    for key, child in node.get("properties", {}).items():
        yield from _number_paths(child, root, (*path, key))
    if isinstance(node.get("items"), dict):
        yield from _number_paths(node["items"], root, (*path, "*"))


@cache
def number_paths(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(_number_paths(load_schema(name), load_schema(name), ()))


def _at(value: Any, path: tuple[str, ...]) -> Iterator[Any]:
    """The values at `path` in `value` (several where it passes through arrays)."""
    if not path:
        yield value
    elif path[0] == "*" and isinstance(value, list):
        for item in value:
            yield from _at(item, path[1:])
    elif isinstance(value, dict) and path[0] in value:
        yield from _at(value[path[0]], path[1:])


def is_valid(name: str, record: Any) -> bool:
    """Valid against the schema, and finite where it holds numbers: in a record the compiled validator
    accepts, a float can only sit where the schema says `number`, so only those fields are looked at (a
    walk of the whole record would cost eight times the validation)."""
    return _fast(name).is_valid(record) and all(
        not isinstance(v, float) or math.isfinite(v) for path in number_paths(name) for v in _at(record, path))


def is_annotation(record: object) -> TypeGuard[Annotation]:
    """`is_valid` for annotation records, telling the type checker what a record read from a file is."""
    return is_valid("annotation", record)


def non_finite(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str, str]]:
    """(pointer, message) for every NaN or ±Infinity inside `value`. No JSON Schema keyword rejects them
    (every comparison with NaN is false, so it passes `minimum` and `maximum`), yet Parquet float columns and
    Python callers carry them, and JSON cannot."""
    if isinstance(value, float) and not math.isfinite(value):
        yield _pointer(path), f"{value} is not a finite number"
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from non_finite(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from non_finite(item, (*path, index))


def violations(name: str, record: Any) -> list[Violation]:
    """All violations of `record` against schema `name`, most specific first; empty when valid."""
    if is_valid(name, record):
        return []
    out = [Violation(_pointer(err.absolute_path), err.message)
           for err in sorted(_precise(name).iter_errors(record), key=lambda e: (list(e.absolute_path), e.message))]
    out += [Violation(pointer, message) for pointer, message in non_finite(record)]
    # the two validators' format checks differ (Python's `date-time` takes any Unicode digit): what the compiled
    # one rejects is invalid even when the other finds nothing, and then its own messages say why
    return out or [Violation(_pointer(err.instance_path), err.message) for err in _fast(name).iter_errors(record)]


def _pointer(path: Any) -> str:
    """The JSON pointer (RFC 6901) of a path of keys and indices."""
    return "".join(f"/{str(p).replace('~', '~0').replace('/', '~1')}" for p in path)


def check(name: str, record: Any) -> None:
    """Raise ValueError naming the first violation; used before anything is written or sent."""
    found = violations(name, record)
    if found:
        raise ValueError(f"does not match the {name} schema: {found[0]}")


def schema_for_file(path: Path) -> str | None:
    """The schema of a file written by the tool, chosen by its stem (`claims.parquet` → claim)."""
    stem = path.name.split(".", 1)[0]
    return _STEMS.get(stem) or (stem if stem in SCHEMA_NAMES else None)

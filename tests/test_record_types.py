"""The TypedDicts of `builder.records.types` say what the JSON Schemas say: the same fields, each required or
not alike, of the same JSON type, nullable alike, with the same enum values, down to every nested object and
array item. A schema change that the types miss (or the other way round) fails here."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, get_args, get_origin, get_type_hints, is_typeddict

import pytest

from builder.records.schemas import SCHEMA_NAMES, load_schema, resolve
from builder.records.types import RECORD_TYPES, Article

Shape = frozenset[tuple[Any, ...]]  # the alternatives a value may take, each a hashable description
_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def schema_shape(node: dict[str, Any], root: dict[str, Any]) -> Shape:
    node, root = resolve(node, root)
    if "enum" in node:
        return frozenset(("null",) if value is None else ("enum", value) for value in node["enum"])
    alternatives = [*node.get("oneOf", []), *node.get("anyOf", [])]
    if alternatives:
        return frozenset().union(*(schema_shape(option, root) for option in alternatives))
    found: set[tuple[Any, ...]] = set()
    for kind in [node["type"]] if isinstance(node["type"], str) else node["type"]:
        if kind == "object":
            required = set(node.get("required", []))
            found.add(("object", tuple(sorted((key, key in required, schema_shape(child, root))
                                              for key, child in node["properties"].items()))))
        elif kind == "array":
            found.add(("array", schema_shape(node["items"], root)))
        else:
            found.add((kind,))
    return frozenset(found)


def type_shape(annotation: Any) -> Shape:
    origin = get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        return frozenset().union(*(type_shape(arg) for arg in get_args(annotation)))
    if origin is Literal:
        return frozenset(("enum", value) for value in get_args(annotation))
    if origin is list:
        (item,) = get_args(annotation)
        return frozenset({("array", type_shape(item))})
    if is_typeddict(annotation):
        hints = get_type_hints(annotation)
        return frozenset({("object", tuple(sorted((key, key in annotation.__required_keys__, type_shape(hint))
                                                  for key, hint in hints.items())))})
    return frozenset({(_JSON_TYPES[annotation],)})


def facts(shape: Shape, path: str = "") -> set[str]:
    """The shape as one readable line per fact (`.claim.spans[].start: ('integer',)`), for a readable diff."""
    found = set()
    for alternative in shape:
        if alternative[0] == "object":
            for key, required, child in alternative[1]:
                found.add(f"{path}.{key}: {'required' if required else 'optional'}")
                found |= facts(child, f"{path}.{key}")
        elif alternative[0] == "array":
            found |= facts(alternative[1], f"{path}[]")
        else:
            found.add(f"{path}: {alternative}")
    return found


def test_every_schema_has_a_type() -> None:
    assert sorted(RECORD_TYPES) == sorted(SCHEMA_NAMES)


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_the_type_of_each_record_kind_matches_its_schema(name: str) -> None:
    schema = load_schema(name)
    typed, schemed = facts(type_shape(RECORD_TYPES[name])), facts(schema_shape(schema, schema))
    assert (sorted(typed - schemed), sorted(schemed - typed)) == ([], [])
    assert type_shape(RECORD_TYPES[name]) == schema_shape(schema, schema)


def test_a_difference_is_seen() -> None:
    """The comparison is not blind: a field made optional, or nullable, no longer matches."""
    schema = load_schema("article")
    relaxed = {**schema, "required": [key for key in schema["required"] if key != "lead"]}
    nullable = {**schema, "properties": {**schema["properties"], "text": {"type": ["string", "null"]}}}
    assert type_shape(Article) == schema_shape(schema, schema)
    assert type_shape(Article) != schema_shape(relaxed, relaxed)
    assert type_shape(Article) != schema_shape(nullable, nullable)

"""Arrow schemas derived from the JSON Schemas, so Parquet columns never drift from the record contract, and
the page checksums every Parquet file of the tool is written and read with."""

from __future__ import annotations

from functools import cache
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from builder.records.schemas import load_schema, resolve

# A CRC32 per data page, written always and verified on every read: a flipped bit in a compressed page
# otherwise decodes to wrong values or to a decoder error that does not say the file is damaged. Shards
# travel without their manifest (a download of one file from the Hub), so the file must carry its own check.
PAGE_CHECKSUMS: dict[str, Any] = {"write_page_checksum": True}


def open_parquet(path: Any) -> pq.ParquetFile:
    """`path` opened so that reading a damaged page raises (OSError naming the CRC) instead of decoding it."""
    return pq.ParquetFile(path, page_checksum_verification=True)


_SCALARS = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}


def _arrow_type(node: dict[str, Any], root: dict[str, Any]) -> pa.DataType:
    node, root = resolve(node, root)
    for key in ("oneOf", "anyOf"):
        if key in node:
            options = [o for o in node[key] if resolve(o, root)[0].get("type") != "null"]
            return _arrow_type(options[0], root)
    if "enum" in node:
        return pa.string()
    types: Any = node.get("type")  # a JSON Schema type name, or a list of them
    if isinstance(types, list):
        types = next(t for t in types if t != "null")
    if types == "object":
        return pa.struct([pa.field(k, _arrow_type(v, root)) for k, v in node["properties"].items()])
    if types == "array":
        return pa.list_(_arrow_type(node["items"], root))
    return _SCALARS[types]


@cache
def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of record kind `name`, field order as in its JSON Schema."""
    root = load_schema(name)
    return pa.schema([pa.field(k, _arrow_type(v, root)) for k, v in root["properties"].items()])

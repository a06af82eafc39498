"""File mechanics under every record file: atomic writes (`atomic`), run manifests with checksums
(`manifest`) and the strict JSON reader (`strict_json`). What a record is lives in `builder.records`."""

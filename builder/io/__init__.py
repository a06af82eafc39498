"""Reading and atomically writing record files (JSONL and Parquet): `atomic`, `arrow`, `records`."""

"""The record contract, one package that every stage uses: the JSON Schemas and their validators
(`schemas`), the Arrow schema derived from them (`arrow`), the TypedDicts of records that cross module
boundaries (`types`, checked against the schemas by a test), and the record files that carry them
(`files`: JSONL and Parquet readers and writers; `run`: the outputs of one run, published together)."""

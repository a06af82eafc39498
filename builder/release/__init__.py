"""`builder release` and `builder publish`: split and verified records → a versioned Hugging Face dataset.

The pieces, one job each: `inputs` (read and check what was split and verified), `neardup` and `stories`
(group articles that tell one story), `splits` (stratified story-level train/validation/test),
`features` (the Hugging Face features of each config and the rows that fill them), `writer`
(deterministic Parquet shards), `card` (dataset card), `manifest` (checksums and versions), `changelog`
(what changed since the previous release), `versions` (which release is the last one), `build`
(all of it, atomically), `check` (validation of a release folder), `publish` (upload to the Hub).
"""

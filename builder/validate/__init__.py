"""Validation of every record that enters or leaves the tool against the JSON Schemas in `schemas/`.

`builder.validate.schemas` holds the compiled validators; `builder.validate.files` checks whole files.
"""

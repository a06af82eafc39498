"""`builder validate`: whole record files against the record contract (`builder.records.schemas`) and
against each other (`consistency`); `files` checks files and folders."""

"""German language resources shared by ingest and split: SoMaJo tokenising, the HanTa tagger and its store of
analyses, closed word lists and verb classes (`lexicon`), and the first-name list for gender (`first_names`)."""

"""Scoring `builder split` output against gold atomic claims (`builder eval`)."""

"""Verification in Label Studio: push claims as tasks, pull annotations back, measure agreement, adjudicate.

`push` and `pull` talk to a real Label Studio through `label-studio-sdk` 2.x (`connection`); `studio`
starts a local server from its own virtual environment, `servers` one per annotator (the only way to keep
annotators apart in Label Studio Community). `agreement` and `adjudicate` are pure functions.
"""

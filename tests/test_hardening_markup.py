"""Swissdox markup that does not close is rejected with its reason, and never becomes text or furniture;
markup that closes, or that cannot swallow anything, is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.rejects import BadInput
from builder.ingest.swissdox_markup import content_parts
from test_hardening_ingest import TSV_HEADER, run, tsv_row, write

BODY = "<p>Der Bundesrat hat am Mittwoch entschieden.</p><p>Die Kantone sind zufrieden.</p>"


@pytest.mark.parametrize(("markup", "reason"), [
    (f"<tx><lg><p>Bild: Keystone</p>{BODY}</tx>",
     "<lg> (caption) at character 4 of the markup is never closed ('<lg><p>Bild: Keystone</p><p>De…'), so all "
     "the text after it would be caption; close it or remove it in the source"),
    (f"<tx><lg>Bild: Keystone{BODY}", "<lg> (caption) at character 4 of the markup is never closed"),
    (f"<tx><ld><p>Der Lead.</p>{BODY}</tx>", "<ld> (lead) at character 4"),
    (f"<tx><p>Vorher.</p>\n<zt>Zwischentitel{BODY}</tx>", "<zt> (heading) at character 19"),
    (f"<tx><p>Vorher.</p><!-- Notiz der Redaktion {BODY}</tx>",
     "a comment at character 18 of the markup is never closed ('<!-- Notiz der Redaktion <p>De…')"),
    (f"<tx><p>Vorher.</p><![CDATA[ {BODY}</tx>", "a CDATA section at character 18"),
    (f"<tx><p>Vorher <b Der Bundesrat.</p>{BODY}</tx>", "a tag at character 14"),
    (f"<tx><p>Vorher <a href=\"https://x.ch>Link</a>.</p>{BODY}</tx>", "a tag at character 14"),
    (f"<tx><p>Vorher.</p><script>var teaser = 1; {BODY}</tx>", "<script> at character 18"),
])
def test_markup_that_does_not_close_is_rejected_with_where_it_opens(markup: str, reason: str) -> None:
    with pytest.raises(BadInput) as raised:
        content_parts(markup)
    assert raised.value.field == "content"
    assert raised.value.reason.startswith(reason)


def test_markup_that_closes_is_read_and_nothing_of_it_becomes_text() -> None:
    parts = content_parts("<tx><lg><p>Bild: Keystone</p></lg><!-- intern --><p>Erster <au>Absatz.<p>Zweiter "
                          "Absatz, 1 < 2.</p><script>var x = '<p>Code</p>';</script><style>p {}</style></tx>")
    assert [(p.text, p.kind, [s.kind for s in p.furniture]) for p in parts] == [
        ("Bild: Keystone", "body", ["caption"]),
        ("Erster Absatz.", "body", ["author"]),  # an inline tag left open ends with its paragraph
        ("Zweiter Absatz, 1 < 2.", "body", []),  # a <p> left open is ended by the next one
    ]


def test_a_row_with_an_unclosed_caption_is_rejected_and_the_rows_around_it_are_read(tmp_path: Path) -> None:
    path = write(tmp_path / "in.tsv", TSV_HEADER + tsv_row("1", content=f"<tx>{BODY}</tx>")
                 + tsv_row("2", content="<tx><lg><p>Bild: Keystone</p><p>Die Armee übt in Thun.</p></tx>")
                 + tsv_row("3", content="<tx><p>Vorher.</p><!-- Notiz <p>Die Armee übt in Thun.</p></tx>")
                 + tsv_row("4", content=f"<tx>{BODY}</tx>"))
    good, bad = run(path)
    assert [r["id"] for r in good] == ["1", "4"]
    assert [(r["record"], r["field"]) for r in bad] == [(3, "content"), (4, "content")]
    assert "<lg> (caption)" in bad[0]["reason"] and "a comment" in bad[1]["reason"]
    assert not any("Armee" in r["text"] or "Notiz" in r["text"] for r in good)

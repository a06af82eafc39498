"""Hostile input to the readers: every bad record is one rejection naming its line, never the end of the
run, and no damaged row hides the intact rows after it."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from builder.ingest import read_articles
from builder.ingest.dates import parse_date
from builder.ingest.rejects import BadInput
from builder.records.schemas import violations

GOOD = {"id": "g1", "title": "Gemeinde baut Schulhaus", "text": "Der Bau beginnt 2025.", "date": "2023-02-14"}
TSV_HEADER = ("id\tcontent_id\tpubtime\tarticle_link\tmedium_code\tmedium_name\tlanguage\tchar_count\thead\t"
              "subhead\tcontent\n")


def tsv_row(article_id: str, head: str = "Titel", text: str = "Der Rat tagt.", content: str | None = None) -> str:
    """A Swissdox row whose `content` is `<p>text</p>`, or the markup `content` as given."""
    content = f"<p>{text}</p>" if content is None else content
    return f"{article_id}\tc\t2024-08-28 14:44:12+02\thttps://x.ch\tZW\t20min\tde\t10\t{head}\t\t{content}\n"


def run(*paths: Path, fmt: str | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    out = list(read_articles(list(paths), fmt))
    for kind, rec in out:
        assert violations("article" if kind == "article" else "rejected", rec) == []
    return ([rec for kind, rec in out if kind == "article"], [rec for kind, rec in out if kind == "rejected"])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- unbalanced quotation marks in CSV and TSV ----------------------------------------------------------

def test_an_unclosed_quote_in_a_tsv_field_rejects_its_row_and_keeps_the_rows_after_it(tmp_path: Path) -> None:
    path = write(tmp_path / "in.tsv", TSV_HEADER + tsv_row("1") + tsv_row("2", head='"Rat tagt')
                 + tsv_row("3") + tsv_row("4"))
    good, (bad,) = run(path)
    assert [r["id"] for r in good] == ["1", "3", "4"]
    assert all("\t" not in r["text"] and "2024-08-28" not in r["text"] for r in good)
    assert (bad["file"], bad["record"]) == (str(path), 3)
    assert "unbalanced quotation mark" in bad["reason"] and "line 3" in bad["reason"]
    assert bad["raw"].startswith('2\tc\t')


def test_a_quote_that_closes_rows_later_no_longer_pastes_them_into_one_article(tmp_path: Path) -> None:
    # csv alone reads rows 3-5 as one field of b1 (the quote closes on line 5): exit 0, three rows gone
    path = write(tmp_path / "in.csv", 'id,title,text\ng1,Titel,Text eins.\nb1,Titel,"Text zwei.\n'
                 'g2,Titel,Text drei.\ng3,Titel,"Text vier."\ng4,Titel,Text fünf.\n')
    good, (bad,) = run(path)
    assert [r["id"] for r in good] == ["g1", "g2", "g3", "g4"]
    assert [r["text"].split("\n\n")[1] for r in good] == ["Text eins.", "Text drei.", "Text vier.", "Text fünf."]
    assert bad["record"] == 3 and "the next row" in bad["reason"]


def test_a_quote_never_closed_rejects_the_rest_of_the_file_by_line(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", 'id,title,text\ng1,Titel,Text eins.\nb1,Titel,"offen\nnoch ein Absatz\n')
    good, (bad,) = run(path)
    assert [r["id"] for r in good] == ["g1"]
    assert bad["record"] == 3 and "lines 3–4" in bad["reason"] and "end of the file" in bad["reason"]


def test_quoted_fields_with_line_breaks_and_commas_are_still_one_row(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", 'id,title,text,date\ng1,Titel,"Erster Absatz, mit Komma.\n'
                 'Zweiter, auch mit, Kommas.\n""Zitat"" im dritten.",2023-01-02\ng2,Titel,Text.,2023-01-03\n')
    good, bad = run(path)
    assert bad == []
    assert [r["id"] for r in good] == ["g1", "g2"]
    assert good[0]["text"].endswith('"Zitat" im dritten.')


# --- records that used to end the whole run ---------------------------------------------------------------

def jsonl(tmp_path: Path, *lines: str) -> Path:
    return write(tmp_path / "in.jsonl", "".join(line + "\n" for line in lines))


def test_a_lone_surrogate_escape_in_any_field_rejects_only_its_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path, json.dumps(GOOD),
                 json.dumps({**GOOD, "id": "s1", "source": "\ud800"}),  # json.dumps writes the escape
                 json.dumps({**GOOD, "id": "s2", "text": "Gr\udcfcsse"}),
                 json.dumps({**GOOD, "id": "ok2", "text": "Emoji \U0001F600 als Paar."}))
    good, bad = run(path)
    assert [r["id"] for r in good] == ["g1", "ok2"]
    assert [r["record"] for r in bad] == [2, 3]
    assert all("lone surrogate escape" in r["reason"] for r in bad)


def test_nan_infinity_deep_nesting_and_huge_integers_are_malformed_lines(tmp_path: Path) -> None:
    good_line = json.dumps(GOOD)[:-1]
    path = jsonl(tmp_path, good_line + ', "x": NaN}', good_line + ', "x": -Infinity}',
                 good_line + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
                 good_line + ', "x": ' + "1" * 5000 + "}", json.dumps({**GOOD, "id": "g2"}))
    good, bad = run(path)
    assert [r["id"] for r in good] == ["g2"]
    assert [r["record"] for r in bad] == [1, 2, 3, 4]
    assert all(r["reason"].startswith("malformed JSON") for r in bad)
    assert "NaN is not a JSON number" in bad[0]["reason"] and "nested too deeply" in bad[2]["reason"]


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "1499", "2501-01"])
def test_a_date_outside_the_plausible_years_is_rejected(value: str) -> None:
    with pytest.raises(BadInput, match="outside the years 1500 to 2500"):
        parse_date(value)


@pytest.mark.parametrize("value", ["٢٠٢٤-٠١-٠٢", "２０２４-01-02", "17.02.２０２０"])
def test_a_date_with_digits_other_than_ascii_does_not_parse(value: str) -> None:
    with pytest.raises(BadInput, match="does not parse"):
        parse_date(value)


# --- files that cannot be read ----------------------------------------------------------------------------

def test_a_fifo_or_a_device_is_a_rejected_file_and_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    good_path = jsonl(tmp_path, json.dumps(GOOD))
    signal.alarm(20)  # reading the FIFO would block forever
    try:
        good, bad = run(fifo, Path("/dev/zero"), good_path, fmt="jsonl")
    finally:
        signal.alarm(0)
    assert [r["id"] for r in good] == ["g1"]
    assert [(r["file"], r["record"]) for r in bad] == [(str(fifo), None), ("/dev/zero", None)]
    assert all("not a regular file" in r["reason"] for r in bad)


def test_a_file_behind_a_folder_without_permission_is_a_rejected_file(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """What a user without root meets for `chmod 000 folder`: stat fails with EACCES (simulated, as root
    passes every permission check)."""
    hidden = tmp_path / "locked" / "in.jsonl"
    good_path = jsonl(tmp_path, json.dumps(GOOD))
    real_stat = Path.stat

    def stat(self: Path, **kwargs: Any) -> os.stat_result:
        if self == hidden:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    good, (bad,) = run(hidden, good_path)
    assert [r["id"] for r in good] == ["g1"]
    assert bad["file"] == str(hidden) and "Permission denied" in bad["reason"]

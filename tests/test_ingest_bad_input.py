"""Bad input never raises: each bad record becomes one rejected record that says where, what and how to
fix it, and every good record around it still comes out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from builder.ingest import read_articles
from builder.records.schemas import violations

GOOD = {"id": "g1", "title": "Gemeinde baut Schulhaus", "text": "Der Bau beginnt 2025.", "date": "2023-02-14"}
TSV_HEADER = ("id\tcontent_id\tpubtime\tarticle_link\tmedium_code\tmedium_name\tlanguage\tchar_count\thead\t"
              "subhead\tcontent\n")


def run(*paths: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    out = list(read_articles(list(paths)))
    for kind, rec in out:
        assert violations("article" if kind == "article" else "rejected", rec) == []
    return ([rec for kind, rec in out if kind == "article"], [rec for kind, rec in out if kind == "rejected"])


def jsonl(tmp_path: Path, *lines: str | bytes) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join((ln if isinstance(ln, bytes) else ln.encode()) + b"\n" for ln in lines))
    return path


def assert_one_line_with_fix(reason: str, *words: str) -> None:
    assert "\n" not in reason and ";" in reason  # "<problem>; <fix>"
    for word in words:
        assert word in reason


def test_malformed_json_line_is_rejected_and_the_others_come_out(tmp_path: Path) -> None:
    path = jsonl(tmp_path, json.dumps(GOOD), '{"id": "b1", "title": "kaputt", "text": "x"', "",
                 json.dumps({**GOOD, "id": "g2"}), "[1, 2]")
    good, bad = run(path)
    assert [r["id"] for r in good] == ["g1", "g2"]
    assert [(r["file"], r["record"]) for r in bad] == [(str(path), 2), (str(path), 5)]
    assert_one_line_with_fix(bad[0]["reason"], "malformed JSON", "column")
    assert bad[0]["raw"].startswith('{"id": "b1"')
    assert_one_line_with_fix(bad[1]["reason"], "not an object")


def test_invalid_utf8_in_one_jsonl_line_rejects_only_that_line(tmp_path: Path) -> None:
    broken = json.dumps({**GOOD, "id": "b1"}).encode().replace(b"Gemeinde", b"Gem\xe4inde")
    path = jsonl(tmp_path, json.dumps(GOOD), broken, json.dumps({**GOOD, "id": "g2"}))
    good, (bad,) = run(path)
    assert [r["id"] for r in good] == ["g1", "g2"]
    assert (bad["record"], bad["field"]) == (2, None)
    assert_one_line_with_fix(bad["reason"], "UTF-8", "0xe4")
    assert "Gem\ufffdinde" in bad["raw"]


def test_invalid_utf8_in_a_plain_text_file_rejects_that_file(tmp_path: Path) -> None:
    bad_file = tmp_path / "kaputt.txt"
    bad_file.write_bytes(b"date 2022-01 Titel Der Lead.\nAbsatz eins.\n" + b"Gr\xfcsse\n")
    good_file = tmp_path / "gut.txt"
    good_file.write_text("date 2022-01 Titel Der Lead.\nAbsatz eins.\n", encoding="utf-8")
    good, (bad,) = run(bad_file, good_file)
    assert [r["id"] for r in good] == ["gut"]
    assert (bad["file"], bad["record"]) == (str(bad_file), None)
    assert_one_line_with_fix(bad["reason"], "UTF-8", "line 3")


def test_invalid_utf8_in_one_csv_row_rejects_only_that_row(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"id,title,text\ng1,Titel,Text eins.\nb1,Titel,Gr\xfcsse.\ng2,Titel,Text zwei.\n")
    good, (bad,) = run(path)
    assert [r["id"] for r in good] == ["g1", "g2"]
    assert bad["record"] == 3
    assert_one_line_with_fix(bad["reason"], "UTF-8")


def test_rows_with_too_few_or_too_many_columns_are_rejected(tmp_path: Path) -> None:
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("id,title,text,date\ng1,Titel,Text.,2023\nb1,Titel\n"
                        "b2,Titel,Text, mit Komma,2023\ng2,Titel,\"Text, quoted.\",2023\n", encoding="utf-8")
    good, bad = run(csv_path)
    assert [r["id"] for r in good] == ["g1", "g2"]
    assert [r["record"] for r in bad] == [3, 4]
    assert_one_line_with_fix(bad[0]["reason"], "too few columns (2, the header has 4)", "quoting")
    assert_one_line_with_fix(bad[1]["reason"], "too many columns")


def test_swissdox_row_with_too_few_columns_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "in.tsv"
    good_row = "1\tc\t2024-08-28 14:44:12+02\thttps://x\tZW\t20min\tde\t10\tTitel\t\t<p>Text.</p>\n"
    path.write_text(TSV_HEADER + good_row + "2\tc\t2024-08-28\tTitel\n" + good_row.replace("1", "3", 1),
                    encoding="utf-8")
    good, (bad,) = run(path)
    assert [r["id"] for r in good] == ["1", "3"]
    assert (bad["file"], bad["record"]) == (str(path), 3)
    assert_one_line_with_fix(bad["reason"], "too few columns (4, the header has 11)")


def test_a_header_without_the_needed_columns_rejects_the_file(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("ident,titel,inhalt\n1,a,b\n", encoding="utf-8")
    _, (bad,) = run(path)
    assert bad["record"] is None
    assert_one_line_with_fix(bad["reason"], "id, text")


def test_an_article_without_text_is_rejected_in_every_format(tmp_path: Path) -> None:
    jsonl_path = jsonl(tmp_path, json.dumps({"id": "e1", "title": "", "text": "  \n "}), json.dumps(GOOD))
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("id,title,text\ne2,,\n", encoding="utf-8")
    tsv_path = tmp_path / "in.tsv"
    tsv_path.write_text(TSV_HEADER + "e3\tc\t2024-08-28\t\t\t\tde\t0\t\t\t<tx><p> </p></tx>\n",
                        encoding="utf-8")
    txt_path = tmp_path / "leer.txt"
    txt_path.write_text("date 2022-01\n\n", encoding="utf-8")
    good, bad = run(jsonl_path, csv_path, tsv_path, txt_path)
    assert [r["id"] for r in good] == ["g1"]
    assert [(r["file"], r["record"], r["field"]) for r in bad] == [
        (str(jsonl_path), 1, "text"), (str(csv_path), 2, "text"), (str(tsv_path), 2, "text"),
        (str(txt_path), None, "text")]
    for rec in bad:
        assert_one_line_with_fix(rec["reason"], "no text")


def test_a_date_that_does_not_parse_is_rejected_naming_the_field(tmp_path: Path) -> None:
    jsonl_path = jsonl(tmp_path, json.dumps({**GOOD, "date": "gestern"}), json.dumps({**GOOD, "id": "g2"}))
    tsv_path = tmp_path / "in.tsv"
    tsv_path.write_text(TSV_HEADER + "5\tc\t28.13.2024\t\t\t\tde\t0\tTitel\t\t<p>Text.</p>\n",
                        encoding="utf-8")
    txt_path = tmp_path / "a.txt"
    txt_path.write_text("date 2022-00 Titel Der Lead.\n", encoding="utf-8")
    good, bad = run(jsonl_path, tsv_path, txt_path)
    assert [r["id"] for r in good] == ["g2"]
    assert [(r["record"], r["field"]) for r in bad] == [(1, "date"), (2, "pubtime"), (1, "date")]
    assert_one_line_with_fix(bad[0]["reason"], "'gestern'", "YYYY-MM-DD")
    assert_one_line_with_fix(bad[1]["reason"], "'28.13.2024'")


def test_a_missing_file_or_a_directory_is_rejected_and_the_next_file_still_read(tmp_path: Path) -> None:
    good_path = jsonl(tmp_path, json.dumps(GOOD))
    missing = tmp_path / "fehlt.jsonl"
    folder = tmp_path / "ordner.txt"
    folder.mkdir()
    plain = tmp_path / "ordner"  # a folder without an extension, whose format no name tells
    plain.mkdir()
    good, bad = run(missing, folder, plain, good_path)
    assert [r["id"] for r in good] == ["g1"]
    assert [(r["file"], r["record"]) for r in bad] == [(str(missing), None), (str(folder), None), (str(plain), None)]
    assert_one_line_with_fix(bad[0]["reason"], "not found", "path")
    assert_one_line_with_fix(bad[1]["reason"], "directory")
    assert_one_line_with_fix(bad[2]["reason"], "directory")


def test_a_duplicate_article_id_rejects_the_later_one_across_files(tmp_path: Path) -> None:
    first = jsonl(tmp_path, json.dumps(GOOD), json.dumps({**GOOD, "id": "g2"}),
                  json.dumps({**GOOD, "text": "B."}))
    second = tmp_path / "more.csv"
    second.write_text("id,title,text\ng2,Titel,Andere Zeitung.\n", encoding="utf-8")
    good, bad = run(first, second)
    assert [r["id"] for r in good] == ["g1", "g2"]
    assert [(r["file"], r["record"], r["field"]) for r in bad] == [
        (str(first), 3, "id"), (str(second), 2, "id")]
    assert_one_line_with_fix(bad[0]["reason"], "duplicate article id 'g1'", f"{first}:1", "unique")
    assert_one_line_with_fix(bad[1]["reason"], f"{first}:2")


def test_missing_id_and_wrongly_typed_fields_are_rejected_naming_the_field(tmp_path: Path) -> None:
    path = jsonl(tmp_path, json.dumps({"title": "T", "text": "Text."}), json.dumps({**GOOD, "text": ["a"]}),
                 json.dumps({**GOOD, "id": 42}))
    good, bad = run(path)
    assert [r["id"] for r in good] == ["42"]  # a numeric id is fine as its string
    assert [(r["record"], r["field"]) for r in bad] == [(1, "id"), (2, "text")]
    assert_one_line_with_fix(bad[1]["reason"], "'text' is a list")


def test_raw_input_in_rejections_is_truncated(tmp_path: Path) -> None:
    path = jsonl(tmp_path, '{"id": "x", "text": "' + "lang " * 500)
    _, (bad,) = run(path)
    assert len(bad["raw"]) <= 301 and bad["raw"].endswith("…")


def test_control_characters_mark_a_binary_or_broken_input_in_every_format(tmp_path: Path) -> None:
    """A NUL or another control character is no article text: the record (or the plain-text file) is
    rejected with the character named, and the good record next to it still comes out."""
    path = jsonl(tmp_path, json.dumps({**GOOD, "id": "b1", "text": "Die Stadt\u0000 baut."}),
                 json.dumps({**GOOD, "id": "b2", "title": "Alarm\u0007"}), json.dumps(GOOD))
    good, bad = run(path)
    assert [a["id"] for a in good] == ["g1"]
    assert [(r["record"], r["field"]) for r in bad] == [(1, "text"), (2, "text")]
    assert_one_line_with_fix(bad[0]["reason"], "U+0000", "UTF-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PK binary")
    good, bad = run(binary)
    assert good == [] and len(bad) == 1 and "U+0000" in bad[0]["reason"]


def test_a_date_under_another_common_name_is_read_not_dropped(tmp_path: Path) -> None:
    record = {key: value for key, value in GOOD.items() if key != "date"}
    jsonl_path = jsonl(tmp_path, json.dumps({**record, "id": "p1", "published": "2024-03-01"}),
                       json.dumps({**record, "id": "p2", "published_at": "2024-03-02T10:00:00"}),
                       json.dumps({**record, "id": "p3", "published": "gestern"}))
    good, bad = run(jsonl_path)
    assert [(r["id"], r["published"]["value"][:10]) for r in good] == [("p1", "2024-03-01"), ("p2", "2024-03-02")]
    assert [(r["record"], r["field"]) for r in bad] == [(3, "published")]
    assert_one_line_with_fix(bad[0]["reason"], "'gestern'")


def test_an_empty_or_blank_file_is_rejected_and_the_next_file_still_read(tmp_path: Path) -> None:
    """A file with no article in it is a wrong path or a failed export, not a run with nothing to do."""
    good_path = jsonl(tmp_path, json.dumps(GOOD))
    empty = tmp_path / "leer.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.csv"
    blank.write_text("id,title,text\n", encoding="utf-8")  # a header and no row
    spaces = tmp_path / "spaces.jsonl"
    spaces.write_text("\n  \n\n", encoding="utf-8")
    good, bad = run(empty, blank, spaces, good_path)
    assert [r["id"] for r in good] == ["g1"]
    assert [(r["file"], r["record"]) for r in bad] == [(str(empty), None), (str(blank), None), (str(spaces), None)]
    for record in bad:
        assert_one_line_with_fix(record["reason"], "no article", "empty")


def test_a_file_that_is_one_json_list_gives_each_element_as_a_record(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps([GOOD, {**GOOD, "id": "g2"}, [1, 2], {"id": "b1", "title": "", "text": " "}],
                               indent=2), encoding="utf-8")
    good, bad = run(path)
    assert [r["id"] for r in good] == ["g1", "g2"]
    assert [(r["record"], r["field"]) for r in bad] == [(3, None), (4, "text")]
    assert_one_line_with_fix(bad[0]["reason"], "element 3", "not an object")


def test_a_json_list_that_does_not_parse_is_one_rejection_naming_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text("[\n" + json.dumps(GOOD) + ",\n]\n", encoding="utf-8")
    good, (bad,) = run(path, jsonl(tmp_path, json.dumps({**GOOD, "id": "g2"})))
    assert [r["id"] for r in good] == ["g2"]
    assert (bad["file"], bad["record"]) == (str(path), None)
    assert_one_line_with_fix(bad["reason"], "JSON list", "column")


def test_a_json_list_in_invalid_utf8_is_rejected_not_repaired(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(b"[\n" + json.dumps(GOOD).encode().replace(b"Gemeinde", b"Gem\xe4inde") + b"\n]\n")
    good, (bad,) = run(path)
    assert good == []
    assert_one_line_with_fix(bad["reason"], "UTF-8", "0xe4")

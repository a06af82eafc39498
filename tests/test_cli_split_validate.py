"""`builder split` and `builder validate` as a user meets them: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.records.files import RecordWriter, read_records

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "000_606d4c18b25b7e8e.txt"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_split_writes_parquet_by_default_and_summarises(tmp_path: Path) -> None:
    code, _, err = _run("split", str(SAMPLE), "-o", str(tmp_path))
    assert code == 0
    assert (tmp_path / "articles.parquet").exists() and (tmp_path / "claims.parquet").exists()
    assert "1 articles" in err and "0 rejected" in err and " s " in err
    assert not list(tmp_path.glob(".*tmp"))


def test_bad_inputs_are_rejected_one_line_each_and_good_ones_survive(tmp_path: Path) -> None:
    bad = tmp_path / "in.jsonl"
    good = {"id": "a1", "title": "Bern baut", "text": "Die Stadt Bern baut eine neue Brücke.", "date": "2024-05-02"}
    bad.write_bytes(b"\n".join([
        json.dumps(good).encode(),
        b'{"id": "a2", "title": "kaputt"',
        json.dumps({"id": "a3", "title": "", "text": ""}).encode(),
        json.dumps({**good, "id": "a4", "date": "32.13.2024"}).encode(),
        b'{"id": "a5", "title": "X", "text": "\xff\xfe kaputt"}',
    ]) + b"\n")
    out = tmp_path / "out"
    code, _, err = _run("split", str(bad), str(tmp_path / "missing.txt"), "-o", str(out), "--format", "jsonl")
    assert code == 1
    assert "rejected" in err and "Traceback" not in err
    assert f"builder: rejected: {bad}:2: malformed JSON" in err  # one line per problem: file, line, fix
    assert f"builder: rejected: {tmp_path / 'missing.txt'}: input file not found" in err
    rejected = [r for _, r in read_records(out / "rejected.jsonl")]
    assert {r["record"] for r in rejected} == {2, 3, 4, 5, None}
    assert all(r["reason"] and r["file"] for r in rejected)
    assert [a["id"] for _, a in read_records(out / "articles.jsonl")] == ["a1"]
    assert any(c["article_id"] == "a1" for _, c in read_records(out / "claims.jsonl"))


def test_unknown_format_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "x.docx").write_text("x")
    code, _, err = _run("split", str(tmp_path / "x.docx"), "-o", str(tmp_path / "o"))
    assert code == 2 and err.count("\n") == 1 and err.startswith("builder: error:")


def test_a_crash_mid_run_leaves_no_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Boom(RuntimeError):
        pass

    def explode(self: RecordWriter, record: dict) -> None:
        if "claim_id" in record:  # the article is written already: the crash hits mid-run
            raise Boom("disk on fire")
        written(self, record)

    written = RecordWriter.write
    monkeypatch.setattr(RecordWriter, "write", explode)
    out = tmp_path / "out"
    code, _, err = _run("split", str(SAMPLE), "-o", str(out))
    assert code == 3 and "internal error" in err
    assert list(out.iterdir()) == []


def test_validate_accepts_split_output_and_points_at_each_violation(tmp_path: Path) -> None:
    assert _run("split", str(SAMPLE), "-o", str(tmp_path), "--format", "jsonl")[0] == 0
    code, _, _ = _run("validate", str(tmp_path / "articles.jsonl"), str(tmp_path / "claims.jsonl"))
    assert code == 0
    claims = [json.loads(line) for line in (tmp_path / "claims.jsonl").read_text().splitlines()]
    claims[1]["spans"][0]["start"] = "3"
    del claims[2]["splitter"]
    claims[3]["attribution"] = {"speaker": "X", "cue": "sagte", "quote": "paraphrase"}
    broken = tmp_path / "claims.jsonl"
    broken.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in claims) + "\n")
    code, out, _ = _run("validate", str(broken))
    assert code == 1
    lines = out.splitlines()
    assert f"{broken}:2: /spans/0/start: '3' is not of type 'integer'" in lines
    assert any(line.startswith(f"{broken}:3: /: 'splitter' is a required property") for line in lines)
    assert any(line.startswith(f"{broken}:4: /attribution") for line in lines)


def test_validate_reads_parquet_and_reports_malformed_jsonl(tmp_path: Path) -> None:
    assert _run("split", str(SAMPLE), "-o", str(tmp_path))[0] == 0
    assert _run("validate", str(tmp_path / "claims.parquet"))[0] == 0
    junk = tmp_path / "claims.jsonl"
    junk.write_text('{"claim_id": \n')
    code, out, _ = _run("validate", str(junk))
    assert code == 1 and f"{junk}:1: malformed JSON" in out


def test_articles_refused_after_reading_keep_their_file_and_line(tmp_path: Path) -> None:
    tsv = tmp_path / "fr.tsv"
    header = ("id\tcontent_id\tpubtime\tarticle_link\tmedium_code\tmedium_name\tlanguage\tchar_count\thead\tsubhead"
              "\tcontent")
    row = "7\tc\t2024-08-28 14:44:12+02\thttps://x.ch/a\tZWA\t20min\tfr\t10\tTitre\t\t<tx><p>Le conseil siège.</p></tx>"
    tsv.write_text(header + "\n" + row + "\n", encoding="utf-8")
    code, _, err = _run("split", str(tsv), "-o", str(tmp_path / "out"))
    assert code == 1
    [refused] = [r for _, r in read_records(tmp_path / "out" / "rejected.jsonl")]
    assert (refused["file"], refused["record"], refused["field"]) == (str(tsv), 2, "language")
    assert f"{tsv}:2: article '7': language 'fr' (declared by the input" in err and "is not supported" in err



def test_validate_names_a_missing_file_and_still_checks_the_others(tmp_path: Path) -> None:
    assert _run("split", str(SAMPLE), "-o", str(tmp_path), "--format", "jsonl")[0] == 0
    code, out, _ = _run("validate", str(tmp_path / "gone.jsonl"), str(tmp_path / "claims.jsonl"))
    assert code == 1 and out.splitlines() == [f"{tmp_path / 'gone.jsonl'}: file not found; check the path"]


def test_an_output_folder_that_cannot_be_made_is_one_line_and_exit_2() -> None:
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux's /proc, where no folder can be made")
    code, _, err = _run("split", str(SAMPLE), "-o", "/proc/claims-ch-out")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("builder: error: /proc/claims-ch-out:") and "internal error" not in err

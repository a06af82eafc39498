"""The on-disk store of HanTa's analyses (builder/split/analyses.py): what is read back is what was
computed, bit for bit; processes writing at once lose nothing; an unusable folder only turns it off; and
tags are the same with no store, a cold one and a warm one."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

from builder.language.analyses import AnalysisStore, stored

ROOT = Path(__file__).resolve().parents[1]


def test_analyses_read_back_with_the_same_numbers_and_types(tmp_path: Path) -> None:
    written = [(3, 0), (17, 0.1 + 0.2), (-5, -1e-300), (8, -123.456789012345678)]
    store = AnalysisStore(tmp_path / "a.sqlite")
    store.add("forward\tKantonsregierungen", written)
    store.flush()
    read = AnalysisStore(tmp_path / "a.sqlite").get("forward\tKantonsregierungen")
    assert read == written
    assert [type(lp) for _, lp in read] == [int, float, float, float]
    assert AnalysisStore(tmp_path / "a.sqlite").get("forward\tunbekannt") is None


def test_stored_computes_once_and_later_processes_read(tmp_path: Path) -> None:
    calls: list[tuple[str, int]] = []

    def analyze(word: str, pos: int) -> list[tuple[int, int]]:
        calls.append((word, pos))
        return [(pos, len(word))]

    store = AnalysisStore(tmp_path / "a.sqlite")
    assert stored(analyze, store, "morphemes")("Impfstoff", 4) == [(4, 9)]
    store.flush()  # as at the end of a process
    later = stored(analyze, AnalysisStore(tmp_path / "a.sqlite"), "morphemes")
    assert later("Impfstoff", 4) == [(4, 9)]
    assert later("Impfstoff", 5) == [(5, 9)]  # another argument is another key
    assert calls == [("Impfstoff", 4), ("Impfstoff", 5)]


def _write(path: str, worker: int) -> None:
    store = AnalysisStore(Path(path))
    for i in range(1_200):  # more than a batch: some are written before the end, the rest at flush
        store.add(f"forward\tform{i}", [(worker % 2, i / 7)])
    store.flush()


def test_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "a.sqlite")
    workers = [multiprocessing.get_context("spawn").Process(target=_write, args=(path, w)) for w in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    store = AnalysisStore(Path(path))
    for i in range(1_200):
        found = store.get(f"forward\tform{i}")
        assert found is not None and found[0][1] == i / 7 and found[0][0] in {0, 1}


def test_an_unusable_folder_turns_the_store_off(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be")
    store = AnalysisStore(blocker / "a.sqlite")
    store.add("forward\tx", [(1, 0.5)])
    store.flush()
    assert store.get("forward\tx") is None
    assert stored(lambda word: [(2, 1.5)], store, "forward")("x") == [(2, 1.5)]


_TAGS = """
import json, sys
from builder.language.tagger import tag, inflected_noun, past_tense
sentences = [s.split() for s in sys.stdin.read().splitlines()]
print(json.dumps([[(t.tag, t.lemma, inflected_noun(t.text), past_tense(t.text, t.tag)) for t in tag(s)]
                  for s in sentences]))
"""
_SENTENCES = ("Die Kantonsregierungen verschärften gestern die Coronamassnahmen für Grossveranstaltungen .\n"
              "Der Impfstoffhersteller lieferte weniger Dosen als versprochen , kritisierten Gesundheitsdirektoren .")


def _tags(cache: str) -> list:
    env = {**os.environ, "BUILDER_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _TAGS], input=_SENTENCES, env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_tags_are_the_same_without_a_store_and_with_a_cold_and_a_warm_one(tmp_path: Path) -> None:
    without = _tags("off")
    cold = _tags(str(tmp_path / "cache"))
    assert list((tmp_path / "cache").glob("hanta-1.2.1-*.sqlite")), "the analyses were not stored"
    warm = _tags(str(tmp_path / "cache"))
    assert without == cold == warm

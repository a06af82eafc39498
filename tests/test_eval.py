"""`builder eval`: the gold scores on hand-made outputs whose figures are counted by hand below, and the
same figures as ../shared/eval/score_claims.py wherever that scorer is available."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.errors import BuilderError
from builder.eval.score import locate, read_articles, read_gold, score
from builder.records.files import write_records
from builder.records.schemas import check

SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_SCORER = SHARED / "eval" / "score_claims.py"

S1 = "Blinken trifft am Mittwoch in Kiew Selenskyj und Kuleba."
S2 = "«Diplomatie ist nicht tot», sagte Lawrow."
S3 = "Foto: Keystone"
S4 = "Der Preis steigt um 70 Franken."
TEXT = f"{S1} {S2}\n\n{S3}\n\n{S4}"


def _span(sentence: str, text: str = TEXT) -> dict[str, int]:
    start = text.index(sentence)
    return {"start": start, "end": start + len(sentence)}


def article(article_id: str, text: str) -> dict[str, Any]:
    record = {"id": article_id, "source": None, "url": None,
              "published": {"value": "2022-01", "precision": "month"}, "title": "", "lead": None,
              "text": text, "paragraphs": [{"start": 0, "end": len(text), "kind": "body"}], "furniture": [],
              "language": "de"}
    check("article", record)
    return record


def claim(text: str, spans: list[dict[str, int]], speaker: str | None = None,
          article_id: str = "A") -> dict[str, Any]:
    record = {"claim_id": hashlib.sha1(f"{text}{spans}".encode()).hexdigest()[:16], "article_id": article_id,
              "sentence_index": 0, "text": text, "spans": spans, "sentence": text,
              "attribution": {"speaker": speaker, "cue": "sagte", "quote": "direct"} if speaker else None,
              "time": [], "entities": [], "checkworthy": 0.5, "splitter": {"name": "test", "version": "0.1.0"}}
    check("claim", record)
    return record


def gold_line(sentence: str, claims: list[tuple[list[list[str]], list[str] | None]] = (),
              furniture: bool = False, article_id: str = "A") -> dict[str, Any]:
    return {"article_id": article_id, "sentence": sentence, "furniture": furniture,
            "claims": [{"text": "-", "keys": keys, "speaker": speaker} for keys, speaker in claims]}


def write_case(folder: Path, articles: list[dict], claims: list[dict], gold: list[dict],
               fmt: str = "jsonl") -> tuple[Path, Path]:
    out = folder / "out"
    write_records(out, "articles", "article", articles, fmt)  # type: ignore[arg-type]
    write_records(out, "claims", "claim", claims, fmt)  # type: ignore[arg-type]
    gold_path = folder / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    return out, gold_path


C1 = ([["Blinken"], ["trifft"], ["Selenskyj"]], None)
C2 = ([["Blinken"], ["trifft"], ["Kuleba"]], None)
C3 = ([["Diplomatie"], ["nicht tot"]], ["Lawrow", "Lavrov"])
C4 = ([["Preis"], ["70 Franken"]], None)

MIXED_GOLD = [
    gold_line(S1, [C1, C2]),
    gold_line(S2, [C3]),
    gold_line(S3, furniture=True),
    gold_line(S4, [C4]),
    gold_line("Dieser Satz steht nicht im Artikel.", [([["Satz"]], None)]),  # unlocatable: 1 claim missed
    gold_line("Ein Satz eines Artikels ohne Ausgabe.", [([["Satz"]], None)] * 2, article_id="B"),  # 2 missed
]
MIXED_CLAIMS = [
    claim("Blinken trifft am Mittwoch in Kiew Selenskyj.", [_span(S1)]),  # meets C1 only: atomic
    claim(S1, [_span(S1)]),  # unsplit: meets C1 and C2
    claim("Diplomatie ist nicht tot.", [_span(S2)], speaker="Sergej Lawrow"),  # meets C3, right speaker
    claim("Keystone hat fotografiert.", [_span(S3)]),  # from furniture: a false positive
    claim("Der Preis steigt.", [_span(S4)]),  # misses the number: meets nothing
    claim("Ausserhalb des Texts.", [{"start": 10_000, "end": 10_005}]),  # bad provenance, in no sentence
    claim("Aus einem fehlenden Artikel.", [{"start": 0, "end": 5}], article_id="Z"),  # bad provenance
]
# counted by hand:
# in scope: 2 claims in S1, 1 in S2, 1 in S3 (furniture), 1 in S4 = 5; gold claims 2+1+1 + 1 + 2 = 7
# met gold claims: C1, C2, C3 = 3; strictly met: C1 (by the atomic claim) and C3 = 2
# matching produced claims 3, of which atomic 2; provenance 5 of 7 claims
MIXED_EXPECTED = {
    "strict_precision": 0.4, "strict_recall": 0.2857, "strict_f1": 0.3333,
    "gold_sentences": 6, "unlocated_sentences": 2, "gold_claims": 7, "produced_claims_in_scope": 5,
    "precision": 0.6, "recall": 0.4286, "f1": 0.5, "atomicity": 0.6667, "speaker_accuracy": 1.0,
    "furniture_claims": 1, "provenance": 0.7143, "claims_total": 7,
}


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_hand_counted_scores(tmp_path: Path, fmt: str) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], MIXED_CLAIMS, MIXED_GOLD, fmt)
    assert score(out, gold).as_dict() == MIXED_EXPECTED


def test_an_unsplit_sentence_scores_full_f1_but_zero_strict(tmp_path: Path) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], [claim(S1, [_span(S1)])], [gold_line(S1, [C1, C2])])
    figures = score(out, gold)
    assert (figures.precision, figures.recall, figures.f1) == (1.0, 1.0, 1.0)
    assert (figures.strict_precision, figures.strict_recall, figures.strict_f1, figures.atomicity) == (0, 0, 0, 0)


def test_split_claims_score_full_strict(tmp_path: Path) -> None:
    claims = [claim("Blinken trifft in Kiew Selenskyj.", [_span(S1)]),
              claim("Blinken trifft in Kiew Kuleba.", [_span(S1)])]
    out, gold = write_case(tmp_path, [article("A", TEXT)], claims, [gold_line(S1, [C1, C2])])
    figures = score(out, gold)
    assert (figures.strict_precision, figures.strict_recall, figures.strict_f1, figures.atomicity) == (1, 1, 1, 1)


def test_one_atomic_claim_of_two_gold_claims(tmp_path: Path) -> None:
    claims = [claim("Blinken trifft Selenskyj.", [_span(S1)]), claim("Kiew ist gross.", [_span(S1)])]
    out, gold = write_case(tmp_path, [article("A", TEXT)], claims, [gold_line(S1, [C1, C2])])
    figures = score(out, gold)
    # 1 of 2 produced claims matches (atomically), 1 of 2 gold claims met: all figures 0.5
    assert (figures.precision, figures.recall, figures.strict_f1, figures.atomicity) == (0.5, 0.5, 0.5, 1.0)


@pytest.mark.parametrize(("speaker", "accuracy"), [("Sergej Lawrow", 1.0), ("Lavrov", 1.0),
                                                     ("Blinken", 0.0), (None, 0.0)])
def test_speaker_accuracy(tmp_path: Path, speaker: str | None, accuracy: float) -> None:
    claims = [claim("Diplomatie ist nicht tot.", [_span(S2)], speaker=speaker)]
    out, gold = write_case(tmp_path, [article("A", TEXT)], claims, [gold_line(S2, [C3])])
    figures = score(out, gold)
    assert (figures.recall, figures.speaker_accuracy) == (1.0, accuracy)


def test_a_key_may_be_met_by_the_speaker(tmp_path: Path) -> None:
    said = ([["Diplomatie"], ["Lawrow"]], ["Lawrow"])
    with_speaker = [claim("Diplomatie ist nicht tot.", [_span(S2)], speaker="Lawrow")]
    out, gold = write_case(tmp_path, [article("A", TEXT)], with_speaker, [gold_line(S2, [said])])
    assert score(out, gold).recall == 1.0
    without = [claim("Diplomatie ist nicht tot.", [_span(S2)])]
    out, gold = write_case(tmp_path / "2", [article("A", TEXT)], without, [gold_line(S2, [said])])
    assert score(out, gold).recall == 0.0


def test_claims_from_furniture_count_as_false_positives(tmp_path: Path) -> None:
    claims = [claim("Keystone fotografierte.", [_span(S3)]), claim("Der Preis steigt um 70 Franken.", [_span(S4)])]
    out, gold = write_case(tmp_path, [article("A", TEXT)], claims, [gold_line(S3, furniture=True),
                                                                     gold_line(S4, [C4])])
    figures = score(out, gold)
    assert (figures.furniture_claims, figures.produced_claims_in_scope, figures.precision) == (1, 2, 0.5)


def test_a_claim_is_placed_by_its_lowest_span_start(tmp_path: Path) -> None:
    spans = [_span(S4), _span("Kuleba")]  # listed second, but starts first: the claim belongs to S1
    out, gold = write_case(tmp_path, [article("A", TEXT)], [claim("Blinken trifft Kuleba.", spans)],
                           [gold_line(S1, [C2]), gold_line(S4, [C4])])
    figures = score(out, gold)
    assert (figures.recall, figures.precision) == (0.5, 1.0)


def test_claims_outside_annotated_sentences_are_out_of_scope(tmp_path: Path) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], [claim("Der Preis steigt.", [_span(S4)])],
                           [gold_line(S1, [C1])])
    figures = score(out, gold)
    assert (figures.produced_claims_in_scope, figures.claims_total, figures.precision) == (0, 1, 0.0)


def test_a_sentence_ends_where_its_last_character_does(tmp_path: Path) -> None:
    after = _span(S1)["end"]  # the space between S1 and S2: in neither sentence
    claims = [claim("Blinken trifft Selenskyj.", [{"start": after, "end": after + 3}])]
    out, gold = write_case(tmp_path, [article("A", TEXT)], claims, [gold_line(S1, [C1]), gold_line(S2, [C3])])
    assert score(out, gold).produced_claims_in_scope == 0


@pytest.mark.parametrize(("spans", "provenance"), [
    ([{"start": 0, "end": len(TEXT)}], 1.0),
    ([{"start": 0, "end": len(TEXT) + 1}], 0.0),  # past the end of the text
    ([{"start": 5, "end": 5}], 0.0),  # empty
    ([{"start": 7, "end": 5}], 0.0),  # reversed
    ([{"start": 0, "end": 4}, {"start": 3, "end": len(TEXT) + 9}], 0.0),  # one bad span spoils the claim
])
def test_provenance_needs_every_span_inside_the_text(tmp_path: Path, spans: list, provenance: float) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], [claim("Blinken trifft.", spans)], [gold_line(S1, [C1])])
    assert score(out, gold).provenance == provenance


def test_gold_out_of_article_order_is_still_located(tmp_path: Path) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], [], [gold_line(S4, [C4]), gold_line(S1, [C1, C2])])
    figures = score(out, gold)
    assert (figures.unlocated_sentences, figures.gold_claims) == (0, 3)


def test_sentences_are_located_despite_white_space_and_quote_style(tmp_path: Path) -> None:
    gold = [gold_line("„Diplomatie  ist nicht\ntot“, sagte   Lawrow.", [C3])]
    out, gold_path = write_case(tmp_path, [article("A", TEXT)], [], gold)
    [located], missing = locate(read_gold(gold_path), read_articles(out))
    assert (TEXT[located.start:located.end], missing) == (S2, [])


def test_a_repeated_sentence_is_located_at_each_occurrence(tmp_path: Path) -> None:
    text = f"{S4} Dazwischen. {S4}"
    second = _span(S4, text)["start"] + len(S4) + len(" Dazwischen. ")
    claims = [claim("Der Preis steigt um 70 Franken.", [{"start": second, "end": second + len(S4)}])]
    gold = [gold_line(S4, [C4]), gold_line(S4, [([["Preis"], ["70 Franken"], ["erneut"]], None)])]
    out, gold_path = write_case(tmp_path, [article("A", text)], claims, gold)
    located, _ = locate(read_gold(gold_path), read_articles(out))
    assert [loc.start for loc in located] == [0, second]
    # the claim sits in the second occurrence, whose gold claim it does not meet
    assert score(out, gold_path).recall == 0.0


BAD_GOLD = [
    ('{"article_id": "A", "sentence": "x"', "malformed JSON"),
    ('["A", "x"]', "expected a JSON object"),
    ('{"sentence": "x"}', "article_id must be a non-empty string"),
    ('{"article_id": "A", "sentence": "  "}', "sentence must be a non-empty string"),
    ('{"article_id": "A", "sentence": "x", "furniture": "yes"}', "furniture must be true or false"),
    ('{"article_id": "A", "sentence": "x", "claims": {}}', "claims must be a list"),
    ('{"article_id": "A", "sentence": "x", "furniture": true, "claims": [{"keys": [["a"]]}]}',
     "a furniture sentence has no claims"),
    ('{"article_id": "A", "sentence": "x", "claims": [{"keys": []}]}', "claims[0].keys must be a non-empty"),
    ('{"article_id": "A", "sentence": "x", "claims": [{"keys": [["a"], []]}]}', "claims[0].keys has an empty slot"),
    ('{"article_id": "A", "sentence": "x", "claims": [{"keys": [["a", ""]]}]}',
     "claims[0].keys[0] must be a list of non-empty strings"),
    ('{"article_id": "A", "sentence": "x", "claims": [{"keys": [["a"]], "speaker": "Lawrow"}]}',
     "claims[0].speaker must be a list"),
]


@pytest.mark.parametrize(("line", "message"), BAD_GOLD, ids=[m for _, m in BAD_GOLD])
def test_a_bad_gold_line_is_one_error_with_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gold_line(S1, [C1])) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(BuilderError) as caught:
        read_gold(gold)
    assert str(caught.value).startswith(f"{gold}:3: ") and message in str(caught.value)


def test_an_empty_gold_file_is_an_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n", encoding="utf-8")
    with pytest.raises(BuilderError, match="no gold sentences"):
        read_gold(gold)


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["eval", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_prints_the_table_or_json(tmp_path: Path) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], MIXED_CLAIMS, MIXED_GOLD, "parquet")
    code, stdout, _ = _cli(str(out), str(gold), "--json")
    assert code == 0 and json.loads(stdout) == MIXED_EXPECTED
    code, stdout, _ = _cli(str(out), str(gold))
    lines = stdout.splitlines()
    assert code == 0 and lines[0].split() == ["strict_precision", "0.4"] and len(lines) == len(MIXED_EXPECTED)


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], [], [gold_line(S1, [C1])])
    gold.write_text('{"article_id": "A"}\n', encoding="utf-8")
    for args in ([str(out), str(gold)], [str(out), str(tmp_path / "missing.jsonl")],
                 [str(tmp_path / "no-output"), str(gold)]):
        code, stdout, stderr = _cli(*args)
        assert code == 2 and stdout == "" and len(stderr.strip().splitlines()) == 1, stderr
        assert stderr.startswith("builder: error: ") and "Traceback" not in stderr
    assert ":1: sentence must be" in _cli(str(out), str(gold))[2]


# -------------------------------------------------------------------------- against the shared scorer

def _shared_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score_claims", SHARED_SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_shared = pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared/eval/score_claims.py is absent")


@needs_shared
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_same_figures_as_the_shared_scorer_on_the_hand_made_case(tmp_path: Path, fmt: str) -> None:
    out, gold = write_case(tmp_path, [article("A", TEXT)], MIXED_CLAIMS, MIXED_GOLD, fmt)
    assert score(out, gold).as_dict() == _shared_scorer().score(out, gold)


def _perturbed_claims(rng: random.Random, gold: Path, articles: dict[str, str]) -> list[dict]:
    """Claims a splitter might produce for the gold sentences: right, merged, partial, misattributed,
    from furniture, with broken spans; plus raw records outside the claim schema."""
    located, _ = locate(read_gold(gold), articles)
    out: list[dict] = []
    for loc in located:
        g, span = loc.gold, {"start": loc.start, "end": loc.end}
        texts = [(" ".join(alt[0] for alt in c.keys), c.speakers) for c in g.claims] or [("Keystone Foto", ())]
        if len(texts) > 1 and rng.random() < 0.3:
            texts = [(" und ".join(t for t, _ in texts[:2]), texts[0][1]), *texts[2:]]  # unsplit siblings
        for text, speakers in texts:
            roll = rng.random()
            if roll < 0.1:
                continue  # missed
            if roll < 0.2:
                text = text.split()[0]  # partial: meets nothing
            speaker = rng.choice([None, "Bundesrat", *speakers[:1]])
            record = claim(text, [span], speaker=speaker, article_id=g.article_id)
            if rng.random() < 0.1:
                record["spans"] = [{"start": loc.start, "end": len(articles[g.article_id]) + 3}]  # bad end
            if rng.random() < 0.1:
                record["spans"] = [[loc.start, loc.end]]  # pairs instead of objects
            if rng.random() < 0.05:
                record.pop("attribution")
                record["speaker"] = "Lawrow"  # speaker outside an attribution
            out.append(record)
    return out


DEV_GOLD = SHARED / "gold" / "dev.jsonl"
DEV_INPUTS = SHARED / "gold" / "dev_inputs"


@pytest.fixture(scope="module")
def dev_split(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real `builder split` output of the development articles (JSONL)."""
    from builder.pipeline import split_files

    out = tmp_path_factory.mktemp("dev") / "out"
    split_files(sorted(DEV_INPUTS.iterdir()), out, "jsonl", progress=False)
    return out


@needs_shared
@pytest.mark.skipif(not DEV_GOLD.exists(), reason="../shared/gold is absent")
def test_same_figures_as_the_shared_scorer_on_real_split_output(dev_split: Path) -> None:
    mine = score(dev_split, DEV_GOLD).as_dict()
    assert mine == _shared_scorer().score(dev_split, DEV_GOLD)
    assert mine["provenance"] == 1.0 and mine["unlocated_sentences"] == 0


@needs_shared
@pytest.mark.skipif(not DEV_GOLD.exists(), reason="../shared/gold is absent")
@pytest.mark.parametrize("seed", range(8))
def test_same_figures_as_the_shared_scorer_on_perturbed_dev_claims(tmp_path: Path, dev_split: Path,
                                                                   seed: int) -> None:
    rng = random.Random(seed)
    claims = _perturbed_claims(rng, DEV_GOLD, read_articles(dev_split))
    gold = [json.loads(line) for line in DEV_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng.shuffle(claims)
    gold = [g for g in gold if rng.random() < 0.9]  # some sentences not annotated
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text((dev_split / "articles.jsonl").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    (out / "claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims),
                                      encoding="utf-8")
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    mine = score(out, gold_path).as_dict()
    assert mine == _shared_scorer().score(out, gold_path)
    assert 0 < mine["strict_f1"] < 1 and mine["speaker_accuracy"] > 0  # the perturbations bite

"""The dataset card (`README.md`): YAML front matter that `datasets` and the Hub read, then the text.

The front matter declares every config, its `data_files` per split and its features (class labels with
their names), generated with `datasets`' own YAML form so the two always agree. The text tells users what
they are loading: how it was made, the fields, split sizes, labels, agreement, sources and licence, and
what changed since the previous version. Everything is computed from the rows, in a fixed order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from datasets import ClassLabel, DatasetInfo, Features, LargeList, List, Value
from huggingface_hub import DatasetCardData

from builder.label.agreement import BOOTSTRAP_DRAWS, CONFIDENCE, QuestionAgreement
from builder.release.changelog import Changes
from builder.release.features import CONFIGS, DEFAULT_CONFIG, LABELS, STORY, config_features, label_names
from builder.release.splits import SPLITS
from builder.release.stories import StoryRules
from builder.release.writer import Shard

CARD = "README.md"
LICENSE = "LICENSE.md"
LICENSE_NAME = "claims-ch-research-only"
CHANGES = "changes.json"
LISTED_CHANGES = 50  # claims listed per kind of change in the card; changes.json has them all

FIELD_DOCS = {
    "claim_id": "stable id of the claim (16 hex digits)",
    "article_id": "id of the article the claim was extracted from",
    "sentence_index": "index of the source sentence in the article",
    "text": "the atomic, self-contained claim",
    "spans": "character spans of the claim's source in the article text",
    "sentence": "the source sentence as it appears in the article",
    "attribution": "speaker, speech cue and quote type for reported speech, else null",
    "time": "time expressions with their resolved value and anchor",
    "entities": "named entities and numbers in the claim with their offsets",
    "checkworthy": "splitter's score (0-1) of how worth checking the claim is",
    "splitter": "name and version of the splitter that extracted the claim",
    "fidelity": "does the claim faithfully render the article? (class label, -1: no answer)",
    "verdict": "is the claim supported by evidence? (class label, -1: no verdict)",
    "evidence": "evidence URLs and quotes given by the annotators",
    "corrected_text": "the claim as corrected by the annotators, if they corrected it",
    "annotation_count": "number of annotations behind the judgement",
    "agreement": "share of annotations agreeing with the adjudicated fidelity and verdict",
    "needs_review": "true when the annotators disagreed, or too few gave a verdict, and the label awaits review",
    "label_source": "who made the labels: `annotators` (people, in Label Studio) or `synthetic` (made up by a "
                    "rule; not human judgements)",
    STORY: "story the article belongs to; train/validation/test are split by story",
    "id": "article id",
    "source": "publication (title) of the article",
    "url": "URL of the article",
    "published": "publication date and its precision (year, month, day, datetime)",
    "title": "headline",
    "lead": "lead paragraph",
    "language": "ISO 639-1 language code",
    "paragraphs": "character offsets and kind of each paragraph of the text",
    "furniture": "page furniture (captions, credits, teasers ...) with offsets; its text is null when left out",
    "text_sha256": "sha256 of the article text (UTF-8), to verify a re-fetched text",
}
ARTICLE_FIELD_DOCS = {**FIELD_DOCS, "text": "title, lead and body joined by blank lines (null when left out); all "
                                            "offsets point into it"}
CONFIG_DOCS = {
    "claims": "verified claims: each candidate claim that annotators judged, with fidelity, verdict, evidence "
              "and agreement",
    "candidates": "every claim the splitter extracted, verified or not",
    "articles": "the articles the claims come from: metadata, offsets and (unless left out) text",
}


@dataclass(frozen=True)
class CardFacts:
    """Everything the card states; `rows` and `shards` are keyed by config, then split."""

    name: str
    version: str
    license: str
    seed: int
    omit_text: bool
    rules: StoryRules
    stories: int
    largest_story: int
    links: dict[str, int]
    rows: dict[str, dict[str, list[dict[str, Any]]]]
    shards: dict[str, dict[str, list[Shard]]]
    annotations: list[dict[str, Any]]
    agreement: list[QuestionAgreement]
    changes: Changes
    versions: dict[str, Any]

    @property
    def label_sources(self) -> dict[str, int]:
        """Rows of `claims` per label source, sorted by source."""
        counts = Counter(r["label_source"] for rows in self.rows["claims"].values() for r in rows)
        return dict(sorted(counts.items()))

    @property
    def synthetic(self) -> int:
        return self.label_sources.get("synthetic", 0)

    @property
    def silver(self) -> bool:
        """No human-verified label: nothing verified yet, or labels that were made up (synthetic)."""
        return not any(self.rows["claims"].values()) or self.synthetic > 0

    def count(self, config: str, split: str | None = None) -> int:
        return sum(len(rows) for s, rows in self.rows[config].items() if split in (None, s))


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "n>10M" if n > 10_000_000 else "1M<n<10M"


def loadable_configs(facts: CardFacts) -> list[str]:
    """Configs with at least one row, the default first: `datasets` cannot load an empty config."""
    present = [c for c in CONFIGS if facts.count(c)]
    return sorted(present, key=lambda c: c != default_config(facts))


def default_config(facts: CardFacts) -> str:
    return DEFAULT_CONFIG if facts.count(DEFAULT_CONFIG) else "candidates"


def front_matter(facts: CardFacts) -> dict[str, Any]:
    configs, infos = [], []
    for config in loadable_configs(facts):
        splits = [s for s in SPLITS if facts.shards[config].get(s)]
        entry: dict[str, Any] = {"config_name": config,
                                 "data_files": [{"split": s, "path": f"{config}/{s}-*"} for s in splits]}
        if config == default_config(facts):
            entry["default"] = True
        configs.append(entry)
        info = DatasetInfo(features=config_features(config))._to_yaml_dict()
        info["splits"] = [{"name": s, "num_bytes": sum(x.num_bytes for x in facts.shards[config][s]),
                           "num_examples": sum(x.rows for x in facts.shards[config][s])} for s in splits]
        info["dataset_size"] = sum(item["num_bytes"] for item in info["splits"])
        infos.append({"config_name": config, **info})
    licence: dict[str, Any] = ({"license_name": LICENSE_NAME, "license_link": LICENSE} if facts.license == "other"
                               else {})
    card = DatasetCardData(
        license=facts.license, **licence, language=["de"], pretty_name=pretty_name(facts),
        annotations_creators=annotations_creators(facts), language_creators=["found"],
        multilinguality=["monolingual"], source_datasets=["original"], task_categories=["text-classification"],
        task_ids=["fact-checking"], size_categories=[size_category(facts.count("candidates"))],
        citation=citation(facts), configs=configs, dataset_info=infos).to_dict()
    # a fixed key order, whatever order the installed huggingface_hub keeps: the card's bytes are checked
    return {key: card[key] for key in _FRONT_MATTER_ORDER if key in card}


_FRONT_MATTER_ORDER = ("license", "license_name", "license_link", "language", "pretty_name", "annotations_creators",
                       "language_creators", "multilinguality", "source_datasets", "task_categories", "task_ids",
                       "size_categories", "citation", "configs", "dataset_info")


def pretty_name(facts: CardFacts) -> str:
    return f"{facts.name}: atomic claims from German-language news"


def annotations_creators(facts: CardFacts) -> list[str]:
    """Hub vocabulary: the claims come from a rule-based splitter; labels from people or made up."""
    creators = {"machine-generated"}  # the claims themselves (and synthetic labels)
    if facts.label_sources.get("annotators"):
        creators.add("expert-generated")
    return sorted(creators)


def citation(facts: CardFacts) -> str:
    key = facts.name.replace("-", "_") + "_" + facts.version.replace(".", "_")
    return (f"@misc{{{key},\n  title = {{{pretty_name(facts)}}},\n  note = {{Version {facts.version}, made with "
            f"claims-ch builder {facts.versions['builder']}}}\n}}")


def _licence_note(facts: CardFacts) -> str:
    return f" ({LICENSE_NAME}, see `{LICENSE}`)" if facts.license == "other" else ""


def license_text(facts: CardFacts) -> str | None:
    """LICENSE.md for the `other` licence the Hub asks a name and a link for; None for a named licence."""
    if facts.license != "other":
        return None
    return (f"# {LICENSE_NAME}\n\nThe claims, labels and annotations of {facts.name} {facts.version} may be used for "
            "research. The articles (and the sentences the claims quote) belong to their publishers: they are "
            "included for research use only and may not be redistributed beyond that.\n")


def _type(feature: Any) -> str:
    if isinstance(feature, ClassLabel):
        return "class label: " + ", ".join(f"{i} {n}" for i, n in enumerate(feature.names))
    if isinstance(feature, Value):
        return feature.dtype
    if isinstance(feature, (List, LargeList)):
        return f"list of {_type(feature.feature)}"
    if isinstance(feature, dict):
        return "{" + ", ".join(f"{k}: {_type(v)}" for k, v in feature.items()) + "}"
    return type(feature).__name__


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]


def _fields(config: str) -> list[str]:
    features: Features = config_features(config)
    docs = ARTICLE_FIELD_DOCS if config == "articles" else FIELD_DOCS
    return _table(["field", "type", "meaning"], [[f"`{k}`", _type(v), docs.get(k, "")] for k, v in features.items()])


def label_counts(facts: CardFacts, question: str) -> dict[str, list[int]]:
    """Label name (and `(no label)`) → claims with it per split, in the order of `SPLITS`."""
    counts = {s: Counter(r[question] for r in facts.rows["claims"][s]) for s in SPLITS}
    names = [*label_names(question), "(no label)"]
    return {name: [counts[s][-1 if name == "(no label)" else i] for s in SPLITS] for i, name in enumerate(names)}


def _label_table(facts: CardFacts, question: str) -> list[str]:
    return _table([question, *SPLITS], [[name, *n] for name, n in label_counts(facts, question).items()])


def write_figures(root: Path, facts: CardFacts) -> dict[str, str]:
    """A bar chart of each question's labels per split, as PNG under `figures/`; question → path.

    Written with matplotlib's Agg backend, without the software/date metadata, at a fixed size and DPI,
    so the same counts give the same bytes with the same matplotlib (pinned, like pyarrow).
    """
    if not facts.count("claims"):
        return {}
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    paths = {}
    for question in LABELS:
        counts = label_counts(facts, question)
        figure, axes = plt.subplots(figsize=(7, 3.2), dpi=100)
        width = 0.8 / len(SPLITS)
        for k, split in enumerate(SPLITS):
            axes.bar([i + (k - 1) * width for i in range(len(counts))], [n[k] for n in counts.values()], width,
                     label=f"{split} ({facts.count('claims', split)})")
        axes.set_xticks(range(len(counts)), [name.replace("_", " ") for name in counts], rotation=20, ha="right",
                        fontsize=8)
        axes.set_ylabel("claims")
        axes.set_title(f"{question} per split" + (" (synthetic labels)" if facts.synthetic else ""))
        axes.legend(fontsize=8)
        figure.tight_layout()
        paths[question] = f"figures/{question}.png"
        (root / "figures").mkdir(exist_ok=True)
        figure.savefig(root / paths[question], format="png", metadata={"Software": None})
        plt.close(figure)
    return paths


def _number(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _agreement(facts: CardFacts) -> list[str]:
    claims = [r for rows in facts.rows["claims"].values() for r in rows]
    header = ["question", "claims with ≥ 2 answers", "Krippendorff's alpha (nominal)",
              f"{CONFIDENCE:.0%} CI (bootstrap)", "pairwise agreement"]
    rows = [[q.question, q.units, _number(q.alpha),
             "n/a" if q.interval is None else f"{q.interval[0]:.3f} to {q.interval[1]:.3f}",
             "n/a" if q.percent is None else f"{100 * q.percent:.1f}%"] for q in facts.agreement]
    lines = _table(header, rows) + [
        "", f"Alpha is computed over the claims with at least two answers to the question (for the verdict: of "
            f"annotators who judged the claim faithful, with evidence where required); the interval is a "
            f"percentile bootstrap over claims ({BOOTSTRAP_DRAWS} draws, fixed seed).", "",
        f"- claims flagged for review (no majority, or too few verdicts): {sum(r['needs_review'] for r in claims)}"]
    if facts.annotations:
        annotators = len({a["annotator"] for a in facts.annotations})
        if facts.synthetic:
            lines.append(f"- annotations: {len(facts.annotations)}, with {annotators} made-up annotator ids; "
                         f"they are synthetic, so these figures describe the rule that made them, not people")
        else:
            lines.append(f"- annotations: {len(facts.annotations)} by {annotators} pseudonymised annotators")
    return lines


def _sources(facts: CardFacts) -> list[str]:
    articles = [r for rows in facts.rows["articles"].values() for r in rows]
    sources = Counter(a["source"] or "(unknown)" for a in articles)
    dates = sorted(a["published"]["value"] for a in articles if a["published"]["value"])
    span = f"{dates[0]} to {dates[-1]}" if dates else "unknown"
    undated = len(articles) - len(dates)
    lines = [f"Publication dates: {span}" + (f" ({undated} articles undated)." if undated else "."), ""]
    return lines + _table(["source", "articles"], [[s, n] for s, n in sorted(sources.items())])


def _changes(facts: CardFacts) -> list[str]:
    changes = facts.changes
    if changes.previous is None:
        return ["First release: there is no previous version."]
    lines = [f"Since {changes.previous}: {len(changes.added)} claims added, {len(changes.removed)} removed, "
             f"{len(changes.relabelled)} relabelled (label as `fidelity/verdict`). All of them are listed in "
             f"`{CHANGES}`.", ""]
    for title, items in (("Added", changes.added), ("Removed", changes.removed),
                         ("Relabelled", [f"{c}: {b} → {a}" for c, b, a in changes.relabelled])):
        if items:
            lines.append(f"{title}:")
            lines += [f"- `{item}`" for item in items[:LISTED_CHANGES]]
            if len(items) > LISTED_CHANGES:
                lines.append(f"- … and {len(items) - LISTED_CHANGES} more")
            lines.append("")
    return lines


def _labelling(facts: CardFacts) -> list[str]:
    """How the labels were made, as they really were: by people, made up, or not at all."""
    rule = ("A fidelity label needs a majority of the annotators who answered; a verdict needs a majority of "
            "the annotators who judged the claim faithful, at least two of them agreeing, and evidence (URL and "
            "justification) unless it is 'not enough evidence'. Without that the label is empty (-1) and the "
            "claim flagged for review. Claims nobody has annotated yet are only in `candidates`.")
    lines = []
    if facts.label_sources.get("annotators"):
        lines.append(f"- {facts.label_sources['annotators']} claims were verified by people in Label Studio with "
                     f"the claims-ch labeling interface (`labeling/claim_verification.xml`): fidelity to the "
                     f"article, then a verdict with evidence. {rule}")
    if facts.synthetic:
        lines.append(f"- {facts.synthetic} claims have synthetic labels: made-up annotations (a fixed rule over "
                     f"the claims' order, `tests/fixtures/sample_labels.py`) adjudicated by the same code as "
                     f"real ones. {rule}")
    return lines


def _text(facts: CardFacts, figures: dict[str, str]) -> list[str]:
    splitters = sorted({(r["splitter"]["name"], r["splitter"]["version"])
                        for rows in facts.rows["candidates"].values() for r in rows})
    versions = facts.versions
    lines = [f"# {facts.name} {facts.version}", "",
             "Atomic, self-contained factual claims extracted from German-language news articles, each "
             "with provenance (character spans) into its article, for claim verification (fact-checking). "
             "The sources and dates of the articles are listed under *Sources*.", ""]
    if not facts.count("claims"):
        lines += ["**This is a silver release:** no claim has been verified yet. The `claims` config is empty "
                  "(and, since `datasets` cannot load an empty config, not declared above); every extracted "
                  "claim is in `candidates`, which is the default config of this release.", ""]
    elif facts.synthetic:
        lines += [f"**This is a silver release: {facts.synthetic} of its {facts.count('claims')} labels are "
                  f"synthetic.** No person judged those claims: their fidelity and verdict labels, annotator ids "
                  f"and evidence (example.org URLs) were made up by a fixed rule to exercise the pipeline. "
                  f"They carry `label_source: synthetic`; do not train or evaluate on them as if they were "
                  f"human judgements.", ""]
    lines += ["## Loading", "", "```python", "from datasets import load_dataset", "",
              f'claims = load_dataset("{facts.name}")  # local folder; on the Hub "<org>/{facts.name}", '
              f'revision="v{facts.version}"']
    lines += [f'{c} = load_dataset("{facts.name}", "{c}")' for c in loadable_configs(facts)
              if c != default_config(facts)]
    lines += ["```", "", "## Configs", ""]
    lines += [f"- `{c}` ({facts.count(c)} rows): {CONFIG_DOCS[c]}" for c in CONFIGS]
    for config in CONFIGS:
        lines += ["", f"### Fields of `{config}`", "", *_fields(config)]
    lines += ["", "Class labels are stored as int64; `-1` means the question has no answer for this claim.",
              "", "## Splits", "",
              *_table(["config", *SPLITS], [[c, *(facts.count(c, s) for s in SPLITS)] for c in CONFIGS]), "",
              f"Splits are made per story, never per claim: {facts.stories} stories from "
              f"{facts.count('articles')} articles (the largest story has {facts.largest_story}). Articles are "
              f"one story when they are near-duplicates (5-word shingles, MinHash estimate of Jaccard ≥ "
              f"{facts.rules.near_duplicate_jaccard} or containment ≥ {facts.rules.near_duplicate_containment}: "
              f"{facts.links['near_duplicate']} pairs), "
              f"report the same event (published within {facts.rules.event_days} days and sharing ≥ "
              f"{facts.rules.event_min_shared_entities} named entities with an entity Jaccard ≥ "
              f"{facts.rules.event_entity_jaccard}: {facts.links['same_event']} pairs) or share a claim text "
              f"({facts.links['same_claim']} pairs). No story, and no claim text, is in two splits. Stories "
              f"are assigned largest first to train/validation/test (target 80/10/10), stratified by verdict, "
              f"with seed {facts.seed}.", "", "## Labels", ""]
    if not facts.count("claims"):
        lines += ["None yet (silver release).", ""]
    else:
        sources = ", ".join(f"{n} {source}" for source, n in facts.label_sources.items())
        lines += [f"Label sources (`label_source`): {sources}.", ""]
        for question in LABELS:
            lines += [*_label_table(facts, question), ""]
            if question in figures:
                lines += [f"![{question} labels per split]({figures[question]})", ""]
        lines += ["## Agreement", "", *_agreement(facts), ""]
    lines += ["## How it was made", "",
              "- Articles were normalised and split into atomic claims by "
              + ", ".join(f"`{n}` {v}" for n, v in splitters) + f" (claims-ch builder {versions['builder']}).",
              "- What counts as an atomic claim (one predicate, coordination distributed, references resolved, "
              "reported speech attributed, no claims from page furniture) follows the claims-ch annotation "
              "guidelines.",
              *_labelling(facts),
              "- Record contracts: JSON Schemas " + ", ".join(f"{k} {v}" for k, v in versions["schemas"].items())
              + f"; written with pyarrow {versions['pyarrow']} and datasets {versions['datasets']}.",
              "- `manifest.json` lists the sha256 of every file, the input hashes and all options; "
              "`builder validate <this folder>` checks the release.", "",
              "## Sources", "", *_sources(facts), "", "## Licence", "",
              f"Licence: `{facts.license}`{_licence_note(facts)}. The articles belong to their publishers and are "
              "included for research use only; the claims quote sentences of the articles."]
    if facts.omit_text:
        lines.append("The full article texts are left out of this release (`text` is null); URL, offsets and "
                     "the text's sha256 are kept so the texts can be re-fetched and checked.")
    lines += ["", "## Citation", "", "```bibtex", citation(facts), "```", "", "## Changes", "", *_changes(facts)]
    return lines


def render_card(facts: CardFacts, figures: dict[str, str]) -> str:
    """The full README.md (`figures`: question → PNG path, from `write_figures`); same facts, same text."""
    meta = yaml.safe_dump(front_matter(facts), sort_keys=False, allow_unicode=True, width=1000)
    body = "\n".join(_text(facts, figures)).rstrip("\n") + "\n"
    return f"---\n{meta}---\n\n{body}"

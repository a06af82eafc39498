"""The committed release card meets the Hub's metadata conventions, checked offline: the Hub's own
validation (`RepoCard.validate`) asks the Hub over the network, so the values are checked here against the
lists the Hub's dataset card specification allows for these fields."""

from __future__ import annotations

from pathlib import Path

from huggingface_hub import DatasetCard, DatasetCardData

CARD = Path(__file__).resolve().parents[1] / "releases" / "claims-ch" / "README.md"
ALLOWED = {  # from the Hub's datasetcard specification, for the values a claims-ch release can take
    "annotations_creators": {"crowdsourced", "expert-generated", "found", "machine-generated", "no-annotation",
                             "other"},
    "language_creators": {"crowdsourced", "expert-generated", "found", "machine-generated", "other"},
    "multilinguality": {"monolingual", "multilingual", "translation", "other"},
    "size_categories": {"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M", "10M<n<100M"},
    "task_categories": {"text-classification"},
    "task_ids": {"fact-checking"},
}


def test_the_card_parses_and_uses_only_allowed_values() -> None:
    card = DatasetCard.load(CARD)
    data = card.data.to_dict()
    assert DatasetCardData(**data).to_dict() == data  # round-trips through huggingface_hub's card model
    for field, allowed in ALLOWED.items():
        values = data[field] if isinstance(data[field], list) else [data[field]]
        assert values and set(values) <= allowed, (field, values)
    assert data["license"] == "other" and data["license_name"] and data["license_link"]
    assert (CARD.parent / data["license_link"]).is_file()
    assert data["language"] == ["de"] and data["pretty_name"] and "@misc" in data["citation"]
    assert "synthetic" in card.text.lower()  # the sample's labels are made up, and the card says so

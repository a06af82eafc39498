"""`builder release` and `builder publish`: thin click wrappers over `build_release` and `publish`."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("release")
@click.option("--claims", "claims_dir", required=True, type=click.Path(path_type=Path),
              help="Output folder of `builder split` (articles.*, claims.*).")
@click.option("--verified", "verified_dir", type=click.Path(path_type=Path),
              help="Output folder of `builder pull` (verified.*, annotations.*); without it a silver release.")
@click.option("--version", "version", required=True, help="Semantic version X.Y.Z, newer than the last release.")
@click.option("-o", "--output", "releases_dir", required=True, type=click.Path(path_type=Path),
              help="Releases folder; the release is written to OUTPUT/NAME/.")
@click.option("--name", default="claims-ch", show_default=True, help="Dataset name (folder and card title).")
@click.option("--omit-text", is_flag=True, help="Leave article texts out (licence); URL, offsets, sha256 stay.")
@click.option("--seed", default=0, show_default=True, help="Seed of the story grouping and split assignment.")
@click.option("--license", "license_", default="other", show_default=True, help="Hub licence identifier.")
@click.option("--force", is_flag=True, help="Re-make the newest version if it already exists.")
@click.option("--drop-labels", is_flag=True, help="Allow the release to lose labels the previous one had.")
def release_cmd(claims_dir: Path, verified_dir: Path | None, version: str, releases_dir: Path, name: str,
                omit_text: bool, seed: int, license_: str, force: bool, drop_labels: bool) -> None:
    """Write a versioned Hugging Face dataset (Parquet + card + manifest) from split and verified records."""
    from builder.release.build import build_release
    from builder.release.versions import read_manifest

    target = build_release(claims_dir, version, releases_dir, verified_dir=verified_dir, name=name, force=force,
                           omit_text=omit_text, seed=seed, license=license_, drop_labels=drop_labels)
    manifest = read_manifest(target)
    sizes = ", ".join(f"{config} {sum(splits.values())}" for config, splits in manifest["splits"].items())
    kind = "silver " if manifest["options"]["silver"] else ""
    click.echo(f"{kind}release {version} written to {target} ({sizes}; {manifest['stories']} stories)", err=True)


@click.command("publish")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--repo", required=True, help="Hub dataset repository ORG/NAME.")
@click.option("--dry-run", is_flag=True, help="List what would be uploaded; no network.")
@click.option("--private", is_flag=True, help="Create the repository private (if it does not exist).")
@click.option("--include-text", is_flag=True, help="Publish a release that holds full article texts, in a gated "
              "repository (users must request access). Without it such a release is refused.")
def publish_cmd(folder: Path, repo: str, dry_run: bool, private: bool, include_text: bool) -> None:
    """Upload a release folder to the Hugging Face Hub and tag the commit v<version>.

    Full article texts are left out by default: publish a release built with `--omit-text`.
    """
    from builder.release.publish import plan_publish, publish

    plan = plan_publish(folder, repo, include_text=include_text)
    if dry_run:
        click.echo("\n".join(plan.lines()))
        return
    click.echo(f"published {plan.version}: {publish(plan, private=private)}", err=True)

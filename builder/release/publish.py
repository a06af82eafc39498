"""`builder publish`: upload a checked release to the Hugging Face Hub and tag it with its version.

Only a release that passes `check_release` leaves the machine, and exactly the files its manifest lists
(plus the manifest) are uploaded. Full article texts belong to their publishers: a release that holds
them is not published unless asked to (`include_text`), and then only into a gated repository, where
users must request access; remote files the release no longer has are deleted in the same
commit, and the tag `v<version>` points at that commit, so `revision="v1.2.0"` always loads 1.2.0.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from builder.errors import BuilderError
from builder.release.check import check_release
from builder.release.manifest import MANIFEST
from builder.release.versions import read_manifest


@dataclass(frozen=True)
class PublishPlan:
    repo: str
    folder: Path
    version: str
    files: list[tuple[str, int]]  # (path in the repository, bytes)
    gated: bool = False  # the release holds full article texts: users must ask for access

    @property
    def tag(self) -> str:
        return f"v{self.version}"

    def lines(self) -> list[str]:
        total = sum(size for _, size in self.files)
        gated = " (gated: it holds full article texts)" if self.gated else ""
        return ([f"would upload to https://huggingface.co/datasets/{self.repo}{gated} and tag {self.tag}:"]
                + [f"  {name}  {size} bytes" for name, size in self.files]
                + [f"{len(self.files)} files, {total} bytes"])


def plan_publish(folder: Path, repo: str, *, include_text: bool = False) -> PublishPlan:
    """What would be uploaded; raises BuilderError when the release does not pass its check, or holds
    full article texts without `include_text`."""
    folder = Path(folder)
    if repo.count("/") != 1 or not all(repo.split("/")):
        raise BuilderError(f"repository {repo!r} is not ORG/NAME", fix="e.g. --repo my-org/claims-ch")
    manifest = read_manifest(folder)
    problems = list(check_release(folder))
    if problems:
        raise BuilderError(f"release does not pass its check ({len(problems)} problems, first: {problems[0]})",
                           file=str(folder), fix=f"run `builder validate {folder}` and rebuild the release")
    with_text = not manifest["options"]["omit_text"]
    if with_text and not include_text:
        raise BuilderError("the release holds the full article texts (the publishers' copyright); they are not "
                           "published by default", file=str(folder),
                           fix="rebuild with `builder release --omit-text`, or pass --include-text to publish them "
                               "in a gated repository")
    names = sorted([*manifest["files"], MANIFEST])
    return PublishPlan(repo, folder, manifest["version"], [(n, (folder / n).stat().st_size) for n in names],
                       gated=with_text)


def publish(plan: PublishPlan, *, token: str | None = None, private: bool = False) -> str:
    """Upload and tag; returns the URL of the tagged commit."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    api = HfApi(token=token)
    # refused connections surface as the HTTP client's own error, which HfHubHTTPError derives from
    failures: tuple[type[BaseException], ...] = (OSError, ValueError, *HfHubHTTPError.__bases__)
    try:
        api.create_repo(plan.repo, repo_type="dataset", private=private, exist_ok=True)
        if plan.gated:
            api.update_repo_settings(plan.repo, repo_type="dataset", gated="manual")
        if plan.tag in {tag.name for tag in api.list_repo_refs(plan.repo, repo_type="dataset").tags}:
            raise BuilderError(f"tag {plan.tag} already exists", file=plan.repo,
                               fix="a published version is never replaced; release a higher version")
        commit = api.upload_folder(repo_id=plan.repo, repo_type="dataset", folder_path=plan.folder,
                                   allow_patterns=[name for name, _ in plan.files], delete_patterns="*",
                                   commit_message=f"{plan.folder.name} {plan.version}")
        api.create_tag(plan.repo, repo_type="dataset", tag=plan.tag, revision=commit.oid,
                       tag_message=f"{plan.folder.name} {plan.version}")
    except failures as exc:
        raise BuilderError(f"upload failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
                           file=plan.repo, fix="check the network and `hf auth login` (or HF_TOKEN)") from None
    return f"https://huggingface.co/datasets/{plan.repo}/tree/{plan.tag}"

"""The import graph of `builder` follows the data flow: ingest → split → validate → label → release, on a base
of `io` and `errors` with the record contract (`records`) above it, and the commands on top. A module may
import its own layer and the layers below it, never one above: every import is read from the source with
`ast`, including the imports inside functions (which the code uses to keep commands cheap to start), so a
lazy import is no way around it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "builder"

# Layer of each module, by the longest matching dotted prefix; a module may import modules of its own rank or
# lower. Every module of the package must match a key (a new package gets a rank here when it is added).
LAYERS: dict[str, int] = {
    # base: used by all
    "builder": 0,  # the package itself: __version__ (written into run and release manifests)
    "builder.errors": 0,
    "builder.io": 0,  # file mechanics: atomic writes, run manifests, the strict JSON reader
    # the record contract: JSON Schemas, Arrow schema, record types, record readers and writers
    "builder.records": 1,
    # the German language resources: tokeniser, tagger and its analyses store, lexicon, first names
    "builder.language": 1,
    # the data flow
    "builder.ingest": 2,
    "builder.split": 3,
    "builder.validate": 4,
    "builder.label": 5,
    "builder.release": 6,
    # entry points: the split job, then the API and the commands built on it, then the command line
    "builder.pipeline": 7,
    "builder.limits": 7,  # the per-article limits of the split job (apart, so the CLI shows them cheaply)
    "builder.api": 8,
    "builder.engine": 8,  # the split job as datatrove tasks: it runs the pipeline's per-article function
    "builder.show": 8,
    "builder.eval": 8,
    "builder.cli": 9,
}

# Imports against the direction that stay, each with the reason; the test fails when one is no longer made.
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("builder", "builder.api"):
        "the package's module __getattr__ (PEP 562) hands out split_text & co. on first use, so that "
        "`import builder` stays cheap",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, modules: set[str]) -> set[str]:
    """The `builder` modules that module `name` imports anywhere in its source (functions included).
    `from builder.x import y` imports builder.x.y when that is a module, else builder.x."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package, up level - 1
                base = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                found.add(submodule if submodule in modules else origin)
    return {module for module in found if module == "builder" or module.startswith("builder.")}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _layer(module: str) -> int | None:
    matches = [key for key in LAYERS if module == key or module.startswith(key + ".")]
    return LAYERS[max(matches, key=len)] if matches else None


def test_every_module_has_a_layer() -> None:
    missing = sorted(name for name in _modules() if _layer(name) is None)
    assert not missing, "modules without a layer (add them to LAYERS): " + ", ".join(missing)


def test_the_graph_sees_imports_inside_functions() -> None:
    graph = _graph()
    assert "builder.validate.files" in graph["builder.cli"]  # imported inside the `validate` command
    assert "builder.api" in graph["builder"]  # `from builder import api`, inside __getattr__
    assert "builder.language.tagger" in graph["builder.split.sentences"]
    assert "builder.language.tagger" in graph["builder.ingest.headline"]  # ingest and split share the resources


def test_no_module_imports_a_higher_layer() -> None:
    violations = []
    for module, imported in sorted(_graph().items()):
        for target in sorted(imported):
            low, high = _layer(module), _layer(target)
            if low is not None and high is not None and high > low and (module, target) not in KNOWN_EXCEPTIONS:
                violations.append(f"{module} imports higher-layer {target}")
    print("\n".join(violations))
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize("edge", sorted(KNOWN_EXCEPTIONS))
def test_each_known_exception_is_still_an_upward_import(edge: tuple[str, str]) -> None:
    module, target = edge
    assert target in _graph()[module], f"{module} no longer imports {target}: drop the exception"
    low, high = _layer(module), _layer(target)
    assert low is not None and high is not None and high > low, f"{module} → {target} is no exception"

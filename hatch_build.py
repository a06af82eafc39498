"""Build hook: compiles the package's Cython modules into C extensions next to their sources.

HanTa's analysis of a word form it never saw is the splitter's costliest step on new text; its search runs
in C (`builder/language/_segments.pyx`). The extension is built in place, so an editable install
(`pip install -e .`, the README's set-up) imports it from the source tree, and a wheel carries it as an
artifact. `python hatch_build.py` rebuilds it after an edit of the `.pyx`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
SOURCES = ["builder/language/_segments.pyx", "builder/language/_tag_path.pyx"]


def build_in_place() -> list[str]:
    """Compile `SOURCES` next to themselves; returns the built files, relative to the project root."""
    from Cython.Build import cythonize
    from setuptools import Distribution

    extensions = cythonize([str(ROOT / source) for source in SOURCES], quiet=True, include_path=[str(ROOT)],
                           compiler_directives={"language_level": "3"})
    for extension in extensions:  # module name from the path, relative to the root
        extension.name = str(Path(extension.sources[0]).relative_to(ROOT).with_suffix("")).replace("/", ".")
        extension.extra_compile_args = ["-O2"]
    distribution = Distribution({"ext_modules": extensions, "script_name": "hatch_build.py"})
    command = distribution.get_command_obj("build_ext")
    command.inplace = True
    command.build_lib = str(ROOT)
    command.ensure_finalized()
    command.run()
    return [str(Path(output).resolve().relative_to(ROOT)) for output in command.get_outputs()]


class CythonBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        build_data["artifacts"].extend(build_in_place())
        build_data["pure_python"] = False
        build_data["infer_tag"] = True


if __name__ == "__main__":
    print("\n".join(build_in_place()))

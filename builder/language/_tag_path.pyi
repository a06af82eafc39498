"""Types of the compiled module `_tag_path.pyx`."""

from collections.abc import Sequence

class TagPath:
    def __init__(self, transitions: dict[tuple[int, int], dict[int, float]], empty: int, start: int,
                 end: int) -> None: ...
    def tag_ids(self, candidates: list[Sequence[tuple[int, float]]]) -> list[int]: ...

"""Extraction speed of this tree against an older one, timed in one process, in alternation.

    git worktree add /tmp/before <commit>      # or: mkdir /tmp/before && git archive <commit> tui | tar -x -C /tmp/before
    python tests/bench/extraction_ab.py /tmp/before [rounds]

Both engines run on the same 500 news-length articles (as `python -m tui.eval --bench`), taking
turns, and each keeps its best round. On a machine whose speed drifts by a third within minutes,
runs made at different times (or in different processes) cannot tell a change of a few percent;
taking turns narrows the spread, and run a few times it gives the direction and the size (for two
trees 6.5% apart in instructions, callgrind's count: ratios of 1.00-1.15 here). Count instructions
with callgrind for a figure that does not drift.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]


def _engine(tree: Path) -> Callable[..., object]:
    """The extract function of the tui package in this folder (imported apart from any other)."""
    for name in [n for n in sys.modules if n == "tui" or n.startswith("tui.")]:
        del sys.modules[name]
    sys.path.insert(0, str(tree))
    try:
        module = importlib.import_module("tui.domain.extract.engine")
    finally:
        sys.path.pop(0)
    if not Path(module.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"{tree} holds no tui package")
    return module.extract


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    rounds = int(argv[1]) if len(argv) > 1 else 8
    engines = {"before": _engine(Path(argv[0])), "now": _engine(HERE)}
    articles = importlib.import_module("tui.eval").bench_articles()  # this tree's, imported last
    best = dict.fromkeys(engines, 0.0)
    for turn in range(rounds):
        for name in sorted(engines, reverse=bool(turn % 2)):
            extract = engines[name]
            start = time.process_time()
            for head, body in articles:
                extract(body, title=head, published="2025-03-18")
            best[name] = max(best[name], len(articles) / (time.process_time() - start))
    print(f"before: {best['before']:.0f} articles/s, now: {best['now']:.0f} articles/s, "
          f"ratio {best['now'] / best['before']:.3f} (best of {rounds} rounds each)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

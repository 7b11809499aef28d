"""Crash safety and concurrent writers, with real processes.

A kill -9 at any instant must leave the last acknowledged state readable, and two processes writing
at once must not lose each other's notes. KILLS sets how many times writers are killed.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from tui.domain.store import Library

WRITER = Path(__file__).parent / "crash_writer.py"
KILLS = int(os.environ.get("BRIEFING_CRASH_KILLS", "200"))
ROOT = Path(__file__).parent.parent


def start_writer(root: Path, prefix: str, count: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WRITER), str(root), "b-crashtst", prefix, str(count)],
                            stdout=subprocess.PIPE, text=True, env=env)


def read_acks(process: subprocess.Popen[str], until: float) -> list[str]:
    """Read acknowledgements until the deadline; returns the notes reported stored."""
    acks = []
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    while (remaining := until - time.monotonic()) > 0:
        if not selector.select(remaining):
            break
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("ok "):
            acks.append(line.split()[1])
    selector.close()
    return acks


def test_kill_9_at_random_instants_never_loses_an_acknowledged_note(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    root = tmp_path / "lib"
    root.mkdir()
    acknowledged: set[str] = set()
    kills = 0
    while kills < KILLS:
        # Two writers at once, each killed at a random instant after it started writing.
        writers = [start_writer(root, f"w{kills}-{i}", 10_000) for i in range(2)]
        for writer in writers:
            assert writer.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.002, 0.06)
        for writer in writers:
            acknowledged.update(read_acks(writer, deadline))
            writer.send_signal(signal.SIGKILL)
        for writer in writers:
            rest = writer.stdout.read()  # what it printed before it died was acknowledged too
            acknowledged.update(line.split()[1] for line in rest.splitlines() if line.startswith("ok "))
            writer.wait()
            assert writer.returncode == -signal.SIGKILL
            kills += 1
        # After every round the library loads and holds every acknowledged note.
        library = Library(root)
        assert library.check() == [] or all("upgraded" not in p for p in library.check())
        stored = {note.text for note in library.user_state("b-crashtst").notes}
        missing = acknowledged - stored
        assert not missing, f"lost after {kills} kills: {sorted(missing)[:5]}"
    assert len(acknowledged) > KILLS, "the writers did write between kills"
    leftovers = [p.name for p in root.rglob("*.tmp")]
    assert len(leftovers) <= KILLS, "temporary files of killed writers are the only leftovers"


def test_two_writers_at_once_lose_no_update(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    writers = [start_writer(root, f"p{i}", 60) for i in range(3)]
    for writer in writers:
        writer.wait(timeout=120)
        assert writer.returncode == 0
    notes = {note.text for note in Library(root).user_state("b-crashtst").notes}
    assert notes == {f"p{i}-{n}" for i in range(3) for n in range(60)}


async def test_a_running_app_picks_up_a_note_added_by_the_cli(library: Library) -> None:
    from tui.cli import main, make_app
    from tui.widgets.briefing_list import BriefingList

    briefing = library.briefings()[1]
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        assert main(["--data-dir", str(library.root), "tag", briefing.id, "from-cli"]) == 0
        await pilot.pause(1.5)  # the app looks for changes every second
        assert "#from-cli" in app.screen.query_one(BriefingList).row_text(1)

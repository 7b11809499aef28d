"""Provides the library-scale benchmark: python -m tui.bench [--articles N] [--briefings M].

Generates a library of news-length articles, imports it with extraction, and prints each figure
beside its target, with the bundled library measured in the same run as the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PEOPLE = [("Amara Okafor", "energy minister"), ("Lukas Brandt", "chief executive of Nordgrid"),
          ("Sofia Reyes", "a spokeswoman for the port authority"), ("Tomasz Wrona", "the deputy finance minister"),
          ("Hana Sato", "an analyst at Kestrel Research"), ("Daniel Mensah", "the union's general secretary")]
TOPICS = ["grid", "port", "budget", "pipeline", "reactor", "fleet", "tariff", "harvest", "rail link", "data centre"]
PLACES = ["Gdansk", "Rotterdam", "Lagos", "Osaka", "Valparaiso", "Tallinn", "Bilbao", "Mombasa"]


def _paragraph(rng: random.Random, topic: str, place: str) -> str:
    name, role = rng.choice(PEOPLE)
    surname = name.split()[-1]
    money = f"${rng.randint(2, 90)}.{rng.randint(1, 9)} billion"
    share = f"{rng.randint(2, 40)} percent"
    amount = f"{rng.randint(100, 9000):,} megawatts"
    return (
        f"The {topic} project in {place} moved ahead on Tuesday after officials approved {money} in new "
        f"financing, according to documents seen by reporters. {name}, {role}, said the plan would cut costs "
        f"by {share} within three years. \"We have waited long enough, and the numbers finally work,\" {surname} "
        f"said. \"Nobody should expect the first phase to be easy.\" Critics warned that the schedule was "
        f"\"wildly optimistic\" and noted that a similar scheme had stalled in 2019. The site is expected to "
        f"supply about {amount} once complete, enough for roughly {rng.randint(2, 9)} million homes, and will "
        f"employ {rng.randint(300, 6000):,} workers at its peak."
    )


def generate_library(folder: Path, briefings: int, articles: int, seed: int = 7) -> int:
    """Write brief files holding `articles` articles of about 700 words, spread over `briefings` files."""
    rng = random.Random(seed)
    per = max(1, articles // briefings)
    for b in range(briefings):
        lines = ["---", f"title: Bench briefing {b:03d}", f"date: 2025-{1 + b % 12:02d}-{1 + b % 28:02d}",
                 f"tags: [bench, {TOPICS[b % len(TOPICS)]}]", "---", ""]
        for a in range(per):
            topic, place = rng.choice(TOPICS), rng.choice(PLACES)
            lines += [f"## {place} {topic} update {b:03d}-{a:03d}", "", "- source: Bench Wire",
                      f"- date: 2025-{1 + b % 12:02d}-{1 + a % 28:02d}", ""]
            lines += [_paragraph(rng, topic, place) + "\n" for _ in range(6)]
        (folder / f"bench-{b:03d}.md").write_text("\n".join(lines))
    return per * briefings


def _env() -> dict[str, str]:
    """The environment of timed processes: as a reader's machine runs them, with Python's bytecode
    cached (some shells set PYTHONDONTWRITEBYTECODE, which would time compiling the sources)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(*args: str) -> dict:
    """One run of the app timed in its own process (tui.app_timing), as the JSON it prints."""
    result = subprocess.run([sys.executable, "-m", "tui.app_timing", *args], capture_output=True, text=True,
                            env=_env())
    if result.returncode != 0:
        raise SystemExit(f"a timed run failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])




def _median_run(data: str, runs: int) -> dict:
    results = [_run(data) for _ in range(runs)]
    return {
        key: statistics.median(r[key] for r in results) if isinstance(value, float) else value
        for key, value in results[0].items()
    }


PROCESS_RUNS = 9
"""Runs of each short process timed (a CLI command takes a tenth of a second): the median of many."""


def _time_processes(*commands: list[str], runs: int = PROCESS_RUNS) -> list[float]:
    """The median time of each command, run in turns (so that a change in the machine's speed, or in
    how long the disk takes to sync, falls on all of them alike)."""
    env = _env()
    for argv in commands:
        subprocess.run(argv, capture_output=True, check=True, env=env)  # untimed: writes the bytecode
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for argv, taken in zip(commands, times):
            start = time.perf_counter()
            subprocess.run(argv, capture_output=True, check=True, env=env)
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--briefings", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3, help="runs of each timed app process (median)")
    parser.add_argument("--library", type=Path, help="measure a library made earlier (import is not timed)")
    args = parser.parse_args(argv)

    from tui.cli import open_library
    from tui.domain.importer import import_paths
    from tui.domain.store import Library

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sources = root / "sources"
        sources.mkdir()
        if args.library is None:
            count = generate_library(sources, args.briefings, args.articles)
            words = len((sources / "bench-000.md").read_text().split()) // max(1, count // args.briefings)
            print(f"generated {count} articles (~{words} words each) in {args.briefings} briefings")

        bundled = root / "bundled"
        open_library(str(bundled))
        big = args.library or root / "big"
        rate = None
        if args.library is None:
            open_library(str(big))
            start = time.perf_counter()
            report = import_paths(Library(big), [sources])
            elapsed = time.perf_counter() - start
            assert not report.errors, report.errors[:3]
            rate = report.articles / elapsed

        searched = Library(big)
        # Words, a phrase, filters with words, and filters alone (one that matches nothing).
        queries = ["financing", "Rotterdam grid", '"nobody should expect"', "speaker:Okafor port", "megawatts tag:bench",
                   "kind:quote waited", "speaker:okafor", "speaker:nobody"]
        search_times = []
        for query in queries:
            start = time.perf_counter()
            searched.search(query)
            search_times.append(time.perf_counter() - start)
        search_slowest = max(search_times)
        slowest_query = queries[search_times.index(search_slowest)]

        base = _median_run(str(bundled), args.runs)
        large = _median_run(str(big), args.runs)
        version, tag = _time_processes([sys.executable, "-m", "tui", "--version"],
                                       [sys.executable, "-m", "tui", "--data-dir", str(big), "tag", large["article_id"], "x"])

        rows = [
            ("import with extraction", f"{rate:,.0f} articles/s" if rate else "not timed (--library)",
             ">= 200 articles/s", None if rate is None else rate >= 200),
            ("first screen, ratio to bundled", f"{large['first'] / base['first']:.2f} "
             f"({large['first'] * 1000:.0f} ms vs {base['first'] * 1000:.0f} ms)", "<= 1.3",
             large["first"] / base["first"] <= 1.3),
            ("open a briefing (key to first full frame)", f"{large['briefing'] * 1000:.0f} ms "
             f"(bundled: {base['briefing'] * 1000:.0f} ms)", "< 50 ms", large["briefing"] < 0.05),
            ("  until its last frame (scroll bars)", f"{large['briefing_settled'] * 1000:.0f} ms", "", None),
            ("  the first time (composes the screen)", f"{large['briefing_first'] * 1000:.0f} ms "
             f"(bundled: {base['briefing_first'] * 1000:.0f} ms)", "", None),
            ("open an article (key to first full frame)", f"{large['article'] * 1000:.0f} ms "
             f"(bundled: {base['article'] * 1000:.0f} ms)", "< 50 ms", large["article"] < 0.05),
            ("  until its last frame (scroll bars)", f"{large['article_settled'] * 1000:.0f} ms", "", None),
            ("  the first time (composes the screen)", f"{large['article_first'] * 1000:.0f} ms "
             f"(bundled: {base['article_first'] * 1000:.0f} ms)", "", None),
            (f"search, slowest of {len(queries)} queries in process", f"{search_slowest * 1000:.0f} ms "
             f"({slowest_query}; first, cold: {search_times[0] * 1000:.0f} ms)", "< 100 ms", search_slowest < 0.1),
            ("save a note or tag in the app", f"{large['save'] * 1000:.1f} ms", "< 20 ms", large["save"] < 0.02),
            ("tag through the CLI, ratio to --version", f"{tag / version:.2f} ({tag * 1000:.0f} ms vs "
             f"{version * 1000:.0f} ms)", "<= 1.5", tag / version <= 1.5),
            ("memory of the app", f"{large['rss']:.0f} MB (bundled: {base['rss']:.0f} MB)", "< 250 MB",
             large["rss"] < 250),
        ]
        width = max(len(r[0]) for r in rows)
        print(f"\n{'measure':<{width}}  {'result':<44}  {'target':<18}  ok")
        for name, result, target, ok in rows:
            print(f"{name:<{width}}  {result:<44}  {target:<18}  {'' if ok is None else 'yes' if ok else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Instructions of the read commands at 100k papers, two versions of paperctl side by side.

    python bench/read_instructions.py [--before e50b130] [--after .] [--size 100000] [--work DIR]

Issue 14 asks that reads at 100k stay "unchanged". On a shared machine wall time moves by
more than the few percent in question, so this counts instructions instead, with valgrind
(``--tool=cachegrind --cache-sim=no``; "I refs"): the same command gives the same count to
within a few thousand, whatever else the machine runs.

- ``--before`` and ``--after`` each name a commit (checked out with ``git worktree add
  --detach`` into a temporary folder, removed at the end) or a folder holding ``src/``;
  ``--after`` defaults to this checkout's working tree.
- The corpus is ``bench/gen_corpus.py SIZE 42``; each version imports its JSON Lines with its
  own code into its own library (about 30 s each at 100k). With ``--work DIR`` the corpus and
  the libraries are kept there and used again while a version's source is unchanged (a library
  is named by a hash of its version's ``src/paperctl``).
- Each command runs once unmeasured (byte-compiling, filling the OS cache), then ``--runs``
  times under valgrind (the lowest count is shown; they differ by a few thousand). Both
  versions run with this interpreter, ``PYTHONPATH`` set to their ``src`` (checked: each must
  import its own code), ``PYTHONHASHSEED=0`` and byte-code caching on, as an installed paperctl.
- ``show KEY`` shows the paper in the middle of the corpus, by the key each version gave it.

Only the standard library and valgrind; never imported by paperctl or its tests.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bib_targets import WORD, check_import_path, environment, show_key

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
_I_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def checkout(ref: str, into: Path) -> Path:
    """The source tree for *ref*: a folder holding ``src/`` as it is, else a commit checked out."""
    folder = Path(ref)
    if (folder / "src" / "paperctl").is_dir():
        return folder.resolve()
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(into), ref], check=True,
                   capture_output=True)
    return into


def source_hash(tree: Path) -> str:
    """A short hash of every file under ``src/paperctl`` (names and bytes): the library a
    version builds depends on nothing else."""
    digest = hashlib.sha1()
    for path in sorted((tree / "src" / "paperctl").rglob("*.py")):
        digest.update(str(path.relative_to(tree)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def instructions(src: Path, argv: list[str]) -> int:
    """Instructions ("I refs") of one ``python -m paperctl ARGV``, counted by valgrind."""
    env = environment(src) | {"PYTHONHASHSEED": "0"}
    result = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-m", "paperctl", *argv],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    found = _I_REFS.search(result.stderr)
    if result.returncode != 0 or not found:
        raise SystemExit(f"{src}: paperctl {' '.join(argv)} failed: {result.stderr[-600:]}")
    return int(found.group(1).replace(",", ""))


def library(tree: Path, corpus: Path, work: Path) -> Path:
    """This version's library of *corpus*, imported by its own code (kept in *work*)."""
    db = work / f"library-{corpus.parent.name}-{source_hash(tree)}.db"
    if not db.exists():
        partial = db.with_suffix(".partial")
        for leftover in work.glob(partial.name + "*"):
            leftover.unlink()
        subprocess.run([sys.executable, "-m", "paperctl", "--db", str(partial), "import", str(corpus)],
                       env=environment(tree / "src"), check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        subprocess.run([sys.executable, "-c", "import sqlite3, sys; sqlite3.connect(sys.argv[1])"
                        ".execute('PRAGMA wal_checkpoint(TRUNCATE)')", str(partial)], check=True)
        partial.rename(db)
        for side in ("-wal", "-shm"):
            Path(f"{partial}{side}").unlink(missing_ok=True)
    return db


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", default="e50b130", help="commit or source folder (default e50b130)")
    ap.add_argument("--after", default=str(ROOT), help="commit or source folder (default: this checkout)")
    ap.add_argument("--size", type=int, default=100_000, help="papers in the library (default 100000)")
    ap.add_argument("--runs", type=int, default=1, help="counted runs of each command (default 1)")
    ap.add_argument("--work", type=Path, help="keep the corpus and libraries here, to use them again")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="read-instructions-") as tmp:
        work = args.work.resolve() if args.work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        trees: dict[str, Path] = {}
        try:
            for label in ("before", "after"):
                trees[label] = checkout(getattr(args, label), Path(tmp) / label)
                check_import_path(trees[label] / "src")
            corpus = work / f"corpus-{args.size}" / "corpus.jsonl"
            if not corpus.exists():
                subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), str(args.size), "42",
                                str(corpus.parent)], check=True, stdout=subprocess.DEVNULL)
            counts = measure(trees, corpus, work, args.size, args.runs)
        finally:
            for label, tree in trees.items():
                if tree == Path(tmp) / label:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                                   check=False, capture_output=True)
    report(args, trees, counts)
    return 0


def measure(trees: dict[str, Path], corpus: Path, work: Path, size: int, runs: int) -> dict[str, dict[str, int]]:
    """{command: {version: fewest instructions over *runs*}}."""
    libraries = {label: library(tree, corpus, work) for label, tree in trees.items()}
    middle = json.loads(corpus.open(encoding="utf-8").readlines()[size // 2])["arxiv_id"]
    keys = {label: show_key(tree / "src", libraries[label], middle) for label, tree in trees.items()}
    commands = {
        "list --limit 50": lambda label: ["list", "--limit", "50"],
        f"search {WORD} --limit 50": lambda label: ["search", WORD, "--limit", "50"],
        "show KEY": lambda label: ["show", keys[label]],
    }
    counts: dict[str, dict[str, int]] = {}
    for name, argv_of in commands.items():
        for label, tree in trees.items():
            argv = ["--db", str(libraries[label]), *argv_of(label)]
            subprocess.run([sys.executable, "-m", "paperctl", *argv], env=environment(tree / "src"), check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # byte-compiles, warms
            counts.setdefault(name, {})[label] = min(instructions(tree / "src", argv) for _ in range(runs))
    return counts


def report(args: argparse.Namespace, trees: dict[str, Path], counts: dict[str, dict[str, int]]) -> None:
    def described(ref: str) -> str:
        folder = Path(ref)
        head = subprocess.run(["git", "-C", str(folder if folder.is_dir() else ROOT), "rev-parse", "--short",
                               "HEAD" if folder.is_dir() else ref], capture_output=True, text=True).stdout.strip()
        dirty = folder.is_dir() and subprocess.run(["git", "-C", str(folder), "status", "--porcelain", "src"],
                                                   capture_output=True, text=True).stdout.strip()
        return f"{ref} ({head}{' + uncommitted changes' if dirty else ''})"

    print(f"bench/read_instructions.py --before {args.before} --after {args.after} --size {args.size} "
          f"--runs {args.runs}")
    print(f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; python {sys.version.split()[0]}; "
          f"before = {described(args.before)}, after = {described(args.after)}")
    print("Instructions (valgrind I refs) of one whole process, millions; fewer is faster.")
    print()
    print(f"| command at {args.size:,} papers | before | after | after - before |")
    print("|---|---|---|---|")
    for name, by_version in counts.items():
        before, after = by_version["before"], by_version["after"]
        print(f"| `{name}` | {before / 1e6:.1f}M | {after / 1e6:.1f}M | "
              f"{(after - before) / 1e6:+.1f}M ({(after - before) / before:+.1%}) |")


if __name__ == "__main__":
    sys.exit(main())

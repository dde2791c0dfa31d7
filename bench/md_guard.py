#!/usr/bin/env python3
"""Prove that a change to the Markdown reader changes nothing it reads.

    python bench/md_guard.py --save /tmp/md-before.json [--inputs recorded.jsonl]
    python bench/md_guard.py --check /tmp/md-before.json [--inputs recorded.jsonl]

Records everything ``markdown.reader.parse`` returns (every entry with every field
and its layout, the sections, skipped lines with their reasons, the doubts, the
counts, the list's layout) for every list it can find: the real lists and the
seeds in ``../shared`` (the seeds also with the options the shipped library is
built with), the lists of ``bench/unseen-lists``, the generated 1 MB list, smaller generated lists, and the hostile
inputs of ``md_adversarial.py`` at 20,000 characters. ``--inputs`` adds the
documents of a JSON Lines file (``{"name", "text", "options"}`` a line), for
instance every document the test suite hands the reader (``--record`` writes that
file: ``python bench/md_guard.py --record recorded.jsonl -- tests/test_markdown_*.py``).

``--save`` writes the record; ``--check`` reads the lists again with the code this
Python imports and names every list whose reading differs, with the first field
that differs. Exit status 1 when one does. Speed changes are proven with it: save
with the code before, check with the code after. ``--split-all`` reads every document
in parts (``markdown.parts``) however small and wherever the cut falls, so that reading
in parts is proven on all of them, not only on the large ones.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SHARED = HERE.parent.parent / "shared"


def corpus(extra: Path | None) -> list[tuple[str, str, dict]]:
    """(name, text, parse options) of every document the guard reads."""
    docs: list[tuple[str, str, dict]] = []
    files = sorted((SHARED / "fixtures" / "real-lists").glob("*.md"))
    files += sorted((SHARED / "seeds").glob("*.md")) + sorted((SHARED / "fixtures" / "paper-lists").glob("*.md"))
    files += sorted((HERE / "unseen-lists").glob("*/*.md"))  # (README.md and FINDINGS.md are read too: lists)
    for path in files:
        text = path.read_text(encoding="utf-8")
        docs.append((path.name, text, {}))
        docs.append((path.name + " (read-if-summary, year groups)", text,
                     {"read_if_summary": True, "year_groups": True}))
    from gen_md_list import render

    for entries, seed in ((3000, 42), (400, 7), (60, 1)):
        docs.append((f"generated {entries} seed {seed}", render(entries, seed), {}))
    from md_adversarial import inputs

    docs += [(f"hostile {name!r}", text, {}) for name, text in inputs(20_000).items()]
    if extra is not None:
        for line in extra.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            docs.append((item["name"], item["text"], item["options"]))
    return docs


def snapshot(parsed: object) -> object:
    """Everything the reader returned, as plain JSON values."""
    return json.loads(json.dumps(dataclasses.asdict(parsed), default=repr, ensure_ascii=False))  # type: ignore[arg-type]


def _first_difference(old: object, new: object, where: str = "") -> str:
    if type(old) is not type(new):
        return f"{where}: {old!r:.200} -> {new!r:.200}"
    if isinstance(old, dict):
        for key in sorted(set(old) | set(new)):  # type: ignore[arg-type]
            if old.get(key) != new.get(key):  # type: ignore[union-attr]
                return _first_difference(old.get(key), new.get(key), f"{where}.{key}")  # type: ignore[union-attr]
    if isinstance(old, list):
        for k, (a, b) in enumerate(zip(old, new, strict=False)):  # type: ignore[call-overload]
            if a != b:
                return _first_difference(a, b, f"{where}[{k}]")
        if len(old) != len(new):  # type: ignore[arg-type]
            return f"{where}: {len(old)} items -> {len(new)}"  # type: ignore[arg-type]
    return f"{where}: {old!r:.200} -> {new!r:.200}"


def _how_many(old: object, new: object) -> str:
    """" (N of M entries differ)" when both readings hold entries: the first difference alone
    hid that a change touched many more (session 11)."""
    if not (isinstance(old, dict) and isinstance(new, dict)) or "entries" not in old or "entries" not in new:
        return ""
    pairs = list(zip(old["entries"], new["entries"], strict=False))
    return f" ({sum(a != b for a, b in pairs)} of {len(pairs)} entries differ)"


def record(out: Path, pytest_args: list[str]) -> int:
    """Run pytest with this module as a plugin: every document handed to ``reader.parse``
    is written to *out* (see ``pytest_configure``)."""
    env = {**os.environ, "MD_GUARD_OUT": str(out.resolve()), "PYTHONPATH": str(HERE)}
    out.write_text("", encoding="utf-8")
    return subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "md_guard", *pytest_args], env=env)


def pytest_configure(config: object) -> None:
    """(As a pytest plugin, under ``--record``) wrap ``reader.parse`` to write its documents."""
    out = os.environ.get("MD_GUARD_OUT")
    if not out:
        return
    from paperctl.formats.markdown import reader

    parse, seen = reader.parse, set()

    def recording(text: str, read_if_summary: bool = False, year_groups: bool = False, **more):  # type: ignore[no-untyped-def]
        options = {"read_if_summary": read_if_summary, "year_groups": year_groups}
        key = (text, read_if_summary, year_groups)
        if key not in seen and len(text) < 2_000_000:
            seen.add(key)
            with open(out, "a", encoding="utf-8") as f:
                f.write(json.dumps({"name": f"recorded {len(seen)}", "text": text, "options": options},
                                   ensure_ascii=False) + "\n")
        return parse(text, read_if_summary, year_groups, **more)

    reader.parse = recording


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path)
    what.add_argument("--check", type=Path)
    what.add_argument("--record", type=Path, help="write the test suite's documents to this file (args after --)")
    ap.add_argument("--inputs", type=Path)
    ap.add_argument("--split-all", action="store_true",
                    help="read every document in parts where it can be cut, however small (markdown.parts)")
    args, rest = ap.parse_known_args()
    if args.record:
        return record(args.record, [a for a in rest if a != "--"])
    from paperctl.formats.markdown import parts, reader

    split: list[str] = []
    if args.split_all:
        parts.PARALLEL_MIN, parts.SLACK = 0, float("inf")
    in_parts = reader._read_in_parts

    def counted(text: str, *options: bool) -> object:
        found = in_parts(text, *options)
        if found is not None:
            split.append(text)
        return found

    reader._read_in_parts = counted
    seen = {}
    for name, text, options in corpus(args.inputs):
        seen[name] = snapshot(reader.parse(text, **options))
    print(f"{len(split)} of {len(seen)} documents were read in parts")
    if args.save:
        args.save.write_text(json.dumps(seen, ensure_ascii=False), encoding="utf-8")
        print(f"saved the reading of {len(seen)} documents to {args.save}")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    differ = [name for name in seen if before.get(name) != seen[name]]
    missing = [name for name in before if name not in seen]
    for name in differ:
        print(f"DIFFERS {name}: {_first_difference(before.get(name), seen[name])}{_how_many(before.get(name), seen[name])}")
    for name in missing:
        print(f"MISSING {name}")
    print(f"{len(seen) - len(differ)}/{len(seen)} documents read exactly as before"
          + (f"; {len(missing)} documents of the record not read" if missing else ""))
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())

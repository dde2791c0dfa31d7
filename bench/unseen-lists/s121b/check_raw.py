"""Check that every label's raw equals the list file's lines from its line on (0 mismatches expected)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    cache = {}
    bad = 0
    n = 0
    for ln, row in enumerate(open(HERE / "labels.jsonl", encoding="utf-8"), 1):
        r = json.loads(row)
        n += 1
        if list(r.keys()) != KEYS:
            print(f"label {ln}: keys {list(r.keys())}")
            bad += 1
        name = r["list"]
        if name not in cache:
            cache[name] = (HERE / name).read_text(encoding="utf-8").splitlines()
        lines = cache[name]
        k = r["raw"].count("\n") + 1
        got = "\n".join(lines[r["line"] - 1:r["line"] - 1 + k])
        if got != r["raw"]:
            print(f"label {ln}: {name}:{r['line']} raw mismatch\n  label: {r['raw']!r}\n  file:  {got!r}")
            bad += 1
        if not r["is_paper"] and any(r[x] for x in KEYS[4:13]):
            print(f"label {ln}: non-paper with fields filled")
            bad += 1
    print(f"{n} labels, {bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

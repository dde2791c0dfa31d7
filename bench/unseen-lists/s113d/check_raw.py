"""Check that every label's raw equals the list file's lines from its line on."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    bad = 0
    n = 0
    files = {}
    for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
        lab = json.loads(ln)
        n += 1
        if list(lab) != KEYS:
            print("keys differ:", lab["list"], lab["line"], list(lab))
            bad += 1
        f = lab["list"]
        if f not in files:
            files[f] = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
        lines = files[f]
        want = lab["raw"].split("\n")
        got = lines[lab["line"] - 1: lab["line"] - 1 + len(want)]
        if got != want:
            bad += 1
            print("MISMATCH", f, lab["line"])
            print("  label:", repr(lab["raw"][:120]))
            print("  file: ", repr("\n".join(got)[:120]))
        if not lab["is_paper"]:
            filled = [k for k in KEYS[4:13] if lab[k] not in (None, [], "")]
            if filled:
                print("non-paper with fields:", f, lab["line"], filled)
                bad += 1
    print(f"{n} labels, {bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

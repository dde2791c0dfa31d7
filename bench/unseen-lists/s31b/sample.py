"""Sample 20 candidate entry lines per list with random.Random(3121).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the
header row, not separator rows), and lines starting with bold (** or __).
Fenced code blocks and HTML comments (single- or multi-line) are skipped.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*(\*\*|__)\S")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt) and nxt.startswith("|"):
                continue  # header row
            out.append(i + 1)
            continue
        if ITEM_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out


VENUE_BULLET_RE = re.compile(r"^[-*+] [A-Za-z]+\d{4}")


def entry_start(lines, n):
    """1-based line where the entry holding candidate line n starts.

    Only one shape needs this: in cs-liangchen-work/EAE_paper an entry is a
    top-level bullet `- ACL2022: Title` followed by indented `- Authors:` /
    `- url:` / `- code:` / note sub-bullets, which continue that entry.
    Elsewhere nested bullets are entries of their own (category bullets with
    papers under them), so every candidate line starts its own entry.
    """
    line = lines[n - 1]
    if not line.startswith(" "):
        return n
    for j in range(n - 2, -1, -1):
        prev = lines[j]
        if prev.startswith("#"):
            return n
        if prev.strip() and not prev.startswith(" "):
            return j + 1 if VENUE_BULLET_RE.match(prev) else n
    return n


def main():
    rng = random.Random(3121)
    result = {}
    texts = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        pick = sorted(rng.sample(cands, 20))
        texts[name] = (text.split("\n"), cands)
        result[name] = {"n_candidates": len(cands), "lines": pick}
    # Two sampled lines of one multi-line entry give one label; after all lists
    # are drawn (so the first draws stay as they were), the same generator
    # draws replacement lines until each list has 20 distinct entries.
    for name in LISTS:
        lines, cands = texts[name]
        pick = result[name]["lines"]
        entries = sorted({entry_start(lines, n) for n in pick})
        extra = []
        while len(entries) < 20:
            rest = [n for n in cands if n not in pick and n not in extra and entry_start(lines, n) not in entries]
            n = rng.choice(rest)
            extra.append(n)
            entries = sorted(set(entries) | {entry_start(lines, n)})
        result[name]["replacement_lines"] = extra
        result[name]["entries"] = entries
        if "-v" in sys.argv:
            print(f"== {name}: {len(cands)} candidates; drawn {pick}; replacements {extra}")
            for e in entries:
                print(f"{e}: {lines[e-1]}")
    (HERE / "sample.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

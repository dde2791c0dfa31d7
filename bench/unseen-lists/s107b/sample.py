#!/usr/bin/env python3
"""Sample up to 20 candidate entry lines per list with random.Random(10721).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings for lists that write papers as headings (here: the H2 headings of
juanalonso__diffusion-audio). Fenced code and HTML comments are skipped. The last line of a
list saved partially (cut mid-line by the 16,000-character page) is not a candidate.
Writes sample.jsonl (list, line, text)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADINGS = {"juanalonso__diffusion-audio.README.md": re.compile(r"^##\s+\S")}
PARTIAL = {"sfofgalaxy__awesome-audio-security-research.README.md"}
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(name, lines):
    out, fence, comment, in_table = [], None, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if "-->" in s:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^(```+|~~~+)", s)
        if m:
            fence = m.group(1)[:3]
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("|") or (in_table and "|" in s and s):
            if DELIM.match(s) and "-" in s:
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
        elif name in PAPER_HEADINGS and PAPER_HEADINGS[name].match(line):
            out.append(i)
    if name in PARTIAL and out and out[-1] == len(lines):
        out.pop()
    return out


def main():
    rng = random.Random(10721)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        lines = open(os.path.join(HERE, name), encoding="utf-8", newline="").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        c = candidates(name, lines)
        pick = sorted(c) if len(c) <= 20 else sorted(rng.sample(c, 20))
        print(name, "candidates", len(c), "picked", len(pick))
        rows += [{"list": name, "line": n, "text": lines[n - 1]} for n in pick]
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Sample 20 candidate entry lines a list with random.Random(12671) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows (not header or separator rows), lines starting with bold,
and (judgement call, for SuDIS-ZJU) paragraph lines that start with a bracketed venue prefix followed by a bold title,
e.g. "[SIGMOD'12] **InfoGather: ...**": these are that list's paper entries. No list here writes papers as headings.
Fenced code and HTML comments are skipped. Files are read with universal newlines (the RingBDStack file has CRLF ends).
"""
import json, random, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD_RE = re.compile(r"^\s*\*\*")
PREFIX_BOLD_RE = re.compile(r"^\[[^\]]+\]\s*\*\*")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("|"):
            if re.fullmatch(r"\|?[\s:|-]+\|?", s):
                continue  # separator row (also skips the all-empty row "|  | | | | | |")
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and re.fullmatch(r"\|?[\s:|-]+\|?", nxt) and "-" in nxt:
                continue  # header row
            out.append(i + 1)
        elif LIST_RE.match(line) or BOLD_RE.match(line) or PREFIX_BOLD_RE.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12671)
    files = sorted(p.name for p in HERE.glob("*.README.md"))
    with open(HERE / "sample.jsonl", "w", encoding="utf-8") as fh:
        for name in files:
            text = (HERE / name).read_text(encoding="utf-8")
            lines = text.split("\n")
            cands = candidates(text)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, "candidates:", len(cands), "picked:", len(picked))
            for ln in picked:
                fh.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

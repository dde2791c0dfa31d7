"""Sample 20 candidate lines per list with random.Random(2604).

Candidates: list items (-, *, + bullets, numbered items, at any indentation incl. tabs),
table body rows, and lines starting with bold. Fenced code blocks and HTML comments are skipped.
Judgement call: in JeffC0628's list most entries are paragraphs that start with an emoji shortcode
followed by a dash (":heavy_check_mark: - Author ..."). They are list entries in all but syntax, so
a line starting with ":shortcode:" followed by "-" counts as a list item too.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "JeffC0628__awesome-voice-conversion.README.md",
    "LqNoob__LqNoob.github.io.README.md",
    "metame-ai__awesome-audio-plaza.README.md",
    "Jackson-Kang__Awesome-DL-based-Text-to-speech-Papers-and-Resources.README.md",
]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
EMOJI_ITEM = re.compile(r"^:[a-z0-9_+-]+:\s*-")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt.strip()):
                continue  # separator row or header row
            out.append(i + 1)
            continue
        if ITEM.match(line) or EMOJI_ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2604)
    result = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = picked
        print(name, len(cands), "candidates", file=sys.stderr)
        for n in picked:
            print(f"{name}:{n}: {lines[n-1][:150]!r}", file=sys.stderr)
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()

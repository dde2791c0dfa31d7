"""Sample 20 entries a list with random.Random(4411).

Candidate lines: list items (bullets, numbered), table body rows (not the header row
before a |---| separator, not the separator), and lines starting with bold; fenced code
and HTML comments are skipped. An indented list item (nested bullet) belongs to the
top-level item above it (e.g. the authors / affiliation / date bullets under a bold
title), so entries are keyed by their start line: top-level items, table rows, bold lines.
Run from anywhere; paths are relative to this file.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "dapurv5__awesome-red-teaming-llms.README.md",
    "metame-ai__awesome-llm-plaza.README.md",
    "isXinLiu__Awesome-MLLM-Safety.README.md",
]
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out = []
    in_code = in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        m = ITEM.match(line)
        if m:
            if m.group(1) == "":          # top-level item starts an entry
                out.append(i + 1)
            continue                      # nested item: part of the entry above
        if s.startswith("|"):
            if SEP.match(s.lstrip("|").strip()) or set(s) <= set("|-: "):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and set(nxt) <= set("|-: "):
                continue                  # header row
            out.append(i + 1)
            continue
        if s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(4411)
    result = {}
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {"candidates": len(cands), "lines": picked}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, "samples.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()

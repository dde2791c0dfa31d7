"""Sample 20 candidate entry lines a list with random.Random(8441).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold at
column 0, and -- only for wangyongjie-ntu__Awesome-explainable-AI, which writes its papers as
plain paragraph lines `[Title](url), Venue Year` -- top-level paragraph lines that contain a
Markdown link (the analogue of "headings when the list writes papers as headings").
Fenced code, indented code blocks and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARA_LISTS = {"wangyongjie-ntu__Awesome-explainable-AI.README.md"}
LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    prev_blank = True
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            prev_blank = not s
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_blank = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            prev_blank = False
            continue
        if not s:
            prev_blank = True
            continue
        # indented code block after a blank line that is not inside a list
        if line.startswith("    ") and prev_blank and not any(LIST_RE.match(l) for l in lines[max(0, i - 30):i]):
            prev_blank = False
            continue
        kind = None
        if LIST_RE.match(line):
            kind = "list"
        elif s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not SEP_RE.match(s) and not SEP_RE.match(nxt.strip()):
                kind = "table"
        elif line.startswith("**"):
            kind = "bold"
        elif name in PARA_LISTS and not line.startswith((" ", "\t", "#", "!")) and re.search(r"\]\(", line):
            kind = "para"
        if kind:
            out.append((i + 1, kind, line))
        prev_blank = False
    return out


def main():
    rng = random.Random(8441)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for name in names:
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
                lines = f.read().split("\n")
            cands = candidates(name, lines)
            picked = cands if len(cands) <= 20 else rng.sample(cands, 20)
            picked.sort()
            print(name, "candidates", len(cands), "picked", len(picked))
            for ln, kind, text in picked:
                fh.write(json.dumps({"list": name, "line": ln, "kind": kind, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

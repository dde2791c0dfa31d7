"""Sample 20 candidate entry lines a list with random.Random(13631), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not the header row or the |---| separator),
lines starting with bold, and -- in lists that write papers as headings -- the headings that start a
paper entry (level-4 '####' headings other than the '#### Link：' / '#### Code：' / bare '####'
continuation lines of the entry above). Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"Paper2Chinese__CVPR-2025-reading-papers-with-code.README.md"}
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
CONT_RE = re.compile(r"^####\s*(?:(?:Link|Code)\s*[：:].*)?$")


def candidates(path, name):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, in_fence, in_comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
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
        is_table = s.startswith("|")
        if is_table:
            nxt = lines[i] if i < len(lines) else ""
            header = (not prev_table) and SEP_RE.match(nxt.strip() or "x") is not None
            if not header and not SEP_RE.match(s):
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LIST_RE.match(line) or s.startswith("**") or s.startswith("__"):
            out.append(i)
        elif name in PAPERS_AS_HEADINGS and line.startswith("#### ") and not CONT_RE.match(s):
            out.append(i)
    return out


def main():
    rng = random.Random(13631)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        cands = candidates(path, name)
        picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        lines = open(path, encoding="utf-8").read().split("\n")
        print(name, "candidates:", len(cands), "picked:", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Sample 20 candidate entry lines per list with random.Random(10141).

One generator, lists in sorted file-name order; rng.sample(candidates, 20) per list
(all if fewer), then sorted by line. Writes sample.jsonl.

Candidate lines (entry starts):
  * list items (bullets / numbered) -- except items nested under a list item that is
    itself a content item (those are continuation lines of that entry, e.g. the study
    notes under a paper bullet, as in the km1994 dev list); items nested under a
    bold-only label item ("- **Trajectory Prediction**") are candidates;
  * table body rows (lines starting with '|', not the header or the --- separator);
  * lines starting with bold ('**'), except a bold line that belongs to a paper heading
    entry (the bold title line right under a "### Name · 2024" heading);
  * headings, only in the list that writes its papers as headings (HaoxuanXU1024):
    the paper headings "### Name · YYYY" / "#### Name · YYYY".
Fenced code blocks and HTML comments are skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"HaoxuanXU1024__Awesome-Robotics-In-context-Learning.README.md"}
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")
PAPER_HEADING = re.compile(r"^#{3,4} .+ · \d{4}\s*$")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    stack = []  # (indent, is_label) of open list items
    prev_paper_heading = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        if line.startswith("#"):
            stack = []
            prev_paper_heading = bool(PAPER_HEADING.match(line))
            if name in HEADING_LISTS and prev_paper_heading:
                out.append(i + 1)
            continue
        m = ITEM.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            while stack and stack[-1][0] >= ind:
                stack.pop()
            content = m.group(3).strip()
            is_label = bool(re.fullmatch(r"\*\*[^*]+\*\*", content))
            if not stack or stack[-1][1]:
                out.append(i + 1)
            stack.append((ind, is_label))
            continue
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", s):
                continue  # separator
            if re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if s.startswith("**"):
            if prev_paper_heading:
                continue  # title line of a paper-heading entry
            out.append(i + 1)
            continue
        if s == "":
            continue
    return out


def main():
    rng = random.Random(10141)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, "candidates:", len(cands))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Sample 20 candidate entries per list with random.Random(13591) (one generator, lists in sorted file-name order).

Candidate lines: list items (bullets, numbered; any indentation), table body rows (not the header row or the
|---| separator), lines starting with bold, and level-3 headings in nicholaschenai__ai-for-code (that list writes
papers as `### Title` headings followed by [[Code]]/[[Paper]] link lines). Fenced code and HTML comments are skipped.
Exceptions (continuations, not candidates):
  * grwlf__topics: indented sub-bullets under a top-level item are the fields of that item (title, "year, author",
    PwC/GitHub links), so they belong to the parent entry's raw.
  * a file's last line is skipped when the file was cut mid-line (no final newline and partial: yh-yao).
raw = the start line plus its continuation lines: for a list item, following non-blank lines that are not a new
list item / heading / table row (lazy continuation; in grwlf also the nested sub-bullets); for a paper heading,
following lines starting with "[["; for a table row or bold line, the line alone.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL_CUT = {"yh-yao__awesome-rl-ai-agents.README.md"}
LIST_RE = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    n = len(lines)
    if name in PARTIAL_CUT:
        n -= 1
    for i in range(n):
        ln = lines[i]
        s = ln.strip()
        if s.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in ln:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        m = LIST_RE.match(ln)
        if m:
            if name.startswith("grwlf__") and m.group(1):
                continue  # sub-bullet = field of the parent entry
            out.append((i, "list"))
            continue
        if s.startswith("|"):
            if SEP_RE.match(s.replace("|", "", 1)) or re.match(r"^\|\s*:?-{3,}", s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|\s*:?-{3,}", nxt):
                continue  # header row
            out.append((i, "table"))
            continue
        if s.startswith("**"):
            out.append((i, "bold"))
            continue
        if name.startswith("nicholaschenai__") and ln.startswith("### "):
            out.append((i, "heading"))
    return out


def raw_of(name, lines, i, kind):
    r = [lines[i]]
    j = i + 1
    if kind == "heading":
        while j < len(lines) and lines[j].startswith("[["):
            r.append(lines[j]); j += 1
    elif kind == "list":
        while j < len(lines):
            ln = lines[j]
            if not ln.strip() or re.match(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$", ln):
                break  # blank line or thematic break ends the item
            m = LIST_RE.match(ln)
            if m and not (name.startswith("grwlf__") and m.group(1) and not LIST_RE.match(lines[i]).group(1)):
                break
            if ln.lstrip().startswith(("#", "|", "```")) and not name.startswith("grwlf__"):
                break
            if ln.strip().startswith("```"):
                break
            r.append(ln); j += 1
    return "\n".join(r)


def main():
    rng = random.Random(13591)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
        lines = text.split("\n")
        if text.endswith("\n"):
            lines = lines[:-1]
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands), "sampled:", len(pick))
        for i, kind in pick:
            rows.append({"list": name, "line": i + 1, "kind": kind, "raw": raw_of(name, lines, i, kind)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

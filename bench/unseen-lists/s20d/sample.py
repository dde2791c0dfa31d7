"""Sample 20 entries a list with random.Random(2004).

Candidate lines: list items (bullets -, *, +, numbered N. / N)), table body rows
(rows after a |---| separator; the header row and separator are not candidates) and
lines starting with bold (**). Fenced code blocks and HTML comments are skipped.
A nested list item whose parent is a numbered entry with a bold title (the
multi-line citation shape of guoji-fu/GNN-Papers: venue / authors / [paper]
sub-bullets) is a continuation line of that entry, not a candidate of its own.
"""
import re, random, sys, json, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = [
    "hazdzz__awesome-gnn.README.md",
    "guoji-fu__GNN-Papers.README.md",
    "downeykking__graph-papers.README.md",
    "kaize0409__awesome-graph-data-augmentaion.README.md",
]
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = in_comment = False
    parent_bold_numbered = None  # indent of a numbered bold entry still open
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
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1))
            if parent_bold_numbered is not None and indent > parent_bold_numbered:
                continue  # continuation sub-bullet of a citation entry
            parent_bold_numbered = indent if (m.group(2)[0].isdigit() and line[m.end():].startswith("**")) else None
            out.append(i)
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            if i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                continue  # header row
            # body row: must follow a separator somewhere above within the table
            j = i - 1
            while j >= 0 and lines[j].strip().startswith("|") and not SEP.match(lines[j].strip()):
                j -= 1
            if j >= 0 and SEP.match(lines[j].strip()):
                out.append(i)
            continue
        if s and not line.startswith((" ", "\t")) and s.startswith("**"):
            out.append(i)
            parent_bold_numbered = None
            continue
        if s and not line.startswith((" ", "\t")):
            parent_bold_numbered = None
    return out


def main():
    rng = random.Random(2004)
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, 20))
        print(f"## {name}: {len(cand)} candidates")
        for i in picked:
            print(json.dumps({"list": name, "line": i + 1, "text": lines[i]}, ensure_ascii=False))


if __name__ == "__main__":
    main()

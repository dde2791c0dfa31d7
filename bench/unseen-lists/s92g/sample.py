"""Sample up to 20 candidate entry lines per list with random.Random(9271).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings in the list that writes papers as headings (windmissing). Skipped: fenced
code, HTML comments, table header/separator rows, nested detail bullets that are fields
of a parent numbered entry (Hypogenic "   - Authors:/Year:/arXiv:/Why relevant:"), and the
last line of the partial NL2G file (cut mid-entry at "* Ar").
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_PAPERS = {"windmissing__NLP-important-papers.README.md"}
FIELD_BULLET = re.compile(r"^\s+- (Authors|Year|arXiv|Why relevant):")


def candidates(name, lines):
    out = []
    in_fence = in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if name.startswith("NL2G__") and i == len(lines) and not line.endswith("\n"):
            continue  # partial file: last entry cut mid-title
        if s.startswith("|"):
            is_sep = re.fullmatch(r"\|[\s\-:|]*\|?", s) is not None
            if prev_table and not is_sep:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if FIELD_BULLET.match(line):
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", line):
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
        elif name in HEADING_PAPERS and re.match(r"^#{1,6}\s", line):
            out.append(i)
    return out


def main():
    rng = random.Random(9271)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.splitlines(keepends=True)
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1].rstrip("\n"),
                         "n_candidates": len(cands)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "sampled")


if __name__ == "__main__":
    main()

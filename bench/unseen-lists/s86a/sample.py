"""Sample 20 candidate entries a list with random.Random(8611); writes sample.jsonl.

Candidates: list items (-, *, + and numbered), table body rows (not header or
delimiter rows), lines starting with bold, and, for the list that writes papers as
headings (SaFoLab-WISC), its paper headings (`#### [n] Title`).  Fenced code and
HTML comments are skipped.  The last line of the partial yjtlab file is cut off
mid-title by the 32000-character limit and is left out.
"""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"SaFoLab-WISC__Awesome-T2I-safety-Papers.README.md"}


def lines_of(path):
    text = open(path, encoding="utf-8", newline="").read()
    return text.splitlines(), text.endswith("\n")


def candidates(name, lines, complete):
    out = []
    in_fence = False
    in_comment = False
    n = len(lines)
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
        if in_fence or not s:
            continue
        if not complete and i == n - 1:
            continue  # truncated last line of a partial file
        if name in HEADING_LISTS:
            if re.match(r"^#{4}\s+\[\d+\]", s):
                out.append(i + 1)
            continue
        if re.match(r"^([-*+]|\d+[.)])\s+", s):
            out.append(i + 1)
        elif s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|?$", s):
                continue  # delimiter row
            nxt = lines[i + 1].strip() if i + 1 < n else ""
            if re.match(r"^\|[\s:|-]+\|?$", nxt):
                continue  # header row
            out.append(i + 1)
        elif s.startswith("**") or s.startswith("__"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(8611)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for name in names:
            lines, complete = lines_of(os.path.join(HERE, name))
            cands = candidates(name, lines, complete)
            picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
            print(name, "candidates:", len(cands), "sampled:", len(picked))
            for ln in picked:
                fh.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

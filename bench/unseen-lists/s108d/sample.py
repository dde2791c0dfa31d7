"""Sample candidate entry lines from the three saved lists (s108d).

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows), and lines starting with bold. Fenced code and HTML comments
are skipped.  Two list-specific decisions (see FINDINGS.md):
  * DWCTOD writes each paper as a bold line that often starts with an emoji
    shortcode (`:heavy_check_mark:**Title**`); a line whose only prefix before
    `**` is whitespace and `:shortcode:`s counts as "starting with bold".
  * sun254667 gives each paper as a bold bullet with nested field bullets
    (`  - 发表：`, `  - 亮点：`, `  - 论文链接：`); those field bullets are part of
    the paper entry above them, not entry starts, so they are not candidates.
No list writes papers as headings, so no headings are candidates.
One random.Random(10841) generator, lists in sorted file-name order,
20 a list (all if fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r"^\|?\s*:?-{3,}")
FIELD = re.compile(r"^\s+[-*+]\s+(发表|亮点|论文链接)：")


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if re.match(r"^(```|~~~)", s):
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
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if SEP.match(nxt):
                continue  # header row
            out.append(i)
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            if FIELD.match(line):
                continue
            out.append(i)
        elif re.match(r"^(:[a-z0-9_+-]+:\s*)*\*\*", s):
            out.append(i)
    return out


def main():
    rng = random.Random(10841)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates", len(cands), "sampled", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

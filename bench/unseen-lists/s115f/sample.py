"""s115f sampler: random.Random(11561), one generator, lists in sorted file-name order,
20 entries a list (all if fewer).

Candidates: top-level list items (bullets, numbered), table body rows (not the header
row or the separator row), lines starting with bold; fenced code and HTML comments are
skipped. No list here writes papers as headings.

An entry's raw = its start line plus its continuation lines: following non-blank lines
that are indented (nested sub-bullets such as km1994's `  - 论文名称：...`). Indented
sub-bullets are therefore part of their top-level entry, not candidates of their own."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^(?:[-*+]|\d+[.)])(?:\s|$)")
SEP = re.compile(r"^\|?\s*:?-{3,}")


def masked(lines):
    out, fence, comment = [], False, False
    for ln in lines:
        s = ln.strip()
        m = False
        if fence:
            m = True
            if s.startswith("```") or s.startswith("~~~"):
                fence = False
        elif comment:
            m = True
            if "-->" in ln:
                comment = False
        elif s.startswith("```") or s.startswith("~~~"):
            m, fence = True, True
        elif "<!--" in ln:
            m = True
            if "-->" not in ln[ln.index("<!--"):]:
                comment = True
        out.append(m)
    return out


def candidates(lines):
    mask = masked(lines)
    out = []
    for i, ln in enumerate(lines):
        if mask[i] or not ln.strip():
            continue
        if BULLET.match(ln) or ln.startswith("**"):
            out.append(i)
        elif ln.startswith("|"):
            s = ln.strip()
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt):
                continue
            out.append(i)
    return out


def raw_of(lines, i):
    j = i + 1
    while j < len(lines) and lines[j].strip() and lines[j][:1] in (" ", "\t"):
        j += 1
    return "\n".join(lines[i:j])


def main():
    rng = random.Random(11561)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(name, "candidates:", len(c))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "raw": raw_of(lines, i)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

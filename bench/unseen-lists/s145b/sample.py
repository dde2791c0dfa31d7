"""Sample 20 candidate entries per list with random.Random(13721).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
headings only when papers are written as headings (none of these three lists does).
Fenced code and HTML comments are skipped.  Nested sub-bullets that are detail lines of a
parent entry (authors, venue, an alternative link) are folded into the parent entry and are
not candidates of their own; nested items of a table of contents (between <!-- TOC --> and
<!-- /TOC -->) are entries of their own.  The last line of the partial byungsoo-oh file is
cut mid-title by the fetch limit and is left out.
"""
import json, random, re

FILES = sorted([
    "HuaizhengZhang__AI-System-School.README.md",
    "SinclairCoder__Instruction-Tuning-Papers.README.md",
    "byungsoo-oh__ml-systems-papers.README.md",
])
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")


def candidates(lines):
    out = []
    in_fence = in_comment = in_toc = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!-- TOC"):
            in_toc = True
        if s.startswith("<!-- /TOC"):
            in_toc = False
        if "<!--" in s and "-->" not in s:
            in_comment = True
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        m = ITEM.match(ln)
        if m:
            if len(m.group(1)) >= 2 and not in_toc:
                continue  # detail line of the parent entry
            out.append(i)
        elif s.startswith("|") and not re.match(r"^\|[\s:|-]+\|?$", s):
            out.append(i)  # table rows (header rows removed below)
        elif s.startswith("**"):
            out.append(i)
    return out


def entry_end(lines, i, cands):
    """An entry runs to the next candidate, blank-line-separated block end, or heading."""
    j = i + 1
    ln0 = lines[i]
    numbered_bold = re.match(r"^\d+\.\s+\*\*", ln0) is not None
    while j < len(lines):
        s = lines[j]
        if j in cands or s.startswith("#"):
            break
        if numbered_bold:
            # title line, (blank) line, then an indented authors/links line
            if s.strip() == "" and j + 1 < len(lines) and lines[j + 1].startswith("   ") and lines[j + 1].strip():
                j += 1
                continue
            if s.startswith("   ") and s.strip():
                j += 1
                continue
            break
        if s.strip() == "":
            break
        if re.match(r"^\s{2,}\S", s):
            j += 1
            continue
        if not ITEM.match(s):  # lazy continuation, e.g. a link text broken over two lines
            j += 1
            continue
        break
    # trim trailing blank lines
    while j > i + 1 and lines[j - 1].strip() == "":
        j -= 1
    return j


rng = random.Random(13721)
with open("sample.jsonl", "w", encoding="utf-8") as f:
    for name in FILES:
        lines = open(name, encoding="utf-8", newline="").read().split("\n")
        cands = candidates(lines)
        if name.startswith("byungsoo-oh"):
            last = max(k for k, l in enumerate(lines) if l.strip())
            cands = [c for c in cands if c != last]
        cset = set(cands)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates", len(cands))
        for i in pick:
            j = entry_end(lines, i, cset)
            f.write(json.dumps({"list": name, "line": i + 1, "raw": "\n".join(lines[i:j])}, ensure_ascii=False) + "\n")

"""Sample 20 candidate entries a list with random.Random(13081) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), Markdown table body rows, lines starting with bold,
and HTML table body rows (<tr> inside <tbody>; the entry runs to the line before the next <tr>, or to </tr>).
Skipped: fenced code, HTML comments, table header/separator rows, and the cut last line of a partial file.
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"CMLab-Korea__Awesome-Efficient-GS.README.md"}  # ends mid-tag "<th " (first two read_file pages)

def candidates(lines, name):
    out = []
    in_fence = False
    in_comment = False
    in_tbody = False
    n = len(lines)
    if name in PARTIAL:
        n -= 1  # cut last line
    i = 0
    while i < n:
        s = lines[i]
        st = s.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            i += 1
            continue
        if re.match(r"^\s*(```|~~~)", s):
            in_fence = not in_fence
            i += 1
            continue
        if in_fence:
            i += 1
            continue
        if st.startswith("<!--"):
            if "-->" not in st:
                in_comment = True
            i += 1
            continue
        if st.lower().startswith("<tbody"):
            in_tbody = True
        if st.lower().startswith("</tbody"):
            in_tbody = False
        if in_tbody and st.lower() == "<tr>":
            j = i + 1
            while j < n:
                t = lines[j].strip().lower()
                if t == "</tr>":
                    j += 1
                    break
                if t == "<tr>" or t.startswith("</tbody"):
                    break
                j += 1
            # drop trailing blank lines
            k = j
            while k > i + 1 and not lines[k - 1].strip():
                k -= 1
            out.append((i + 1, "\n".join(lines[i:k])))
            i += 1
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", s):
            out.append((i + 1, s))
        elif st.startswith("|"):
            # body row: not a separator, not the header (the line after a header is a separator)
            if re.match(r"^\|?\s*:?-{2,}", st.replace(" ", "")) or re.fullmatch(r"[|:\-\s]+", st):
                pass
            elif i + 1 < len(lines) and re.fullmatch(r"[|:\-\s]+", lines[i + 1].strip()):
                pass  # header row
            else:
                out.append((i + 1, s))
        elif st.startswith("**") or st.startswith("__"):
            out.append((i + 1, s))
        i += 1
    return out

def main():
    rng = random.Random(13081)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        text = open(path, encoding="utf-8", newline="").read()
        lines = text.split("\n")
        cands = candidates(lines, name)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, "candidates:", len(cands), "sampled:", k)
        for line, raw in picked:
            rows.append({"list": name, "line": line, "raw": raw})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()

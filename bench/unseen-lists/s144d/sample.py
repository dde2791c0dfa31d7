"""Sample 20 candidate entries per list with random.Random(13671).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the header row
or the |---| separator), lines starting with bold (**...). Fenced code blocks and
multi-line HTML comments are skipped. The last line of a PARTIAL file (cut mid-row) is
left out. Lists are processed in sorted file-name order with one generator.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"JethroJames__awesome-robots-icl.README.md", "kairunwen__Awesome-Robot-Use-Agent.README.md"}
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(lines, partial):
    out = []
    in_fence = False
    in_comment = False
    n = len(lines) - 1 if partial else len(lines)
    for i in range(n):
        s = lines[i]
        st = s.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if st.startswith("```") or st.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if st.startswith("<!--") and "-->" not in st:
            in_comment = True
            continue
        if st.startswith("|"):
            if SEP.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(s):
            out.append(i + 1)
        elif st.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(13671)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fo:
        for f in files:
            text = open(os.path.join(HERE, f), encoding="utf-8").read()
            lines = text.split("\n")
            cands = candidates(lines, f in PARTIAL)
            k = min(20, len(cands))
            picked = sorted(rng.sample(cands, k))
            print(f, "candidates", len(cands), "sampled", k)
            for ln in picked:
                fo.write(json.dumps({"list": f, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

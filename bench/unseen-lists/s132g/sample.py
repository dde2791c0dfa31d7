"""Sample 20 candidate entry lines a list with random.Random(13041), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
# zhangyl4 is a partial fetch: its last line (119) is cut mid-row and is left out.
CUT_LAST = {"zhangyl4__Awesome-Streaming-Video-Understanding.README.md"}


def candidates(path):
    text = open(path, encoding="utf-8", newline="").read()
    lines = text.split("\n")
    lines = [l[:-1] if l.endswith("\r") else l for l in lines]
    if os.path.basename(path) in CUT_LAST:
        lines = lines[:-1]
    out, in_fence, in_comment = [], False, False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith("```") or s.startswith("~~~"):
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
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", l):
            out.append((i, l))
        elif s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|?$", s):
                continue  # separator row
            # header row: the row directly followed by a separator row
            if i < len(lines) and re.match(r"^\|[\s:|-]+\|?$", lines[i].strip()):
                continue
            out.append((i, l))
        elif s.startswith("**"):
            out.append((i, l))
    return out


def main():
    rng = random.Random(13041)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        cands = candidates(path)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        for line, raw in picked:
            rows.append({"list": os.path.basename(path), "line": line, "raw": raw, "n_candidates": len(cands)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main()

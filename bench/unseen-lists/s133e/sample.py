"""Sample 20 candidate entry lines a list with random.Random(13091) (one generator, lists in sorted file-name order)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
# lists that write papers as headings: the heading level used for paper entries
PAPER_HEADING_LEVELS = {"Feifannaner__awesome-human-action-recognition.README.md": {5}}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if re.match(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i)
        elif line.startswith("**"):
            out.append(i)
        else:
            m = re.match(r"^(#{1,6})\s", line)
            if m and len(m.group(1)) in PAPER_HEADING_LEVELS.get(name, set()):
                out.append(i)
    return out

def main():
    rng = random.Random(13091)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fo:
        for name in names:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                lines = f.read().split("\n")
            cands = candidates(name, lines)
            picked = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
            print(name, "candidates:", len(cands), "sampled:", len(picked))
            for ln in picked:
                fo.write(json.dumps({"list": name, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()

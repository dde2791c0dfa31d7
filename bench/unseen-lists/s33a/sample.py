"""Sample 20 candidate lines a list with random.Random(3301).

Candidates: list items (bullets, numbered), table body rows (not the header row or the
delimiter row), and lines starting with bold; fenced code and HTML comments are skipped.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "subeeshvasu__Awesome-Deblurring.README.md",
    "Weepingchestnut__Awesome-Video-Super-Resolution.README.md",
    "yunfanLu__Awesome-Image-Prior.README.md",
    "zjuela__awesome-frame-interpolation.README.md",
]
DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out, in_fence, in_comment = [], False, False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```"):
            in_fence = not in_fence
            prev_table = False
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
        is_table = s.startswith("|") or (s.count("|") >= 2 and not s.startswith(("-", "*", "+")))
        if is_table:
            # header row = a table line followed by a delimiter row
            nxt = lines[i].strip() if i < len(lines) else ""
            if DELIM.match(s):
                prev_table = True
                continue
            if DELIM.match(nxt) and not prev_table:
                prev_table = True
                continue
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(3301)
    picks = {}
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        k = min(20, len(cands))
        chosen = sorted(rng.sample(cands, k))
        picks[name] = chosen
        print(name, "candidates:", len(cands), "picked:", k)
        for n in chosen:
            print("  %d: %s" % (n, lines[n - 1][:160]))
    json.dump(picks, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "picks.json"), "w"), indent=1)


if __name__ == "__main__":
    main()

"""Sample 20 entries a list with random.Random(2007).

Candidate lines: list items (bullets -, *, +, numbered N. / N)), table body rows
(rows after a |---| separator; header rows and separators are not candidates) and
lines starting with bold (**). Lines inside fenced code blocks and HTML comments
are skipped (a line that is wholly or partly a comment opener is skipped).
Prints JSON lines: list, line (1-based), text.
"""
import re, random, json, pathlib

HERE = pathlib.Path(__file__).parent
LISTS = [
    "lixinustc__Awesome-diffusion-model-for-image-processing.README.md",
    "xiefan-guo__Awesome-Video-Generation.README.md",
    "song630__Awesome-Image-Video-Diffusion-Post-Training.README.md",
    "Markus-Pobitzer__Awesome-Story-Visualization.README.md",
]
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if ITEM.match(line):
            out.append(i)
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            if i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                continue  # header row
            j = i - 1
            while j >= 0 and lines[j].strip().startswith("|") and not SEP.match(lines[j].strip()):
                j -= 1
            if j >= 0 and SEP.match(lines[j].strip()):
                out.append(i)
            continue
        if s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(2007)
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        for i in picked:
            print(json.dumps({"list": name, "line": i + 1, "ncand": len(cands), "text": lines[i]}, ensure_ascii=False))


if __name__ == "__main__":
    main()

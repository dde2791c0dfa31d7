"""Sample up to 20 candidate entry lines per list with random.Random(14021).

Candidates: list items (bullets, numbered), table body rows (not the header
row, not the separator row), lines starting with bold (** / __ / <strong> / <b>).
Fenced code blocks and HTML comments are skipped. Lines inside blockquotes
(starting with '>') are not candidates (GitHub callout notes).
No list here writes papers as headings, so headings are not candidates.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*(?:\*\*|__|<strong>|<b>)', re.I)
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if re.match(r'^\s*(```|~~~)', line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '-' in nxt:
                continue  # header row
            out.append(i + 1)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(14021)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()

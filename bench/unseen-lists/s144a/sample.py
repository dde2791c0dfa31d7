"""Sample up to 20 candidate entry lines a list with random.Random(13641); writes sample.jsonl."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13641)

LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*\S')
TABLE_RE = re.compile(r'^\s*\|')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table line (header already seen)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE_RE.match(line):
            if SEP_RE.match(line):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if SEP_RE.match(nxt):  # header row
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, len(cands), 'candidates,', len(pick), 'sampled')
        for ln in pick:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')

"""Sample 20 candidate entry lines a list with random.Random(11761) -> sample.jsonl."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11761)
ITEM = re.compile(r'^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)')   # bullets / numbered, also inside a blockquote
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, in_code, in_comment = [], False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if ITEM.match(line):
            out.append(i)
        elif s.startswith('|') and not TABLE_SEP.match(s):
            out.append(i)          # header rows are filtered by hand (none in these lists)
        elif s.startswith('**'):
            out.append(i)
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8', newline='').read().split('\n')
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, 'candidates', len(cand), 'picked', len(picked))
        for ln in picked:
            f.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')

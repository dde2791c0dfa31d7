"""Sample up to 20 candidate entry lines per list with random.Random(13191)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
# lists whose papers are written as headings: only those heading levels are candidates
PAPER_HEADINGS = {'kekesidavid__DeepPurple.README.md': re.compile(r'^###\s')}

def candidates(name, lines):
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+', ln):
            out.append(i)
        elif s.startswith('|'):
            # table body rows: not the header row, not the separator row
            if re.match(r'^\|[\s:|-]+\|?$', s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|[\s:|-]+\|?$', nxt):
                continue  # header row (followed by separator)
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
        elif name in PAPER_HEADINGS and PAPER_HEADINGS[name].match(ln):
            out.append(i)
    return out

rng = random.Random(13191)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for name in files:
        text = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
        lines = [l.rstrip('\r') for l in text.split('\n')]
        cand = candidates(name, lines)
        pick = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
        print(name, len(cand), 'candidates,', len(pick), 'sampled')
        for ln in pick:
            fo.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')

"""Sample 20 candidate entry lines a list with random.Random(12421) (one generator, lists in sorted order)."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    heading_papers = name.startswith('puneet-chandna__')  # this list writes papers as "### 📄 [Title](url)" headings
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if heading_papers:
            # papers are headings; the bold "**Authors:**"/"**Contribution:**" lines under them are
            # continuation lines of that entry, not entries of their own
            if re.match(r'#{1,6}\s+📄', s):
                out.append(i)
            elif re.match(r'([-*+]|\d+[.)])\s+\S', s):
                out.append(i)
            continue
        if re.match(r'([-*+]|\d+[.)])\s+\S', s):
            out.append(i)
        elif s.startswith('|'):
            if re.match(r'^\|?\s*:?-{3,}', s):
                continue  # separator row
            # header row: the line right before a separator row
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.match(r'^\|?\s*:?-{3,}', nxt):
                continue
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out

rng = random.Random(12421)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in FILES:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        c = candidates(f, lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f, 'candidates', len(c), 'sampled', len(pick))
        for ln in pick:
            fo.write(json.dumps({'list': f, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')

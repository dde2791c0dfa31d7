"""Sample entries from the saved lists (s137c).

Candidate lines: list items (bullets, numbered `1.`/`1)` and reference-numbered `[1] ...` lines),
table body rows, lines starting with bold; fenced code and HTML comments are skipped.
Entry grouping (so one entry = one candidate): in the WangJingyao07 list, field bullets
(`- **Paper**:`, `- **Pdf**:`, `- **Code**:`, `- **Abstract**:`) that follow a bold title bullet
are folded into that entry, and a `- **Pdf**:` bullet that follows `- **Related work**:` is
folded into the related-work note.  The raw of an entry runs from its first to its last line
(blank lines between included).
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
REFNUM = re.compile(r'^\s*\[\d+\]\s+\S')
TABLE = re.compile(r'^\s*\|')
TABSEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*\*\*\S')
FIELD = re.compile(r'^\s*-\s+\*\*(Paper|Pdf|Code|Abstract)\*\*\s*:')
RELATED = re.compile(r'^\s*-\s+\*\*Related work\*\*\s*:')


def candidates(lines):
    out = []  # (start_idx, end_idx)
    in_fence = False
    in_comment = False
    prev_table = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(l):
            if prev_table and not TABSEP.match(l):
                nxt = lines[i + 1] if i + 1 < len(lines) else ''
                if not TABSEP.match(nxt):
                    out.append([i, i])
            prev_table = True
            continue
        prev_table = False
        if FIELD.match(l) and out:
            st, en = out[-1]
            first = lines[st]
            # fold into the preceding title bullet or related-work note
            if BOLD.match(first.lstrip('- ').strip()) or RELATED.match(first):
                out[-1][1] = i
                continue
        if ITEM.match(l) or REFNUM.match(l) or BOLD.match(l):
            out.append([i, i])
    return out


def main():
    rng = random.Random(13171)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8', newline='').read()
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        cands = candidates(lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(range(len(cands)), k))
        for j in picked:
            st, en = cands[j]
            rows.append({'list': name, 'line': st + 1,
                         'raw': '\n'.join(lines[st:en + 1])})
        print(name, 'candidates', len(cands), 'sampled', k)
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()

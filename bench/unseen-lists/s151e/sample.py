"""Sample 20 candidate entry lines a list with random.Random(14171).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
outside fenced code and HTML comments. Nested detail bullets of an entry
(`  - 🔑 Key:`, `  - 🤖 Agent Type:`, `  - 📖 TLDR:`, `  - 📅 Date:` in the AgentSec list)
are part of their parent entry, not entries of their own, so they are not candidates.
None of the three lists writes papers as headings, so headings are not candidates.
"""
import json, random, re, pathlib

HERE = pathlib.Path(__file__).parent
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
DETAIL_RE = re.compile(r'^\s+[-*+]\s+(?:🔑|🤖|📖|📅)')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')

def candidates(lines):
    out, fence, comment, table_hdr = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
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
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                table_hdr = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt.strip()):
                continue  # header row
            out.append(i)
            continue
        if DETAIL_RE.match(line):
            continue
        if LIST_RE.match(line) or s.startswith('**'):
            out.append(i)
    return out

def main():
    rng = random.Random(14171)
    rows = []
    for path in sorted(HERE.glob('*.README.md'), key=lambda p: p.name):
        lines = path.read_text(encoding='utf-8').split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(path.name, 'candidates', len(cand), 'sampled', len(pick))
        for ln in pick:
            rows.append({'list': path.name, 'line': ln, 'text': lines[ln - 1]})
    with open(HERE / 'sample.jsonl', 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()

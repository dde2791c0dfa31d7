"""Sample 20 candidate entry lines per list with random.Random(13909).

Candidates: list items (bullets, numbered), table body rows, and lines
starting with bold; fenced code blocks and HTML comments are skipped.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 13909
N = 20

ITEM = re.compile(r'^\s*(?:[-*+]\s+|\d+[.)]\s+)\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    table_header_seen = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|') or (s.count('|') >= 2 and not ITEM.match(line)):
            if SEP.match(s):
                table_header_seen = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(nxt.strip()):
                continue  # header row
            if table_header_seen:
                out.append(i)
            continue
        table_header_seen = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out

def main():
    rng = random.Random(SEED)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(N, len(cands))))
        result[name] = {'candidates': len(cands), 'lines': pick}
        print(name, len(cands), pick, file=sys.stderr)
    json.dump(result, sys.stdout, indent=1)

if __name__ == '__main__':
    main()

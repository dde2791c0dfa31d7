"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
for r in rows:
    if list(r) != KEYS:
        print('keys differ', r['list'], r['line'], list(r)); bad += 1
    if r['list'] not in cache:
        with open(os.path.join(HERE, r['list']), encoding='utf-8', newline='') as fh:
            cache[r['list']] = fh.read().split('\n')
    lines = cache[r['list']]
    n = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if want != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(len(rows), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

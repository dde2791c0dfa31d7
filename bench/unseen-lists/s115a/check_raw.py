"""Check every label's raw equals the README's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
files = {}
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for r in rows:
    if list(r.keys()) != KEYS:
        print('bad keys', r['list'], r['line']); bad += 1
    f = r['list']
    if f not in files:
        files[f] = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    lines = files[f]
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        print('MISMATCH', f, r['line']); bad += 1
    if not r['is_paper'] and any(r[k] for k in KEYS[4:13] if k != 'section'):
        print('non-paper with fields', f, r['line']); bad += 1
print(len(rows), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

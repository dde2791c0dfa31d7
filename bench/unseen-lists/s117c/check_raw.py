"""Check every label's raw equals the README's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    lab = json.loads(l)
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    lines = cache[lab['list']]
    raw = lab['raw'].split('\n')
    got = lines[lab['line'] - 1: lab['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
    keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
    if list(lab.keys()) != keys:
        bad += 1
        print('KEYS', lab['list'], lab['line'], list(lab.keys()))
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

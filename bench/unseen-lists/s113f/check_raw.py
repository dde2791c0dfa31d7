"""Check that every label's raw equals the list file's lines from its line on,
and that title, arXiv ID, DOI, URL and code values occur in the raw text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, line in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    lab = json.loads(line)
    if lab['list'] not in cache:
        with open(os.path.join(HERE, lab['list']), encoding='utf-8', newline='') as f:
            cache[lab['list']] = f.read().split('\n')
    lines = cache[lab['list']]
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1:lab['line'] - 1 + k])
    if got != lab['raw']:
        bad += 1
        print('RAW MISMATCH', lab['list'], lab['line'])
    for key in ('title', 'arxiv_id', 'doi', 'url', 'code'):
        v = lab.get(key)
        if v and v not in lab['raw']:
            print('NOT IN RAW', key, lab['list'], lab['line'], repr(v))
print('mismatches:', bad)
sys.exit(1 if bad else 0)

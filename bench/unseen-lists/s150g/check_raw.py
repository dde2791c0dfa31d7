"""Check every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'], repr(d['raw'][:80]), repr(got[:80]))
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    if list(json.loads(l)) != keys:
        bad += 1
        print('KEYS', l[:80])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

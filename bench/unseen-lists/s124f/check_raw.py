"""Check that every label's raw equals the list file's lines starting at its line."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for d in labels:
    if list(d) != KEYS:
        print('keys differ', d['list'], d['line']); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1: d['line'] - 1 + n]) != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

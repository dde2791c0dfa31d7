"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for o in labels:
    if list(o.keys()) != keys:
        print('keys differ:', o['list'], o['line']); bad += 1
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    lines = cache[o['list']]
    n = o['raw'].count('\n') + 1
    got = '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n])
    if got != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

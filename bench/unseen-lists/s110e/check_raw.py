"""Check every label's raw equals the file's lines from its line on, and that labels cover exactly sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
for o in labels:
    if list(o.keys()) != KEYS:
        print('keys', o['list'], o['line']); bad += 1
    lines = cache.setdefault(o['list'], open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n'))
    n = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n]) != o['raw']:
        print('MISMATCH', o['list'], o['line']); bad += 1
    if not o['is_paper'] and any(o[k] is not None for k in KEYS[4:13]):
        print('non-paper with fields', o['list'], o['line']); bad += 1
s1 = {(s['list'], s['line']) for s in sample}; s2 = {(o['list'], o['line']) for o in labels}
if s1 != s2:
    print('sample/label sets differ', s1 ^ s2); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')

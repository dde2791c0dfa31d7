"""Check that every label's raw equals the file's lines from its line on, and that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
for lab in labels:
    if list(lab.keys()) != KEYS:
        print('keys', lab['list'], lab['line']); bad += 1
    lines = cache.setdefault(lab['list'], open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n'))
    n = lab['raw'].count('\n') + 1
    if '\n'.join(lines[lab['line'] - 1:lab['line'] - 1 + n]) != lab['raw']:
        print('MISMATCH', lab['list'], lab['line']); bad += 1
if sorted((s['list'], s['line']) for s in sample) != sorted((l['list'], l['line']) for l in labels):
    print('labels do not match sample'); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')

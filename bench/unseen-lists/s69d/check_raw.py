"""Check that every label's raw text is in its file at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', n, d['list'], d['line'])
    if d['is_paper'] and d['title'] and d['title'] not in d['raw']:
        print('title not verbatim in raw:', n, d['title'])
print('checked', n, 'labels,', bad, 'mismatches')

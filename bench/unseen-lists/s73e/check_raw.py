"""Check that every label's raw text is in its file, starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1; print('MISMATCH', n, d['list'], d['line'])
    for k in ('title',):
        if d[k] and d[k] not in d['raw'] and d[k].replace('\u201d', '') not in d['raw']:
            print('title not verbatim in raw:', d['list'], d['line'])
print('checked', n, 'labels;', bad, 'mismatches')

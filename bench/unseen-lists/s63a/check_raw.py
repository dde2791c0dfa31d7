"""Check that every label's raw is in its file at its line, and typed fields occur in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('RAW MISMATCH', d['list'], d['line'])
    for k in ('title', 'url', 'code', 'arxiv_id', 'summary'):
        if d[k] and d[k] not in d['raw']:
            print('not in raw:', d['list'][:10], d['line'], k, d[k])
print('raw mismatches:', bad)

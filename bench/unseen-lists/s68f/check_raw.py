import json, os
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
for ln in open(os.path.join(D, 'labels.jsonl')):
    d = json.loads(ln)
    lines = open(os.path.join(D, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print('checked, mismatches:', bad)

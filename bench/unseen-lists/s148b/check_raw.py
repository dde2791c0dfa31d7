import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    raw = r['raw'].split('\n')
    if lines[r['line'] - 1:r['line'] - 1 + len(raw)] != raw:
        bad += 1; print('MISMATCH', r['list'], r['line'])
print('mismatches:', bad)

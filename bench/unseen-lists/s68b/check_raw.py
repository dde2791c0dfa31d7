import json
bad = 0
for l in open('labels.jsonl', encoding='utf-8'):
    r = json.loads(l)
    lines = open(r['list'], encoding='utf-8').read().split('\n')
    raw = r['raw'].split('\n')
    if lines[r['line'] - 1:r['line'] - 1 + len(raw)] != raw:
        bad += 1; print('BAD', r['list'], r['line'])
print('raw mismatches:', bad)

import json
n = 0
for l in open('labels.jsonl', encoding='utf-8'):
    r = json.loads(l)
    lines = open(r['list'], encoding='utf-8').read().split('\n')
    raw = r['raw'].split('\n')
    assert lines[r['line'] - 1:r['line'] - 1 + len(raw)] == raw, (r['list'], r['line'])
    n += 1
print('all', n, 'raw values found at their lines')

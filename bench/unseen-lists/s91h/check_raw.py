import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) != r['raw']:
        bad += 1; print('MISMATCH', r['list'], r['line'])
    # sanity: title, arxiv id, code and url appear in raw
    for k in ('title', 'arxiv_id', 'code', 'url'):
        if r[k] and r[k] not in r['raw']:
            print('NOTE', k, 'not verbatim in raw:', r['list'], r['line'], r[k])
print('mismatches:', bad)

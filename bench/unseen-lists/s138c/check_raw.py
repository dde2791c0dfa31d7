"""Check every label's raw equals the README's lines from its line on; also sanity-check titles and links."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
    for key in ('title', 'url', 'code', 'arxiv_id', 'doi'):
        v = r.get(key)
        if v and v not in r['raw']:
            print('note: %s not verbatim in raw' % key, r['list'], r['line'], v[:60])
print(n, 'labels,', bad, 'mismatches')

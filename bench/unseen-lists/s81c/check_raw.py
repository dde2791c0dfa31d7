import json
ok = 0
samp = {(json.loads(l)['list'], json.loads(l)['line']) for l in open('sample.jsonl')}
labs = [json.loads(l) for l in open('labels.jsonl')]
for r in labs:
    lines = open(r['list'], encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    assert '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) == r['raw'], (r['list'], r['line'])
    assert (r['list'], r['line']) in samp, r['line']
    ok += 1
assert {(r['list'], r['line']) for r in labs} == samp
print(ok, 'raw checked; labels cover the sample exactly')

#!/usr/bin/env python3
"""Check every label's raw is the file's text at its line, and labels match the drawn sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for o in labs:
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    n = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line']-1:o['line']-1+n]) != o['raw']:
        bad += 1; print('MISMATCH', o['list'], o['line'])
    for k in ('title', 'summary'):
        if o[k] and o[k] not in o['raw']:
            print('NOT VERBATIM', k, o['list'], o['line'])
s = json.load(open(os.path.join(HERE, 'sample.json')))
want = {(r['list'], d) for r in s for d in r['drawn']}
have = {(o['list'], o['line']) for o in labs}
print('labels', len(labs), 'raw mismatches', bad, 'sample==labels', want == have)

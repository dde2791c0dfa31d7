#!/usr/bin/env python3
"""Check every label's raw equals the file's lines from its line on; and that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    n += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'], repr(r['raw'][:80]), repr(got[:80]))
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
have = {(r['list'], r['line']) for r in labels}
print('labels', n, 'mismatches', bad, 'sample not labelled', len(sample - have), 'labelled not in sample', len(have - sample))

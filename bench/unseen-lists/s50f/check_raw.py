"""Check that every label's raw is really in its file at line, and that labels match sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
samp = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
bad = 0
for r in labs:
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
assert sorted((s['list'], s['line']) for s in samp) == sorted((r['list'], r['line']) for r in labs), 'sample/labels differ'
print(len(labs), 'labels,', bad, 'mismatches; sample and labels cover the same entries')

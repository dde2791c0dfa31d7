"""Check every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(row)
    n += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'], repr(d['raw'][:80]), repr(got[:80]))
# every sampled line has a label
samp = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
lab = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')}
missing = [(s['list'], s['line']) for s in samp if (s['list'], s['line']) not in lab]
print(n, 'labels,', bad, 'mismatches,', len(missing), 'sampled lines without a label')

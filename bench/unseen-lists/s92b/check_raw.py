"""Check every label's raw equals the list file's lines from its line on, and that the
labelled lines are exactly the sampled ones."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
cache, bad = {}, 0
for d in labels:
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    want = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if want != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
    nxt = lines[d['line'] - 1 + n] if d['line'] - 1 + n < len(lines) else ''
    if n > 1 and nxt.strip() and not nxt.lstrip().startswith(('-', '[**')):
        print('note: line after multi-line raw is not blank:', d['list'], d['line'], repr(nxt[:50]))
missing = sample - {(d['list'], d['line']) for d in labels}
extra = {(d['list'], d['line']) for d in labels} - sample
print(len(labels), 'labels,', bad, 'mismatches,', len(missing), 'sampled but unlabelled,', len(extra), 'labelled but not sampled')

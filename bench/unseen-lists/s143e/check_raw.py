"""Check that every label's raw equals the list file's lines starting at its line, and that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
cache = {}
for lab in labels:
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    ls = cache[lab['list']]
    n = lab['raw'].count('\n') + 1
    if '\n'.join(ls[lab['line'] - 1:lab['line'] - 1 + n]) != lab['raw']:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
sample = {(o['list'], o['line']) for o in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
got = {(l['list'], l['line']) for l in labels}
print(len(labels), 'labels;', bad, 'mismatches; sample not labelled:', sorted(sample - got), '; labelled not in sample:', sorted(got - sample))

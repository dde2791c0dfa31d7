"""Check every label's raw equals the file's lines from its line on; also that (list,line) match sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
samp = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
lab = {(d['list'], d['line']) for d in labels}
print(len(labels), 'labels,', bad, 'mismatches; sample keys missing from labels:', sorted(samp - lab), 'extra:', sorted(lab - samp))

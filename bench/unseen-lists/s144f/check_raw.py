"""Check every label's raw equals the file's lines from its line on; also that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
samp = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
lab = {(r['list'], r['line']) for r in labels}
print('labels', len(labels), 'mismatches', bad, 'sample-not-labelled', sorted(samp - lab), 'labelled-not-sampled', sorted(lab - samp))

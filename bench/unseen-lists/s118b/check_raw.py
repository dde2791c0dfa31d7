"""Check each label's raw equals the file's lines from its line on, and that labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
bad = 0
cache = {}
for lab in labels:
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8', newline='').read().splitlines()
    lines = cache[lab['list']]
    raw = lab['raw'].split('\n')
    got = lines[lab['line'] - 1: lab['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
have = {(l['list'], l['line']) for l in labels}
print('labels', len(labels), 'mismatches', bad, 'sample-not-labelled', len(sample - have), 'labelled-not-sampled', len(have - sample))

"""Check that every label's raw text is in its list file at its line, and that labels == sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
bad = 0
for d in labs:
    text = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read()
    lines = [l.rstrip('\r') for l in text.split('\n')]
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
    if d['is_paper'] and d['title'] and d['title'] not in d['raw']:
        print('title not verbatim in raw:', d['list'], d['line'], d['title'])
for name, s in sample.items():
    got = sorted(d['line'] for d in labs if d['list'] == name)
    if got != sorted(s['sample']):
        bad += 1
        print('SAMPLE/LABEL DIFFER', name)
print(len(labs), 'labels;', bad, 'problems')

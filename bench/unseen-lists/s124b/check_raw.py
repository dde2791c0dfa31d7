"""Check that every label's raw equals the list file's lines from its line on (joined with \\n),
that its first line is the sampled line, and that the label keys are exactly the expected ones."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
samp = {(s['list'], s['line']): s['text'] for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for lab in labels:
    if list(lab) != KEYS:
        print('keys differ:', lab['list'], lab['line'], list(lab)); bad += 1
    name = lab['list']
    if name not in cache:
        cache[name] = open(os.path.join(HERE, name), encoding='utf-8', newline='').read().split('\n')
    lines = cache[name]
    n = lab['raw'].count('\n') + 1
    want = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + n])
    if want != lab['raw']:
        print('MISMATCH', name, lab['line']); bad += 1
    if samp.get((name, lab['line'])) != lab['raw'].split('\n')[0]:
        print('not the sampled line', name, lab['line']); bad += 1
print(f'{len(labels)} labels, {bad} mismatches')

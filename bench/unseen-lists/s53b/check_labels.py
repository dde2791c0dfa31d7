"""Check that every label's raw is really in its file at line, that the labelled lines are the
sampled entry starts (sample.py), and that the keys are the expected ones."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')], capture_output=True, text=True).stdout
drawn = {(o['list'], o['line']) for o in map(json.loads, sample.splitlines())}
bad = 0
for o in labels:
    assert list(o) == KEYS, o
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8', newline='').read().split('\n')
    got = '\n'.join(lines[o['line'] - 1:o['line'] - 1 + o['raw'].count('\n') + 1])
    if got != o['raw']:
        bad += 1; print('RAW MISMATCH', o['list'], o['line'])
    if (o['list'], o['line']) not in drawn:
        bad += 1; print('NOT DRAWN', o['list'], o['line'])
    if not o['is_paper'] and any(o[k] for k in KEYS[4:13]):
        bad += 1; print('NON-PAPER WITH FIELDS', o['list'], o['line'])
print(len(labels), 'labels;', len(drawn), 'drawn;', bad, 'problems')

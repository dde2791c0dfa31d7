"""Check that every label's raw equals the file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for ln in f:
        lab = json.loads(ln)
        n += 1
        if sorted(lab) != sorted(KEYS):
            print('bad keys', lab['list'], lab['line']); bad += 1
        if lab['list'] not in cache:
            with open(os.path.join(HERE, lab['list']), encoding='utf-8') as g:
                cache[lab['list']] = g.read().splitlines()
        lines = cache[lab['list']]
        want = lab['raw'].split('\n')
        got = lines[lab['line'] - 1: lab['line'] - 1 + len(want)]
        if got != want:
            bad += 1
            print('MISMATCH', lab['list'], lab['line'], repr(got), repr(want))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)

"""Check that every label's raw equals the list file's lines from its line on (s138f)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(ln); n += 1
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    lines = cache[o['list']]
    want = o['raw'].split('\n')
    got = lines[o['line'] - 1:o['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
    if o['is_paper'] and o['title'] and o['title'] not in o['raw']:
        print('title not verbatim in raw:', o['list'], o['line'], o['title'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

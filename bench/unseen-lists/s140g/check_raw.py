"""Check every label's raw equals the list file's lines from its line on (and that titles occur in raw)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, ln in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    lab = json.loads(ln)
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    lines = cache[lab['list']]
    k = lab['raw'].count('\n') + 1
    src = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if src != lab['raw']:
        bad += 1
        print('MISMATCH', n, lab['list'], lab['line'])
    if lab['title'] and lab['title'] not in lab['raw']:
        print('note: title not verbatim in raw', lab['list'], lab['line'], lab['title'])
print('labels checked:', n, 'mismatches:', bad)

"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    if not line.strip():
        continue
    lab = json.loads(line)
    n += 1
    name = lab['list']
    if name not in cache:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            cache[name] = f.read().split('\n')
    want = lab['raw'].split('\n')
    got = cache[name][lab['line'] - 1: lab['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', name, lab['line'], repr(lab['raw'][:80]), repr('\n'.join(got)[:80]))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)

"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(row)
    n += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[d['list']]
    raw = d['raw'].split('\n')
    want = lines[d['line'] - 1:d['line'] - 1 + len(raw)]
    if want != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'], repr(d['raw'][:80]), '!=', repr('\n'.join(want)[:80]))
    elif '-v' in sys.argv:
        nxt = lines[d['line'] - 1 + len(raw)] if d['line'] - 1 + len(raw) < len(lines) else '<EOF>'
        print(d['list'][:6], d['line'], len(raw), 'next:', repr(nxt[:60]))
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)

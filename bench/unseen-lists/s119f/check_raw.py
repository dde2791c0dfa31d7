"""Check every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    x = json.loads(row); n += 1
    if x['list'] not in cache:
        with open(os.path.join(HERE, x['list']), encoding='utf-8', newline='') as fh:
            cache[x['list']] = fh.read().split('\n')
    lines = cache[x['list']]
    k = x['raw'].count('\n') + 1
    got = '\n'.join(lines[x['line'] - 1:x['line'] - 1 + k])
    if got != x['raw']:
        bad += 1
        print('MISMATCH', x['list'], x['line'], repr(got[:80]), repr(x['raw'][:80]))
print(n, 'labels,', bad, 'mismatches')

"""Check that every label's raw equals the README's lines from its line on (lines split with
str.splitlines(), so a CRLF file's line ends are not part of raw). Prints mismatches; exit 1 if any."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
cache = {}
for row in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    lines = cache.setdefault(row['list'], open(os.path.join(HERE, row['list']), encoding='utf-8').read().splitlines())
    k = row['raw'].count('\n') + 1
    got = '\n'.join(lines[row['line'] - 1:row['line'] - 1 + k])
    if got != row['raw']:
        bad += 1
        print('MISMATCH', row['list'], row['line'], repr(row['raw'][:80]), repr(got[:80]))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)

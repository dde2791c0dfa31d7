"""Check that every label's raw equals the list file's lines from its line on (0 mismatches expected).
Also warns when the line after raw is neither blank, a new item, a table row, a heading nor the end,
i.e. when an entry might have been cut short."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
bad = warn = n = 0
for lab in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    lines = open(os.path.join(HERE, lab['list']), encoding='utf-8', newline='').read().split('\n')
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
    nxt = lines[lab['line'] - 1 + k] if lab['line'] - 1 + k < len(lines) else ''
    if nxt.strip() and not re.match(r'^\s*([-*+]\s|\d+[.)]\s|\||#)', nxt):
        warn += 1
        print('WARN next line continues?', lab['list'], lab['line'], repr(nxt[:60]))
print(f'{n} labels, {bad} mismatches, {warn} warnings')

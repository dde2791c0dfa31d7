"""Check that every label's raw equals the list file's lines from its line on,
and that the labels cover exactly the sampled (list, line) pairs."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    files = {}
    bad = 0
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    for lab in labels:
        if list(lab.keys()) != KEYS:
            print('KEYS', lab['list'], lab['line'], list(lab.keys()))
            bad += 1
        f = lab['list']
        if f not in files:
            with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
                files[f] = fh.read().split('\n')
        lines = files[f]
        n = lab['raw'].count('\n') + 1
        want = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + n])
        if want != lab['raw']:
            print('MISMATCH', f, lab['line'])
            bad += 1
    sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
    s = {(r['list'], r['line']) for r in sample}
    t = {(l['list'], l['line']) for l in labels}
    if s != t:
        print('SAMPLE/LABEL DIFF', sorted(s - t), sorted(t - s))
        bad += 1
    print(f'{len(labels)} labels, {bad} mismatches')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())

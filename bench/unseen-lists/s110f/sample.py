"""Sample 20 candidate entry lines a list with random.Random(11061), lists in sorted file-name order.

Candidate lines (outside fenced code, HTML comments and Jekyll front matter):
  * list items (bullets -, *, + and numbered 1. / 1));
  * table body rows;
  * lines starting with bold that start a block (a bold line that is a lazy continuation of the
    list item or paragraph above it is part of that entry, not a new one);
  * paragraph starts (first line of a paragraph that is not a heading, setext heading, HTML block or
    blockquote), because one list here (open-sciencelab) writes every paper as a citation paragraph
    over several lines with no list marker at all.
Writes sample.jsonl: {"list", "line", "text", "kind"}.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 11061
N = 20

LIST_RE = re.compile(r'^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s+|$)')
NESTED_LIST_RE = re.compile(r'^\s*(?:[-*+]|\d{1,9}[.)])\s+')
HEADING_RE = re.compile(r'^ {0,3}#{1,6}(?:\s|$)')
SETEXT_RE = re.compile(r'^ {0,3}(?:=+|-+)\s*$')
TABLE_SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
FENCE_RE = re.compile(r'^ {0,3}(```|~~~)')
# HTML blocks: a block-level tag (CommonMark type 6) or a lone complete tag on its line (type 7)
HTML_BLOCK_RE = re.compile(r'^ {0,3}(?:</?(?:address|article|aside|blockquote|body|br|center|details|div|dl|figure|footer|form|h[1-6]|header|hr|li|nav|ol|p|pre|script|section|summary|table|tbody|td|th|thead|tr|ul)(?:[\s/>]|$)|<[^>]+>\s*$)', re.I)


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_front = False
    in_table = False
    setext_text = False
    prev_blank = True      # previous (visible) line was blank or a block that closes a paragraph
    for i, line in enumerate(lines):
        ln = i + 1
        s = line.rstrip('\n')
        if i == 0 and s.strip() == '---':
            in_front = True
            continue
        if in_front:
            if s.strip() == '---':
                in_front = False
                prev_blank = True
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
                prev_blank = True
            continue
        if FENCE_RE.match(s):
            in_fence = not in_fence
            prev_blank = True
            continue
        if in_fence:
            continue
        st = s.strip()
        if st.startswith('<!--'):
            if '-->' not in st[4:]:
                in_comment = True
            prev_blank = True
            continue
        if not st:
            prev_blank = True
            in_table = False
            continue
        nxt = lines[i + 1].rstrip('\n') if i + 1 < len(lines) else ''
        # tables
        if '|' in st and TABLE_SEP_RE.match(nxt) and '-' in nxt:
            in_table = True          # header row, not a candidate
            prev_blank = False
            continue
        if in_table:
            if TABLE_SEP_RE.match(s):
                continue
            if '|' in st:
                out.append((ln, s, 'table_row'))
                prev_blank = False
                continue
            in_table = False
        if HEADING_RE.match(s):
            prev_blank = True
            continue
        if setext_text:
            # underline of the setext heading whose text line was the previous line
            setext_text = False
            prev_blank = True
            continue
        if prev_blank and SETEXT_RE.match(nxt) and nxt.strip() and not LIST_RE.match(s):
            # text line of a setext heading ("2024" then "====")
            setext_text = True
            continue
        if NESTED_LIST_RE.match(s):
            out.append((ln, s, 'list_item'))
            prev_blank = False
            continue
        if prev_blank:
            if re.match(r'^\s*(\*\*|__)', s):
                out.append((ln, s, 'bold_start'))
            elif HTML_BLOCK_RE.match(s) or st.startswith('>'):
                prev_blank = True
                continue
            else:
                out.append((ln, s, 'paragraph_start'))
        prev_blank = False
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        k = min(N, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'sampled', k)
        for ln, text, kind in picked:
            rows.append({'list': f, 'line': ln, 'text': text, 'kind': kind})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()

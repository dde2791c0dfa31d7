"""Sample 20 candidate entry lines a list with random.Random(10761).

Candidates: list items (bullets, numbered), lines starting with bold, and headings in the
lists that write each paper under its own heading. Fenced code and HTML comments are skipped.
Judgement (see FINDINGS.md): a line that is a *field* of an entry that starts on an earlier
candidate line is not a candidate of its own:
  * in the heading lists (louisfb01: each paper is a `## Title [N]` heading; tmgthb: each paper
    sits under its own `###`/`####` date heading), the bullets below a paper heading are that
    paper's fields/notes, up to the next heading;
  * in the bullet list (benedekrozemberczki), the nested `  - authors` / `  - [[Paper]]` bullets
    under a `- **Title (Venue Year)**` bullet are that paper's fields.
The document's own H1 title heading is not a candidate.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
# the headings under which a list writes its papers (only for heading-per-paper lists):
# louisfb01 titles each paper `## Title [N]<a name="N"></a>`; tmgthb gives each paper its own
# `###`/`####` date heading (all its H3/H4 headings are such dates). Other headings (`## The Full
# List`, the H2 subtitle) are section headings, not candidates.
PAPER_HEADING = {
    'louisfb01__best_AI_papers_2022.README.md': re.compile(r'^## .*\[\d+\]<a name='),
    'tmgthb__Autonomous-Agents.README.md': re.compile(r'^#{3,4} '),
}
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+(.*)$')
HEAD = re.compile(r'^ {0,3}(#{1,6})\s+(.*)$')


def candidates(name, lines):
    paper_heading = PAPER_HEADING.get(name)
    out = []
    in_fence = False
    in_comment = False
    in_paper_heading = False      # inside the body of a paper heading
    bold_parent_indent = None     # indent of the last top bullet that starts with bold
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        h = HEAD.match(line)
        if h:
            bold_parent_indent = None
            if paper_heading is not None and paper_heading.match(line):
                out.append(i)
                in_paper_heading = True
            else:
                in_paper_heading = False
            continue
        if in_paper_heading:
            continue
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            body = m.group(3)
            if bold_parent_indent is not None and indent > bold_parent_indent:
                continue  # a field bullet of a bold-title paper bullet
            bold_parent_indent = indent if body.startswith('**') else None
            out.append(i)
            continue
        if s.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(10761)
    rows = []
    for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
        with open(os.path.join(HERE, name), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cands = candidates(name, lines)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(name, 'candidates', len(cands), 'sampled', k)
        for ln in picked:
            rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()

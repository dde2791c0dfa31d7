#!/usr/bin/env python3
"""Write labels.jsonl: hand labels (below) joined with the raw lines drawn by sample.py (sample.jsonl)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = 'FabioSangalli__Awesome-Protein-Design.README.md'
J = 'JustinDoIt__awesome-protein-paper-with-code.README.md'
S = 'SR-A-W__efficient-protein-language-model-survey.README.md'

def np(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)

def p(title, section, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=(),
      code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)

L = {
    # FabioSangalli: a list of tools, servers and databases; no drawn entry is a paper
    (F, 6): np('Protein searching / Sequence-based search'),
    (F, 15): np('Protein searching / Structure-based search'),
    (F, 19): np('Protein searching / Structure-based search'),
    (F, 25): np('Protein searching / LLM based tools'),
    (F, 32): np('Protein searching / LLM based tools'),
    (F, 43): np('Protein searching / Other search tools'),
    (F, 47): np('Protein searching / Other search tools'),
    (F, 53): np('Protein Visualization'),
    (F, 67): np('Tools for protein engineering'),
    (F, 80): np('Tools for protein engineering'),
    (F, 88): np('Tools for protein engineering'),
    (F, 92): np('Tools for protein engineering'),
    (F, 106): np('Tools for protein simulations and folding'),  # tool based on the ColabFold paper
    (F, 110): np('Tools for protein simulations and folding'),
    (F, 113): np('Tools for protein simulations and folding'),
    (F, 125): np('Databases'),
    (F, 138): np('License'),
    (F, 139): np('License'),
    (F, 142): np('License'),
    (F, 143): np('License'),
    # JustinDoIt
    (J, 9): p('Geometric Graph Learning for Protein Mutation Effect Prediction', 'Mut-effects / Year 2023',
              url='https://dl.acm.org/doi/pdf/10.1145/3583780.3614893', venue='ICIKM 2023', year=2023),
    (J, 12): p('GeoPPI', 'PPI'),
    (J, 15): np('PPI'),
    (J, 16): np('PPI'),
    (J, 17): np('PPI'),
    (J, 18): np('PPI'),
    (J, 21): np('PPI'),
    (J, 23): p('SE(3) diffusion model with application to protein backbone generation', 'PPI',
               arxiv_id='2302.02277', venue='arXiv',
               code='https://github.com/jasonkyuyim/se3_diffusion'),
    (J, 25): np('PPI'),
    (J, 26): np('PPI'),
    (J, 27): np('PPI'),
    (J, 28): np('PPI'),
    # SR-A-W
    (S, 16): np('People / Authors'),
    (S, 40): np('Taxonomy of Efficient pLMs'),
    (S, 42): np('Taxonomy of Efficient pLMs'),
    (S, 43): np('Taxonomy of Efficient pLMs'),
    (S, 44): np('Taxonomy of Efficient pLMs'),
    (S, 47): np('Taxonomy of Efficient pLMs'),
    (S, 55): p('Expert-guided pLMs — accurate and blazingly fast fitness prediction',
               'Curated Reading List / 1 · Dataset Efficiency', venue='Bioinformatics'),
    (S, 56): p('Training compute-optimal protein language models', 'Curated Reading List / 1 · Dataset Efficiency'),
    (S, 59): p('Convolutions are competitive with transformers for protein sequence pretraining',
               'Curated Reading List / 2 · Architecture Efficiency'),
    (S, 60): p('Tokenized and continuous embedding compressions of protein sequence and structure',
               'Curated Reading List / 2 · Architecture Efficiency'),
    (S, 61): p('2 Bits of Protein', 'Curated Reading List / 2 · Architecture Efficiency',
               summary='efficient (quantized) protein representation'),
    (S, 65): p('Cramming protein language model training in 24 GPU hours', 'Curated Reading List / 3 · Training Efficiency'),
    (S, 66): p('Bilingual language model for protein sequence and structure', 'Curated Reading List / 3 · Training Efficiency'),
    (S, 67): p('A simple, efficient, and scalable structure-aware adapter that boosts pLMs',
               'Curated Reading List / 3 · Training Efficiency'),
    (S, 69): p('Assessing Quantization and Efficient Fine-Tuning for protein language models',
               'Curated Reading List / 3 · Training Efficiency'),
    (S, 70): p('Accurate and efficient protein embedding via multi-teacher distillation',
               'Curated Reading List / 3 · Training Efficiency'),
    (S, 75): p('pLM powers accurate and fast sequence search for remote homology', 'Curated Reading List / 4 · Inference Efficiency'),
    (S, 76): p('Fast, sensitive detection of protein homologs', 'Curated Reading List / 4 · Inference Efficiency'),
    (S, 95): np('Releases'),
    (S, 96): np('Releases'),
}

out = []
for line in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'):
    d = json.loads(line)
    lab = L.pop((d['list'], d['line']))
    out.append(dict(list=d['list'], line=d['line'], raw=d['raw'], **lab))
assert not L, L
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'labels,', sum(o['is_paper'] for o in out), 'papers')

#!/usr/bin/env python3
"""Write labels.jsonl: field values typed by hand (read by eye from the files); raw copied from the file at the line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = 'Chriskuei__awesome-generative-retrieval-models.README.md'
L = 'LehengTHU__LLM4Rec-Classified-Papers.README.md'

def np(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=None, code=None, summary=None, section=section)

def p(lst, line, title, arxiv_id, venue, year, authors, section, code=None, url=None, doi=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url,
                venue=venue, year=year, authors=authors, code=code, summary=None, section=section)

TOC = 'Table of Contents'
rows = [
    np(C, 9, TOC), np(C, 10, TOC), np(C, 11, TOC), np(C, 12, TOC),
    p(C, 18, 'Rethinking Search: Making Domain Experts out of Dilettantes', '2105.02274', 'SIGIR Forum 2021', 2021, ['Metzler'], 'Opinion Papers'),
    p(C, 21, 'Transformer Memory as a Differentiable Search Index', '2202.06991', 'arXiv 2022', 2022, ['Tay'], 'Indexing Strategy'),
    p(C, 22, 'CorpusBrain: Pre-train a Generative Retrieval Model for Knowledge-Intensive Language Tasks', '2208.07652', 'CIKM 2022', 2022, ['Chen'], 'Indexing Strategy', code='https://github.com/ict-bigdatalab/CorpusBrain'),
    p(C, 23, 'A Neural Corpus Indexer for Document Retrieval', '2206.02743', 'arXiv 2022', 2022, ['Wang'], 'Indexing Strategy'),
    p(C, 24, 'Bridging the Gap Between Indexing and Retrieval for Differentiable Search Index with Query Generation', '2206.10128', 'arXiv 2022', 2022, ['Zhuang'], 'Indexing Strategy', code='https://github.com/ArvinZhuang/DSI-transformers'),
    p(C, 27, 'Autoregressive Entity Retrieval', '2010.00904', 'ICLR 2021', 2021, ['Cao'], 'Identifier Design', code='https://github.com/facebookresearch/GENRE'),
    p(C, 28, 'Autoregressive Search Engines: Generating Substrings as Document Identifiers', '2204.10628', 'arXiv 2022', 2022, ['Bevilacqua'], 'Identifier Design', code='https://github.com/facebookresearch/SEAL'),
    p(C, 29, 'DynamicRetriever: A Pre-training Model-based IR System with Neither Sparse nor Dense Index', '2203.00537', 'arXiv 2022', 2022, ['Zhou'], 'Identifier Design'),
    p(C, 30, 'Ultron: An Ultimate Retriever on Corpus with a Model-based Indexer', '2208.09257', 'arXiv 2022', 2022, ['Zhou'], 'Identifier Design'),
    p(C, 33, 'GERE: Generative Evidence Retrieval for Fact Verification', None, 'SIGIR 2022', 2022, ['Chen'], 'Applications', code='https://github.com/Chriskuei/GERE', url='https://dl.acm.org/doi/pdf/10.1145/3477495.3531827'),
    p(C, 34, 'Generative Multi-hop Retrieval', '2204.13596', 'arXiv 2022', 2022, ['Lee'], 'Applications'),
    # LehengTHU: HTML <h1> title left out; "Group" column is a lab/company, not authors
    np(L, 14, 'Catalogue'), np(L, 16, 'Catalogue'), np(L, 17, 'Catalogue'), np(L, 18, 'Catalogue'), np(L, 19, 'Catalogue'),
    p(L, 28, 'A Survey on Large Language Models for Recommendation', '2305.19860', 'arXiv 2023', 2023, [], 'Survey'),
    p(L, 29, 'How Can Recommender Systems Benefit from Large Language Models: A Survey', '2306.05817', 'arXiv 2023', 2023, [], 'Survey'),
    p(L, 30, 'When Large Language Models Meet Personalization: Perspectives of Challenges and Opportunities', '2307.16376', 'arXiv 2023', 2023, [], 'Survey'),
    p(L, 31, 'Recommender Systems in the Era of Large Language Models (LLMs)', '2307.02046', 'arXiv 2023', 2023, [], 'Survey'),
    p(L, 42, 'A Preliminary Study of ChatGPT on News Recommendation: Personalization, Provider Fairness, Fake News', '2306.10702', 'arXiv 2023', 2023, [], 'Freezed LLM'),
    p(L, 43, 'Large Language Models are Zero-Shot Rankers for Recommender Systems', '2305.08845', 'arXiv 2023', 2023, [], 'Freezed LLM'),
    p(L, 45, 'Chat-REC: Towards Interactive and Explainable LLMs-Augmented Recommender System', '2303.14524', 'arXiv 2023', 2023, [], 'Freezed LLM'),
    p(L, 54, 'Personalized prompt learning for explainable recommendation', '2202.07371', 'TOIS 2023', 2023, [], 'Interpretation with LLM'),
    p(L, 67, 'On Generative Agents in Recommendation', '2310.10108', 'arXiv 2023', 2023, [], 'Agent for Recommendation / User Side'),
    p(L, 78, 'RecMind: Large Language Model Powered Agent For Recommendation', '2306.02552', 'arXiv 2023', 2023, [], 'Agent for Recommendation / Recommender Side'),
    p(L, 90, 'A Bi-Step Grounding Paradigm for Large Language Models in Recommendation Systems', '2308.08434', 'arXiv 2023', 2023, [], 'General'),
    p(L, 92, 'OpenP5: Benchmarking Foundation Models for Recommendation', '2306.11134', 'arXiv 2023', 2023, [], 'General'),
    p(L, 93, 'PALR: Personalization Aware LLMs for Recommendation', '2305.07622', 'arXiv 2023', 2023, [], 'General'),
    p(L, 94, 'M6-Rec: Generative Pretrained Language Models are Open-Ended Recommender Systems', '2205.08084', 'arXiv 2023', 2023, [], 'General'),
    p(L, 95, 'Recommendation as Instruction Following: A Large Language Model Empowered Recommendation Approach', '2305.07001', 'arXiv 2023', 2023, [], 'General'),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
with open(os.path.join(HERE, 'labels.jsonl'), 'w') as out:
    for r in rows:
        lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
        r['raw'] = lines[r['line'] - 1]
        out.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(rows))

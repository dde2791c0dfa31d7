#!/usr/bin/env python3
"""Write labels.jsonl from hand-written labels below. `raw` is cut from the saved file by line range
(start, end) so it is byte-exact; every other field is typed by hand after reading the entry."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
JD = 'jd-coderepos__awesome-scientific-peer-review.README.md'
SP = 'spiritdjy__MixPaper.README.md'
ZL = 'zhangleiniu__awesome-scientific-literature-retrieval.README.md'

def NP(lst, start, section, end=None):
    return dict(list=lst, line=start, end=end or start, is_paper=False, section=section)

def P(lst, start, title, section, end=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
      authors=None, code=None, summary=None):
    return dict(list=lst, line=start, end=end or start, is_paper=True, title=title, arxiv_id=arxiv_id,
                doi=doi, url=url, venue=venue, year=year, authors=authors or [], code=code,
                summary=summary, section=section)

def Z(start, title, doi, venue, year, summary, section, arxiv_id=None, url='doi'):
    return P(ZL, start, title, section, doi=doi, venue=venue, year=year, summary=summary,
             arxiv_id=arxiv_id, url=('https://doi.org/' + doi) if url == 'doi' else url)

LABELS = [
    # ---- jd-coderepos: guide tables, starter packs, taxonomy, catalog ----
    NP(JD, 66, 'Recommended Baselines by Task'),
    NP(JD, 81, 'Dataset Selection Guide'),
    NP(JD, 84, 'Dataset Selection Guide'),
    NP(JD, 85, 'Dataset Selection Guide'),
    NP(JD, 88, 'Dataset Selection Guide'),
    NP(JD, 124, 'Starter Packs / Minimal Review-Generation Baseline'),
    NP(JD, 135, 'Starter Packs / Review-Rebuttal Alignment'),
    NP(JD, 137, 'Starter Packs / Review-Rebuttal Alignment'),
    NP(JD, 144, 'Starter Packs / Reviewer Matching'),
    NP(JD, 150, 'Starter Packs / RAG-Grounded Reviewer Assistant'),
    NP(JD, 168, 'Tag Guide'),
    NP(JD, 180, 'Taxonomy / Peer Review Workflow'),
    P(JD, 213, 'GenReview', 'Resource Catalog / Datasets and Benchmarks', arxiv_id='2510.21192',
      summary='Pairs human reviews with controlled positive, neutral, and negative LLM-generated reviews for ICLR submissions.'),
    NP(JD, 227, 'Resource Catalog / Review Generation and Critique Assistance'),
    P(JD, 228, 'TreeReview', 'Resource Catalog / Review Generation and Critique Assistance', arxiv_id='2506.07642',
      code='https://github.com/YuanChang98/tree-review',
      summary='Hierarchical question decomposition for deep review generation and actionable feedback.'),
    NP(JD, 256, 'Resource Catalog / Argument Mining and Review-Rebuttal Structure'),
    NP(JD, 263, 'Resource Catalog / Meta-Review and Decision Support'),
    NP(JD, 291, 'Infrastructure and Building Blocks / Scientific Document Parsing and Scholarly Retrieval'),
    NP(JD, 323, 'Infrastructure and Building Blocks / RAG, Agents, and Workflow Frameworks'),
    NP(JD, 344, 'Evaluation Checklist'),
    # ---- spiritdjy: one H4 heading per paper ----
    P(SP, 6, 'An Empirical Study on Neural Keyphrase Generation', 'Review', end=10, arxiv_id='2009.10229'),
    P(SP, 12, 'A review of keyphrase extraction', 'Review', year=2019),
    P(SP, 14, 'Keyphrase Generation: A Multi-Aspect Survey', 'Review', end=15, arxiv_id='1910.05059', year=2019),
    P(SP, 19, 'SIFRank: A New Baseline for Unsupervised Keyphrase Extraction Based on Pre-Trained Language Model',
      'Unsupervised', end=21, url='https://ieeexplore.ieee.org/document/8954611', year=2020),
    P(SP, 23, 'Simple Unsupervised Keyphrase Extraction using Sentence Embeddings', 'Unsupervised', end=25,
      venue='ACL 2018', year=2018),
    P(SP, 27, 'Wikirank: Improving keyphrase extraction based on background knowledge', 'Unsupervised', end=32,
      url='http://www.lrec-conf.org/proceedings/lrec2018/pdf/871.pdf', venue='LREC 2018', year=2018,
      authors=['Y. Yu', 'V. Ng']),
    P(SP, 34, 'Semi-supervised learning for neural keyphrase generation', 'Unsupervised', end=37,
      arxiv_id='1808.06773', year=2018, authors=['H. Ye', 'L. Wang']),
    P(SP, 41, 'Joint Keyphrase Chunking and Salience Ranking with BERT', 'Supervised', end=42, arxiv_id='2004.13639'),
    P(SP, 45, 'Bi-lstm-crf sequence labeling for keyphrase extraction from scholarly documents', 'Supervised', end=47,
      doi='10.1145/3308558.3313642', url='https://doi.org/10.1145/3308558.3313642', venue='WWW 2019', year=2019,
      authors=['R. Alzaidy', 'C. Caragea', 'C. L Giles']),
    P(SP, 57, 'Exploiting Topic-based Adversarial Neural Network for Cross-domain Keyphrase Extraction', 'Supervised',
      end=58, url='http://staff.ustc.edu.cn/~tongxu/Papers/Yanan_ICDM18.pdf', year=2018),
    NP(SP, 60, 'Supervised'),
    P(SP, 62, 'Event-Oriented Keyphrase Extraction Based on Bi-clustering Model', 'Supervised'),
    P(SP, 65, 'A dataset for open event extraction in English', 'Supervised'),
    # ---- zhangleiniu: <details><summary> bullets ----
    NP(ZL, 11, 'Contents'),
    NP(ZL, 12, 'Contents'),
    NP(ZL, 13, 'Contents'),
    NP(ZL, 15, 'Contents'),
    Z(23, 'CiteBART: Learning to Generate Citations for Local Citation Recommendation', '10.18653/v1/2025.emnlp-main.89',
      'EMNLP 2025', 2025, 'Citation-specific pre-training in an encoder-decoder, where author-date citation tokens are masked and reconstructed so that recommendation becomes generation; contributes a taxonomy of hallucinations with a 4% macro hallucination rate at top-3.',
      'Local Citation Recommendation'),
    Z(26, 'Local Citation Recommendation with Hierarchical-Attention Text Encoder and SciBERT-Based Reranking',
      '10.1007/978-3-030-99736-6_19', 'ECIR 2022', 2022,
      'Attacks the prefetch stage rather than the reranker, showing a hierarchical-attention encoder beats BM25 at prefetching so a SciBERT reranker needs fewer candidates for the same accuracy.',
      'Local Citation Recommendation'),
    Z(27, 'A Context-Aware Citation Recommendation Model with BERT and Graph Convolutional Networks',
      '10.1007/s11192-020-03561-y', 'Scientometrics 2020', 2020,
      'Pairs a GCN document encoder with a BERT context encoder and releases FullTextPeerRead, the first well-organized dataset carrying the context sentences around each citation.',
      'Local Citation Recommendation'),
    Z(35, 'What Should I Cite? A RAG Benchmark for Academic Citation Prediction', '10.1145/3774904.3792075',
      'WWW 2026', 2026,
      'The first RAG-integrated benchmark for academic citation prediction, with a three-level 554k-paper corpus and an evaluation covering hallucination and diversity alongside retrieval accuracy.',
      'Global Citation Recommendation'),
    Z(38, 'HLM-Cite: Hybrid Language Model Workflow for Text-based Scientific Citation Prediction',
      '10.52202/079017-1527', 'NeurIPS 2024', 2024,
      'Introduces the notion of core citations and predicts them with a hybrid workflow: a curriculum-finetuned embedding model retrieves from 100K candidates, then LLM agents rerank by one-shot reasoning.',
      'Global Citation Recommendation'),
    Z(41, 'Supporting Your Idea Reasonably: A Knowledge-Aware Topic Reasoning Strategy for Citation Recommendation',
      '10.1109/tkde.2024.3365508', 'TKDE 2024', 2024,
      'Recommends papers for a rough idea while requiring the recommendation be explainable, extracting multi-hop reasoning paths between knowledge-concept topics from an external knowledge graph.',
      'Global Citation Recommendation'),
    Z(44, 'Leveraging Title-Abstract Attentive Semantics for Paper Recommendation', '10.1609/aaai.v34i01.5335',
      'AAAI 2020', 2020,
      "A two-level attentive network that models the semantic relationship between a paper's title and abstract, with the title embedding acting as a memory continuously updated by abstract sentences.",
      'Global Citation Recommendation'),
    Z(45, 'Global Citation Recommendation Using Knowledge Graphs', '10.3233/jifs-169493', 'JIFS 2018', 2018,
      'Expands the semantic features of an abstract with DBpedia entities, generates candidates with Lucene MoreLikeThis, and ranks them with LambdaMART over hand-designed pairwise features.',
      'Global Citation Recommendation'),
    Z(53, 'Scientific Paper Retrieval with LLM-Guided Semantic-Based Ranking', '10.18653/v1/2025.findings-emnlp.108',
      'EMNLP 2025 Findings', 2025,
      'Grounds LLM query understanding in a corpus-derived scientific concept index, making the concepts a query asks about an explicit and controllable matching signal instead of a holistic embedding.',
      'Ad-hoc Academic Search'),
    Z(55, 'Taxonomy-guided Semantic Indexing for Academic Paper Search', '10.18653/v1/2024.emnlp-main.407',
      'EMNLP 2024', 2024,
      'A plug-and-play taxonomy-guided semantic index that lets existing dense retrievers match the academic concepts underlying a query, effective even with highly limited training data.',
      'Ad-hoc Academic Search'),
    Z(62, 'BiCA: Effective Biomedical Dense Retrieval with Citation-Aware Hard Negatives', '10.1609/aaai.v40i39.40583',
      'AAAI 2026', 2026,
      'Mines hard negatives from multi-hop citation chains in PubMed, showing that document link structure yields highly informative negatives and reaches state-of-the-art retrieval with minimal finetuning.',
      'Embedding & Dense Retrieval'),
    Z(64, 'SciRepEval: A Multi-Format Benchmark for Scientific Document Representations',
      '10.18653/v1/2023.emnlp-main.338', 'EMNLP 2023', 2023,
      'A 24-task benchmark across four task formats showing that SPECTER and SciNCL fail to generalize across formats, and that learning several format-specific embeddings per document does better.',
      'Embedding & Dense Retrieval'),
    Z(66, 'SPECTER: Document-level Representation Learning Using Citation-informed Transformers',
      '10.18653/v1/2020.acl-main.207', 'ACL 2020', 2020,
      'Pretrains a Transformer on the citation graph as a document-level relatedness signal, producing embeddings usable without task-specific finetuning, released with the SciDocs benchmark.',
      'Embedding & Dense Retrieval'),
    Z(72, 'Compress-then-Rank: Faster and Better Listwise Reranking with Large Language Models via Ranking-Aware Passage Compression',
      '10.1609/aaai.v40i41.40811', 'AAAI 2026', 2026,
      'Performs listwise reranking on compact multi-vector surrogates rather than full passages, with the compressor pretrained on restoration and continuation objectives and jointly optimized with the reranker.',
      'Reranking'),
    Z(73, 'CoRank: LLM-Based Compact Reranking with Document Features for Scientific Retrieval',
      '10.48550/arxiv.2505.13757', 'KDD 2026', 2026,
      'A training-free, model-agnostic framework that reranks coarsely over offline-extracted semantic features before refining on full text, so many more candidates fit inside the context window.',
      'Reranking', arxiv_id='2505.13757', url=None),
    Z(74, 'AcuRank: Uncertainty-Aware Adaptive Computation for Listwise Reranking', '10.48550/arxiv.2505.18512',
      'NeurIPS 2025', 2025,
      'Models document relevance as a Bayesian TrueSkill posterior and reranks only the candidates whose ranking remains uncertain, allocating compute adaptively rather than over a fixed-size subset.',
      'Reranking', arxiv_id='2505.18512', url=None),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']

def main():
    cache = {}
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
        for lab in LABELS:
            f = lab['list']
            if f not in cache:
                cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
            lines = cache[f]
            raw = '\n'.join(lines[lab['line'] - 1:lab['end']])
            rec = {k: None for k in KEYS}
            rec.update({k: v for k, v in lab.items() if k != 'end'})
            rec['raw'] = raw
            if not rec['is_paper']:
                for k in KEYS[4:13]:
                    rec[k] = None
            out.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(LABELS), 'labels')

if __name__ == '__main__':
    main()

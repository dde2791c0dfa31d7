#!/usr/bin/env python3
"""Hand labels for the 60 drawn entries (values typed by hand from reading the files);
raw is cut from the saved file by (line, number of lines) so it is byte-exact."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
N = 'UNKNOWN__id32741172623.README.md'
L = 'lvyufeng__code_intelligence_papers.README.md'
T = 'terryyz__DataAug4Code.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary)
NP = dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
          authors=[], code=None, summary=None)

FT = '1. Fundamental theory'
QA = '3. (Visual) Q&A and Dialog'
PL = '4. Program Language Processing'
SP = '5. Semantic Parsing'
rows = [
 (N, 12, 1, NP, FT + ' / Deep Learning'),
 (N, 14, 1, NP, FT + ' / Deep Learning'),
 (N, 31, 1, P('Maximum Entropy Inverse Reinforcement Learning'), FT + ' / Reinforcement Learning'),
 (N, 42, 1, NP, FT + ' / Multi-Agent Reinforcement Learning'),
 (N, 47, 1, P('A spect-augmented Adversarial Networks for Domain Adaptation'), FT + ' / Transfer Learning/Meta-Learning'),
 (N, 49, 2, P('Natural Language to Structured Query Generation via Meta-Learning',
              summary='很好的将seq2seq的task定义成了meta-learning task.'), FT + ' / Transfer Learning/Meta-Learning'),
 (N, 52, 2, P('Learning a Prior over Intent via Meta-Inverse Reinforcement Learning',
              summary='当expert demonstration比较少的时候很难求reward function。考虑将其它tasks里面的信息作为prior引入进来。'),
  FT + ' / Transfer Learning/Meta-Learning'),
 (N, 68, 1, P('A Hierarchical Latent Variable Encoder-Decoder Model for Generating Dialogues'), QA + ' / Dialog Generation'),
 (N, 69, 2, P('Improving Variational Encoder-Decoders in Dialogue Generation'), QA + ' / Dialog Generation'),
 (N, 75, 1, P('Learning Discourse-level Diversity for Neural Dialog Models using Conditional Variational Autoencoders'), QA + ' / Dialog Generation'),
 (N, 80, 1, P('Learning Answer Embeddings for Visual Question Answering'), QA + ' / QA'),
 (N, 119, 1, P('Hierarchical Learning of Cross-Language Mappings through Distributed Vector Representations for Code'), PL + ' / Code Representation'),
 (N, 123, 1, P('AutoComment- Mining Question and Answer Sites for Automatic Comment Generation'), PL + ' / Text2Code & Code2Text'),
 (N, 128, 2, P('Supervised Deep Features for Software Functional Clone Detection by Exploiting Lexical and Syntactical Information in Source Code',
               summary='用的Tree-LSTM来represent code'), PL + ' / Text2Code & Code2Text'),
 (N, 136, 1, P('SEQ2SQL/ GENERATING STRUCTURED QUERIES'), PL + ' / Text2Code & Code2Text'),
 (N, 142, 1, NP, PL + ' / Program Synthesis'),
 (N, 155, 1, P('A Retrieve-and-Edit Framework for Predicting Structured Outputs', venue='NeurIPS 2018', year=2018, authors=['Hashimoto']), SP + ' / Code generation'),
 (N, 160, 1, P('SyntaxSQLNet Syntax Tree Networks for Complex and Cross-Domain Text-to-SQL Task', venue='ACL 2019', year=2019, authors=['Yu']), SP + ' / SQL generation'),
 (N, 161, 1, P('Grammar-based Neural Text-to-SQL Generation', venue='arXiv 2019', year=2019, authors=['Lin']), SP + ' / SQL generation'),
 (N, 165, 1, P('Content Enhanced BERT-based Text-to-SQL Generation', venue='arXiv 2019', year=2019, authors=['Guo']), SP + ' / SQL generation'),

 (L, 13, 1, P('Opportunities and Challenges in Code Search Tools', arxiv='2011.02297', venue='ACM Computing Surveys (CSUR) 2021', year=2021,
              authors=['C Liu', 'X Xia', 'D Lo']), 'Survey'),
 (L, 19, 1, P('Deep Code Search', url='https://www.researchgate.net/profile/Hongyu-Zhang-46/publication/325732005_Deep_code_search/links/5b29dcfb4585150c633faa57/Deep-code-search.pdf',
              venue='ICSE 2018', year=2018, authors=['X Gu', 'H Zhang', 'S Kim']), 'Text to Code / Code Search'),
 (L, 25, 1, P('When Deep Learning Met Code Search', url='https://dl.acm.org/doi/pdf/10.1145/3338906.3340458', venue='ESEC/FSE 2019', year=2019,
              authors=['J Cambronero', 'H Li', 'S Kim']), 'Text to Code / Code Search'),
 (L, 39, 1, P('SQLNet: Generating Structured Queries From Natural Language Without Reinforcement Learning', url='https://openreview.net/pdf?id=SkYibHlRb',
              venue='ICLR 2018', year=2018, authors=['X Xu', 'C Liu', 'D Song']), 'Text to Code / Natural Language to Code / Text to SQL'),
 (L, 47, 1, P('Lexical Statistical Machine Translation for Language Migration', venue='ESEC/FSE 2013', year=2013,
              authors=['A T Nguyen', 'T T Nguyen', 'T N Nguyen']), 'Code to code / Code Translation(Migration)'),
 (L, 53, 1, P('Tree-to-tree Neural Networks for Program Translation', url='https://proceedings.neurips.cc/paper/2018/file/d759175de8ea5b1d9a2660e45554894f-Paper.pdf',
              venue='NIPS 2018', year=2018, authors=['X Chen', 'C Liu', 'D Song']), 'Code to code / Code Translation(Migration)'),
 (L, 59, 1, P('Perfection Not Required? Human-AI Partnerships in Code Translation', arxiv='2104.03820', venue='IUI 2021', year=2021,
              authors=['J D Weisz', 'M Muller', 'S Houde']), 'Code to code / Code Translation(Migration)'),
 (L, 71, 1, P('M3: Semantic api migrations', arxiv='2008.12118', venue='ASE 2020', year=2020,
              authors=['B Collie', 'P Ginsbach', 'J Woodruff']), 'Code to code / Code Translation(Migration) / API Mapping'),
 (L, 97, 1, P('Improving automatic source code summarization via deep reinforcement learning', arxiv='1811.07234', venue='ASE 2018', year=2018,
              authors=['Y Wan', 'Z Zhao', 'M Yang']), 'Code to Text / Code Summarization/Documentation'),
 (L, 99, 1, P('Summarizing Source Code using a Neural Attention Model', url='https://aclanthology.org/P16-1195.pdf', venue='ACL 2016', year=2016,
              authors=['S Iyer', 'I Konstas', 'A Cheung']), 'Code to Text / Code Summarization/Documentation'),
 (L, 107, 1, P('SCELMo: Source Code Embeddings from Language Models', arxiv='2004.13214', year=2020,
               authors=['R M Karampatsis', 'C Sutton']), 'Code Representation and Pretrained Models'),
 (L, 109, 1, P('Learning and Evaluating Contextual Embedding of Source Code', url='http://proceedings.mlr.press/v119/kanade20a/kanade20a.pdf',
               venue='ICML 2020', year=2020, authors=['A Kanade', 'P Maniatis', 'G Balakrishnan']), 'Code Representation and Pretrained Models'),
 (L, 113, 1, P('GraphCodeBERT: Pre-training Code Representations with Data Flow', venue='ICLR 2021', year=2021,
               authors=['D Guo', 'S Ren', 'S Lu']), 'Code Representation and Pretrained Models'),
 (L, 121, 1, P('Unified Pre-training for Program Understanding and Generation', url='https://aclanthology.org/2021.naacl-main.211.pdf',
               venue='NAACL 2021', year=2021, authors=['W U Ahmad', 'S Chakraborty', 'B Ray']), 'Code Representation and Pretrained Models'),
 (L, 125, 1, P('PyMT5: Multi-mode Translation of Natural Language and Python Code with Transformers', url='https://www.aclweb.org/anthology/2020.emnlp-main.728.pdf',
               venue='EMNLP 2020', year=2020, authors=['C Clement', 'D Drain', 'J Timcheck']), 'Code Representation and Pretrained Models'),
 (L, 129, 1, P('How could Neural Networks understand Programs?', arxiv='2105.04297', year=2021,
               authors=['D Peng', 'S Zheng', 'Y Li']), 'Code Representation and Pretrained Models'),
 (L, 137, 1, P('BLEU: a Method for Automatic Evaluation of Machine Translation', url='https://aclanthology.org/P02-1040.pdf', venue='ACL 2002', year=2002,
               authors=['K Papineni', 'S Roukos', 'T Ward']), 'Metrics and Estimation'),
 (L, 143, 1, P('Quality Estimation & Interpretability for Code Translation', url='https://openreview.net/pdf?id=U7-z8CD2nYg',
               venue='NeurIPS 2020 Workshop on Computer-Assisted Programming', year=2020,
               authors=['M Agarwal', 'K Talamadupula', 'S Houde']), 'Metrics and Estimation'),
 (L, 147, 2, P('CodeXGLUE: A Machine Learning Benchmark Dataset for Code Understanding and Generation', arxiv='2102.04664', year=2021,
               authors=['S Lu', 'D Guo', 'S Ren']), 'Datasets and Benchmark'),
 (L, 159, 1, P('A Parallel Corpus of Python Functions and Documentation Strings for Automated Code Documentation and Code Generation',
               url='https://www.aclweb.org/anthology/I17-2053.pdf', venue='IJCNLP 2017', year=2017,
               authors=['A V Miceli-Barone', 'R Sennrich']), 'Datasets and Benchmark'),

 (T, 30, 1, P('Boosting Source Code Learning with Data Augmentation', arxiv='2303.06808', venue='arXiv 2023', year=2023), 'Code Authorship Attribution'),
 (T, 54, 1, P('Semantic-Preserving Adversarial Code Comprehension', url='https://aclanthology.org/2022.coling-1.267', venue='COLING 2022', year=2022), 'Defect Detection'),
 (T, 55, 1, P('Path-sensitive code embedding via contrastive learning for software vulnerability detection',
              url='https://dl.acm.org/doi/abs/10.1145/3533767.3534371', venue='ISSTA 2022', year=2022), 'Defect Detection'),
 (T, 57, 1, P('COMBO: Pre-Training Representations of Binary Code Using Contrastive Learning', arxiv='2210.05102', venue='arXiv 2022', year=2022), 'Defect Detection'),
 (T, 60, 1, P('MIXCODE: Enhancing Code Classification by Mixup-Based Data Augmentation',
              url='https://www.computer.org/csdl/proceedings-article/saner/2023/527800a379/1Nc0QvHneMg', venue='SANER 2023', year=2023), 'Defect Detection'),
 (T, 71, 1, P('A search-based testing framework for deep neural networks of source code embedding',
              url='https://www.computer.org/csdl/proceedings-article/icst/2021/683600a036/1tRP9PPnyj6', venue='ICST 2021', year=2021), 'Code Summarization'),
 (T, 72, 1, P('Retrieval-Augmented Generation for Code Summarization via Hybrid GNN', url='https://openreview.net/forum?id=zv-typ1gPxA',
              venue='ICLR 2021', year=2021), 'Code Summarization'),
 (T, 73, 1, P('BASHEXPLAINER: Retrieval-Augmented Bash Code Comment Generation based on Fine-tuned CodeBERT',
              url='https://www.computer.org/csdl/proceedings-article/icsme/2022/795600a082/1JeFarkRRsI', venue='ICMSE 2022', year=2022), 'Code Summarization'),
 (T, 77, 1, P('Semantic robustness of models of source code', url='https://ieeexplore.ieee.org/document/9825895', venue='SANER 2022', year=2022), 'Code Summarization'),
 (T, 79, 1, P('Exploring Data Augmentation for Code Generation Tasks', url='https://aclanthology.org/2023.findings-eacl.114/', venue='EACL 2023', year=2023), 'Code Summarization'),
 (T, 80, 1, P('Bash Comment Generation Via Data Augmentation and Semantic-Aware Codebert',
              url='https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4385791', venue='arXiv 2023', year=2023), 'Code Summarization'),
 (T, 87, 1, P('A search-based testing framework for deep neural networks of source code embedding',
              url='https://www.computer.org/csdl/proceedings-article/icst/2021/683600a036/1tRP9PPnyj6', venue='ICST 2021', year=2021), 'Code Search'),
 (T, 88, 1, P('Semantic-Preserving Adversarial Code Comprehension', url='https://aclanthology.org/2022.coling-1.267', venue='COLING 2022', year=2022), 'Code Search'),
 (T, 89, 1, P('Exploring Representation-Level Augmentation for Code Search', url='https://aclanthology.org/2022.emnlp-main.327/', venue='EMNLP 2022', year=2022), 'Code Search'),
 (T, 90, 1, P('Cross-Modal Contrastive Learning for Code Search', url='https://ieeexplore.ieee.org/document/9978195/', venue='ICSME 2022', year=2022), 'Code Search'),
 (T, 105, 1, P('CLAWSAT: Towards Both Robust and Accurate Code Models', arxiv='2211.11711', venue='SANER 2023', year=2023), 'Code Completion'),
 (T, 106, 1, P('Retrieval-Based Prompt Selection for Code-Related Few-Shot Learning',
               url='https://people.ece.ubc.ca/amesbah/resources/papers/cedar-icse23.pdf', venue='ICSE 2023', year=2023), 'Code Completion'),
 (T, 120, 1, P('Contrastive Learning with Keyword-based Data Augmentation for Code Search and Code Question Answering',
               url='https://aclanthology.org/2023.eacl-main.262/', venue='EACL 2023', year=2023), 'Code Question Answering'),
 (T, 128, 1, P('COMBO: Pre-Training Representations of Binary Code Using Contrastive Learning', arxiv='2210.05102', venue='arXiv 2022', year=2022), 'Problem Classification'),
 (T, 139, 1, P('Data Augmentation by Program Transformation', url='https://www.sciencedirect.com/science/article/pii/S0164121222000541',
               venue='JSS 2022', year=2022), 'Method Name Prediction'),
]

files = {}
out = []
sample = {r['list']: set(r['drawn']) for r in json.load(open(os.path.join(HERE, 'sample.json')))}
for name, line, n, fields, section in rows:
    if name not in files:
        files[name] = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    assert line in sample[name], (name, line)
    raw = '\n'.join(files[name][line - 1:line - 1 + n])
    d = {'list': name, 'line': line, 'raw': raw}
    d.update(fields)
    d['section'] = section
    out.append(d)
assert sum(len(v) for v in sample.values()) == len(out) == len({(d['list'], d['line']) for d in out})
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(d['is_paper'] for d in out), 'papers')

#!/usr/bin/env python3
"""Build labels.jsonl for s16g; raw is cut from the saved files by line span."""
import json, os
HERE = '/work/wt-lead/bench/unseen-lists/s16g'
R = 'RZFan525__AI4FormalMathReasoning.README.md'
U = 'ur-whitelab__LLMs-in-science.README.md'
M = 'majianz__dl4gps.README.md'
H = 'HFUT-LEC__awesome-student-cognitive-modeling.README.md'
cache = {}
def lines(f):
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    return cache[f]
out = []
def P(f, line, n, title, venue=None, year=None, arxiv=None, url=None, code=None, authors=(), section=None, doi=None, summary=None):
    raw = '\n'.join(lines(f)[line-1:line-1+n])
    out.append(dict(list=f, line=line, raw=raw, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                    venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section))
def N(f, line, section, n=1):
    raw = '\n'.join(lines(f)[line-1:line-1+n])
    out.append(dict(list=f, line=line, raw=raw, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                    venue=None, year=None, authors=[], code=None, summary=None, section=section))
A = lambda s: [x.strip() for x in s.split(',')]

# ---------------- HFUT-LEC (education; "(Venue Year) [Title](url) ABBREV") ----------------
P(H, 4, 1, 'A Survey of Knowledge Tracing', 'arXiv 2021', 2021, arxiv='2105.15106', section='Survey')
P(H, 16, 1, 'Neural cognitive diagnosis for intelligent education systems', 'AAAI 2020', 2020,
  url='https://ojs.aaai.org/index.php/AAAI/article/view/6080/5936', section='CD')
P(H, 38, 1, 'Multi-Dimensional Ability Diagnosis for Machine Learning Algorithms', 'arXiv', None, arxiv='2307.07134', section='CD')
P(H, 44, 1, 'Zero-1-to-3: Domain-level Zero-shot Cognitive Diagnosis via One Batch of Early-bird Students towards Three Diagnostic Objectives',
  'AAAI 2024', 2024, arxiv='2312.13434', section='CD')
P(H, 54, 1, 'Comparing two IRT models for conjunctive skills', 'ITS 2008', 2008,
  url='https://dl.acm.org/doi/10.1007/978-3-540-69132-7_111', section='KT / Tradition methods')
P(H, 55, 1, 'Performance Factors Analysis --A New Alternative to Knowledge Tracing', None, 2009,
  url='https://dl.acm.org/doi/10.5555/1659450.1659529', section='KT / Tradition methods')
P(H, 73, 1, "Assessing Student's Dynamic Knowledge State by Exploring the Question Difficulty Effect", 'SIGIR 2022', 2022,
  url='https://dl.acm.org/doi/abs/10.1145/3477495.3531939', section='KT / Deep learning methods')
P(H, 75, 1, 'No Length Left Behind: Enhancing Knowledge Tracing for Modeling Sequences of Excessive or Insufficient Lengths', 'CIKM 2023', 2023,
  url='https://dl.acm.org/doi/abs/10.1145/3583780.3614988', section='KT / Deep learning methods')
P(H, 76, 1, 'Cognition-Mode Aware Variational Representation Learning Framework for Knowledge Tracing', 'ICDM 2023', 2023,
  arxiv='2309.01179', section='KT / Deep learning methods')
P(H, 79, 1, 'Continuous Personalized Knowledge Tracing: Modeling Long-Term Learning in Online Environments', 'CIKM 2023', 2023,
  url='https://dl.acm.org/doi/abs/10.1145/3583780.3614822', section='KT / Deep learning methods')
P(H, 80, 1, 'Adversarial Bootstrapped Question Representation Learning for Knowledge Tracing', 'MM 2023', 2023,
  url='https://dl.acm.org/doi/abs/10.1145/3581783.3612044', section='KT / Deep learning methods')
P(H, 84, 1, 'A deep knowledge tracing model based on multi-head self-attention mechanism', 'AHPCAI 2023', 2023,
  url='https://www.spiedigitallibrary.org/conference-proceedings-of-spie/12941/129412N/A-deep-knowledge-tracing-model-based-on-multi-head-self/10.1117/12.3011559.short#_=_',
  section='KT / Deep learning methods')
P(H, 88, 1, 'Question-response Representation with Dual-level Contrastive Learning for Improving Knowledge Tracing', 'ESWA 2023', 2023,
  url='https://www.sciencedirect.com/science/article/pii/S0020025523016183', section='KT / Deep learning methods')
P(H, 107, 1, 'Integrating fine-grained attention into multi-task learning for knowledge tracing', 'World Wide Web 2023', 2023,
  url='https://link.springer.com/article/10.1007/s11280-023-01190-y', section='KT / Deep learning-attention aware')
P(H, 121, 1, 'Prerequisite-Driven Deep Knowledge Tracing', 'ICDM 2018', 2018,
  url='https://ieeexplore.ieee.org/abstract/document/8594828', section='KT / Deep learning+relation-aware+graph free')
P(H, 124, 1, 'RKT: Relation-Aware Self-Attention for Knowledge Tracing', 'CIKM 2020', 2020, arxiv='2008.12736',
  section='KT / Deep learning+relation-aware+graph free')
P(H, 129, 1, 'GIKT: A Graph-Based Interaction Model for Knowledge Tracing', 'ECML PKDD 2020', 2020,
  url='https://link.springer.com/chapter/10.1007/978-3-030-67658-2_18', section='KT / Deep learning+relation-aware+graph based')
P(H, 131, 1, 'Introducing Problem Schema with Hierarchical Exercise Graph for Knowledge Tracing', 'SIGIR 2022', 2022,
  url='https://dl.acm.org/doi/abs/10.1145/3477495.3532004', section='KT / Deep learning+relation-aware+graph based')
P(H, 152, 1, 'GMOCAT A Graph-Enhanced Multi-Objective Method for Computerized Adaptive Testing', 'SIGKDD 2023', 2023,
  url='https://dl.acm.org/doi/abs/10.1145/3580305.3599367', section='CAT')
P(H, 158, 1, 'MoocRadar: A Fine-grained and Multi-aspect Knowledge Repository for Improving Cognitive Student Modeling in MOOCs',
  'SIGIR 2023', 2023, arxiv='2304.02205', section='Dataset Introduction')

# ---------------- RZFan525 (formal math; numbered bold title, italic venue, authors line) ----------------
for ln in (5, 7, 9, 12, 13):
    N(R, ln, 'Table of Contents')
P(R, 35, 3, 'GamePad: A Learning Environment for Theorem Proving', 'ICLR 2019', 2019,
  url='https://openreview.net/pdf?id=r1xwKoR9Y7', code='https://github.com/ml4tp/gamepad',
  authors=A('Daniel Huang, Prafulla Dhariwal, Dawn Song, Ilya Sutskever'), section='Automated Theorem Proving')
P(R, 59, 3, 'TacticToe: Learning to Prove with Tactics', 'Journal of Automated Reasoning 2021', 2021, arxiv='1804.00596',
  authors=A('Thibault Gauthier, Cezary Kaliszyk, Josef Urban, Ramana Kumar, Michael Norrish'), section='Automated Theorem Proving')
P(R, 123, 3, 'LEGO-Prover: Neural Theorem Proving with Growing Libraries', 'ICLR 2024', 2024, arxiv='2310.00656',
  code='https://github.com/wiio12/LEGO-Prover',
  authors=A('Haiming Wang, Huajian Xin, Chuanyang Zheng, Lin Li, Zhengying Liu, Qingxing Cao, Yinya Huang, Jing Xiong, Han Shi, Enze Xie, Jian Yin, Zhenguo Li, Heng Liao, Xiaodan Liang'),
  section='Automated Theorem Proving')
P(R, 131, 3, 'Temperature-scaled large language models for Lean proofstep prediction',
  'The 3rd Workshop on Mathematical Reasoning and AI at NeurIPS 2023', 2023, url='https://mathai2023.github.io/papers/25.pdf',
  authors=A('Fabian Gloeckle, Baptiste Roziere, Amaury Hayat, Gabriel Synnaeve'), section='Automated Theorem Proving')
P(R, 135, 3, 'Graph2Tac: Learning Hierarchical Representations of Math Concepts in Theorem proving', 'arXiv 2024', 2024,
  arxiv='2401.02949', code='https://github.com/IBM/graph2tac',
  authors=A('Jason Rute, Miroslav Olšák, Lasse Blaauwbroek, Fidel Ivan Schaposnik Massolo, Jelle Piepenbrock, Vasily Pestun'),
  section='Automated Theorem Proving')
P(R, 159, 3, "Wu's Method can Boost Symbolic AI to Rival Silver Medalists and AlphaGeometry to Outperform Gold Medalists at IMO Geometry",
  'arXiv 2024', 2024, arxiv='2404.06405', code=None,
  authors=A('Shiven Sinha, Ameya Prabhu, Ponnurangam Kumaraguru, Siddharth Bhat, Matthias Bethge'), section='Automated Theorem Proving')
P(R, 163, 3, 'Learn from Failure: Fine-Tuning LLMs with Trial-and-Error Data for Intuitionistic Propositional Logic Proving',
  'ACL 2024', 2024, arxiv='2404.07382',
  authors=A('Chenyang An, Zhibo Chen, Qihao Ye, Emily First, Letian Peng, Jiayun Zhang, Zihan Wang, Sorin Lerner, Jingbo Shang'),
  section='Automated Theorem Proving')
P(R, 191, 3, 'Learning to Prove Theorems by Learning to Generate Theorems', 'NeurIPS 2020', 2020,
  url='https://proceedings.neurips.cc/paper/2020/file/d2a27e83d429f0dcae6b937cf440aeb1-Paper.pdf',
  code='https://github.com/princeton-vl/MetaGen', authors=A('Mingzhe Wang, Jia Deng'), section='Synthetic Theorem Generation')
P(R, 234, 3, 'TheoremLlama: Transforming General-Purpose LLMs into Lean4 Experts', 'EMNLP 2024', 2024, arxiv='2407.03203',
  code='https://github.com/RickySkywalker/TheoremLlama',
  authors=A('Ruida Wang, Jipeng Zhang, Yizhen Jia, Rui Pan, Shizhe Diao, Renjie Pi, Tong Zhang'), section='Autoformalization')
P(R, 286, 3, 'HOList: An Environment for Machine Learning of Higher Order Logic Theorem Proving', 'ICML 2019', 2019,
  url='http://proceedings.mlr.press/v97/bansal19a/bansal19a.pdf',
  authors=A('Kshitij Bansal, Sarah Loos, Markus Rabe, Christian Szegedy, Stewart Wilcox'), section='Benchmarks')
P(R, 290, 3, 'IsarStep: a Benchmark for High-level Mathematical Reasoning', 'ICLR 2021', 2021,
  url='https://openreview.net/pdf?id=Pzj6fzU6wkj', code='https://github.com/Wenda302/IsarStep',
  authors=A('Wenda Li, Lei Yu, Yuhuai Wu, Lawrence C. Paulson'), section='Benchmarks')
P(R, 294, 3, 'INT: An Inequality Benchmark for Evaluating Generalization in Theorem Proving', 'ICLR 2021', 2021,
  url='https://openreview.net/pdf?id=O6LPudowNQm', code='https://github.com/albertqjiang/INT',
  authors=A('Yuhuai Wu, Albert Q. Jiang, Jimmy Ba, Roger Grosse'), section='Benchmarks')
P(R, 363, 3, 'Can Transformers Do Enumerative Geometry?', 'arXiv 2024', 2024, arxiv='2408.14915',
  authors=A('Baran Hashemi, Roderic G. Corominas, Alessandro Giacchetto'), section='Human-in-the-loop')
P(R, 369, 3, 'Constructions in combinatorics via neural networks', 'arXiv 2021', 2021, arxiv='2104.14516',
  authors=['Adam Zsolt Wagner'], section='Constructing Examples / Counterexamples')
P(R, 377, 3, 'Mathematical discoveries from program search with large language models', 'Nature 2024', 2024,
  url='https://www.nature.com/articles/s41586-023-06924-6', code='https://github.com/google-deepmind/funsearch',
  authors=A('Bernardino Romera-Paredes, Mohammadamin Barekatain, Alexander Novikov, Matej Balog, M. Pawan Kumar, Emilien Dupont, Francisco J. R. Ruiz, Jordan S. Ellenberg, Pengming Wang, Omar Fawzi, Pushmeet Kohli, Alhussein Fawzi'),
  section='Constructing Examples / Counterexamples')

# ---------------- majianz/dl4gps 2024 ("N. \[Abbrev] **Title**, Venue \[[paper](url)]") ----------------
S = '2024'
P(M, 9, 1, 'GAPS: Geometry-Aware Problem Solver', 'arXiv 2024', 2024, arxiv='2401.16287', section=S)
P(M, 11, 1, 'E-GPS: Explainable Geometry Problem Solving via Top-Down Solver and Bottom-Up Generator', 'CVPR 2024', 2024,
  url='https://openaccess.thecvf.com/content/CVPR2024/html/Wu_E-GPS_Explainable_Geometry_Problem_Solving_via_Top-Down_Solver_and_Bottom-Up_CVPR_2024_paper.html', section=S)
P(M, 15, 1, 'FGeo-TP: A Language Model-Enhanced Solver for Geometry Problems', 'Symmetry 2024', 2024,
  url='https://www.mdpi.com/2073-8994/16/4/421', section=S)
P(M, 19, 1, 'FGeo-SSS: A Search-Based Symbolic Solver for Human-Like Automated Geometric Reasoning', 'Symmetry 2024', 2024,
  url='https://www.mdpi.com/2073-8994/16/4/404', section=S)
P(M, 31, 1, 'MM-MATH: Advancing Multimodal Math Evaluation With Process Evaluation and Fine-Grained Classification', 'EMNLP 2024 Findings', 2024,
  url='https://aclanthology.org/2024.findings-emnlp.73/', section=S)
P(M, 65, 1, 'InfiMM-WebMath-40B: Advancing Multimodal Pre-Training for Enhanced Mathematical Reasoning', 'NeurIPS 2024 MATH-AI Workshop', 2024,
  url='https://openreview.net/forum?id=Twzrpa6V2o', section=S)
P(M, 71, 1, 'Automated Generation of Geometry Proof Problems Based on Point Geometry Identity', 'Journal of Automated Reasoning 2024', 2024,
  url='https://link.springer.com/article/10.1007/s10817-024-09699-1', section=S)
P(M, 91, 1, "Slow Perception: Let's Perceive Geometric Figures Step-by-Step", 'arXiv 2024', 2024, arxiv='2412.20631', section=S)
P(M, 107, 1, 'Euclid: Supercharging Multimodal LLMs With Synthetic High-Fidelity Visual Descriptions', 'arXiv 2024', 2024, arxiv='2412.08737', section=S)
P(M, 109, 1, 'AtomThink: A Slow Thinking Framework for Multimodal Mathematical Reasoning', 'arXiv 2024', 2024, arxiv='2411.11930', section=S)
P(M, 183, 3, 'M3CoT: A Novel Benchmark for Multi-Domain Multi-Step Multi-Modal Chain-of-Thought', 'ACL 2024', 2024,
  url='https://aclanthology.org/2024.acl-long.446/', section=S)
P(M, 195, 3, 'BRIGHT: A Realistic and Challenging Benchmark for Reasoning-Intensive Retrieval', 'arXiv 2024', 2024, arxiv='2407.12883', section=S)
P(M, 207, 3, 'Functional Benchmarks for Robust Evaluation of Reasoning Performance, and the Reasoning Gap', 'arXiv 2024', 2024, arxiv='2402.19450', section=S)
P(M, 231, 3, 'Skills-in-Context: Unlocking Compositionality in Large Language Models', 'EMNLP 2024 Findings', 2024,
  url='https://aclanthology.org/2024.findings-emnlp.812/', section=S)
P(M, 247, 3, 'MathSensei: Mathematical Reasoning with a Tool-Augmented Large Language Model', 'ICLR 2024 ME-FoMo Workshop', 2024,
  url='https://openreview.net/forum?id=YDQ6eBB4py', section=S)
P(M, 251, 3, 'Null-Shot Prompting: Rethinking Prompting Large Language Models With Hallucination', 'EMNLP 2024', 2024,
  url='https://aclanthology.org/2024.emnlp-main.740/', section=S)
P(M, 255, 3, 'Strategyllm: Large Language Models as Strategy Generators, Executors, Optimizers, and Evaluators for Problem Solving', 'NeurIPS 2024', 2024,
  url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/af7cc9e2366b8f8837a6ef339810277a-Abstract-Conference.html', section=S)
P(M, 287, 3, 'Give me a Hint: Can LLMs Take a Hint to Solve Math Problems?', 'NeurIPS 2024 MATH-AI Workshop', 2024,
  url='https://openreview.net/forum?id=eeZG97VjYa', section=S)
P(M, 299, 3, 'Offline Training of Language Model Agents with Functions as Learnable Weights', 'ICML 2024', 2024,
  url='https://proceedings.mlr.press/v235/zhang24cd.html', section=S)
P(M, 303, 3, 'UTMath: Math Evaluation with Unit Test via Reasoning-to-Coding Thoughts', 'arXiv 2024', 2024, arxiv='2411.07240', section=S)

# ---------------- ur-whitelab Sci_LLM (table: Date | Name | Publication | Repositories) ----------------
T = 'LLMs in science / Models'
GH = lambda r: 'https://github.com/' + r
P(U, 8, 1, 'Instruction Multi-Constraint Molecular Generation Using a Teacher-Student Large Language Model', None, 2024, arxiv='2403.13244', section=T)
P(U, 9, 1, '3M-Diffusion: Latent Multi-Modal Diffusion for Text-Guided Generation of Molecular Graphs', None, 2024, arxiv='2403.07179',
  code=GH('huaishengzhu/3MDiffusion'), section=T)
P(U, 11, 1, 'BioT5+: Towards Generalized Biological Understanding with IUPAC Integration and Multi-task Tuning', None, 2024, arxiv='2402.17810',
  code=GH('QizhiPei/BioT5'), section=T)
P(U, 15, 1, 'BioMistral: A Collection of Open-Source Pretrained Large Language Models for Medical Domains', None, 2024, arxiv='2402.10373', section=T)
P(U, 23, 1, 'LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in One Day', None, 2023,
  url='https://proceedings.neurips.cc/paper_files/paper/2023/hash/5abcdf8ecdcacba028c6662789194572-Abstract-Datasets_and_Benchmarks.html',
  code=GH('microsoft/LLaVA-Med'), section=T)
P(U, 27, 1, 'A pre-trained multi-representation fusion network for molecular property prediction', None, 2023,
  url='https://www.sciencedirect.com/science/article/pii/S1566253523004086?via%3Dihub', section=T)
P(U, 35, 1, 'Transformer-Based Molecular Generative Model for Antiviral Drug Design', None, 2023,
  url='https://pubs.acs.org/doi/10.1021/acs.jcim.3c00536', section=T)
P(U, 45, 1, 'TransPolymer: a Transformer-based language model for polymer property predictions', None, 2023,
  url='https://www.nature.com/articles/s41524-023-01016-5', code=GH('ChangwenXu98/TransPolymer'), section=T)
P(U, 52, 1, 'Enhancing diversity in language based models for single-step retrosynthesis', None, 2023,
  url='https://pubs.rsc.org/en/content/articlelanding/2023/dd/d2dd00110a', section=T)
P(U, 56, 1, 'PETrans: De Novo Drug Design with Protein-Specific Encoding Based on Transfer Learning', None, 2023,
  url='https://www.mdpi.com/1422-0067/24/2/1146', section=T)
P(U, 60, 1, 'BioGPT: generative pre-trained transformer for biomedical text generation and mining', None, 2022,
  url='https://academic.oup.com/bib/article/23/6/bbac409/6713511?login=true', code=GH('microsoft/BioGPT'), section=T)
P(U, 64, 1, 'Molformer: Large Scale Chemical Language Representations Capture Molecular Structure and Properties', None, 2022,
  url='https://www.researchsquare.com/article/rs-1570270/v1', section=T)
P(U, 70, 1, 'Text2Mol: Cross-Modal Molecule Retrieval with Natural Language Queries', None, 2021,
  url='https://aclanthology.org/2021.emnlp-main.47/', section=T)
P(U, 74, 1, 'Generative Pre-Training from Molecules', None, 2021,
  url='https://chemrxiv.org/engage/chemrxiv/article-details/6142f60742198e8c31782e9e', code=GH('sanjaradylov/smiles-gpt'), section=T)
P(U, 76, 1, 'ClinicalBERT: Modeling Clinical Notes and Predicting Hospital Readmission', None, 2021,
  url='https://pubs.acs.org/doi/10.1021/acs.jcim.1c00284', section=T)
P(U, 78, 1, 'Prediction of chemical reaction yields using deep learning', None, 2021,
  url='https://iopscience.iop.org/article/10.1088/2632-2153/abc81d/meta', section=T)
P(U, 83, 1, 'A Multi-modal Pre-training Transformer for Universal Transfer Learning in Metal-Organic Frameworks', None, 2020,
  url='https://chemrxiv.org/engage/chemrxiv/article-details/634fbf8a4a18764f58e9fda5', code=GH('hspark1212/MOFTransformer'), section=T)
P(U, 84, 1, 'ClinicalBERT: Modeling Clinical Notes and Predicting Hospital Readmission', None, 2020, arxiv='1904.05342', section=T)
P(U, 85, 1, 'BioBERT: a pre-trained biomedical language representation model for biomedical text mining', None, 2020,
  url='https://academic.oup.com/bioinformatics/article/36/4/1234/5566506', code=GH('naver/biobert-pretrained'), section=T)
N(U, 110, 'LLMs in science / Miscelaneous')

# keep sample order (sorted file name, then line)
out.sort(key=lambda d: (d['list'], d['line']))
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out))

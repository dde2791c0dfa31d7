import json
D = '/work/main/bench/unseen-lists/s118c/'
A = 'apeterswu__Awesome-Bio-Foundation-Models.README.md'
L = 'lujiaying__Awesome-HealthCare-KnowledgeBase.README.md'
W = 'WangHuiNEU__Awesome-Biology-Agents.README.md'
files = {f: open(D + f, encoding='utf-8').read().split('\n') for f in (A, L, W)}

def lab(lst, line, end, is_paper, section, title=None, arxiv_id=None, url=None, venue=None,
        year=None, authors=None, code=None, summary=None, doi=None):
    raw = '\n'.join(files[lst][line - 1:end])
    if not is_paper:
        return dict(list=lst, line=line, raw=raw, is_paper=False, title=None, arxiv_id=None, doi=None,
                    url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)
    return dict(list=lst, line=line, raw=raw, is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi,
                url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary,
                section=section)

out = []
# ---- WangHuiNEU (sorted first) ----
T = '1. Agents / '
out += [
 lab(W, 21, 21, False, 'Contributing'),
 lab(W, 35, 35, False, 'Contents'),
 lab(W, 37, 37, False, 'Contents'),
 lab(W, 43, 43, False, 'Contents'),
 lab(W, 48, 48, False, 'Contents'),
 lab(W, 70, 70, True, T + '1.1 Bioinformatics and Omics Analysis Agents / Timeline',
     title='FlowAgent: A Modular Agent-Based System for Automated Workflow Management and Data Interpretation',
     venue='Preprint', year=2025),
 lab(W, 85, 85, True, T + '1.2 Single-Cell and Transcriptomics Agents / Timeline',
     title='CellAgent: An LLM-driven Multi-Agent Framework for Automated Single-cell Data Analysis',
     venue='Preprint', year=2024),
 lab(W, 125, 125, True, T + '1.4 Chemistry, Drug Discovery, and Materials Agents / Timeline',
     title='Autonomous chemical research with large language models', venue='Nature', year=2023),
 lab(W, 144, 144, True, T + '1.5 Clinical, Medical, and Hospital Agents / Timeline',
     title='Agent Hospital: A Simulacrum of Hospital with Evolvable Medical Agents', venue='Preprint', year=2024),
 lab(W, 145, 145, True, T + '1.5 Clinical, Medical, and Hospital Agents / Timeline',
     title='MedAgents: Large Language Models as Collaborators for Zero-shot Medical Reasoning', venue='Preprint', year=2024),
 lab(W, 155, 155, False, T + '1.5 Clinical, Medical, and Hospital Agents / Notes'),
 lab(W, 159, 159, False, T + '1.5 Clinical, Medical, and Hospital Agents / Notes'),
 lab(W, 185, 185, True, T + '1.7 General Scientific Discovery and Research Automation Agents / Timeline',
     title='Leveraging large language models for data analysis automation', venue='Preprint', year=2023),
 lab(W, 209, 209, True, '2. Benchmarks / 2.1 Bioinformatics and Omics Benchmarks / Timeline',
     title='GenoTEX: An LLM Agent Benchmark for Automated Gene Expression Data Analysis', venue='MLCB 2025', year=2025),
 lab(W, 217, 217, False, '2. Benchmarks / 2.1 Bioinformatics and Omics Benchmarks / Notes'),
 lab(W, 234, 234, False, '2. Benchmarks / 2.2 Biological Reasoning and Multimodal Scientific Benchmarks / Notes'),
 lab(W, 249, 249, True, '3. Reviews and Perspectives / 3.1 General Healthcare and Medical LLM Reviews / Timeline',
     title='A Survey of Large Language Models in Medicine: Progress, Application, and Challenge', venue='Preprint', year=2023),
 lab(W, 252, 252, True, '3. Reviews and Perspectives / 3.1 General Healthcare and Medical LLM Reviews / Timeline',
     title='Large language models in medicine: A review of current clinical trials across healthcare applications',
     venue='PLOS Digital Health', year=2024),
 lab(W, 281, 281, False, '3. Reviews and Perspectives / 3.2 Biology, Bioinformatics, and Biomedical Discovery Reviews / Notes'),
 lab(W, 326, 327, False, '3. Reviews and Perspectives / Related RNA Resources / RNA-Scope: Benchmarking RNA Language Models for RNA Sequence Understanding'),
]
# ---- apeterswu ----
DG, RNA, PR = 'Models / DNA & Gene', 'Models / RNA', 'Models / Protein'
out += [
 lab(A, 20, 20, False, 'Table of Content'),
 lab(A, 22, 22, False, 'Table of Content'),
 lab(A, 23, 23, False, 'Table of Content'),
 lab(A, 24, 24, False, 'Table of Content'),
 lab(A, 25, 25, False, 'Table of Content'),
 lab(A, 26, 26, False, 'Table of Content'),
 lab(A, 65, 68, True, DG,
     title='GeneCompass: Deciphering Universal Gene Regulatory Mechanisms with Knowledge-Informed Cross-Species Foundation Model',
     url='https://www.biorxiv.org/content/10.1101/2023.09.26.559542v1.full.pdf', venue='BioRxiv 2023', year=2023),
 lab(A, 78, 83, True, DG,
     title='DNABERT: pre-trained Bidirectional Encoder Representations from Transformers model for DNA-language in genome',
     url='https://academic.oup.com/bioinformatics/article/37/15/2112/6128680', venue='Bioinformatics 2023', year=2023,
     code='https://github.com/jerryji1993/DNABERT'),
 lab(A, 92, 97, True, DG,
     title='DNABERT-S: Learning Species-Aware DNA Embedding with Genome Foundation Models',
     arxiv_id='2402.08777', venue='arXiv 2024', year=2024, code='https://github.com/MAGICS-LAB/DNABERT_S'),
 lab(A, 100, 104, True, DG, title='Species-aware DNA language modeling',
     url='https://www.biorxiv.org/content/10.1101/2023.01.26.525670v1', venue='BioRxiv 2023', year=2023,
     code='https://github.com/DennisGankin/species-aware-DNA-LM'),
 lab(A, 177, 181, True, RNA,
     title='scPML: pathway-based multi-view learning for cell type annotation from single-cell RNA-seq data',
     url='https://www.nature.com/articles/s42003-023-05634-z?fromPaywallRec=true', venue='Communications Biology 2022', year=2022,
     code='https://github.com/Kevis9/scPML'),
 lab(A, 204, 209, True, RNA,
     title='Self-supervised learning on millions of pre-mRNA sequences improves sequence-based RNA splicing prediction',
     url='https://www.biorxiv.org/content/biorxiv/early/2023/02/03/2023.01.31.526427.full.pdf', venue='BioRxiv 2023', year=2023,
     code='https://github.com/biomed-AI/SpliceBERT'),
 lab(A, 222, 225, True, RNA,
     title='xTrimoGene: An Efficient and Scalable Representation Learner for Single-Cell RNA-Seq Data',
     arxiv_id='2311.15156', venue='NeurIPS 2023', year=2023),
 lab(A, 227, 230, True, RNA,
     title='trRosettaRNA: automated prediction of RNA 3D structure with transformer network',
     url='https://www.nature.com/articles/s41467-023-42528-4#code-availability', venue='Nature Communications 2023', year=2023),
 lab(A, 239, 242, True, RNA,
     title='Multiple sequence alignment-based RNA language model and its application to structural inference',
     url='https://academic.oup.com/nar/article/52/1/e3/7369930', venue='Nucleic Acids Research 2024', year=2024),
 lab(A, 264, 268, True, RNA,
     title='scDisInFact: disentangled learning for integration and prediction of multi-batch multi-condition single-cell RNA-sequencing data',
     url='https://www.nature.com/articles/s41467-024-45227-w', venue='Nature Communications 2024', year=2024,
     code='https://github.com/ZhangLabGT/scDisInFact'),
 lab(A, 270, 273, True, RNA,
     title='CellPLM: Pre-training of Cell Language Model Beyond Single Cells',
     url='https://openreview.net/forum?id=BKXvPDekud', venue='ICLR 2024', year=2024, code='https://github.com/OmicsML/CellPLM'),
 lab(A, 285, 289, True, PR,
     title='Parapred: antibody paratope prediction using convolutional and recurrent neural networks',
     url='https://academic.oup.com/bioinformatics/article/34/17/2944/4972995?login=true', venue='Bioinformatic 2018', year=2018,
     code='https://github.com/eliberis/parapred'),
 lab(A, 303, 308, True, PR,
     title='ProtTrans: Towards Cracking the Language of Life\u2019s Code Through Self-Supervised Deep Learning and High Performance Computing',
     url='https://www.pnas.org/doi/epdf/10.1073/pnas.2016239118', venue='bioRxiv 2020', year=2020,
     code='https://github.com/agemagician/ProtTrans'),
 lab(A, 317, 321, True, PR,
     title='Language models enable zero-shot prediction of the effects of mutations on protein function',
     url='https://proceedings.neurips.cc/paper/2021/hash/f51338d736f95dd42427296047067694-Abstract.html', venue='NeurIPS 2021', year=2021,
     code='https://github.com/facebookresearch/esm'),
]
# ---- lujiaying ----
TX, KG = 'HealthCare Taxonomies', 'HealthCare Knowledge Graphs'
KBF = 'KB Fusion: including ontology matching, entity alignment and knowledge fusion.'
out += [
 lab(L, 12, 12, True, TX, title='The Human Disease Ontology 2022 update',
     url='https://pubmed.ncbi.nlm.nih.gov/34755882/', venue='Nucleic Acids Research 2022', year=2022),
 lab(L, 13, 13, False, TX),
 lab(L, 14, 14, False, TX),
 lab(L, 15, 15, False, TX),
 lab(L, 16, 16, False, TX),
 lab(L, 17, 17, True, TX, title='Cell Taxonomy: a curated repository of cell types with multifaceted characterization',
     url='https://academic.oup.com/nar/advance-article/doi/10.1093/nar/gkac816/6717827', venue='Nucleic Acids Research 2022', year=2022),
 lab(L, 24, 24, True, KG, title='Clinical Knowledge Graph Integrates Proteomics Data into Clinical Decision-Making',
     url='https://www.biorxiv.org/content/10.1101/2020.05.09.084897v1', venue='bioRxiv', year=None,
     code='https://github.com/MannLabs/CKG'),
 lab(L, 25, 25, True, KG, title='A Standard Database for Drug Repositioning',
     url='https://www.nature.com/articles/sdata201729', venue='Scientific Data 2017', year=2017),
 lab(L, 26, 26, True, KG, title='Identification of disease treatment mechanisms through the multiscale interactome',
     url='https://www.nature.com/articles/s41467-021-21770-8', venue='Nature Communications 2021', year=2021,
     code='https://github.com/snap-stanford/multiscale-interactome'),
 lab(L, 27, 27, True, KG, title='Heterogeneous Network Edge Prediction: A Data Integration Approach to Prioritize Disease-Associated Genes',
     url='https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1004259', venue='PLOS Computational Biology 2015', year=2015),
 lab(L, 30, 30, True, KG, title='COVID-19 Literature Knowledge Graph Construction and Drug Repurposing Report Generation',
     url='https://aclanthology.org/2021.naacl-demos.8.pdf', venue='NAACL 2021', year=2021),
 lab(L, 31, 31, True, KG, title='KGHC: a knowledge graph for hepatocellular carcinoma',
     url='https://bmcmedinformdecismak.biomedcentral.com/articles/10.1186/s12911-020-1112-5',
     venue='BMC Medical Informatics and Decision Making 2020', year=2020),
 lab(L, 37, 37, True, 'KB Construction',
     title='Scientific Language Models for Biomedical Knowledge Base Completion: An Empirical Study',
     arxiv_id='2106.09700', venue='AKBC 2021', year=2021, code='https://github.com/rahuln/lm-bio-kgc'),
 lab(L, 43, 43, False, KBF + ' / Ontology Matching'),
 lab(L, 47, 47, False, KBF + ' / Ontology Matching'),
 lab(L, 48, 48, True, KBF + ' / Ontology Matching',
     title='MEDTO: Medical Data to Ontology Matching Using Hybrid Graph Neural Networks',
     url='https://dl-acm-org.proxy.library.emory.edu/doi/pdf/10.1145/3447548.3467138', venue='KDD 2021', year=2021),
 lab(L, 57, 57, True, KBF + ' / Entity Alignment', title='An Industry Evaluation of Embedding-based Entity Alignment',
     url='https://aclanthology.org/2020.coling-industry.17.pdf', venue='COLING 2017', year=2017),
 lab(L, 58, 58, False, KBF + ' / Entity Alignment'),
 lab(L, 59, 59, True, KBF + ' / Entity Alignment',
     title='Semi-constraint Optimal Transport for Entity Alignment with Dangling Cases',
     arxiv_id='2203.05744', venue='arXiv 2022', year=2022, code='https://github.com/luosx18/UED'),
 lab(L, 60, 60, True, KBF + ' / Entity Alignment',
     title='OntoEA: Ontology-guided Entity Alignment via Joint Knowledge Graph Embedding',
     arxiv_id='2105.07688', venue='ACL 2021 Findings', year=2021, code='https://github.com/ZihengZZH/OntoEA'),
]
# check sample coverage
samp = [json.loads(l) for l in open(D + 'sample.jsonl')]
assert [(s['list'], s['line']) for s in samp] == [(o['list'], o['line']) for o in out], 'sample mismatch'
with open(D + 'labels.jsonl', 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), sum(o['is_paper'] for o in out))

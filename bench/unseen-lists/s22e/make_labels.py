"""Write labels.jsonl from hand-read labels below; raw is cut from the saved README so it is exact.
span = number of source lines the entry covers (ZJU entries: title line, blank line, authors line)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
ZJU = 'ZJULegalAI__LegalAI-Research-with-LLMs.README.md'
EDI = 'EdisonNi-hku__Paper-Reading.README.md'
EBM = 'bionlplab__awesome-nlp-in-ebm.README.md'
T46 = 't46__research-automation-papers.README.md'
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']

def P(lst, line, title, span=1, arxiv=None, doi=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    return dict(list=lst, line=line, span=span, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)

def N(lst, line, section, span=1):
    return dict(list=lst, line=line, span=span, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

# ---------------- ZJULegalAI: numbered bold title, blank, italic authors + venue [C]/[J] + [[pdf](<url>)]
LS, LG, LC = 'Legal Search', 'Legal Generation', 'Legal Classification'
Z = lambda *a, **k: P(ZJU, *a, span=3, **k)
labels = [
 Z(26, 'Explicitly Integrating Judgment Prediction with Legal Document Retrieval A Law-Guided Generative Approach',
   arxiv='2312.09591', venue='SIGIR 2024', year=2024, authors=['Qin W','Cao Z','Yu W'], section=LS+' / 2024'),
 Z(50, 'LeDQA: A Chinese Legal Case Document-based Question Answering Dataset',
   url='https://dl.acm.org/doi/pdf/10.1145/3627673.3679154', venue='CIKM 2024', year=2024, authors=['Liu B','Zhu Z','Ai Q'], section=LS+' / 2024'),
 Z(62, 'Leverage Knowledge Graph and Large Language Model for Law Article Recommendation: A Case Study of Chinese Criminal Law',
   arxiv='2410.04949', venue='arXiv 2024', year=2024, authors=['Chen Y','Chen M','Zhu Y'], section=LS+' / 2024'),
 Z(74, 'CAPTAIN at COLIEE 2024: Large Language Model for Legal Text Retrieval and Entailment',
   url='https://link.springer.com/content/pdf/10.1007/978-981-97-3076-6.pdf', venue='JSAI-isAI 2024', year=2024, authors=['Nguyen P','Nguyen C','Nguyen H'], section=LS+' / 2024'),
 Z(78, 'Transforming legal text interactions: leveraging natural language processing and large language models for legal support in Palestinian cooperatives',
   url='https://link.springer.com/content/pdf/10.1007/s41870-023-01584-1.pdf', venue='International Journal of Information Technology 2024', year=2024, authors=['Maree M','Al-Qasem R','Tantour B'], section=LS+' / 2024'),
 Z(125, 'Harnessing GPT-3.5-turbo for Rhetorical Role Prediction in Legal Cases',
   arxiv='2310.17413', venue='EMNLP 2023', year=2023, authors=['Kwok-Yan Lam','Victor C. W. Cheng','Zee Kin Yeong'], section=LG+' / 2023'),
 Z(129, 'ChatGPT as an Artificial Lawyer?',
   url='https://ceur-ws.org/Vol-3435/short2.pdf', venue='ICAIL 2023', year=2023, authors=['Jinzhe Tan','Hannes Westermann','Karim Benyekhlef'], section=LG+' / 2023'),
 Z(154, 'Applicability of Large Language Models and Generative Models for Legal Case Judgement Summarization',
   url='https://link.springer.com/article/10.1007/s10506-024-09411-z', venue='Artificial Intelligence and Law 2024', year=2024, authors=['Aniket Deroy','Kripabandhu Ghosh','Saptarshi Ghosh'], section=LG+' / 2024'),
 Z(182, 'Developing a Pragmatic Benchmark for Assessing Korean Legal Language Understanding in Large Language Models',
   arxiv='2410.08731', venue='COLING 2024', year=2024,
   authors=['Ronja Stern','Vishvaksenan Rasiah','Veton Matoshi','Srinanda Brügger Bose','Matthias Stürmer','Ilias Chalkidis','Daniel E. Ho','Joel Niklaus'], section=LG+' / 2024'),
 Z(190, 'Rethinking the Development of Large Language Models from the Causal Perspective: A Legal Text Prediction Case Study',
   url='https://ojs.aaai.org/index.php/AAAI/article/view/30086/31914', venue='AAAI 2024', year=2024, authors=['Haotian Chen','Lingwei Zhang','Yiran Liu','Yang Yu'], section=LG+' / 2024'),
 Z(202, 'A case study for automated attribute extraction from legal documents using large language models',
   url='https://link.springer.com/content/pdf/10.1007/s10506-024-09425-7.pdf', venue='Artificial Intelligence and Law 2024', year=2024,
   authors=['Subinay Adhikary','Procheta Sen','Dwaipayan Roy','Kripabandhu Ghosh'], section=LG+' / 2024'),
 Z(214, 'CBR-RAG: Case-Based Reasoning for Retrieval Augmented Generation in LLMs for Legal Question Answering',
   arxiv='2404.04302', venue='ICCBR 2024', year=2024, authors=['Wiratunga N','Abeyratne R','Jayawardena L'], section=LG+' / 2024'),
 Z(222, 'H-LegalKI: A Hierarchical Legal Knowledge Integration Framework for Legal Community Question Answering',
   url='https://aclanthology.org/2024.findings-emnlp.856.pdf', venue='EMNLP 2024 Findings', year=2024, authors=['Jiang Y','Guan Z','Zhao J'], section=LG+' / 2024'),
 Z(227, 'Attention: Your Conversational Data is What They Need',
   url='https://ceur-ws.org/Vol-3423/paper7.pdf', venue='JURIX 2024', year=2024, authors=['Jakob Merane'], section=LG+' / 2025'),
 Z(258, 'A Comparative Study of Prompting Strategies for Legal Text Classification',
   url='https://aclanthology.org/2023.nllp-1.25.pdf', venue='NLLP Workshop 2023', year=2023, authors=['Parizi A H','Liu Y','Nokku P'], section=LC+' / 2023'),
 Z(266, 'Empirical Study of LLM Fine-Tuning for Text Classification in Legal Document Review',
   url='https://ieeexplore.ieee.org/iel7/10385234/10386078/10386911.pdf?casa_token=o4VkMoNwFcsAAAAA:pC6y22KQN0tpCnUxHXel8AYotXbB1c1VGEHeRO_hagZpe5KKhlu41iJovBTNUxcUQFwBRjWzrSrv',
   venue='IEEE Big Data 2023', year=2023, authors=['Wei F','Keeling R','Huber-Fliflet N'], section=LC+' / 2023'),
 Z(282, 'LLMs – the Good, the Bad or the Indispensable?: A Use Case on Legal Statute Prediction and Legal Judgment Prediction on Indian Court Cases',
   url='https://aclanthology.org/2023.findings-emnlp.831.pdf', venue='EMNLP 2023 Findings', year=2023, authors=['Vats S','Zope A','De S'], section=LC+' / 2023'),
 Z(316, 'Rethinking the Development of Large Language Models from the Causal Perspective: A Legal Text Prediction Case Study',
   url='https://ojs.aaai.org/index.php/AAAI/article/download/30086/31914', venue='AAAI 2024', year=2024, authors=['Chen H','Zhang L','Liu Y'], section=LC+' / 2024'),
 Z(350, 'An LLMs‐based neuro‐symbolic legal judgment prediction framework for civil cases',
   url='https://link.springer.com/content/pdf/10.1007/s10506-025-09433-1.pdf', venue='Artificial Intelligence and Law 2025', year=2025, authors=['Wei B','Yu Y','Gan L'], section=LC+' / 2025'),
 Z(362, 'Courtroom-LLM: A Legal-Inspired Multi-LLM Framework for Resolving Ambiguous Text Classifications',
   url='https://aclanthology.org/2025.coling-main.493.pdf', venue='COLING 2025', year=2025, authors=['Jung S','Jung J'], section=LC+' / 2025'),
]

# ---------------- EdisonNi-hku: * **Abbrev**: "Title". Venue(Year) [[PDF]](link): note
E = lambda *a, **k: P(EDI, *a, **k)
labels += [
 N(EDI, 7, None), N(EDI, 13, None), N(EDI, 16, None), N(EDI, 19, None),
 E(23, 'Parameter-efficient Multi-task Fine-tuning for Transformers via Shared Hypernetworks', arxiv='2106.04489', venue='ACL 2021', year=2021,
   summary='leveraging hyper-network and task embedding for positive knowledge transfer between different tasks. Model architecture based on Houlsby Adapter.',
   section='Transfer Learning and MTL / Adapter Based Models'),
 E(34, 'A Joint Many-Task Model: Growing a Neural Network for Multiple NLP Tasks', arxiv='1611.01587', venue='EMNLP 2017', year=2017,
   summary='layers of tasks: POS -> Chunking -> Dependency parsing -> Semantic relatedness -> Entailment: input of each layer consists of label embeddings of all the previous layers and the hidden state of the previous layer.',
   section='Transfer Learning and MTL / Other Models'),
 E(57, 'FinQA: A Dataset of Numerical Reasoning over Financial Data', arxiv='2109.00122', venue='EMNLP 2021', year=2021, section='NLP in Finance / Financial NLP Tasks'),
 E(59, "NumClaim: Investor's Fine-grained Claim Detection", url='http://mx.nthu.edu.tw/~chungchichen/papers/NumClaim.pdf', year=2021, section='NLP in Finance / Financial NLP Tasks'),
 E(66, "Textual Analogy Parsing: What's Shared and What's Compared among Analogous Facts", arxiv='1809.02700', venue='EMNLP 2018', year=2018, section='NLP in Finance / Financial NLP Tasks'),
 E(68, 'Good Debt or Bad Debt: Detecting Semantic Orientations in Economic Texts', arxiv='1307.5336', year=2013, section='NLP in Finance / Financial NLP Tasks'),
 E(73, 'Representing Numbers in NLP: a Survey and a Vision', arxiv='2103.13136', venue='NAACL 2021', year=2021,
   summary='Except a thorough survey about exisiting number representing technologies, this paper also provides a survey and taxonomy of tasks requiring numeracy.',
   section='Numbers in NLP / Number Representation'),
 E(80, 'Numeracy for Language Models: Evaluating and Improving their Ability to Predict Numbers', arxiv='1805.08154', venue='ACL 2018', year=2018, section='Numbers in NLP / Number Representation'),
 E(91, 'MathQA: Towards Interpretable Math Word Problem Solving with Operation-Based Formalisms', url='https://aclanthology.org/N19-1245/', venue='NAACL 2019', year=2019,
   section='Numbers in NLP / Number in NLP Datasets / Arithmetic Word Problems'),
 E(105, 'Simple BERT Models for Relation Extraction and Semantic Role Labeling', arxiv='1904.05255', year=2019,
   summary='provided baseline BERT model for relation extraction and semantic role labeling where the related entities and the predicates are given.',
   section='Semantic Role Labeling'),
 E(110, '75 Languages, 1 Model: Parsing Universal Dependencies Universally', url='https://aclanthology.org/D19-1279/', venue='EMNLP 2019', year=2019, section='Dependency Parsing'),
 E(115, 'UDALM: Unsupervised Domain Adaptation through Language Modeling', arxiv='2104.07078', venue='NAACL 2019', year=2019,
   summary='fine tuning on source domain labeled data while training a target domain MLM auxiliary task.', section='Domain Adaptation'),
 E(117, 'Domain Adaptation with BERT-based Domain Classification and Data Selection', url='https://aclanthology.org/2020.acl-main.370/', venue='EMNLP 2019', year=2019,
   summary='use curriculum learning, defaults: only selects part of source domain data & need labeled target domain development set.', section='Domain Adaptation'),
 E(126, 'Unified Cross-Modal Pre-training for Code Representation', arxiv='2203.03850', venue='ACL 2022', year=2022, section='NLP in Programming Language'),
 E(130, 'Evaluating Large Language Models Trained on Code', arxiv='2107.03374', venue='ACL 2021', year=2021,
   summary='an NL-PL specific GPT. An interesting metric: Generate code samples and see whether the samples pass the unit tests.', section='NLP in Programming Language'),
 E(131, 'TreeBERT: A Tree-Based Pre-Trained Model for Programming Language', arxiv='2105.12485', venue='UAI 2021', year=2021,
   summary='focusing on extracting syntactic and semantic information from AST', section='NLP in Programming Language'),
]

# ---------------- bionlplab EBM: | [Title](https://doi.org/...) | Venue | Year |
S1 = 'NLP techniques for EBM / 1. Ask – Search and Question Formulation'
S2 = 'NLP techniques for EBM / 2. Acquire – Extracting Evidence'
S3 = 'NLP techniques for EBM / 3. Appraise, Synthesize, and Summarization'
S4 = 'NLP techniques for EBM / 4. Apply & Assess – Adoption, refinement and research'
def B(line, title, link, venue, year, section):
    doi = link.split('doi.org/', 1)[1] if 'doi.org/' in link else None
    return P(EBM, line, title, doi=doi, url=link, venue=f'{venue} {year}', year=year, section=section)
labels += [
 N(EBM, 20, 'Table of Contents'),
 B(44, 'Investigation into Scaling-Up the SOAP Problem-Oriented Medical Record into a Clinical Case Study', 'https://doi.org/10.1109/ICHI57859.2023.00134', 'ICHI', 2023, S1),
 B(50, 'Improvement of intervention information detection for automated clinical literature screening during systematic review', 'https://doi.org/10.1016/j.jbi.2022.104185', 'J Biomed Inform', 2022, S1),
 B(55, 'Precision Medicine Search for Paediatric Oncology', 'https://doi.org/10.1145/3404835.3462792', 'SIGIR', 2021, S1),
 B(56, 'Evaluation of Applied Machine Learning for Health Misinformation Detection via Survey of Medical Professionals on Controversial Topics in Pediatrics', 'https://doi.org/10.1145/3472813.3472814', 'ICMHI', 2021, S1),
 B(58, 'Natural Language Processing for Mimicking Clinical Trial Recruitment in Critical Care: A Semi-Automated Simulation Based on the LeoPARDS Trial', 'https://doi.org/10.1109/JBHI.2020.2977925', 'IEEE J Biomed Health Inform', 2020, S1),
 B(83, 'LeafAI: query generator for clinical cohort discovery rivaling a human programmer', 'https://doi.org/10.1093/jamia/ocad149', 'J Am Med Inform Assoc', 2023, S2+' / Entity Extraction and Normalization'),
 B(112, 'Clinical trial search: Using biomedical language understanding models for re-ranking', 'https://doi.org/10.1016/j.jbi.2020.103530', 'J Biomed Inform', 2020, S2+' / Entity Extraction and Normalization'),
 B(115, 'Linking Knowledge Discovery In Clinical Notes And Massive Biomedical Literature Repositories', 'https://doi.org/10.1109/BIBM47256.2019.8983242', 'BIBM', 2019, S2+' / Entity Extraction and Normalization'),
 B(133, 'Controversial Trials First: Identifying Disagreement Between Clinical Guidelines and New Evidence', 'https://pubmed.ncbi.nlm.nih.gov/35308948/', 'AMIA', 2022, S2+' / Relation Extraction'),
 B(137, 'Enhancing evidence-based medicine with natural language argumentative analysis of clinical trials', 'https://doi.org/10.1016/j.artmed.2021.102098', 'Artif Intell Med', 2021, S2+' / Relation Extraction'),
 B(139, 'MS²: Multi-Document Summarization of Medical Studies', 'https://doi.org/10.18653/v1/2021.emnlp-main.594', 'EMNLP', 2021, S2+' / Relation Extraction'),
 B(165, 'AutoCriteria: a generalizable clinical trial eligibility criteria extraction system powered by large language models', 'https://doi.org/10.1093/jamia/ocad218', 'J Am Med Inform Assoc', 2024, S3+' / Evidence Ranking and Screening'),
 B(176, 'Artificial intelligence clinical evidence engine for automatic identification, prioritization, and extraction of relevant clinical oncology research', 'https://doi.org/10.1200/CCI.20.00087', 'JCO Clin Cancer Inform', 2021, S3+' / Evidence Ranking and Screening'),
 B(202, 'TriSum: Learning summarization ability from large language models with structured rationale', 'https://doi.org/10.18653/v1/2024.naacl-long.154', 'NAACL', 2024, S3+' / Evidence Summarization'),
 B(208, 'Integrating a PICO clinical questioning to the QL4POMR framework for building evidence-based clinical case reports', 'https://doi.org/10.1109/bigdata59044.2023.10386854', 'IEEE Big Data', 2023, S3+' / Evidence Summarization'),
 B(223, 'Natural language processing for adjudication of heart failure in a multicenter clinical trial: A secondary analysis of a randomized clinical trial', 'https://doi.org/10.1001/jamacardio.2023.4859', 'JAMA Cardiology', 2024, S4+' / Clinical Trial design and identification'),
 B(229, 'Matching patients to clinical trials with large language models', 'https://doi.org/10.1038/s41467-024-53081-z', 'Nat Commun', 2024, S4+' / Clinical Trial design and identification'),
 B(237, 'Parsing Clinical Trial Eligibility Criteria for Cohort Query by a Multi-Input Multi-Output Sequence Labeling Model', 'https://doi.org/10.1109/BIBM58861.2023.10385876', 'BIBM', 2023, S4+' / Clinical Trial design and identification'),
 B(240, 'Implementation of Machine Learning Pipelines for Clinical Practice: Development and Validation Study', 'https://doi.org/10.2196/37833', 'JMIR Med Inform', 2022, S4+' / Clinical Trial design and identification'),
]

# ---------------- t46: - [Title](link) only
SV = 'Survey & Reivew & Perspective & Opinion'
FM = 'Scientific Foundation Model / Large Language Model'
UG = FM + ' / Scientific Understanding of GPTs'
SD = 'Scholary Doment Processing'
T = lambda *a, **k: P(T46, *a, **k)
labels += [
 T(5, 'A Computational Inflection for Scientific Discovery', arxiv='2205.02007', section=SV),
 T(8, 'Artificial Intelligence for Science in Quantum, Atomistic, and Continuum Systems', arxiv='2307.08423', section=SV),
 T(11, 'On scientific understanding with artificial intelligence', url='https://www.nature.com/articles/s42254-022-00518-3.pdf', section=SV),
 N(T46, 18, 'Scientific ML'),
 T(24, 'Geometry-Based Deep Learning in the Natural Sciences', url='https://www.mdpi.com/2673-8392/3/3/56', section='Scientific ML / Geometric ML'),
 T(27, 'Will AI write scientific papers in the future?', url='https://ojs.aaai.org/index.php/aimagazine/article/download/18149/18882', section='Scientific Workflow'),
 T(35, 'BioGPT: generative pre-trained transformer for biomedical text generation and mining', url='https://academic.oup.com/bib/article-abstract/23/6/bbac409/6713511', section=FM),
 T(39, 'SCITUNE: Aligning Large Language Models with Scientific Multimodal Instructions', arxiv='2307.01139', section=FM),
 T(52, 'Large Language Models, scientific knowledge and factuality', arxiv='2305.17819', section=UG),
 T(53, 'An Empirical Study on Challenging Math Problem Solving with GPT-4', arxiv='2306.01337', section=UG),
 T(54, 'Emergent Autonomous Scientific Research Capabilities of Large Language Models', arxiv='2304.05332', section=UG),
 T(55, 'Capabilities of GPT-4 on Medical Challenge Problems', arxiv='2307.08423', section=UG),
 T(57, 'Large Language Models as Master Key: Unlocking the Secrets of Materials Science with GPT', arxiv='2304.02213', section=UG),
 T(67, 'What Can’t Large Language Models Do? The Future of AI-Assisted Academic Writing', url='https://cdn.glitch.global/d058c114-3406-43be-8a3c-d3afff35eda2/paper4_2023.pdf', section=SD),
 T(69, 'Comparing scientific abstracts generated by ChatGPT to real abstracts with detectors and blinded human reviewers', url='https://www.nature.com/articles/s41746-023-00819-6', section=SD),
 T(70, 'Can GPT-3 write an academic paper on itself, with minimal human input?', url='https://hal.science/hal-03701250', section=SD),
 N(T46, 82, 'Math'),
 N(T46, 85, 'Literature'),
 T(91, 'A Text-guided Protein Design Framework', arxiv='2302.04611', section='Literature'),
 T(99, 'The Future of Fundamental Science Led by Generative Closed-Loop Artificial Intelligence', arxiv='2307.07522', section='Literature'),
]

def main():
    sample = json.load(open('/tmp/s22e-work/sample.json'))
    texts = {n: (HERE / n).read_text(encoding='utf-8').split('\n') for n in sample}
    got = {}
    for l in labels:
        got.setdefault(l['list'], []).append(l['line'])
    for n, v in sample.items():
        assert sorted(got[n]) == v['lines'], (n, sorted(got[n]), v['lines'])
    with open(HERE / 'labels.jsonl', 'w', encoding='utf-8') as f:
        for l in sorted(labels, key=lambda x: (x['list'], x['line'])):
            L = texts[l['list']]
            l['raw'] = '\n'.join(L[l['line'] - 1: l['line'] - 1 + l['span']])
            f.write(json.dumps({k: l[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(labels), 'labels')

if __name__ == '__main__':
    main()

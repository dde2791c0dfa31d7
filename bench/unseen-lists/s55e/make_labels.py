"""Hand labels for the 60 sampled entries (values typed by hand from reading the files).
raw is copied from the file at `line` (the entry's own source lines); everything else is typed here."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DR = 'DeepReasoning__aihealth.README.md'
DC = 'Yunkun-Zhang__Data-Centric-FM-Healthcare.README.md'
ZJ = 'ZJU4HealthCare__Awesome-Medical-LLMs-and-Agents.README.md'

DR_DS = 'Datasets and Resoures'
DR_CF = 'Contrastive Foundatation Models'
DR_ML = 'Multimodal Large Language Models'
DC_LM = 'Healthcare and Medical Foundation Models / Language Models'
DC_VL = 'Healthcare and Medical Foundation Models / Vision-Language Models'
DC_PM = 'Healthcare and Medical Foundation Models / Protein and Molecule Models'
DC_OM = 'Healthcare and Medical Foundation Models / Other Models'
DC_TX = 'Datasets for Foundation Model / Text'
DC_IM = 'Datasets for Foundation Model / Imaging'
DC_DR = 'Datasets for Foundation Model / Drug'
DC_MM = 'Datasets for Foundation Model / Mulit-Modal'
ZJ_A = '1. Benchmarks & Datasets / A. Generalist Training Corpora'
ZJ_B = '1. Benchmarks & Datasets / B. Generalist Evaluation Benchmarks'
ZJ_C = '1. Benchmarks & Datasets / C. Specialty-Specific Benchmarks'
ZJ_TOC = 'Table of Contents'


def P(lst, line, title, section, arxiv=None, url=None, venue=None, year=None, code=None,
      summary=None, doi=None, authors=None, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=authors or [], code=code,
                summary=summary, section=section)


def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


L = [
    # ---- DeepReasoning / aihealth: "- Name: [[Venue-or-Link](url)] Title. `date`"
    P(DR, 104, 'Dia-LLaMA: Towards Large Language Model-driven CT Report Generation', DR_ML,
      arxiv='2403.16386', year=2024),
    P(DR, 44, 'Towards Visual Dialog for Radiology', DR_DS,
      url='https://aclanthology.org/2020.bionlp-1.6.pdf', year=2020),
    P(DR, 77, 'Knowledge-enhanced Visual-Language Pretraining for Computational Pathology', DR_CF,
      arxiv='2404.09942', year=2024),
    P(DR, 47, 'Slake: A Semantically-Labeled Knowledge-Enhanced Dataset For Medical Visual Question Answering', DR_DS,
      arxiv='2102.09542', year=2021),
    P(DR, 85, 'LLM-CXR: Instruction-Finetuned LLM for CXR Image Understanding and Generation', DR_ML,
      arxiv='2305.11490', venue='ICLR', year=2023),
    P(DR, 28, 'Overview of the ImageCLEF 2018 Caption Prediction Tasks', DR_DS,
      url='https://repository.essex.ac.uk/22744/', year=2018),
    P(DR, 29, 'On the Automatic Generation of Medical Imaging Reports', DR_DS,
      arxiv='1711.08195', venue='ACL 2018', year=2018),
    P(DR, 34, 'FFA-IR: Towards an Explainable and Reliable Medical Report Generation Benchmark', DR_DS,
      url='https://openreview.net/pdf?id=FgYTwJbjbf', venue='NeurIPS 2021', year=2021),
    P(DR, 101, 'CheXagent: Towards a Foundation Model for Chest X-Ray Interpretation', DR_ML,
      arxiv='2401.12208', year=2024),
    P(DR, 73, 'Med-UniC: Unifying Cross-Lingual Medical Vision-Language Pre-Training by Diminishing Bias', DR_CF,
      url='https://proceedings.neurips.cc/paper_files/paper/2023/file/af38fb8e90d586f209235c94119ba193-Paper-Conference.pdf',
      venue='NeurIPS', year=2023),
    P(DR, 32, 'MedICaT: A Dataset of Medical Images, Captions, and Textual References', DR_DS,
      arxiv='2010.06000', venue='EMNLP 2020', year=2020),
    P(DR, 48, 'Expert Knowledge-Aware Image Difference Graph Representation Learning for Difference-Aware Medical Visual Question Answering', DR_DS,
      url='https://dl.acm.org/doi/pdf/10.1145/3580305.3599819', venue='KDD 2023', year=2023),
    P(DR, 76, 'Decomposing Disease Descriptions for Enhanced Pathology Detection: A Multi-Aspect Vision-Language Pre-training Framework', DR_CF,
      url='https://openaccess.thecvf.com/content/CVPR2024/papers/Phan_Decomposing_Disease_Descriptions_for_Enhanced_Pathology_Detection_A_Multi-Aspect_Vision-Language_CVPR_2024_paper.pdf',
      venue='CVPR', year=2024),
    P(DR, 83, 'PathAsst: A Generative Foundation AI Assistant towards Artificial General Intelligence of Pathology', DR_ML,
      url='https://ojs.aaai.org/index.php/AAAI/article/view/28308', venue='AAAI', year=2023),
    P(DR, 26, 'Preparing a collection of radiology examinations for distribution and retrieval', DR_DS,
      url='https://academic.oup.com/jamia/article/23/2/304/2572395?login=true', year=2016),
    P(DR, 30, 'Radiology Objects in COntext (ROCO): A Multimodal Image Dataset', DR_DS,
      url='https://academic.oup.com/jamia/article/23/2/304/2572395?login=true', year=2018),
    P(DR, 100, 'MedXChat: A Unified Multimodal Large Language Model Framework towards CXRs Understanding and Generation', DR_ML,
      arxiv='2312.02233', year=2023),
    P(DR, 31, 'Padchest: A large chest x-ray image dataset with multi-label annotated reports', DR_DS,
      arxiv='1901.07441', year=2020),
    P(DR, 89, 'LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in One Day', DR_ML,
      url='https://proceedings.neurips.cc/paper_files/paper/2023/file/5abcdf8ecdcacba028c6662789194572-Paper-Datasets_and_Benchmarks.pdf',
      year=2023),
    P(DR, 41, 'VQA-Med : overview of the medical visual question answering task at ImageCLEF 2019', DR_DS,
      url='https://arodes.hes-so.ch/record/4214?v=pdf', year=2019),

    # ---- Yunkun-Zhang / Data-Centric-FM-Healthcare: wide tables
    P(DC, 150, 'GAP-Replay', DC_TX, arxiv='2311.16079', venue='arXiv',
      code='https://github.com/epfLLM/meditron',
      summary='48.1B tokens from 4 medical corpora including guidelines, abstracts, papers, and replay'),
    N(DC, 27, 'Contents'),
    P(DC, 203, 'OmniMedVQA', DC_MM, arxiv='2402.09181', venue='arXiv',
      summary='131,813 question-answering items with 120,530 images from 12 modalities and 26 human anatomical regions, collected from 75 medical datasets'),
    P(DC, 108, 'Quilt-1M: One Million Image-Text Pairs for Histopathology', DC_VL, arxiv='2306.11207',
      code='https://github.com/wisdomikezogwo/quilt1m'),
    N(DC, 31, 'Contents'),
    P(DC, 59, 'PMC-LLaMA: Towards Building Open-source Language Models for Medicine', DC_LM, arxiv='2304.14454',
      code='https://github.com/chaoyi-wu/PMC-LLaMA'),
    P(DC, 171, 'RETFound', DC_IM, url='https://www.nature.com/articles/s41586-023-06555-x', venue='Nature',
      summary='Unannotated retinal images, containing 904,170 CFPs and 736,442 OCT scans'),
    P(DC, 148, 'MMedC', DC_TX, arxiv='2402.13963', venue='arXiv',
      code='https://github.com/MAGIC-AI4Med/MMedLM',
      summary='A multilingual medical corpus containing over 25.5B tokens'),
    P(DC, 128, 'GET: A Foundation Model of Transcription across Human Cell Types', DC_PM,
      url='https://www.biorxiv.org/content/10.1101/2023.09.24.559168.abstract'),
    P(DC, 130, 'Evolutionary-Scale Prediction of Atomic-Level Protein Structure with a Language Model', DC_PM,
      url='https://www.science.org/doi/abs/10.1126/science.ade2574?casa_token=Qvgo8ZWhDYwAAAAA:SbKFf-TJQHVPNS_peeNUOoKxnsYgvp-0PMaPG1Oh5zGLrs1zdoSJBTe_qDl4n9loA7-RFE5GDJ2_kIA',
      code='https://github.com/facebookresearch/esm'),
    P(DC, 137, 'OmniNA: A Foundation Model for Nucleotide Sequences', DC_OM,
      url='https://www.biorxiv.org/content/10.1101/2024.01.14.575543.abstract'),
    P(DC, 206, 'Chi-Med-VL', DC_MM, arxiv='2310.17956', venue='arXiv',
      code='https://github.com/williamliujl/Qilin-Med-VL',
      summary='580,014 image-text pairs and 469,441 question-answer pairs for general healthcare in Chinese'),
    P(DC, 95, 'Vision-Language Foundation Model for Echocardiogram Interpretation', DC_VL,
      url='https://www.nature.com/articles/s41591-024-02959-y', code='https://github.com/echonet/echo_CLIP'),
    P(DC, 55, 'Taiyi: A Bilingual Fine-Tuned Large Language Model for Diverse Biomedical Tasks', DC_LM,
      arxiv='2311.11608', code='https://github.com/DUTIR-BioNLP/Taiyi-LLM'),
    P(DC, 125, 'nach0: Multimodal Natural and Chemical Languages Foundation Model', DC_PM,
      code='https://github.com/insilicomedicine/nach0'),
    P(DC, 127, 'Accurate Proteome-Wide Missense Variant Effect Prediction with AlphaMissense', DC_PM,
      url='https://www.science.org/doi/abs/10.1126/science.adg7492', code='https://github.com/deepmind/alphamissense'),
    P(DC, 57, 'Parameter-Efficient Fine-Tuning of LLaMA for the Clinical Domain', DC_LM, arxiv='2307.03042'),
    P(DC, 58, 'Towards Expert-Level Medical Question Answering with Large Language Models', DC_LM, arxiv='2305.09617'),
    N(DC, 34, 'Contents'),
    P(DC, 193, 'DrugChat', DC_DR, arxiv='2309.03907', venue='arXiv',
      code='https://github.com/UCSD-AI4H/drugchat',
      summary='143,517 question-answer pairs covering 10,834 drug compounds, collected from PubChem and ChEMBL'),

    # ---- ZJU4HealthCare / Awesome-Medical-LLMs-and-Agents (first 32000 chars): badge tables
    P(ZJ, 118, 'MedXpertQA', ZJ_B, arxiv='2501.18362', venue='arXiv 2025', year=2025,
      summary='Expert-level 10-option medical reasoning across 17 specialties'),
    P(ZJ, 81, 'CMB', ZJ_A, url='https://aclanthology.org/2024.naacl-long.343/', venue='NAACL 2024', year=2024,
      code='https://github.com/FreedomIntelligence/CMB',
      summary='Chinese medical licensing exam and clinical case QA'),
    N(ZJ, 140, ZJ_B),
    P(ZJ, 142, 'MedFrameQA', ZJ_B, arxiv='2505.16964', venue='arXiv 2025', year=2025,
      summary='Multi-image sequential medical reasoning from video frames'),
    P(ZJ, 130, 'MIMICSQL', ZJ_B, arxiv='1908.01839', venue='WWW 2020', year=2020,
      code='https://github.com/wangpinggl/TREQS',
      summary='Natural-language-to-SQL over clinical databases'),
    P(ZJ, 129, 'MedNLI', ZJ_B, url='https://aclanthology.org/D18-1187/', venue='EMNLP 2018', year=2018,
      summary='Clinical natural language inference from EHR sentences'),
    P(ZJ, 73, 'Med-PRM', ZJ_A, arxiv='2508.02587', venue='arXiv 2025', year=2025,
      summary='RAG-based stepwise process reward for reasoning verification'),
    N(ZJ, 28, 'The Four Paradigms (how this list is organized)'),
    N(ZJ, 110, ZJ_B),
    P(ZJ, 112, 'MMedBench', ZJ_B, doi='10.1038/s41467-024-52417-z', url='https://doi.org/10.1038/s41467-024-52417-z',
      venue='Nat. Commun. 2024', year=2024,
      summary='Multilingual medical QA across 6 languages and 21 subfields'),
    N(ZJ, 37, ZJ_TOC),
    P(ZJ, 111, 'BioASQ', ZJ_B, doi='10.1186/s12859-015-0564-6', url='https://doi.org/10.1186/s12859-015-0564-6',
      venue='BMC Bioinformatics 2015', year=2015,
      summary='Biomedical semantic indexing and QA challenge (13 editions)'),
    N(ZJ, 47, ZJ_TOC),
    P(ZJ, 134, 'AgentClinic', ZJ_B, arxiv='2405.07960', venue='arXiv 2024', year=2024,
      summary='Interactive clinical agent benchmark with sequential decisions'),
    P(ZJ, 124, 'MedHELM', ZJ_B, doi='10.1038/s41591-025-04151-2', url='https://doi.org/10.1038/s41591-025-04151-2',
      venue='Nature Medicine 2026', year=2026,
      summary='Holistic 35-benchmark evaluation validated by 29 clinicians'),
    N(ZJ, 48, ZJ_TOC),
    N(ZJ, 70, ZJ_A),
    N(ZJ, 89, ZJ_A),
    P(ZJ, 157, 'CT-RATE', ZJ_C, venue='Nat. Biomed. Eng. 2025', year=2025),
    N(ZJ, 137, ZJ_B),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']

files = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for e in L:
        if e['list'] not in files:
            files[e['list']] = open(os.path.join(HERE, e['list']), encoding='utf-8').read().split('\n')
        lines = files[e['list']]
        e['raw'] = '\n'.join(lines[e['line'] - 1:e['line'] - 1 + e['nlines']])
        f.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L))

"""Hand labels for the 80 sampled entries (see sample.json); writes labels.jsonl.

raw is read from the saved README at the labelled line; every other field is
typed by hand after reading the entry. Paths are relative to this file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LC = 'LightChen233__Awesome-Multilingual-LLM.README.md'
KA = 'kahne__SpeechTransProgress.README.md'
TR = 'trust-nlp__LM4SouthAsia-Survey.README.md'
YU = 'y12uc231__Awesome-Multilingual-LLM.README.md'

OUT = []


def P(lst, line, title, section, arxiv_id=None, doi=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None):
    OUT.append(dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi,
                    url=url, venue=venue, year=year, authors=list(authors), code=code,
                    summary=summary, section=section))


def N(lst, line, section):
    OUT.append(dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None,
                    url=None, venue=None, year=None, authors=[], code=None, summary=None,
                    section=section))


# --- LightChen233: "- [YEAR] **Title.** *Author et al.* `Venue` [[paper](..)] [[code](..)]"
S12 = 'Paperlist / 1. Parameter-Tuned Alignment / 1.2 Pretraining Alignment'
S13 = 'Paperlist / 1. Parameter-Tuned Alignment / 1.3 RLHF Alignment'
S14 = 'Paperlist / 1. Parameter-Tuned Alignment / 1.4 Finetuning Alignment'
S21 = 'Paperlist / 2. Parameter-Frozen Alignment / 2.1 Direct Prompting'
S24 = 'Paperlist / 2. Parameter-Frozen Alignment / 2.4 Translation Alignment Prompting'
S25 = 'Paperlist / 2. Parameter-Frozen Alignment / 2.5 Retrieval Augmented Alignment'
P(LC, 71, "Searching for Needles in a Haystack: On the Role of Incidental Bilingualism in PaLM's Translation Capability",
  S12, arxiv_id='2305.10266', venue='arXiv 2023', year=2023, authors=['Briakou'])
P(LC, 107, 'Aligning Neural Machine Translation Models: Human Feedback in Training and Inference',
  S13, arxiv_id='2311.09132', venue='arXiv 2023', year=2023, authors=['Moura Ramos'])
P(LC, 115, 'MOSS: Training Conversational Language Models from Synthetic Data', S13,
  year=2023, authors=['Sun'], code='https://github.com/OpenLMLab/MOSS')
P(LC, 116, 'Llama 2: Open foundation and fine-tuned chat models', S13, arxiv_id='2307.09288',
  venue='arXiv 2023', year=2023, authors=['Touvron'], code='https://github.com/facebookresearch/llama')
P(LC, 120, 'Glm-130b: An open bilingual pre-trained model', S13, arxiv_id='2210.02414',
  venue='arXiv 2022', year=2022, authors=['Zeng'], code='https://github.com/THUDM/GLM-130B/')
P(LC, 127, 'Introducing Bode: A Fine-Tuned Large Language Model for Portuguese Prompt-Based Task', S14,
  arxiv_id='2401.02909', venue='arXiv 2024', year=2024, authors=['Garcia'])
P(LC, 139, 'EcomGPT: Instruction-tuning Large Language Model with Chain-of-Task Tasks for E-commerce', S14,
  arxiv_id='2308.06966', venue='arXiv 2023', year=2023, authors=['Li'], code='https://github.com/Alibaba-NLP/EcomGPT')
P(LC, 177, 'Machine Translation with Large Language Models: Prompt Engineering for Persian, English, and Russian Directions',
  S21, arxiv_id='2401.08429', venue='arXiv 2024', year=2024, authors=['Pourkamali'])
P(LC, 180, 'Breaking Language Barriers with a LEAP: Learning Strategies for Polyglot LLMs', S21,
  arxiv_id='2305.17740', venue='arXiv 2023', year=2023, authors=['Nambi'])
P(LC, 214, 'Do Multilingual Language Models Think Better in English?', S24, arxiv_id='2308.01223',
  venue='arXiv 2023', year=2023, authors=['Etxaniz'], code='https://github.com/juletx/self-translate')
P(LC, 215, 'Not All Languages Are Created Equal in LLMs: Improving Multilingual Capability by Cross-Lingual-Thought Prompting',
  S24, arxiv_id='2305.07004', venue='arXiv 2023', year=2023, authors=['Huang'], code='https://github.com/microsoft/unilm')
P(LC, 221, 'On Bilingual Lexicon Induction with Large Language Models', S24, arxiv_id='2310.13995',
  venue='arXiv 2023', year=2023, authors=['Li'], code='https://github.com/cambridgeltl/prompt4bli')
P(LC, 223, 'CLASP: Few-Shot Cross-Lingual Data Augmentation for Semantic Parsing', S24,
  url='https://aclanthology.org/2022.aacl-short.56', venue='ACL 2022', year=2022, authors=['Rosenbaum'])
P(LC, 239, 'Increasing Coverage and Precision of Textual Information in Multilingual Knowledge Graphs', S25,
  arxiv_id='2311.15781', venue='EMNLP 2023', year=2023, authors=['Conia'])
N(LC, 252, 'Data Resources / 1. Multilingual Pretraining Data / 1.1 Manual Creation')
N(LC, 263, 'Data Resources / 1. Multilingual Pretraining Data / 1.2 Web Crawling')
N(LC, 283, 'Data Resources / 1. Multilingual Pretraining Data / 1.3 Benchmark Adaption')
N(LC, 295, 'Data Resources / 2. Multilingual SFT Data / 2.1 Manual Creation')
N(LC, 311, 'Data Resources / 2. Multilingual SFT Data / 2.3 Machine Translation')
N(LC, 328, 'Data Resources / 3. Multilingual RLHF Data')

# --- kahne: "- [Venue] [Title](link)" under "## Paper / ### YEAR"
N(KA, 20, 'Data')
P(KA, 35, 'BSTC: A Large-Scale Chinese-English Speech Translation Dataset', 'Paper / 2021',
  arxiv_id='2104.03575', venue='arXiv 2021', year=2021)
P(KA, 53, 'Enabling Zero-shot Multilingual Spoken Language Translation with Language-Specific Encoders and Decoders',
  'Paper / 2020', arxiv_id='2011.01097', venue='arXiv 2020', year=2020)
P(KA, 57, 'MAM: Masked Acoustic Modeling for End-to-End Speech-to-Text Translation', 'Paper / 2020',
  arxiv_id='2010.11445', venue='arXiv 2020', year=2020)
P(KA, 58, 'CoVoST 2 and Massively Multilingual Speech-to-Text Translation', 'Paper / 2020',
  arxiv_id='2007.10310', venue='arXiv 2020', year=2020)
P(KA, 60, 'On Knowledge Distillation for Direct Speech Translation', 'Paper / 2020',
  arxiv_id='2012.04964', venue='CLiC-IT 2020', year=2020)
P(KA, 62, 'Breeding Gender-aware Direct Speech Translation Systems', 'Paper / 2020',
  arxiv_id='2012.04955', venue='COLING 2020', year=2020)
P(KA, 68, 'Low-Latency Sequence-to-Sequence Speech Recognition and Translation by Partial Hypothesis Selection',
  'Paper / 2020', arxiv_id='2005.11185', venue='INTERSPEECH 2020', year=2020)
P(KA, 70, 'Contextualized Translation of Automatically Segmented Speech', 'Paper / 2020',
  arxiv_id='2008.02270', venue='INTERSPEECH 2020', year=2020)
P(KA, 84, 'MaSS: A Large and Clean Multilingual Corpus of Sentence-aligned Spoken Utterances Extracted from the Bible',
  'Paper / 2020', arxiv_id='1907.12895', venue='LREC 2020', year=2020)
P(KA, 86, 'Europarl-ST: A Multilingual Corpus For Speech Translation Of Parliamentary Debates', 'Paper / 2020',
  arxiv_id='1911.03167', venue='ICASSP 2020', year=2020)
P(KA, 92, 'Synchronous Speech Recognition and Speech-to-Text Translation with Interactive Decoding', 'Paper / 2020',
  arxiv_id='1912.07240', venue='AAAI 2020', year=2020)
P(KA, 98, 'A Comparative Study on End-to-end Speech to Text Translation', 'Paper / 2019',
  arxiv_id='1911.08870', venue='ASRU 2019', year=2019)
P(KA, 100, 'On Using SpecAugment for End-to-End Speech Translation', 'Paper / 2019',
  arxiv_id='1911.08876', venue='IWSLT 2019', year=2019)
P(KA, 101, 'End-to-End Speech Translation with Knowledge Distillation', 'Paper / 2019',
  arxiv_id='1904.08075', venue='INTERSPEECH 2019', year=2019)
P(KA, 104, 'Exploring Phoneme-Level Speech Representations for End-to-End Speech Translation', 'Paper / 2019',
  url='https://www.aclweb.org/anthology/P19-1179.pdf', venue='ACL 2019', year=2019)
P(KA, 105, 'Attention-Passing Models for Robust and Data-Efficient End-to-End Speech Translation', 'Paper / 2019',
  arxiv_id='1904.07209', venue='ACL 2019', year=2019)
P(KA, 111, 'Towards End-to-end Speech-to-text Translation with Two-pass Decoding', 'Paper / 2019',
  url='https://orbxball.github.io/pub/icassp-2019.pdf', venue='ICASSP 2019', year=2019)
P(KA, 116, 'Low-Resource Speech-to-Text Translation', 'Paper / 2018',
  arxiv_id='1803.09164', venue='INTERSPEECH 2018', year=2018)
P(KA, 119, 'End-to-End Automatic Speech Translation of Audiobooks', 'Paper / 2018',
  arxiv_id='1802.04200', venue='ICASSP 2018', year=2018)

# --- trust-nlp: "- ***(Model)*** - Title [[paper]](link)" and "- Title [[paper]](link)"
T11 = '1. LLMs and Model Resources / 1.1 Multilingual LLMs'
T12 = '1. LLMs and Model Resources / 1.2 Task-Specific Fine-Tuned Models'
T21 = '2. Model Adaptation Methods & Learning Strategies / 2.1 Code-mixed Adaptations'
T22 = '2. Model Adaptation Methods & Learning Strategies / 2.2 Supervised Multilingual Transfer Learning'
T23 = '2. Model Adaptation Methods & Learning Strategies / 2.3 Distillation and parameter-efficient finetuning (PEFT)'
T31 = '3. Bias, Fairness & Evaluation / 3.1 Sociocultural Bias in NLP'
T32 = '3. Bias, Fairness & Evaluation / 3.2 Evaluation Metrics'
P(TR, 25, 'IndicIRSuite: Multilingual dataset and neural information models for Indian languages', T11,
  url='https://aclanthology.org/2024.acl-short.46.pdf')
P(TR, 26, 'Exploiting language relatedness for low web-resource language model adaptation: An indic languages study', T11,
  url='https://aclanthology.org/2021.acl-long.105.pdf')
P(TR, 30, 'L3Cube-MahaCorpus and MahaBERT: Marathi Monolingual Corpus, Marathi BERT Language Models, and Resources', T11,
  url='https://aclanthology.org/2022.wildre-1.17.pdf')
P(TR, 38, 'Predicting multi-label emojis, emotions, and sentiments in code-mixed texts using an emojifying sentiments framework', T12,
  url='https://www.nature.com/articles/s41598-024-58944-5')
P(TR, 58, 'IndicNLG Benchmark: Multilingual Datasets for Diverse NLG Tasks in Indic Languages', T21,
  url='https://aclanthology.org/2022.emnlp-main.360.pdf')
P(TR, 59, 'Does Transliteration Help Multilingual Language Modeling?', T21,
  url='https://aclanthology.org/2023.findings-eacl.50.pdf')
P(TR, 62, 'Neural Methods for Aligning Large-Scale Parallel Corpora from the Web for South and East Asian Languages', T21,
  url='https://aclanthology.org/2024.wmt-1.132.pdf')
P(TR, 69, 'AxomiyaBERTa: A Phonologically-aware Transformer Model for Assamese', T22,
  url='https://aclanthology.org/2023.findings-acl.739.pdf')
P(TR, 70, 'Overlap-based Vocabulary Generation Improves Cross-lingual Transfer Among Related Languages', T22,
  arxiv_id='2203.01976')
P(TR, 71, 'IndicBART: A Pre-trained Model for Indic Natural Language Generation', T22,
  url='https://aclanthology.org/2022.findings-acl.145.pdf')
P(TR, 72, 'RomanSetu: Efficiently un-locking multilingual capabilities of large language models via Romanization', T22,
  url='https://aclanthology.org/2024.acl-long.833.pdf')
P(TR, 74, 'Enhancing Low Resource NER Using Assisting Language And Transfer Learning', T22, arxiv_id='2306.06477')
P(TR, 80, 'Bidirectional English-Nepali Machine Translation(MT) System for Legal Domain', T22,
  url='https://aclanthology.org/2024.sigul-1.7.pdf')
P(TR, 83, 'Mixed-Distil-BERT: Code-mixed Language Modeling for Bangla, English, and Hindi', T23, arxiv_id='2309.10272')
P(TR, 84, 'Nepali Encoder Transformers: An Analysis of Auto Encoding Transformer Language Models for Nepali Text Classification', T23,
  url='https://aclanthology.org/2022.sigul-1.14.pdf')
P(TR, 86, 'Cross-Lingual Named Entity Recognition for Low-Resource Languages: A Hindi-Nepali Case Study Using Multilingual BERT Models', T23,
  url='https://aclanthology.org/2024.mrl-1.12.pdf')
P(TR, 102, 'DweshVaani: An LLM for Detecting Religious Hate Speech in Code-Mixed Hindi-English', T31,
  url='https://aclanthology.org/2025.chipsal-1.5.pdf')
P(TR, 104, 'TRO(F)LL or ROFL ? : Exploring Troll Detection in Tamil Memes', T31,
  url='https://aclanthology.org/2024.icon-1.45.pdf')
P(TR, 109, 'Multi-FAct: Assessing Factuality of Multilingual LLMs using FActScore', T32, arxiv_id='2402.18045')
P(TR, 110, 'BenLLM-Eval: A Comprehensive Evaluation into the Potentials and Pitfalls of Large Language Models on Bengali NLP', T32,
  url='https://aclanthology.org/2024.lrec-main.201.pdf')

# --- y12uc231: "- [YEAR] [Title](doi link): summary" and "- [Author et al.](link) - summary (YEAR)."
Y1 = 'In-Context Learning and Prompting Strategies'
Y6 = 'Datasets And Benchmarks'
N(YU, 13, 'Table of Contents')
N(YU, 17, 'Table of Contents')
P(YU, 28, 'BUFFET: Benchmarking LLMs for Few-shot Cross-lingual Transfer', Y1, arxiv_id='2305.14857',
  doi='10.48550/arXiv.2305.14857', year=2023,
  summary='Introduces BUFFET, a benchmark for evaluating multilingual LLMs in few-shot cross-lingual transfer across various tasks and languages.')
P(YU, 30, 'Multilingual Machine Translation with LLMs: Empirical Results and Analysis', Y1, arxiv_id='2304.04675',
  doi='10.48550/arXiv.2304.04675', year=2023,
  summary='Investigates the use of LLMs for multilingual machine translation, evaluating popular models including ChatGPT and GPT-4.')
P(YU, 31, 'Implications of LLMs for Dental Medicine', Y1, doi='10.1111/jerd.13046',
  url='https://dx.doi.org/10.1111/jerd.13046', year=2023,
  summary='Discusses the potential benefits and risks of using LLMs like ChatGPT for dental medicine, with a focus on multilingual communication.')
P(YU, 32, 'Massively Multilingual Shallow Fusion with LLMs', Y1, doi='10.1109/ICASSP49357.2023.10094796',
  url='https://dx.doi.org/10.1109/ICASSP49357.2023.10094796', year=2023,
  summary='Explores using a single multilingual language model to improve automatic speech recognition in multiple languages.')
P(YU, 33, 'Bootstrapping Multilingual Semantic Parsers using Large Language Models', Y1, arxiv_id='2210.07313',
  doi='10.48550/arXiv.2210.07313', year=2022,
  summary='Examines the effectiveness of LLMs in translating English datasets into multiple languages for multilingual semantic parsing.')
P(YU, 42, None, 'Multilingual LLMs in Programming and Code', arxiv_id='2208.11640', doi='10.48550/arXiv.2208.11640',
  authors=['Joshi'], summary='Introduces RING, a multilingual repair engine powered by a language model trained on code.')
P(YU, 45, None, 'Comparative Studies and Benchmarks', arxiv_id='2211.05100', doi='10.48550/arXiv.2211.05100',
  authors=['Ahuja'],
  summary='Discusses the development and evaluation of BLOOM, a 176B-parameter open-access multilingual language model.')
P(YU, 46, None, 'Comparative Studies and Benchmarks', arxiv_id='2304.05613', doi='10.48550/arXiv.2304.05613',
  authors=['Lai'], summary='Evaluates ChatGPT and other LLMs on multilingual NLP tasks.')
P(YU, 54, None, Y6, url='https://www.aclweb.org/anthology/2022.politicalnlp-1.3', year=2022, authors=['Barrière'],
  summary='Introduces a dataset of online debates in English for multilingual stance classification related to the European Green Deal')
P(YU, 55, None, Y6, arxiv_id='2308.13387', doi='10.48550/arXiv.2308.13387', year=2023, authors=['Wang'],
  summary='Proposes a dataset for evaluating safeguards in LLMs and trains classifiers achieving results similar to GPT-4')
P(YU, 56, None, Y6, url='https://www.aclweb.org/anthology/2022.lrec-1.171', year=2022, authors=['Laperriere'],
  summary='Updates the French MEDIA SLU dataset for spoken language understanding, integrated into the SpeechBrain toolkit')
P(YU, 62, None, Y6, arxiv_id='2304.05613', doi='10.48550/arXiv.2304.05613', year=2023,
  summary='Evaluates ChatGPT on 37 languages across 7 tasks, revealing a performance gap compared to previous models')
P(YU, 64, None, Y6, doi='10.1007/s10579-023-09696-7', url='https://dx.doi.org/10.1007/s10579-023-09696-7', year=2023,
  summary='Discusses the ComMA dataset, a multilingual dataset annotated with tags for different types of aggression and bias in four languages')
P(YU, 66, None, Y6, arxiv_id='2208.11640', doi='10.48550/arXiv.2208.11640', year=2022,
  summary='Introduces RING, a multilingual repair engine powered by a large language model trained on code for program repair in multiple languages')
P(YU, 67, None, Y6, arxiv_id='2211.05955', doi='10.48550/arXiv.2211.05955', year=2022,
  summary='Introduces MEE, a Multilingual Event Extraction dataset with over 50K event mentions in 8 languages')
P(YU, 68, None, Y6, arxiv_id='2302.04023', authors=['Bang'],
  summary='Presents a framework for evaluating interactive LLMs using a newly designed multimodal dataset.')
P(YU, 75, None, 'Translation and Language Understanding', arxiv_id='2305.15083', doi='10.48550/arXiv.2305.15083',
  authors=['Li'], summary='Discusses the translation abilities of large language models in multilingual contexts.')
P(YU, 84, None, 'Miscellaneous Studies and Surveys', doi='10.22214/ijraset.2023.54677',
  url='https://dx.doi.org/10.22214/ijraset.2023.54677', authors=['Pahune'],
  summary='Emphasizes recent developments and efforts made for various kinds of LLMs, including multilingual language models.')

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
    want = {(k, e['line']) for k, v in sample.items() for e in v}
    got = {(d['list'], d['line']) for d in OUT}
    assert want == got, (want - got, got - want)
    cache = {}
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for d in OUT:
            if d['list'] not in cache:
                cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
            d['raw'] = cache[d['list']][d['line'] - 1]
            f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(OUT), 'labels,', sum(d['is_paper'] for d in OUT), 'papers')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Hand labels, typed by eye; raw is copied from the file at the given line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
D = 'dailing__awesome-survival-analysis.README.md'
F = 'fabianofilho__awesome-medical-ai.README.md'
S = 'sanketkachole__multimodal-oncology-fusion-hub.README.md'

def P(title, arxiv=None, doi=None, url=None, venue=None, year=None, authors=None, code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary)
def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None)

DP = 'Papers & Code'
DO = 'Papers & Code / other'
L = [
 (D, 6, DP, P('Predicting Age-Related Macular Degeneration Progression with Contrastive Attention and Time-Aware LSTM',
              url='https://web.cse.ohio-state.edu/~zhang.10631/files/KDD2022_AMD.pdf', venue='KDD 2022', year=2022,
              code='https://github.com/yinchangchang/CAT-LSTM')),
 (D, 7, DP, P('Deep Survival Machines: Fully Parametric Survival Regression and Representation Learning for Censored Data with Competing Risks',
              arxiv='2003.01176', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9326348', venue='JBHI 2021', year=2021,
              code='https://github.com/autonlab/DeepSurvivalMachines')),
 (D, 8, DP, P('Deep Parametric Time-to-Event Regression with Time-Varying Covariates')),
 (D, 9, DP, P('Deep Cox Mixtures for Survival Regression')),
 (D, 10, DP, P('SurvNet: A Novel Deep Neural Network for Lung Cancer Survival Analysis With Missing Values')),
 (D, 11, DP, P('Deep Extended Hazard Models for Survival Analysis')),
 (D, 12, DP, P('Deep Learning-Based Survival Analysis for High-Dimensional Survival Data')),
 (D, 13, DP, P('Feed forward neural networks for the analysis of censored survival data: a partial logistic regression approach')),
 (D, 14, DP, P('Machine Learning for Survival Analysis')),
 (D, 15, DP, P('Survival prediction models since liver transplantation - comparisons between Cox models and machine learning techniques')),
 (D, 16, DP, P('Censoring in clinical trials: Review of survival analysis techniques')),
 (D, 17, DP, P('CENSORING ISSUES IN SURVIVAL ANALYSIS')),
 (D, 21, DO, P('Ranked List Loss for Deep Metric Learning')),
 (D, 22, DO, P('Transformers in Medical Image Analysis: A Review')),
 (D, 23, DO, P('Graph optimization for dimensionality reduction with sparsity constraints')),
 (D, 24, DO, P('Data-driven graph construction and graph learning: A review')),
 (D, 25, DO, P('Graph-optimized locality preserving projections')),
 (D, 26, DO, P('Deep Ranking with Adaptive Margin Triplet Loss')),
 (D, 27, DO, P('Deep learning-based survival prediction for multiple cancer types using histopathology images')),
 (D, 28, DO, P('Spectral, Probabilistic, and Deep Metric Learning: Tutorial and Survey')),
]
FT = 'Conteúdo'
FR = 'Artigos (Papers) / Revisões e Surveys'
FM = 'Artigos (Papers) / Modelos Preditivos e EHR'
FI = 'Artigos (Papers) / Imagem Médica'
for ln in (20, 28, 29, 32, 44, 46, 50, 55, 56, 58, 59, 61):
    L.append((F, ln, FT, N()))
L += [
 (F, 75, FR, P('Physical Activity Trajectories Throughout the COVID-19 Pandemic in Southern Brazil: Evidence From a Cohort Study',
               url='https://journals.humankinetics.com/view/journals/jpah/aop/article-10.1123-jpah.2025-0158/article-10.1123-jpah.2025-0158.xml',
               venue='Journal of Physical Activity and Health 2026', year=2026,
               summary='Estudo de coorte sobre trajetórias de atividade física durante a pandemia no Sul do Brasil.')),
 (F, 82, FR, P('Sustained physical activity offers benefits beyond activity volume in chronic disease prevention',
               url='https://www.nature.com/articles/s41467-026-69552-4_reference.pdf', venue='Nature Communications 2026', year=2026,
               summary='Estudo longitudinal sobre os benefícios da atividade física sustentada na prevenção de doenças crônicas.')),
 (F, 85, FR, P('Artificial Intelligence in Healthcare: 2024 Year in Review',
               url='https://www.medrxiv.org/content/10.1101/2025.02.26.25322978v1.full-text', year=2025,
               summary='Uma revisão abrangente das publicações de IA na saúde em 2024.')),
 (F, 87, FR, P('Artificial intelligence in healthcare and medicine',
               url='https://pmc.ncbi.nlm.nih.gov/articles/PMC12455834/', year=2025,
               summary='Revisão do papel da IA na detecção de doenças, cuidado personalizado, drug discovery e análise preditiva.')),
 (F, 88, FR, P('Foundation Model in Biomedicine: A Survey', arxiv='2503.02104', year=2025,
               summary='Survey sobre o uso de modelos de fundação em áreas biomédicas.')),
 (F, 97, FM, P('Human-Guided Agentic AI for Multimodal Clinical Prediction', arxiv='2602.19502', venue='arXiv 2026', year=2026,
               summary='Sistemas de IA agnósticos com orientação humana para predição clínica multimodal. F1=0.8986 em readmissão hospitalar.')),
 (F, 111, FM, P('Patient2Vec: A Personalized Interpretable Deep Representation of the Longitudinal EHR', arxiv='1810.04793', year=2018,
               summary='Representação profunda e interpretável de EHR longitudinal.')),
 (F, 121, FI, P('A novel explainable AI framework for medical image classification',
               url='https://www.sciencedirect.com/science/article/pii/S1361841525002129', year=2025,
               summary='Método de XAI para análise de imagens médicas com explicações estatísticas, visuais e baseadas em regras.')),
]
ST = 'Table of Contents'
for ln in (26, 28, 29, 30, 31):
    L.append((S, ln, ST, N()))
L += [
 (S, 42, 'Surveys & Reviews', P('Navigating the landscape of multimodal AI in medicine: A scoping review on technical challenges and clinical applications',
     url='https://www.sciencedirect.com/science/article/pii/S1361841525001689', venue='Medical Image Analysis 2025', year=2025)),
 (S, 52, 'Early Fusion', N()),
 (S, 72, 'Late Fusion', N()),
 (S, 97, 'Survival / Prognosis Modeling', P('Survival prediction of brain cancer with incomplete radiology, pathology, genomic, and demographic data', year=2022)),
 (S, 106, 'Foundation & Large Models', N()),
 (S, 107, 'Foundation & Large Models', N()),
 (S, 108, 'Foundation & Large Models', N()),
 (S, 116, 'Datasets', N()),
 (S, 117, 'Datasets', N()),
 (S, 118, 'Datasets', N()),
 (S, 129, 'Codebases', N()),
 (S, 141, 'Companies & Labs', N()),
 (S, 142, 'Companies & Labs', N()),
 (S, 150, 'Contributing', N()),
 (S, 151, 'Contributing', N()),
]
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for lst, ln, sec, lab in L:
        lines = cache.setdefault(lst, open(os.path.join(HERE, lst), encoding='utf-8').read().split('\n'))
        rec = {'list': lst, 'line': ln, 'raw': lines[ln - 1]}
        rec.update(lab)
        rec['section'] = sec
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(L))

#!/usr/bin/env python3
"""Write labels.jsonl from hand-written labels below; raw is copied from the file by line span."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
A = 'AmirNoori68__kan-review.README.md'
X = 'Xatta-Trone__awesome-kan.README.md'
N = 'nmakke__SR-LivingReview.README.md'
KEYS = ['is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']

def L(lst, line, span=1, **kw):
    d = dict(list=lst, line=line, span=span)
    for k in KEYS:
        d[k] = kw.get(k)
    if d['is_paper'] is None:
        d['is_paper'] = False
    return d

def P(lst, line, **kw):
    kw['is_paper'] = True
    return L(lst, line, **kw)

QN = 'Quick Nav'
REPO = '2. Representative Repositories (for regression, function approximation, and PDE solving)'
XP = 'Papers (680)'
LAB = [
    L(A, 11, section=QN), L(A, 17, section=QN), L(A, 20, section=QN), L(A, 32, section=QN),
    P(A, 40, title='The first two months of Kolmogorov-Arnold Networks (KANs): A survey of the state-of-the-art',
      url='https://link.springer.com/content/pdf/10.1007/s11831-025-10328-2.pdf', authors=['Dutta'],
      section='1. Review and Survey Papers on KANs'),
    L(A, 56, section=REPO), L(A, 59, section=REPO), L(A, 65, section=REPO), L(A, 67, section=REPO),
    L(A, 69, section=REPO), L(A, 84, section=REPO), L(A, 88, section=REPO), L(A, 98, section=REPO),
    P(A, 135, arxiv_id='2502.02417', authors=['Wolff'], code='https://github.com/M-Wolff/CVKAN',
      section='4. Basis Functions'),
    P(A, 157, doi='10.1038/s41598-025-92900-1', url='https://doi.org/10.1038/s41598-025-92900-1', authors=['Zhang'],
      summary='Augmented-Lagrangian PINN–KAN (learnable multipliers).',
      section='5. Accuracy Improvement / 5.1 Physics & Loss Design'),
    P(A, 176, arxiv_id='2406.19662', authors=['Howard'], code='https://github.com/pnnl/neuromancer/tree/feature/fbkans',
      summary='Finite-basis KAN (FBKAN) with PoU blending of local KANs.',
      section='5. Accuracy Improvement / 5.3 Domain Decomposition'),
    P(A, 213, url='https://link.springer.com/chapter/10.1007/978-3-031-97596-7_30', authors=['Kalesh'],
      summary='Two-phase PINN–KAN for saturation fronts.',
      section='5. Accuracy Improvement / 5.7 Discontinuities & Sharp Gradients'),
    P(A, 222, arxiv_id='2410.01687', authors=['Giroux'], code='https://github.com/wmdataphys/Bayesian-HR-KAN',
      summary='Bayesian PINN–KAN (variational + KL) for UQ.',
      section='5. Accuracy Improvement / 5.8 Optimization & Adaptive Training'),
    P(A, 223, arxiv_id='2506.07958', authors=['Faroughi'],
      summary='NTK perspective: conditioning ↔ convergence.',
      section='5. Accuracy Improvement / 5.8 Optimization & Adaptive Training'),
    P(A, 250, arxiv_id='2407.18373', authors=['Patra'],
      summary='Wavelets for multi-resolution and sparse coeffs.',
      section='6. Efficiency Improvement / 6.2 Matrix Optimization & Parameter-Efficient Bases'),
]
XT = {
    49: ('DropKAN: Regularizing KANs by masking post-activations', '2407.13044'),
    55: ('Chebyshev Polynomial-Based Kolmogorov-Arnold Networks', '2405.07200'),
    63: ('Kolmogorov-Arnold Networks (KANs) for Time Series Analysis', '2405.08790'),
    68: ('fKAN: Fractional Kolmogorov-Arnold Networks with Trainable Jacobi Basis Functions', '2406.07456'),
    70: ('GraphKAN: Enhancing Feature Extraction with Graph Kolmogorov Arnold Networks', '2406.13597'),
    73: ('KAN-AD: Time Series Anomaly Detection with Kolmogorov-Arnold Networks', '2411.00278'),
    81: ('seqKAN: Sequence processing with Kolmogorov-Arnold Networks', '2502.14681'),
    82: ('KAA: Kolmogorov-Arnold Attention for Enhancing Attentive Graph Neural Networks', '2501.13456'),
    85: ('Deterministic Global Optimization over trained Kolmogorov Arnold Networks', '2503.02807'),
    89: ('Residual Kolmogorov-Arnold Network for Enhanced Deep Learning', '2410.05500'),
    98: ('MatrixKAN: Parallelized Kolmogorov-Arnold Network', '2502.07176'),
    105: ('Sphere Neural-Networks for Rational Reasoning', '2403.15297'),
    108: ('DiffKAN-Inpainting: KAN-based Diffusion model for brain tumor inpainting', '2502.16771'),
    109: ('Geometric Kolmogorov-Arnold Superposition Theorem', '2502.16664'),
    114: ('Medical Image Classification with KAN-Integrated Transformers and Dilated Neighborhood Attention', '2502.13693'),
    122: ('From Complexity to Clarity: Kolmogorov-Arnold Networks in Nuclear Binding Energy Prediction', '2407.20737'),
    128: ('Efficient Denial of Service Attack Detection in IoT using Kolmogorov-Arnold Networks', '2502.01835'),
    134: ('On the study of frequency control and spectral bias in Wavelet-Based Kolmogorov Arnold networks: A path to physics-informed KANs', '2502.00280'),
    143: ('Discovering Dynamics with Kolmogorov Arnold Networks: Linear Multistep Method-Based Algorithms and Error Estimation', '2501.15066'),
    144: ('CTR-KAN: KAN for Adaptive High-Order Feature Interaction Modeling', '2408.08713'),
}
for ln, (t, a) in XT.items():
    LAB.append(P(X, ln, title=t, arxiv_id=a, section=XP))

MRL = 'Methods / Regression-based SR / Linear approach'
MRN = 'Methods / Regression-based SR / Non-linear approaches'
MET = 'Methods / Expression tree-based approaches'
LAB += [
    L(N, 17, section='Methods'),
    P(N, 21, title='Discovering governing equations from data by sparse identification of nonlinear dynamical systems',
      url='https://www.pnas.org/content/pnas/113/15/3932.full.pdf?with-ds=yes&source=post_page---------------------------',
      section=MRL),
    P(N, 24, title='AI Feynman: a Physics-Inspired Method for Symbolic Regression', arxiv_id='1905.11481',
      url='https://www.science.org/doi/10.1126/sciadv.aay2631', code='https://github.com/SJ001/AI-Feynman', section=MRN),
    P(N, 25, title='Integration of Neural Network-Based Symbolic Regression in Deep Learning for Scientific Discovery',
      arxiv_id='1912.04825', section=MRN),
    P(N, 27, title='Relational inductive biases, deep learning, and graph networks', arxiv_id='1806.01261', section=MRN),
    P(N, 28, title='Extrapolation and learning equations', arxiv_id='1610.02995', section=MRN),
    L(N, 32, section=MET),
    P(N, 34, title='PySR: High-Performance Symbolic Regression in Python and Julia',
      code='https://github.com/MilesCranmer/pysr', section=MET + ' / Genetic programming'),
    P(N, 38, title='Accuracy in Symbolic Regression',
      url='https://link.springer.com/chapter/10.1007/978-1-4614-1770-5_8', section=MET + ' / Genetic programming'),
    L(N, 41, section=MET),
    P(N, 42, title='Deep symbolic regression: Recovering mathematical expressions from data via risk-seeking policy gradients',
      arxiv_id='1912.04871', url='https://openreview.net/forum?id=m5Qsh0kBQG',
      code='https://github.com/brendenpetersen/deep-symbolic-optimization', section=MET + ' / Reinforcement learning'),
    P(N, 43, title='Symbolic Regression via Neural-Guided Genetic Programming Population Seeding', arxiv_id='2111.00053',
      url='https://proceedings.neurips.cc/paper/2021/hash/d073bb8d0c47f317dd39de9c9f004e9d-Abstract.html',
      code='https://github.com/brendenpetersen/deep-symbolic-optimization', section=MET + ' / Reinforcement learning'),
    P(N, 46, title='End-to-end symbolic regression with transformers', arxiv_id='2204.10532',
      code='https://github.com/facebookresearch/symbolicregression', section=MET + ' / Transformer neural network'),
    P(N, 47, title='Neural Symbolic Regression that Scales', arxiv_id='2106.06427',
      code='https://github.com/SymposiumOrganization/NeuralSymbolicRegressionThatScales',
      section=MET + ' / Transformer neural network'),
    P(N, 48, title='SymbolicGPT: A Generative Transformer Model for Symbolic Regression', arxiv_id='2106.14131',
      code='https://github.com/mojivalipour/symbolicgpt', section=MET + ' / Transformer neural network'),
    P(N, 55, span=2, title='Demystifying Black-box Models with Symbolic Metamodels',
      url='https://www.vanderschaar-lab.com/papers/NIPS2019_DBM.pdf',
      code='https://github.com/vanderschaarlab/mlforhealthlabpub/tree/main/alg/symbolic_metamodeling',
      section='Methods / Mathematics-inspired'),
    L(N, 58, section='Methods'),
    P(N, 59, title='Distilling Free-Form Natural Laws from Experimental Data',
      url='https://www.science.org/doi/10.1126/science.1165893', section='Methods / Computational approach'),
    P(N, 67, title='Rediscovering orbital mechanics with machine learning', arxiv_id='2202.02306',
      section='Applications / Physics'),
    L(N, 90, section='Datasets'),
]

out = []
for d in LAB:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = '\n'.join(lines[d['line'] - 1: d['line'] - 1 + d.pop('span')])
    rec = {'list': d['list'], 'line': d['line'], 'raw': raw}
    for k in KEYS:
        rec[k] = d[k]
    out.append(rec)
out.sort(key=lambda r: (r['list'], r['line']))
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))

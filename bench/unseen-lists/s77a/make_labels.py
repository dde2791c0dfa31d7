#!/usr/bin/env python3
"""Hand labels for the 60 sampled entries (written by hand from reading the files; raw is
filled from the file at the given line so it is exact)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
H = 'happy-jihye__Awesome-GAN-Papers.README.md'
L = 'LS4GAN__awesome-GAN-papers.README.md'
K = 'kozistr__Awesome-GANs.README.md'

def P(lst, line, title, section, arxiv=None, url=None, venue=None, year=None, authors=None,
      code=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                url=url, venue=venue, year=year, authors=authors or [], code=code,
                summary=summary, section=section)

def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)

KC = 'https://github.com/kozistr/Awesome-GANs/blob/master/'
labels = [
  # LS4GAN: checkbox bullets with bracket links
  P(L, 15, 'StarGANv2', 'GANs between domains', arxiv='1912.01865'),
  P(L, 16, 'CartonGAN', 'GANs between domains',
    url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Chen_CartoonGAN_Generative_Adversarial_CVPR_2018_paper.pdf'),
  P(L, 17, 'Resolution Dependant GAN Interpolation for Controllable Image Synthesis Between Domains',
    'GANs between domains', arxiv='2010.05334'),
  P(L, 18, 'CycleGAN', 'GANs between domains', arxiv='1703.10593'),
  P(L, 19, 'SWAE', 'GANs between domains', arxiv='1804.01947'),
  P(L, 24, 'Analyzing and Improving the Image Quality of StyleGAN', 'Interpreting GANs', arxiv='1912.04958'),
  P(L, 29, 'Counterfactuals uncover the modular structure of deep generative models', 'Controlling GAN',
    url='https://openreview.net/forum?id=SJxDDpEKvH'),
  P(L, 36, 'StyleGANv2', 'GANs for high-resolution images', arxiv='1912.04958'),
  P(L, 37, 'BigGAN', 'GANs for high-resolution images', arxiv='1806.06778'),
  P(L, 43, 'GAN', 'Classic GANs', arxiv='1406.2661'),
  P(L, 44, 'GAN Tutorial', 'Classic GANs', arxiv='1701.00160'),
  P(L, 45, 'CGAN', 'Classic GANs', arxiv='1411.1784'),
  P(L, 48, 'WGAN', 'Classic GANs', arxiv='1701.07875'),
  P(L, 56, 'StyleGANv2', 'The other side of the coin', arxiv='1912.04958'),
  P(L, 57, 'WGAN', 'The other side of the coin', arxiv='1701.07875'),
  P(L, 64, 'Which Training Methods for GANs do actually Converge?', 'The details matter', arxiv='1801.04406'),
  P(L, 65, 'Arbitrary Style Transfer in Real-time with Adaptive Instance Normalization', 'The details matter',
    arxiv='1703.06868'),
  P(L, 66, 'The Unusual Effectiveness of Averaging in GAN Training', 'The details matter', arxiv='1806.04498'),
  N(L, 80, 'Fun Reads'),
  P(L, 88, 'Benchmarking Graph Neural Networks', 'GAN Applications in HEP and NP', arxiv='2003.00982',
    summary='A benchmark paper using different GNNs on different tasks.'),
  # happy-jihye: "Abbr: Title (Venue Year) : [arxiv](..), [review](..)" bullets under bold <span> headings
  P(H, 11, 'Generative Adversarial Networks', 'GAN Basics', arxiv='1406.2661', year=2014),
  N(H, 21, 'Conditional GAN'),
  P(H, 25, 'Semantic Image Synthesis with Spatially Adaptive Normalization', 'Conditional GAN / Pair Dataset',
    arxiv='1903.07291', venue='CVPR 2019', year=2019),
  P(H, 30, 'Few-Shot Unsupervised Image-to-Image Translation', 'Conditional GAN / Unpair Dataset',
    arxiv='1905.01723', venue='ICCV 2019', year=2019),
  P(H, 35, 'Toward Multimodal Image-to-Image Translation', 'Conditional GAN / Multi Domain',
    arxiv='1711.11586', venue='NIPS 2017', year=2017),
  P(H, 39, 'Multi-Modal Unsupervised Image-to-Image Translation', 'Conditional GAN / Multi Domain',
    arxiv='1804.04732', venue='ECCV 2018', year=2018),
  P(H, 45, 'Progressive Growing of GANs for Improved Quality, Stability, and Variation', 'GAN Architecture',
    arxiv='1710.10196', venue='ICLR 2018', year=2018),
  P(H, 51, 'Training Generative Adversarial Networks with Limited Data', 'GAN Architecture',
    arxiv='2006.06676', venue='NeurIPS 2020', year=2020),
  P(H, 60, 'TediGAN: Text-Guided Diverse Face Image Generation and Manipulation', 'Text-to-Image',
    arxiv='2012.03308', venue='CVPR 2021', year=2021, code='https://github.com/IIGROUP/TediGAN'),
  P(H, 68, 'Consistency Regularization for Generative Adversarial Networks', 'Improved Training Techniques',
    arxiv='1910.12027', venue='ICLR 2020', year=2020),
  N(H, 77, 'GAN Inversion'),
  P(H, 78, 'Adversarial latent autoencoders', 'GAN Inversion / Encoder',
    code='https://github.com/podgorskiy/ALAE'),
  P(H, 79, 'Encoding in Style: a StyleGAN Encoder for Image-to-Image Translation', 'GAN Inversion / Encoder',
    arxiv='2008.00951', venue='CVPR 2021', year=2021),
  P(H, 82, 'In-Domain GAN Inversion for Real Image Editing', 'GAN Inversion / Hybrid approach',
    arxiv='2004.00049', venue='ECCV 2020', year=2020),
  P(H, 86, 'GANSpace: Discovering Interpretable GAN Controls', 'Disentangled Manipulation',
    arxiv='2004.02546', venue='NeurIPS 2020', year=2020, code='https://github.com/harskish/ganspace'),
  P(H, 88, 'Editing in style: Uncovering the Local Semantics of GANs', 'Disentangled Manipulation',
    arxiv='2004.14367', venue='CVPR 2020', year=2020, code='https://github.com/IVRL/GANLocalEditing'),
  P(H, 99, 'StyleMapGAN: Exploiting Spatial Dimensions of Latent in GAN for Real-time Image Editing',
    'Image Editing', arxiv='2104.14754', venue='CVPR 2021', year=2021,
    code='https://github.com/naver-ai/StyleMapGAN'),
  P(H, 100, 'SEAN: Image Synthesis with Semantic Region-Adaptive Normalization', 'Image Editing',
    arxiv='1911.12861', venue='CVPR 2020', year=2020, code='https://github.com/ZPdesu/SEAN'),
  P(H, 108, 'Neural Head Reenactment with Latent Pose Descriptors', 'Talking Head',
    arxiv='2004.12000', venue='IEEE 2020', year=2020),
  N(H, 114, 'Reference'),
  # kozistr: pipe table without outer pipes: **Name** | *Summary* | [[arXiv]](..) | [[code]](..)
  N(K, 10, 'Environments / Preferred Environment'),
  N(K, 21, 'Prerequisites'),
  N(K, 27, 'Prerequisites'),
  N(K, 28, 'Prerequisites'),
  N(K, 30, 'Prerequisites'),
  N(K, 45, 'DataSets'),
  N(K, 49, 'DataSets'),
  N(K, 51, 'DataSets'),
  P(K, 77, '3D Generative Adversarial Networks', 'Papers & Codes'),
  P(K, 79, 'Boosting Generative Models', 'Papers & Codes', arxiv='1701.02386'),
  P(K, 80, 'Unsupervised Anomaly Detection with Generative Adversarial Networks', 'Papers & Codes',
    arxiv='1703.05921'),
  P(K, 83, 'Conditional Generative Adversarial Networks', 'Papers & Codes', arxiv='1411.1784', code=KC + 'CGAN'),
  P(K, 85, 'Coupled Generative Adversarial Networks', 'Papers & Codes', arxiv='1606.07536', code=KC + 'CoGAN'),
  P(K, 87, 'Deep Convolutional Generative Adversarial Networks', 'Papers & Codes', arxiv='1511.06434',
    code=KC + 'DCGAN'),
  P(K, 90, 'Unsupervised Dual Learning for Image-to-Image Translation', 'Papers & Codes', arxiv='1704.02510'),
  P(K, 93, 'Training Generative Neural Samplers using Variational Divergence Minimization', 'Papers & Codes',
    arxiv='1606.00709'),
  P(K, 102, 'Mode Regularized Generative Adversarial Networks', 'Papers & Codes', arxiv='1612.02136'),
  P(K, 105, 'Sequence Generative Adversarial Networks with Policy Gradient', 'Papers & Codes', arxiv='1609.05473'),
  P(K, 109, 'Unified Generative Adversarial Networks for Multi-Domain Image-to-Image Translation', 'Papers & Codes',
    arxiv='1711.09020', code=KC + 'StarGAN'),
  P(K, 112, 'Unsupervised Image-to-Image Translation for Many-to-Many Mappings', 'Papers & Codes', arxiv='1711.05139'),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
files = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for d in labels:
        lines = files.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
        d['raw'] = lines[d['line'] - 1]  # every sampled entry here is a single line
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(labels))

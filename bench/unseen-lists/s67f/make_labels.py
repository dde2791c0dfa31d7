#!/usr/bin/env python3
"""Hand labels (typed by eye from the README files); raw is copied from the file at the given line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
S = 'LIN-LOUIS__Skin-cancer.README.md'
A = 'albarqouni__Deep-Learning-for-Medical-Applications.README.md'
C = 'javadmozaffari__Awesome-COVID19-research.README.md'

def NP(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

def P(lst, line, title, section, arxiv_id=None, url=None, venue=None, year=None, code=None, summary=None, authors=()):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv_id, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)

RP = 'Representative Papers (2024–2025)'
L = [
 NP(S, 33, 'Method Taxonomy / Based on Task Type'),
 NP(S, 37, 'Method Taxonomy / Based on Model Type'),
 NP(S, 39, 'Method Taxonomy / Based on Model Type'),
 NP(S, 41, 'Method Taxonomy / Based on Model Type'),
 NP(S, 42, 'Method Taxonomy / Based on Model Type'),
 NP(S, 43, 'Method Taxonomy / Based on Model Type'),
 P(S, 51, 'A Unified Multimodal Foundation Model for Patch-WSI Histopathology', RP, venue='CVPR'),
 P(S, 52, 'On the Out-Of-Distribution Generalization of Large Multimodal Models', RP, venue='CVPR'),
 P(S, 53, 'Multi-faceted Hierarchical Graph-based GNN for Spatial Transcriptomics', RP, venue='CVPR'),
 P(S, 55, 'Minding Fuzzy Regions: A Data-driven Alternative to EM in Segmentation', RP, venue='CVPR'),
 P(S, 56, 'Interactive Medical Image Segmentation Benchmark (IMed-361M)', RP, venue='CVPR'),
 P(S, 58, 'kMaXU: Medical Image Segmentation with k-means Mask', RP, venue='PR'),
 P(S, 62, 'Few-shot Meta Segmentation for Skin Cancer', RP, venue='PR'),
 P(S, 63, 'Uncertainty-guided Semi-supervised Segmentation', RP, venue='TMI'),
 P(S, 64, 'SSL-SEFP: Self-supervised Patch Fusion for Eyelid Melanoma', RP, venue='JBHI'),
 P(S, 65, 'Multiscale Fusion Transformer for Lesion Classification', RP, venue='TMI'),
 NP(S, 76, 'Skin Cancer Datasets'),
 NP(S, 77, 'Skin Cancer Datasets'),
 P(S, 85, 'BS-LDM', 'Diffusion Models in Skin Imaging', url='https://openreview.net/forum?id=3b9SKkRAKw',
   venue='JBHI 2025', year=2025, summary='High-res latent conditional model'),
 NP(S, 95, 'Application Scenarios'),

 NP(A, 8, 'Criteria'),
 NP(A, 15, 'Criteria'),
 NP(A, 16, 'Criteria'),
 NP(A, 21, 'Criteria'),
 NP(A, 63, 'Table of Contents / Medical Applications'),
 NP(A, 64, 'Table of Contents / Medical Applications'),
 P(A, 75, 'Fast Convolutional Neural Network Training Using Selective Data Sampling: Application to Hemorrhage Detection in Color Fundus Images',
   'Deep Learning Techniques / Convolutional Neural Networks', url='http://ieeexplore.ieee.org/document/7401052/#full-text-section'),
 P(A, 88, 'Deep learning of feature representation with multiple instance learning for medical image analysis',
   'Medical Applications / Annotation', venue='ICASSP 2014', year=2014),
 P(A, 89, 'AggNet: Deep Learning From Crowds for Mitosis Detection in Breast Cancer Histology Images',
   'Medical Applications / Annotation', url='http://ieeexplore.ieee.org/document/7405343/', venue='IEEE-TMI 2016', year=2016),
 P(A, 97, 'Automatic Feature Learning to Grade Nuclear Cataracts Based on Deep Learning', 'Medical Applications / Classification',
   url='https://pdfs.semanticscholar.org/2650/44769c0a35228d8512570f7ec4cc38e1c511.pdf', venue='IEEE-TBME 2015', year=2015),
 P(A, 98, 'Quantifying Radiographic Knee Osteoarthritis Severity using Deep Convolutional Neural Networks', 'Medical Applications / Classification',
   arxiv_id='1609.02469', venue='arXiv 2016', year=2016),
 P(A, 101, 'Multi-resolution-tract CNN with hybrid pretrained and skin-lesion trained layers', 'Medical Applications / Classification',
   url='http://www.cs.sfu.ca/~hamarneh/ecopy/miccai_mlmi2016a.pdf', venue='MLMI 2016', year=2016),
 P(A, 106, 'Computer-Aided Diagnosis with Deep Learning Architecture: Applications to Breast Lesions in US Images and Pulmonary Nodules in CT Scans',
   'Medical Applications / Classification', url='https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4832199/pdf/srep24454.pdf', venue='Nature 2016', year=2016),
 P(A, 108, 'Deep multi-instance networks with sparse label assignment for whole mammogram classification', 'Medical Applications / Classification',
   url='https://link.springer.com/chapter/10.1007/978-3-319-66179-7_69', venue='MICCAI 2017', year=2017),
 P(A, 110, 'Dermatologist-level classification of skin cancer with deep neural networks', 'Medical Applications / Classification',
   venue='Nature 2017', year=2017),
 P(A, 121, 'Standard Plane Localization in Fetal Ultrasound via Domain Transferred Deep Neural Networks', 'Medical Applications / Detection / Localization',
   url='http://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=7090943', venue='IEEE-JBHI 2015', year=2015),
 P(A, 125, 'An artificial agent for anatomical landmark detection in medical images', 'Medical Applications / Detection / Localization',
   url='https://www5.informatik.uni-erlangen.de/Forschung/Publikationen/2016/Ghesu16-AAA.pdf', venue='MICCAI 2016', year=2016),
 P(A, 128, 'Improving Computer-Aided Detection Using Convolutional Neural Networks and Random View Aggregation Neural Networks',
   'Medical Applications / Detection / Localization', url='http://www.cs.jhu.edu/~lelu/publication/07279156.pdf', venue='IEEE-TMI 2016', year=2016),
 P(A, 131, 'Self-Transfer Learning for Fully Weakly Supervised Lesion Localization', 'Medical Applications / Detection / Localization',
   url='https://link.springer.com/chapter/10.1007/978-3-319-46723-8_28', venue='MICCAI 2016', year=2016),
 P(A, 132, 'Fast Convolutional Neural Network Training Using Selective Data Sampling: Application to Hemorrhage Detection in Color Fundus Images',
   'Medical Applications / Detection / Localization', url='http://ieeexplore.ieee.org/document/7401052/#full-text-section', venue='MICCAI 2016', year=2016),

 NP(C, 12, 'Overview'),
 NP(C, 14, 'Overview'),
 NP(C, 29, 'Datasets'),
 NP(C, 31, 'Datasets'),
 NP(C, 43, 'Datasets'),
 NP(C, 45, 'Datasets'),
 P(C, 61, 'Going Deeper With Convolutions', 'GoogleNet',
   url='https://www.cv-foundation.org/openaccess/content_cvpr_2015/html/Szegedy_Going_Deeper_With_2015_CVPR_paper.html',
   code='https://pytorch.org/hub/pytorch_vision_googlenet/'),
 P(C, 70, 'Application of CycleGAN and transfer learning techniques for automated detection of COVID-19 using X-ray images', 'GoogleNet',
   url='https://www.sciencedirect.com/science/article/pii/S0167865521004128', year=2021),
 P(C, 73, 'Deep Residual Learning for Image Recognition', 'ResNet',
   url='http://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html',
   code='https://pytorch.org/hub/pytorch_vision_resnet/'),
 P(C, 81, 'CGENet: A Deep Graph Model for COVID-19 Detection Based on Chest CT', 'ResNet',
   url='https://www.mdpi.com/2079-7737/11/1/33', year=2022),
 P(C, 102, 'A Two-Dimensional Sparse Matrix Profile DenseNet for COVID-19 Diagnosis Using Chest CT Images', 'DenseNet',
   url='https://ieeexplore.ieee.org/abstract/document/9268138', year=2020),
 P(C, 104, 'A novel data augmentation based on Gabor filter and convolutional deep learning for improving the classification of COVID-19 chest X-Ray images', 'DenseNet',
   url='https://www.sciencedirect.com/science/article/pii/S174680942100923X', year=2022),
 P(C, 112, 'Dynamic Routing Between Capsules', 'CapsuleNet',
   url='https://proceedings.neurips.cc/paper_files/paper/2017/hash/2cad8fa47bbef282badbb8de5374b894-Abstract.html',
   code='https://github.com/jindongwang/Pytorch-Capsule'),
 P(C, 122, 'Human-level COVID-19 Diagnosis from Low-dose CT Scans Using a Two-stage Time-distributed Capsule Network', 'CapsuleNet',
   url='https://www.nature.com/articles/s41598-022-08796-8', year=2021),
 P(C, 124, 'The application of fast CapsNet computer vision in detecting Covid-19', 'CapsuleNet',
   url='https://www.researchgate.net/profile/Raj-Sandu/publication/342699125_The_application_of_fast_CapsNet_computer_vision_in_detecting_Covid-19/links/5f01b753299bf18816037ea0/The-application-of-fast-CapsNet-computer-vision-in-detecting-Covid-19.pdf', year=2020),
 P(C, 126, 'MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications', 'MobileNet',
   arxiv_id='1704.04861', code='https://pytorch.org/hub/pytorch_vision_mobilenet_v2/'),
 P(C, 130, 'Detection of Covid-19 Patients using Chest X-ray images with Convolution Neural Network and Mobile Net', 'MobileNet',
   url='https://ieeexplore.ieee.org/abstract/document/9316100', year=2020),
 P(C, 134, 'RAM-Net: A Residual Attention MobileNet to Detect COVID-19 Cases from Chest X-Ray Images', 'MobileNet',
   url='https://ieeexplore.ieee.org/abstract/document/9356348', year=2020),
 P(C, 136, 'Fast COVID-19 Detection of Chest X-Ray Images Using Single Shot Detection MobileNet Convolutional Neural Networks', 'MobileNet',
   url='https://jsju.org/index.php/journal/article/view/846', year=2021),
 P(C, 143, 'COVID-19 detection in CT images with deep learning: A voting-based scheme and cross-datasets analysis', 'EfficientNet',
   url='https://www.sciencedirect.com/science/article/pii/S2352914820305773', year=2020),
]
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
out = open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8')
files = {}
for d in L:
    lines = files.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
    d['raw'] = lines[d['line'] - 1]
    out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
out.close()
print(len(L))

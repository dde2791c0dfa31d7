import json, re
S = [json.loads(l) for l in open('sample.jsonl')]
by = {(d['list'], d['line']): d['raw'] for d in S}
G = 'GrassBro__CV_WSSL.README.md'
J = 'JackieZhangdx__WeakSupervisedSegmentationList.README.md'
H = 'hanwei0912__Adversarial-Reading.README.md'

def first_link(raw):
    return re.search(r'\]\((\S+?)\)', raw.replace('\n', ' ')).group(1)

def P(lst, line, title, venue, year, section, arxiv=None, url='FIRST', code=None):
    raw = by[(lst, line)]
    u = first_link(raw) if url == 'FIRST' else url
    if arxiv:
        assert arxiv in u, (line, u)
        u = None
    if code:
        assert code in raw, (line, code)
    return dict(list=lst, line=line, raw=raw, is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                url=u, venue=venue, year=year, authors=[], code=code, summary=None, section=section)

def N(lst, line, section):
    return dict(list=lst, line=line, raw=by[(lst, line)], is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)

g11 = '1. Object Detection / 1.1 Class Label Supervision'
g31 = '3. Semantic Segmentation / 3.1 Class Label Supervision'
g33 = '3. Semantic Segmentation / 3.3 Semi-supervised Learning'
L = [
 P(G, 17, 'Weakly Supervised Object Localization with Multi-fold Multiple Instance Learning', 'PAMI 2017', 2017, g11, arxiv='1503.00949'),
 P(G, 41, 'C-WSL: Count-guided Weakly Supervised Localization', 'ECCV 2018', 2018, '1. Object Detection / 1.2 Class and Count Labels as Supervision'),
 P(G, 105, 'Object Counting and Instance Segmentation with Image-level Supervision', 'CVPR 2019', 2019, '4. Instance Segmentation', arxiv='1903.02494'),
 P(G, 11, 'Weakly Supervised Deep Detection Networks', 'CVPR 2016', 2016, g11, code='https://github.com/hbilen/WSDDN'),
 P(G, 95, 'Revisiting CycleGAN for semi-supervised segmentation', 'arXiv 2019', 2019, g33, arxiv='1908.11569'),
 P(G, 55, 'Attention Networks for Weakly Supervised Object Localization', 'BMVC 2016', 2016, '2. Object Localization'),
 P(G, 77, 'Object Region Mining with Adversarial Erasing: A Simple Classification to Semantic Segmentation Approach', 'CVPR 2017', 2017, g31, arxiv='1703.08448'),
 P(G, 97, 'Exploiting Temporality for Semi-Supervised Video Segmentation', 'arXiv 2019', 2019, g33, arxiv='1908.11309'),
 P(G, 79, 'Exploiting saliency for object segmentation from image level labels', 'CVPR 2017', 2017, g31, arxiv='1701.08261', code='https://github.com/coallaoh/GuidedLabelling'),
 P(G, 99, 'Simple Does It: Weakly Supervised Instance and Semantic Segmentation', 'CVPR 2017', 2017, g33, code='https://github.com/johnnylu305/Simple-does-it-weakly-supervised-instance-and-semantic-segmentation'),
 P(G, 59, 'ContextLocNet: Context-Aware Deep Network Models for Weakly Supervised Localization', 'ECCV 2016', 2016, '2. Object Localization'),
 P(G, 127, 'Semi-Supervised Video Salient Object Detection Using Pseudo-Labels', 'ICCV 2019', 2019, '4. Salient Object Detection / 4.2 Video', arxiv='1908.04051'),
 P(G, 75, 'Seed, Expand and Constrain: Three Principles for Weakly-Supervised Image Segmentation', 'ECCV 2016', 2016, g31, arxiv='1603.06098'),
 P(G, 47, 'Cross-Domain Weakly-Supervised Object Detection through Progressive Domain Adaptation', 'CVPR 2018', 2018, '1. Object Detection / 1.3 Applications'),
 P(G, 15, 'Multiple Instance Detection Network with Online Instance Classifier Refinement', 'CVPR 2017', 2017, g11, arxiv='1704.00138'),
 N(G, 141, '6. Useful Slides/Blogs for Comprehensive Reading'),
 P(G, 68, 'Integral Object Mining via Online Attention Accumulation', 'ICCV 2019', 2019, '2. Object Localization'),
 P(G, 34, 'You reap what you sow: Using Videos to Generate High Precision Object Proposals for Weakly-supervised Object Detection', 'CVPR 2019', 2019, g11),
 P(G, 25, 'Weakly Supervised Region Proposal Network and Object Detection', 'ECCV 2018', 2018, g11),
 P(G, 9, 'Weakly supervised object detection with convex clustering', 'CVPR 2015', 2015, g11),
]
j5 = '5.Close Related or unpublished work'
j3 = '3.Image/video label supervision'
jt = 'Typical weak supervised segmentation problems'
j1 = '1.Bounding box supervision'
L += [
 P(J, 100, 'WebSeg: Learning Semantic Segmentation from Web Searches', 'arXiv 2018', 2018, j5, arxiv='1803.09859'),
 N(J, 22, jt),
 P(J, 72, 'Weakly Supervised Instance Segmentation using Class Peak Response', 'CVPR 2018', 2018, j3, arxiv='1804.00880'),
 N(J, 7, None),
 P(J, 106, 'Cross-Domain Weakly-Supervised Object Detection through Progressive Domain Adaptation', 'CVPR 2018', 2018, j5, arxiv='1803.11365'),
 P(J, 81, 'Seed, Expand, Constrain: Three Principles for Weakly-Supervised Image Segmentation', 'ECCV 2016', 2016, j3, arxiv='1603.06098', code='https://github.com/kolesman/SEC'),
 P(J, 108, 'Weakly Supervised Salient Object Detection Using Image Labels', 'AAAI 2018', 2018, j5, arxiv='1803.06503'),
 P(J, 52, 'Deepcut: Object segmentation from bounding box annotations using convolutional neural networks', 'TMI 2017', 2017, j1),
 N(J, 8, None),
 N(J, 24, jt),
 N(J, 23, jt),
 P(J, 112, 'Learning Semantic Segmentation with Diverse Supervision', 'WACV 2018', 2018, j5, arxiv='1802.00509'),
 N(J, 10, None),
 P(J, 77, 'WILDCAT: Weakly Supervised Learning of Deep ConvNets for Image Classification, Pointwise Localization and Segmentation', 'CVPR 2017', 2017, j3, code='https://github.com/durandtibo/wildcat.pytorch'),
 P(J, 102, 'On Regularized Losses for Weakly-supervised CNN Segmentation', 'arXiv 2018', 2018, j5, arxiv='1803.09569'),
 P(J, 89, "What's the Point: Semantic Segmentation with Point Supervision", 'ECCV 2016', 2016, '4.Other supervision / Points', arxiv='1506.02106', code='https://github.com/abearman/whats-the-point1'),
 P(J, 33, 'Learning to Segment Every Thing', 'CVPR 2018', 2018, j1, arxiv='1711.10370'),
 P(J, 93, 'Normalized Cut Loss for Weakly-supervised CNN Segmentation', 'CVPR 2018', 2018, '4.Other supervision / Scribbles'),
 P(J, 95, 'Learning to segment under various forms of weak supervision', 'CVPR 2015', 2015, '4.Other supervision / Scribbles'),
 P(J, 75, 'Weakly Supervised Semantic Segmentation using Web-Crawled Videos', 'CVPR 2017', 2017, j3, arxiv='1701.00352'),
]
L += [
 P(H, 21, 'STC: A Simple to Complex Framework for Weakly-Supervised Semantic Segmentation', 'IEEE TPAMI 2017', 2017, None),
 P(H, 1, 'Constrained convolutional neural networks for weakly supervised segmentation', 'CVPR 2015', 2015, None),
 P(H, 125, 'Weakly Supervised Semantic Segmentation using Out-of-Distribution Data', 'CVPR 2022', 2022, None),
 P(H, 48, 'Weaklysupervised semantic segmentation by iteratively mining common object features', 'CVPR 2018', 2018, None),
 P(H, 120, 'Pseudo-mask matters in weakly-supervised semantic segmentation', 'ICCV 2021', 2021, None),
 P(H, 43, 'Revisiting dilated convolution: A simple approach for weakly-and semi-supervised semantic segmentation', 'CVPR 2018', 2018, None),
 P(H, 58, 'Weakly-supervised semantic segmentation network with deep seeded region growing', 'CVPR 2018', 2018, None),
 P(H, 6, 'Weakly-and semi-supervised learning of a deep convolutional network for semantic image segmentation', 'ICCV 2015', 2015, None),
 P(H, 78, 'Self-supervised Equivariant Attention Mechanism for Weakly Supervised Semantic Segmentation', 'CVPR 2020', 2020, None),
 P(H, 68, 'Ficklenet: Weakly and semi-supervised semantic image segmentation using stochastic inference', 'CVPR 2019', 2019, None),
 P(H, 31, 'Discovering class-specific pixels for weakly-supervised semantic segmentation', 'BMVC 2017', 2017, None),
 P(H, 36, 'Learning Pixel-level Semantic Affinity with Image-level Supervision for Weakly Supervised Semantic Segmentation', 'CVPR 2018', 2018, None),
 P(H, 135, 'Weakly-supervised segmentation using inherently-explainable classification models and their application to brain tumour classification', None, None, "Ronan's recommmendation", arxiv='2206.05148'),
 P(H, 26, 'Object region mining with adversarial erasing: A simple classification to semantic segmentation approach', 'CVPR 2017', 2017, None),
 P(H, 73, 'Cian: Cross-image affinity net for weakly supervised semantic segmentation', 'AAAI 2020', 2020, None),
 P(H, 116, 'Unlocking the potential of ordinary classifier: Class-specific adversarial erasing framework for weakly supervised semantic segmentation', 'ICCV 2021', 2021, None),
 P(H, 16, 'Seed, expand and constrain: Three principles for weakly-supervised image segmentation', 'ECCV 2016', 2016, None, arxiv='1603.06098'),
 P(H, 63, 'Weakly supervised learning of instance segmentation with inter-pixel relations', 'CVPR 2019', 2019, None),
 P(H, 111, 'Antiadversarially manipulated attributions for weakly and semisupervised semantic segmentation', 'CVPR 2021', 2021, None),
 P(H, 53, 'Self-erasing network for integral object attention', 'NIPS 2018', 2018, None),
]
assert len(L) == 60 and len({(d['list'], d['line']) for d in L}) == 60
assert {(d['list'], d['line']) for d in L} == set(by)
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for d in L:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('ok')

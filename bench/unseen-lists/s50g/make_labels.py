"""Write labels.jsonl from hand-read labels.

Every field below was read by eye from the saved README files (no program output was used to
fill them). `n` is how many source lines the entry spans (its first line is `line`); the raw
text is copied from the file by those line numbers so that it is byte-exact (trailing spaces
included), and check_raw.py checks it again.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
B = 'better-chao__perceptual_abilities_evaluation.README.md'
I = 'ishandutta2007__Awesome-Open-Vocabulary-Models.README.md'
W = 'wang-akang__MyPaper.README.md'


def P(lst, line, title, venue=None, year=None, arxiv=None, url=None, code=None,
      summary=None, section=None, n=1, authors=None):
    return dict(list=lst, line=line, n=n, is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                url=url, venue=venue, year=year, authors=authors or [], code=code,
                summary=summary, section=section)


def N(lst, line, section, n=1):
    return dict(list=lst, line=line, n=n, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


BD1 = 'Models / VLM Detection Models / First Type'
BD2 = 'Models / VLM Detection Models / Second Type'
BS = 'Models / VLM Segmentation Models'
DD = 'Datasets / Datasets for Detection'
DS = 'Datasets / Datasets for Segmentation'

LABELS = [
    # ---- better-chao / perceptual_abilities_evaluation ----
    N(B, 24, 'Models / VLM Detection Models'),
    P(B, 28, 'Open Vocabulary Object Detection with Pseudo Bounding-Box Labels', 'ECCV 2022', 2022,
      arxiv='2111.09452', code='https://github.com/salesforce/PB-OVD', section=BD1),
    P(B, 29, 'DetCLIP: Dictionary-Enriched Visual-Concept Paralleled Pre-training for Open-world Detection',
      'NeurIPS 2022', 2022, arxiv='2209.09407', section=BD1),
    P(B, 34, 'Grounding DINO: Marrying DINO with Grounded Pre-Training for Open-Set Object Detection',
      'ECCV 2024', 2024, arxiv='2303.05499', code='https://github.com/IDEA-Research/GroundingDINO',
      section=BD1),
    P(B, 40, 'Detecting Twenty-thousand Classes using Image-level Supervision', 'ECCV 2022', 2022,
      arxiv='2201.02605', code='https://github.com/facebookresearch/Detic', section=BD2),
    P(B, 51, 'PromptDet: Towards Open-vocabulary Detection using Uncurated Images', 'ECCV 2022', 2022,
      arxiv='2203.16513', code='https://github.com/fcjian/PromptDet', section=BD2),
    P(B, 53, 'Aligning Bag of Regions for Open-Vocabulary Object Detection', 'CVPR 2023', 2023,
      arxiv='2302.13996', code='https://github.com/wusize/ovdet', section=BD2),
    P(B, 92, 'Learning Mask-aware CLIP Representations for Zero-Shot Segmentation', 'NeurIPS 2023', 2023,
      arxiv='2310.00240', code='https://github.com/jiaosiyu1999/MAFT', section=BS),
    P(B, 102, 'Learning to Generate Text-grounded Mask for Open-world Semantic Segmentation from Only Image-Text Pairs',
      'CVPR 2023', 2023, arxiv='2212.00785', code='https://github.com/kakaobrain/tcl', section=BS),
    N(B, 110, DD), N(B, 113, DD), N(B, 115, DD), N(B, 120, DD), N(B, 121, DD), N(B, 122, DD),
    N(B, 126, DD),
    N(B, 137, DS), N(B, 140, DS), N(B, 144, DS), N(B, 147, DS),

    # ---- ishandutta2007 / Awesome-Open-Vocabulary-Models ----
    P(I, 37, 'ImageNet Classification with Deep Convolutional Neural Networks', None, 2012,
      url='https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html',
      section='1. The Chronological Evolution'),
    P(I, 38, 'Zero-Shot Learning — A Comprehensive Evaluation of the Good, the Bad and the Ugly', None, 2018,
      arxiv='1707.00600', section='1. The Chronological Evolution'),
    P(I, 39, 'Learning Transferable Visual Models From Natural Language Supervision', None, 2021,
      arxiv='2103.00020', section='1. The Chronological Evolution'),
    P(I, 49, 'Simple Open-Vocabulary Object Detection with Vision Transformers', None, 2022,
      arxiv='2205.06230', section='2. Methodology & Weak-Supervision Variants'),
    P(I, 50, 'Open-vocabulary Object Detection via Vision and Language Knowledge Distillation', None, 2022,
      arxiv='2104.13921', section='2. Methodology & Weak-Supervision Variants'),
    P(I, 51, 'Grounding DINO: Marrying DINO with Grounded Pre-Training for Open-Set Object Detection', None, 2023,
      arxiv='2303.05499', section='2. Methodology & Weak-Supervision Variants'),
    P(I, 61, 'Open-Vocabulary Object Detection Using Captions', None, 2021,
      arxiv='2011.10678', section='3. Modality & Task Types'),
    P(I, 62, 'Language-driven Semantic Segmentation', None, 2022,
      arxiv='2201.03546', section='3. Modality & Task Types'),
    P(I, 63, 'OpenScene: 3D Scene Understanding with Open Vocabularies', None, 2023,
      arxiv='2211.15654', section='3. Modality & Task Types'),
    P(I, 73, 'WinCLIP: Zero-/Few-Shot Anomaly Classification and Segmentation', None, 2023,
      arxiv='2303.14814', section='4. Production Applications'),
    P(I, 74, 'Do As I Can, Not As I Say: Grounding Language in Robotic Affordances', None, 2022,
      arxiv='2204.01691', section='4. Production Applications'),
    P(I, 75, 'FashionCLIP: Connecting Language and Images for Product Representations', None, 2022,
      arxiv='2204.03972', section='4. Production Applications'),

    # ---- wang-akang / MyPaper ----
    P(W, 5, 'Language-driven Cross-modal Classifier for Zero-shot Multi-label Image Recognition',
      'ICML 2024', 2024, url='https://openreview.net/pdf?id=sHswzNWUW2',
      code='https://github.com/yic20/CoMC', section='多标签图像分类：', n=2),
    P(W, 12, 'Correlative and Discriminative Label Grouping for Multi-Label Visual Prompt Tuning',
      'CVPR 2025', 2025, arxiv='2504.09990', section='多标签图像分类：', n=2),
    P(W, 21, 'Category-Specific Selective Feature Enhancement for Long-Tailed Multi-Label Image Classification',
      'ICCV 2025', 2025, section='多标签图像分类：'),
    P(W, 31, 'Test-Time Adaptation of Vision-Language Models forOpen-Vocabulary Semantic Segmentation',
      'CVPR 2025', 2025, arxiv='2505.21844', section='语义分割:'),
    P(W, 33, 'Know Your Attention Maps: Class-specific Token Masking for Weakly Supervised Semantic Segmentation',
      'ICCV 2025', 2025, arxiv='2507.06848', section='语义分割:'),
    P(W, 44, 'TextRegion: Text-Aligned Region Tokens from Frozen Image-Text Models', 'arXiv 2025', 2025,
      arxiv='2505.23769', code='https://github.com/avaxiao/TextRegion',
      summary='SAM2与图像-文本模型(CLIP SigLIP2)结合', section='语义分割:', n=2),
    P(W, 53, 'Neighbor-aware Geodesic Transportation for Neighborhood Refinery', None, 2025,
      url='https://openreview.net/pdf?id=DWI1xx2sX5', section='检索:'),
    P(W, 72, 'Clip-diy: Clip dense inference yields open-vocabulary semantic segmentation for-free',
      'CVPR 2024', 2024, arxiv='2309.14289', section='Training-Free：'),
    P(W, 75, 'ClearCLIP: Decomposing CLIP Representations for Dense Vision-Language Inference',
      'ECCV 2024', 2024, url='https://www.ecva.net/papers/eccv_2024/papers_ECCV/papers/06346.pdf',
      code='https://github.com/mc-lan/ClearCLIP', section='Training-Free：'),
    P(W, 78, 'Proxyclip: Proxy attention improves clip for open-vocabulary segmentation', 'ECCV 2024', 2024,
      arxiv='2408.04883', code='https://github.com/mc-lan/ProxyCLIP?tab=readme-ov-file',
      section='Training-Free：'),
    P(W, 81, 'CLIPer: Hierarchically Improving Spatial Representation of CLIP for Open-Vocabulary Semantic Segmentation',
      'arXiv 2024', 2024, arxiv='2411.13836',
      code='https://github.com/linsun449/cliper.code?tab=readme-ov-file', section='Training-Free：'),
    P(W, 83, 'ResCLIP: Residual Attention for Training-free Dense Vision-language Inference', 'CVPR 2025', 2025,
      arxiv='2411.15851', code='https://github.com/yvhangyang/ResCLIP?tab=readme-ov-file',
      section='Training-Free：'),
    P(W, 86, 'ITACLIP: Boosting Training-Free Semantic Segmentation with Image, Text, and Architectural Enhancements',
      'CVPR 2025', 2025,
      url='https://openaccess.thecvf.com/content/CVPR2025W/PixFoundation/papers/Aydin_ITACLIP_Boosting_Training-Free_Semantic_Segmentation_with_Image_Text_and_Architectural_CVPRW_2025_paper.pdf',
      code='https://github.com/m-arda-aydn/ITACLIP', section='Training-Free：'),
    P(W, 88, 'LUDVIG: Learning-free Uplifting of 2D Visual features to Gaussian Splatting scene', 'ICCV 2025', 2025,
      arxiv='2410.14462', code='https://github.com/naver/ludvig', section='Training-Free：'),
    P(W, 89, 'WildSeg3D: Segment Any 3D Objects in the Wild from 2D Images', 'ICCV 2025', 2025,
      arxiv='2503.08407', section='Training-Free：'),
    P(W, 105, 'SCORE: Scene Context Matters in Open-Vocabulary Remote Sensing Instance Segmentation',
      'ICCV 2025', 2025, section='Training-Free：'),
    P(W, 111, 'A Survey on Training-free Open-Vocabulary Semantic Segmentation', 'arXiv 2025', 2025,
      arxiv='2505.22209', section='Training-Free：'),
    P(W, 119, 'Prompt Categories Cluster for Weakly Supervised Semantic Segmentation', 'CVPR 2025', 2025,
      url='https://openaccess.thecvf.com/content/CVPR2025W/eLVM/papers/Wu_Prompt_Categories_Cluster_for_Weakly_Supervised_Semantic_Segmentation_CVPRW_2025_paper.pdf',
      section='老师提供暂存：'),
    P(W, 120, 'Disentangling CLIP for Multi-Object Perception', 'NIPS 2025', 2025,
      arxiv='2502.02977', section='老师提供暂存：'),
    P(W, 126, 'Exploiting Vision Language Model for Training-Free 3D Point Cloud OOD Detection via Graph Score Propagation',
      'ICCV 2025', 2025, section='3D点云处理和视觉-语言模型'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    files = {}
    out = []
    for d in LABELS:
        if d['list'] not in files:
            files[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
        lines = files[d['list']]
        d = dict(d)
        d['raw'] = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + d.pop('n')])
        out.append({k: d[k] for k in KEYS})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(r['is_paper'] for r in out), 'papers')


if __name__ == '__main__':
    main()

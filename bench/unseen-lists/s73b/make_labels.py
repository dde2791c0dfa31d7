#!/usr/bin/env python3
"""Hand labels for the 60 drawn entries. raw is cut from the file by the hand-chosen line range;
every other field is written by hand below."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
J = 'Jason-Mar1__Awesome-Object-Counting.README.md'
M = 'Mengqi-Lei__awesome-object-counting.README.md'
T = 'Tudor67__Paper-Notes.README.md'

def np(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)

def P(title, section, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=None,
      code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue,
                year=year, authors=authors or [], code=code, summary=summary, section=section)

L = []  # (list, start, end, label)
# ---------------- Jason-Mar1 ----------------
JD = 'Datasets'
L += [(J, 11, 11, np(JD)), (J, 13, 13, np(JD)), (J, 14, 14, np(JD))]
FS = 'Few-Shot Object Counting / Papers'
L += [
 (J, 22, 22, P('Class-Agnostic Few-Shot Object Counting', FS, venue='WACV 2021', year=2021,
              summary='Proposes CFOCNet for counting arbitrary classes with few shots.')),
 (J, 23, 23, P('Few-Shot Object Counting with Frequency Attention and Multi-Perception Head', FS, year=2025,
              summary='Addresses feature degradation and multi-scale fusion in few-shot scenarios.')),
 (J, 26, 26, P('Few-Shot Object Counting With Similarity-Aware Feature Enhancement', FS, venue='WACV 2023', year=2023,
              summary='Enhances features using similarity awareness.')),
 (J, 27, 27, P('A Lightweight Few-Shot Object Counting Method Based on Similarity Matching', FS, year=2025,
              summary='Emphasizes efficiency in few-shot settings.')),
]
L += [(J, 32, 32, np('Few-Shot Object Counting / Datasets')), (J, 34, 34, np('Few-Shot Object Counting / Datasets'))]
ZS = 'Zero-Shot Object Counting / Papers'
L += [
 (J, 42, 42, P('Zero-Shot Object Counting with Good Exemplars', ZS, venue='ECCV 2024', year=2024,
              summary='Improves exemplars via patch selection for better zero-shot performance.')),
 (J, 44, 44, P('Zero-Shot Object Counting with Visual Feature Extraction and Language-Guidance', ZS, year=2025,
              summary='Focuses on language-guided feature extraction.')),
 (J, 46, 46, P('Towards Zero-Shot Object Counting via Deep Spatial Prior Cross-Modality Fusion', ZS, year=2024,
              summary='Uses DSPI network for multimodal alignment.')),
 (J, 47, 47, P('CLIP-Count: Towards Text-Guided Zero-Shot Object Counting', ZS, venue='ACM MM 2023', year=2023,
              summary='End-to-end pipeline using CLIP for zero-shot density maps.')),
 (J, 48, 48, P('Text Instructed Zero-Shot Object Counting with Spatial Prior Guidance Network', ZS, year=2025,
              summary='Extracts spatial positions from text.')),
 (J, 50, 50, P('Expanding Zero-Shot Object Counting with Rich Prompts', ZS, venue='arXiv 2025', year=2025,
              summary='Refines text prompts for improved alignment.')),
 (J, 60, 60, P('CountGD: Multi-Modal Open-World Counting', 'Multimodal Image-Text Object Counting / Papers', year=2023,
              summary='Handles text and visual examples for multimodal counting.')),
]
L += [(J, 64, 64, np('Multimodal Image-Text Object Counting / Datasets')),
      (J, 66, 66, np('Multimodal Image-Text Object Counting / Datasets')),
      (J, 72, 72, np('Code Repositories')), (J, 74, 74, np('Code Repositories'))]
# ---------------- Mengqi-Lei ----------------
L += [(M, 26, 26, np('Contents')), (M, 44, 44, np('Task Taxonomy'))]
H = 'Highlights'
L += [
 (M, 51, 51, P('UNICBench: UNIfied Counting Benchmark for MLLM', H, venue='CVPR 2026', year=2026,
   url='https://openaccess.thecvf.com/content/CVPR2026/html/Rong_UNICBench_UNIfied_Counting_Benchmark_for_MLLM_CVPR_2026_paper.html')),
 (M, 53, 53, P('A Novel Unified Architecture for Low-Shot Counting by Detection and Segmentation', H, arxiv_id='2409.18686',
   venue='NeurIPS 2024', year=2024, code='https://github.com/jerpelhan/GeCo')),
 (M, 54, 54, P('CountGD: Multi-Modal Open-World Counting', H, venue='NeurIPS 2024', year=2024,
   url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/57c56985d9afe89bf78a8264c91071aa-Abstract-Conference.html',
   code='https://github.com/niki-amini-naieni/CountGD')),
]
DS = 'Datasets and Benchmarks / Full dataset catalog (64 entries)'
L += [
 (M, 89, 89, P('CountQA', DS, arxiv_id='2508.06585', year=2025)),
 (M, 94, 94, P('OmniCount-191', DS, year=2025, url='https://ojs.aaai.org/index.php/AAAI/article/download/34151/36306')),
 (M, 112, 112, P('LIVECell', DS, year=2021, doi='10.1038/s41592-021-01249-6', url='https://doi.org/10.1038/s41592-021-01249-6')),
 (M, 113, 113, P('Lizard', DS, year=2021,
   url='https://openaccess.thecvf.com/content/ICCV2021W/CDPath/papers/Graham_Lizard_A_Large-Scale_Dataset_for_Colonic_Nuclear_Instance_Segmentation_and_ICCVW_2021_paper.pdf')),
 (M, 120, 120, P('GCC', DS, year=2019,
   url='https://openaccess.thecvf.com/content_CVPR_2019/html/Wang_Learning_From_Synthetic_Data_for_Crowd_Counting_in_the_Wild_CVPR_2019_paper.html')),
 (M, 125, 125, P('MoNuSeg', DS, year=2017, doi='10.1109/TMI.2017.2677499', url='https://doi.org/10.1109/TMI.2017.2677499')),
 (M, 127, 127, P('PUCPR+', DS, year=2017,
   url='https://openaccess.thecvf.com/content_iccv_2017/html/Hsieh_Drone-Based_Object_Counting_ICCV_2017_paper.html')),
 (M, 129, 129, P('Penguin Counting Dataset', DS, year=2016,
   url='https://ora.ox.ac.uk/objects/uuid%3A9bb7cbd9-42fc-416a-9cca-dd07c25f9fb1')),
 (M, 130, 130, P('ShanghaiTech', DS, year=2016,
   url='https://openaccess.thecvf.com/content_cvpr_2016/html/Zhang_Single-Image_Crowd_Counting_CVPR_2016_paper.html')),
]
OV = 'Papers / Open-vocabulary Counting'
L += [
 (M, 147, 147, P('CountLEG: Compositional referring expression counting framework via Latent Expression Guidance', OV + ' / 2027',
   doi='10.1016/j.patcog.2026.114691', url='https://doi.org/10.1016/j.patcog.2026.114691',
   venue='Pattern Recognition 2027', year=2027, code='https://github.com/psbetter/CountLEG')),
 (M, 152, 152, P('Boosting Quantitive and Spatial Awareness for Zero-Shot Object Counting', OV + ' / 2026',
   arxiv_id='2603.16129', venue='CVPR 2026', year=2026)),
 (M, 158, 158, P('Open-World Object Counting in Videos', OV + ' / 2026', arxiv_id='2506.15368', venue='AAAI 2026', year=2026,
   code='https://github.com/niki-amini-naieni/CountVid')),
 (M, 162, 162, P('The MixCount Dataset: Bridging the Data Gap for Open-Vocabulary Object Counting', OV + ' / 2026',
   arxiv_id='2605.18063', venue='arXiv 2026', year=2026, code='https://corentindumery.github.io/projects/mixcount.html')),
 (M, 166, 166, P('Can Current AI Models Count What We Mean, Not What They See? A Benchmark and Systematic Evaluation',
   OV + ' / 2025', arxiv_id='2509.13939', venue='arXiv 2025', year=2025)),
 (M, 177, 177, P('TrueCount: Improving Open-World Object Counting with Visual-Language Models and Dynamic Multi-Modal Inputs',
   OV + ' / 2025', doi='10.1145/3746027.3755426', url='https://doi.org/10.1145/3746027.3755426', venue='ACM MM 2025', year=2025)),
]
# ---------------- Tudor67 ----------------
L += [(T, 5, 5, np('Counting')), (T, 10, 10, np('Counting')), (T, 13, 13, np('Counting')), (T, 14, 14, np('Counting'))]
PR = 'Papers related to counting'
L += [
 (T, 21, 24, P('Class-Agnostic Counting', PR, arxiv_id='1811.00472', year=2018,
   authors=['Erika Lu', 'Weidi Xie', 'Andrew Zisserman'])),
 (T, 27, 30, P('Object Counting with Small Datasets of Large Images', PR, arxiv_id='1805.11123', year=2018,
   authors=['Shubhra Aich', 'Ian Stavness'])),
 (T, 33, 36, P('Learning Short-Cut Connections for Object Counting', PR, arxiv_id='1805.02919', year=2018,
   authors=['Daniel Oñoro-Rubio', 'Mathias Niepert', 'Roberto J. López-Sastre'])),
 (T, 39, 41, P('Improving Object Counting with Heatmap Regulation', PR, arxiv_id='1803.05494', year=2018,
   authors=['Shubhra Aich', 'Ian Stavness'])),
 (T, 44, 47, P('Drone-based Object Counting by Spatially Regularized Regional Proposal Network', PR, arxiv_id='1707.05972',
   year=2017, authors=['Meng-Ru Hsieh', 'Yen-Liang Lin', 'Winston H. Hsu'])),
 (T, 50, 68, P('Count-ception: Counting by Fully Convolutional Redundant Counting', PR, arxiv_id='1703.08710', year=2017,
   authors=['Joseph Paul Cohen', 'Genevieve Boucher', 'Craig A. Glastonbury', 'Henry Z. Lo', 'Yoshua Bengio'])),
 (T, 71, 74, P('Microscopy cell counting and detection with fully convolutional regression networks', PR, year=2016,
   url='http://www.robots.ox.ac.uk/~vgg/publications/2016/Xie16/xie16.pdf',
   authors=['Weidi Xie', 'J. Alison Noble', 'Andrew Zisserman'])),
 (T, 77, 85, P('Learning to count with deep object features', PR, arxiv_id='1505.08082', year=2015,
   authors=['Santi Seguí', 'Oriol Pujol', 'Jordi Vitrià'])),
 (T, 88, 104, P('Learning To Count Objects in Images', PR, year=2010,
   url='http://papers.nips.cc/paper/4043-learning-to-count-objects-in-images.pdf',
   authors=['Victor Lempitsky', 'Andrew Zisserman'])),
 (T, 107, 110, P('Detecting, localizing and grouping repeated scene elements from an image', PR, year=1996,
   url='https://pdfs.semanticscholar.org/7ab3/7ee19f7ff2df34c62d1eaa6c4cb9eb14a771.pdf', authors=['T. Leung', 'J. Malik'])),
]
DR = 'Datasets related to counting'
L += [(T, 115, 119, np(DR)), (T, 122, 129, np(DR)), (T, 132, 137, np(DR)), (T, 140, 145, np(DR)),
      (T, 148, 151, np(DR)), (T, 154, 157, np(DR))]

out = []
cache = {}
for lst, a, b, lab in L:
    if lst not in cache:
        cache[lst] = open(os.path.join(HERE, lst), encoding='utf-8').read().split('\n')
    lines = cache[lst]
    raw = '\n'.join(lines[a-1:b])
    rec = dict(list=lst, line=a, raw=raw)
    rec.update(lab)
    out.append(rec)
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'labels')

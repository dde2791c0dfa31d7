"""Hand labels, one dict per drawn entry; raw text is taken from sample.jsonl (checked against the files)."""
import json
R = 'Renovamen__what-if.README.md'
U = 'unknown__file-21275819908.README.md'
V = 'vztu__BVQA_Benchmark.README.md'

def P(title, authors=(), venue=None, year=None, url=None, arxiv=None, code=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=None, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

GF = 'Approaches / Machine Learning / Global Features'
FB = 'Approaches / Machine Learning / Foreground and Background'
RF = 'Approaches / Machine Learning / Regional Features'
MC = 'Approaches / Deep Learning / Classification / Multi-column CNN'
MT = 'Approaches / Deep Learning / Classification / Multi-task CNN'
L = {
 (R, 7): P('Algorithmic Inferencing of Aesthetics and Emotion in Natural Images: An Exposition', ['Ritendra Datta', 'Jia Li', 'James Z. Wang'], 'ICIP 2008', 2008, 'https://www.ri.cmu.edu/pub_files/pub4/datta_ritendra_2008_2/datta_ritendra_2008_2.pdf', section='Surveys'),
 (R, 15): P('A Report: Image Aesthetic Assessment', ['Chunbiao Zhu'], None, 2018, 'https://www.researchgate.net/publication/325184839_A_Report_Image_Aesthetic_Assessment', section='Surveys'),
 (R, 29): P('Content-based Photo Quality Assessment', ['Xiaoou Tang', 'Wei Luo', 'Xiaogang Wang'], 'TMM 2013', 2013, 'https://ieeexplore.ieee.org/document/6544270', section='Datasets'),
 (R, 31): N('Datasets'),
 (R, 33): P('AVA: A Large-Scale Database for Aesthetic Visual Analysis', ['Naila Murray', 'Luca Marchesotti', 'Florent Perronnin'], 'CVPR 2012', 2012, 'https://ieeexplore.ieee.org/document/6247954', section='Datasets'),
 (R, 35): N('Datasets'),
 (R, 37): P('Photo Aesthetics Ranking Network with Attributes and Content Adaptation', ['Shu Kong'], 'ECCV 2016', 2016, None, '1606.01621', 'https://github.com/aimerykong/deepImageAestheticsAnalysis', 'Datasets'),
 (R, 41): P('Aesthetic Critiques Generation for Photos', ['Kuang-Yu Chang', 'Kung-Hung Lu', 'Chu-Song Chen'], 'ICCV 2017', 2017, 'https://ieeexplore.ieee.org/document/8237642', None, 'https://github.com/kunghunglu/DeepPhotoCritic-ICCV17', 'Datasets'),
 (R, 49): P('Will People Like Your Image? Learning the Aesthetic Space', ['Katharina Schwarz', 'Patrick Wieschollek', 'Hendrik P. A. Lensch'], 'WACV 2018', 2018, None, '1611.05203', 'https://github.com/cgtuebingen/will-people-like-your-image', 'Datasets'),
 (R, 62): P('Classification of Digital Photos Taken by Photographers or Home Users', ['Hanghang Tong'], 'PCM 2004', 2004, 'http://bigeye.au.tsinghua.edu.cn/english/paper/_PCM04_tong.pdf', section=GF),
 (R, 65): P('Studying Aesthetics in Photographic Images Using a Computational Approach', ['Ritendra Datta'], 'ECCV 2006', 2006, 'http://infolab.stanford.edu/~wangz/project/imsearch/Aesthetics/ECCV06/datta.pdf', section=GF),
 (R, 74): P('Saliency-enhanced Image Aesthetics Class Prediction', ['Lai-Kuan Wong', 'Kok-Lim Low'], 'ICIP 2009', 2009, 'https://ieeexplore.ieee.org/document/5413825', section=FB),
 (R, 76): P('A Framework for Photo-quality Assessment and Enhancement Based on Visual Aesthetics', ['Subhabrata Bhattacharya'], 'ACM MM 2010', 2010, 'http://www.cs.cmu.edu/~rahuls/pub/mm2010-rahuls.pdf', section=FB),
 (R, 84): P('Aesthetic Quality Classification of Photographs Based on Color Harmony', ['Masashi Nishiyama'], 'CVPR 2011', 2011, 'http://research.nii.ac.jp/~imarik/resources/papers/CVPR2012-Nishiyama.pdf', section=RF),
 (R, 86): P('Assessing the Aesthetic Quality of Photographs Using Generic Image Descriptors', ['Luca Marchesotti'], 'ICCV 2011', 2011, 'https://ieeexplore.ieee.org/document/6126444', section=RF),
 (R, 88): P('A Statistic Approach for Photo Quality Assessment', ['Li-Yun Lo'], 'ISIC 2012', 2012, 'https://ieeexplore.ieee.org/abstract/document/6449719', section=RF),
 (R, 105): P('A-Lamp: Adaptive Layout-Aware Multi-Patch Deep Convolutional Neural', ['Shuang Ma'], 'CVPR 2017', 2017, 'http://openaccess.thecvf.com/content_cvpr_2017/papers/Ma_A-Lamp_Adaptive_Layout-Aware_CVPR_2017_paper.pdf', '1704.00248', section=MC),
 (R, 119): P('Hierarchical Aesthetic Quality Assessment Using Deep Convolutional Neural Networks', ['Yueying Kao', 'Kaiqi Huang', 'Steve Maybank'], 'Signal Processing: Image Communication 2016', 2016, 'https://core.ac.uk/download/pdf/141224862.pdf', section=MT),
 (R, 121): P('Visual Aesthetic Quality Assessment with Multi-task Deep Learning', ['Yueying Kao', 'Ran He', 'Kaiqi Huang'], 'arXiv 2016', 2016, 'https://www.researchgate.net/profile/Yueying_Kao/publication/301877404_Visual_Aesthetic_Quality_Assessment_with_Multi-task_Deep_Learning/links/573a717108ae9f741b2cad7a/Visual-Aesthetic-Quality-Assessment-with-Multi-task-Deep-Learning.pdf', section=MT),
 (R, 146): P('Aesthetic Image Captioning From Weakly-Labelled Photographs', ['Koustav Ghosal', 'Aakanksha Rana', 'Aljosa Smolic'], 'ICCV 2019', 2019, 'http://openaccess.thecvf.com/content_ICCVW_2019/papers/CROMOL/Ghosal_Aesthetic_Image_Captioning_From_Weakly-Labelled_Photographs_ICCVW_2019_paper.pdf', None, 'https://github.com/V-Sense/Aesthetic-Image-Captioning-ICCVW-2019', 'Approaches / Deep Learning / Aesthetic Caption'),

 (U, 43): N('具体做法 / 关于评估指标 / 主观客观差异常用指标'),
 (U, 62): N('具体做法 / 关于评估指标 / 全参考常用指标'),
 (U, 73): N('具体做法 / 关于数据集 / IQA数据集'),
 (U, 90): N('具体做法 / 关于数据集 / VQA数据集'),
 (U, 97): N('具体做法 / 关于数据集 / VQA数据集'),
 (U, 248): N('代码 / IQA / IQA-PyTorch / 代码使用'),
 (U, 263): N('代码 / IQA / IQA-PyTorch / 代码使用'),
 (U, 338): P('MUSIQ Multi-scale Image Quality Transformer', year=2021, section='论文整理 / IQA'),
 (U, 340): N('论文整理 / IQA / （21.8.12谷歌）MUSIQ Multi-scale Image Quality Transformer'),
 (U, 341): N('论文整理 / IQA / （21.8.12谷歌）MUSIQ Multi-scale Image Quality Transformer'),
 (U, 343): N('论文整理 / IQA / （21.8.12谷歌）MUSIQ Multi-scale Image Quality Transformer'),
 (U, 404): P('Perceptual Video Quality Assessment: A Survey', year=2024, section='论文整理 / VQA / 综述'),
 (U, 413): P('Two-Level Approach for No-Reference Consumer Video Quality Assessment', year=2018, section='论文整理 / VQA'),
 (U, 420): P("Patch-VQ 'Patching Up' the Video Quality Problem", year=2020, section='论文整理 / VQA'),
 (U, 464): P('DisCoVQA: Temporal Distortion-Content Transformers for Video Quality Assessment', year=2022, section='论文整理 / VQA'),
 (U, 480): N('论文整理 / VQA / （22.7.8NTU TPQI）Exploring the Effectiveness of Video Perceptual Representation in Blind Video Quality Assessment'),
 (U, 498): N('论文整理 / VQA / （22.11.9 NTU DOVER）Exploring Video Quality Assessment on User Generated Contents from Aesthetic And Technical Perspectives'),
 (U, 537): P('Blind Video Quality Prediction by Uncovering Human Video Perceptual Representation', year=2023, section='论文整理 / VQA'),
 (U, 541): P('NTIRE 2024 ChallengeonShort-form UGC Video Quality Assessment: Methods and Results', year=2024, section='论文整理 / VQA'),
 (U, 545): P('PTM-VQA: Efficient Video Quality Assessment Leverage Diverse PreTrained Models from the Wild', year=2024, section='论文整理 / VQA'),

 (V, 37): P('KoNViD-1k', ['Hosu'], 'QoMEX 2017', 2017, 'https://datasets.vqa.mmsp-kn.de/archives/papers/Hosu-Konvid-1k.pdf', section='UGC-VQA Datasets'),
 (V, 39): P('YouTube-UGC', ['Wang'], 'MMSP 2019', 2019, None, '1904.06457', section='UGC-VQA Datasets'),
 (V, 49): P('NIQE', ['Mittal'], 'TIP 2013', 2013, 'http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.299.1429&rep=rep1&type=pdf', section='Evaluated BIQA/BVQA Models / BIQA'),
 (V, 51): P('GM-LOG', ['Xue'], 'TIP 2014', 2014, 'https://live.ece.utexas.edu/publications/2014/BIQAUsingGM-LoG.pdf', section='Evaluated BIQA/BVQA Models / BIQA'),
 (V, 54): P('CORNIA', ['Ye'], 'CVPR 2012', 2012, 'https://ieeexplore.ieee.org/abstract/document/6247789', None, 'https://github.com/HuiZeng/BIQA_Toolbox', 'Evaluated BIQA/BVQA Models / BIQA'),
 (V, 55): P('HOSA', ['Xu'], 'TIP 2016', 2016, 'https://ieeexplore.ieee.org/abstract/document/7501619', None, 'https://github.com/HuiZeng/BIQA_Toolbox', 'Evaluated BIQA/BVQA Models / BIQA'),
 (V, 56): P('KonCept 512', ['Hosu'], 'TIP 2020', 2020, None, '1910.06180', 'https://github.com/subpic/koniq', 'Evaluated BIQA/BVQA Models / BIQA'),
 (V, 57): P('PaQ-2-PiQ', ['Ying'], 'CVPR 2020', 2020, None, '1912.10088', 'https://github.com/baidut/PaQ-2-PiQ', 'Evaluated BIQA/BVQA Models / BIQA'),
 (V, 65): P('TLVQM', ['Korhenen'], 'TIP 2019', 2019, 'https://ieeexplore.ieee.org/document/8742797', None, 'https://github.com/jarikorhonen/nr-vqa-consumervideo', 'Evaluated BIQA/BVQA Models / BVQA'),
}
for ln in (75, 78, 85, 87, 90, 91, 92, 108, 109, 117, 123):
    L[(V, ln)] = N('Regression Evaluation Results')

out = []
for l in open('sample.jsonl', encoding='utf-8'):
    s = json.loads(l)
    lab = L.pop((s['list'], s['line']))
    rec = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
    rec.update(lab)
    out.append(rec)
assert not L, L
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(r['is_paper'] for r in out))

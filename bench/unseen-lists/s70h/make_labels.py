#!/usr/bin/env python3
"""Hand labels for the entries drawn by sample.py (read by eye from the files).
Joins each hand label to its sampled (list, line, raw) and writes labels.jsonl."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DAG = 'HiLab-git__DAG4MIA.README.md'
SAM = 'MrGiovanni__SuPreM.README.md'
POL = 'taozh2017__Awesome-Polyp-Segmentation.README.md'

UDA = 'Unsupervised-Domain-Adaptation'
SDA = 'Semi-Supervised Domain Adaptation'
TDA = 'Test-Time Domain Adaptation'
MICCAI_DA = None


def P(title, authors, venue=None, year=None, url=None, arxiv=None, code=None, doi=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors, code=code, summary=None, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


def sam(title, arxiv, code=None):
    return P(title, [], arxiv=arxiv, code=code)


POL_DS = '2. Paper List / 2.1. Datasets & Benchmarks'
POL_23 = '2. Paper List / 2.2. Polyp Segmentation / 2.2.1. YEAR 2023'
POL_22 = '2. Paper List / 2.2. Polyp Segmentation / 2.2.2. YEAR 2022'
POL_21 = '2. Paper List / 2.2. Polyp Segmentation / 2.2.3. YEAR 2021'
POL_20 = '2. Paper List / 2.2. Polyp Segmentation / 2.2.4. Before YEAR 2021'

L = {
    # ---------------- HiLab-git / DAG4MIA (paper/DomainAdaptation.md) ----------------
    (DAG, 97): P('Disentangle domain features for cross-modality cardiac image segmentation',
                 ['Chenhao Pei', 'Fuping Wu', 'Liqin Huang', 'Xiahai Zhuang'],
                 'Medical Image Analysis 2021', 2021,
                 url='https://www.sciencedirect.com/science/article/pii/S1361841521001249?via%3Dihub',
                 code='https://github.com/Endless-Hao/DDFSeg', section=UDA),
    (DAG, 53): P('Domain Adaptation for Medical Image Analysis: A Survey', ['Hao Guan', 'Mingxia Liu'],
                 'IEEE Transactions on Biomedical Engineering 2022', 2022,
                 url='https://ieeexplore.ieee.org/abstract/document/9557808', section=UDA),
    (DAG, 79): P('A New Bidirectional Unsupervised Domain Adaptation Segmentation Framework',
                 ['Munan Ning', 'Cheng Bian', 'Dong Wei', 'Shuang Yu', 'Chenglang Yuan', 'Yaohua Wang',
                  'Yang Guo', 'Kai Ma', 'Yefeng Zheng'],
                 'IPMI 2021', 2021, url='https://link.springer.com/chapter/10.1007/978-3-030-78191-0_38',
                 section=UDA),
    (DAG, 7): N('Catalogue:'),
    (DAG, 19): P('Unsupervised Cross-disease Domain Adaptation by Lesion Scale Matching',
                 ['Jun Gao', 'Qicheng Lao', 'Qingbo Kang', 'Paul Liu', 'Le Zhang', 'Kang Li'],
                 'MICCAI 2022', 2022, url='https://link.springer.com/chapter/10.1007/978-3-031-16449-1_63',
                 section=UDA),
    (DAG, 87): P('Deep Symmetric Adaptation Network for Cross-Modality Medical Image Segmentation',
                 ['Xiaoting Han', 'Lei Qi', 'Qian Yu', 'Ziqi Zhou', 'Yefeng Zheng', 'Yinghuan Shi', 'Yang Gao'],
                 'IEEE Transactions on Medical Imaging 2021', 2021,
                 url='https://ieeexplore.ieee.org/abstract/document/9514499',
                 code='https://github.com/ting2696/Deep-Symmetric-Adaptation-Network', section=UDA),
    (DAG, 135): N(UDA),
    (DAG, 5): N('Catalogue:'),
    (DAG, 67): P('Cross-Site Severity Assessment of COVID-19 From CT Images via Domain Adaptation',
                 ['Geng-Xin Xu', 'Chen Liu', 'Jun Liu', 'Zhongxiang Ding', 'Feng Shi', 'Man Guo', 'Wei Zhao',
                  'Xiaoming Li', 'Ying Wei', 'Yaozong Gao', 'Chuan-Xian Ren', 'Dinggang Shen'],
                 'IEEE Transactions on Medical Imaging 2022', 2022,
                 url='https://ieeexplore.ieee.org/document/9512047', section=UDA),
    (DAG, 75): P('Unsupervised Domain Adaptation for Small Bowel Segmentation Using Disentangled Representation',
                 ['Seung Yeon Shin', 'Sungwon Lee', 'Ronald M. Summers'],
                 'MICCAI 2021', 2021, url='https://link.springer.com/chapter/10.1007/978-3-030-87199-4_27',
                 section=UDA),
    (DAG, 57): P('Source Free Domain Adaptation for Medical Image Segmentation with Fourier Style Mining',
                 ['Chen Yang', 'Xiaoqing Guo', 'Zhen Chen', 'Yixuan Yuan'],
                 'Medical Imaging Analysis 2022', 2022,
                 url='https://www.sciencedirect.com/science/article/pii/S1361841522001049',
                 code='https://github.com/CityU-AIM-Group/SFDA-FSM', section=UDA),
    (DAG, 154): P('ProSFDA: Prompt Learning based Source-free Domain Adaptation for Medical Image Segmentation',
                  ['Shishuai Hu', 'Zehui Liao', 'Yong Xia'], 'arXiv 2022', 2022, arxiv='2211.11514',
                  section=TDA),
    (DAG, 117): P('MI2GAN: Generative Adversarial Network for Medical Image Domain Adaptation Using Mutual Information Constraint',
                  ['Xinpeng Xie', 'Jiawei Chen', 'Yuexiang Li', 'Linlin Shen', 'Kai Ma', 'Yefeng Zheng'],
                  'MICCAI 2020', 2020, url='https://link.springer.com/chapter/10.1007/978-3-030-59713-9_50',
                  section=UDA),
    (DAG, 15): P('LE-UDA: Label-efficient unsupervised domain adaptation for medical image segmentation',
                 ['Ziyuan Zhao', 'Fangcheng Zhou', 'Kaixin Xu', 'Zeng Zeng', 'Cuntai Guan', 'S. Kevin Zhou'],
                 'IEEE Transactions on Medical Imaging 2022', 2022,
                 url='https://ieeexplore.ieee.org/document/9919170/authors#authors', section=UDA),
    (DAG, 185): P('Test-Time Adaptable Neural Networks for Robust Medical Image Segmentation',
                  ['Neerav Karani', 'Ertunc Erdil', 'Krishna Chaitanya', 'Ender Konukoglu'],
                  'Medical Image Analysis 2020', 2020,
                  url='https://www.sciencedirect.com/science/article/pii/S1361841520302711', section=TDA),
    (DAG, 62): P('Graph-Based Surgical Instrument Adaptive Segmentation via Domain-Common Knowledge',
                 ['Jie Liu', 'Xiaoqing Guo', 'Yixuan Yuan'], 'IEEE Transactions on Medical Imaging 2022', 2022,
                 url='https://ieeexplore.ieee.org/document/9583929',
                 code='https://github.com/CityU-AIM-Group/Prototypical-Graph-DA', section=UDA),
    (DAG, 71): P('Beyond Mutual Information: Generative Adversarial Network for Domain Adaptation Using Information Bottleneck Constraint',
                 ['Jiawei Chen', 'Ziqi Zhang', 'Xinpeng Xie', 'Yuexiang Li', 'Tao Xu', 'Kai Ma', 'Yefeng Zheng'],
                 'IEEE Transactions on Medical Imaging 2022', 2022,
                 url='https://ieeexplore.ieee.org/document/9558836', section=UDA),
    (DAG, 159): P('Test-time Adaptation with Calibration of Medical Image Classification Nets for Label Distribution Shift',
                  ['Wenao Ma', 'Cheng Chen', 'Shuang Zheng', 'Jing Qin', 'Huimao Zhang', 'Qi Dou'],
                  'MICCAI 2022', 2022, url='https://link.springer.com/chapter/10.1007/978-3-031-16437-8_30',
                  code='https://github.com/med-air/TTADC', section=TDA),
    (DAG, 147): N(SDA),
    (DAG, 169): P('Test-Time Adaptation with Shape Moments for Image Segmentation',
                  ['Mathilde Bateson', 'Hervé Lombaert', 'Ismail Ben Ayed'],
                  'MICCAI 2022', 2022, url='https://link.springer.com/chapter/10.1007/978-3-031-16440-8_70',
                  code='https://github.com/mathilde-b/TTA', section=TDA),

    # ---------------- MrGiovanni / SuPreM (document/awesome_medical_segment_anything.md) ----------------
    (SAM, 25): sam('DeSAM: Decoupling Segment Anything Model for Generalizable Medical Image Segmentation',
                   '2306.00499', 'https://github.com/yifangao112/DeSAM'),
    (SAM, 33): sam('SAM-Med3D', '2310.15161', 'https://github.com/uni-medical/SAM-Med3D'),
    (SAM, 31): sam('SAMUS: Adapting Segment Anything Model for Clinical Ultrasound', '2309.06824',
                   'https://github.com/xianlin7/SAMUS'),
    (SAM, 28): sam('SurgicalSAM: Efficient Class Promptable Surgical Image Segmentation', '2308.08746',
                   'https://github.com/wenxi-yue/SurgicalSAM'),
    (SAM, 20): sam('ESP-MedSAM: Efficient Self-Prompting SAM for Universal Domain-Generalized Medical Image Segmentation',
                   '2407.14153'),
    (SAM, 37): sam('Segment Anything Model for Medical Image Segmentation: Current Applications and Future Directions',
                   '2401.03495', 'https://github.com/YichiZhang98/SAM4MIS'),
    (SAM, 26): sam('3DSAM-adapter: Holistic Adaptation of SAM from 2D to 3D for Medical Image Segmentation',
                   '2306.13465', 'https://github.com/med-air/3DSAM-adapter'),
    (SAM, 30): sam('SAM3D: Segment Anything Model in Volumetric Medical Images', '2309.03493',
                   'https://github.com/UARK-AICV/SAM3D'),
    (SAM, 29): sam('SAM-Med2D', '2308.16184', 'https://github.com/OpenGVLab/SAM-Med2D'),
    (SAM, 35): sam('ScribblePrompt: Fast and Flexible Interactive 3D Image Segmentation', '2312.07381',
                   'https://github.com/halleewong/ScribblePrompt'),
    (SAM, 34): sam('ProMISe: Prompt-driven 3D Medical Image Segmentation', '2310.19721',
                   'https://github.com/MedICL-VU/ProMISe'),
    (SAM, 19): sam('Medical SAM 2: Segment Medical Images As Video Via Segment Anything Model 2', '2408.00874',
                   'https://github.com/MedicineToken/Medical-SAM2'),
    (SAM, 36): sam('SemiSAM: Exploring SAM for Enhancing Semi-Supervised Medical Image Segmentation', '2312.06316'),
    (SAM, 27): sam('MedLSAM: Localize and Segment Anything Model for Medical Images', '2306.14752',
                   'https://github.com/openmedlab/MedLSAM'),
    (SAM, 22): sam('Segment Anything Model for Medical Image Analysis: An Experimental Study', '2304.10517',
                   'https://github.com/mazurowski-lab/segment-anything-medical'),
    (SAM, 24): sam('Medical SAM Adapter: Adapting Segment Anything Model for Medical Image Segmentation',
                   '2304.12620', 'https://github.com/KidsWithTokens/Medical-SAM-Adapter'),
    (SAM, 23): sam('Segment Anything Model for Medical Images?', '2304.14660',
                   'https://github.com/yuhoo0302/Segment-Anything-Model-for-Medical-Images'),
    (SAM, 18): sam('Zero-Shot Surgical Tool Segmentation in Monocular Video Using Segment Anything Model 2',
                   '2408.01648', 'https://github.com/AngeLouCN/SAM-2_Surgical_Video'),
    (SAM, 21): sam('Segment Anything in Medical Images', '2304.12306', 'https://github.com/bowang-lab/MedSAM'),
    (SAM, 32): sam('MA-SAM: Modality-agnostic SAM Adaptation for 3D Medical Images', '2309.08842',
                   'https://github.com/cchen-cc/MA-SAM'),

    # ---------------- taozh2017 / Awesome-Polyp-Segmentation ----------------
    (POL, 127): P('Learnable Oriented-Derivative Network for Polyp Segmentation',
                  ['Mengjun Cheng', 'Zishang Kong', 'Guoli Song', 'Yonghong Tian', 'Yongsheng Liang', 'Jie Chen'],
                  'MICCAI 2021', 2021, url='https://link.springer.com/chapter/10.1007/978-3-030-87193-2_68',
                  code='https://github.com/midsdsy/LOD-Net', section=POL_21),
    (POL, 24): N('1. Content'),
    (POL, 72): P('PEFNet: Positional Embedding Feature for Polyp Segmentation',
                 ['Trong-Hieu Nguyen-Mau', 'Quoc-Huy Trinh', 'Nhat-Tan Bui', 'Phuoc-Thao Vo Thi', 'Minh-Van Nguyen',
                  'Xuan-Nam Cao', 'Minh-Triet Tran', 'Hai-Dang Nguyen'],
                 'MMM 2023', 2023, url='https://link.springer.com/chapter/10.1007/978-3-031-27818-1_20',
                 code='https://github.com/huyquoctrinh/PEFNet', section=POL_23),
    (POL, 105): P('Temporal Correlation Network for Video Polyp Segmentation',
                  ['Ziheng Xu', 'Dehui Qiu', 'Senlin Lin', 'Xinyue Zhang', 'Sheng Shi', 'Shengtao Zhu', 'Fa Zhang',
                   'Xiaohua Wan'],
                  'BIBM 2022', 2022, url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9995646',
                  section=POL_22),
    (POL, 101): P('BDG-Net: Boundary Distribution Guided Network for Accurate Polyp Segmentation',
                  ['Zihuan Qiu', 'Zhichuan Wang', 'Miaomiao Zhang', 'Ziyong Xu', 'Jie Fan', 'Linfeng Xu'],
                  'Medical Imaging 2022: Image Processing', 2022, arxiv='2201.00767',
                  code='https://github.com/zihuanqiu/BDG-Net', section=POL_22),
    (POL, 111): P('FuzzyNet: A Fuzzy Attention Module for Polyp Segmentation',
                  ['Krushi Patel', 'Fenjun Li', 'Guanghui Wang'], 'NeurIPS 2022 Workshop', 2022,
                  url='https://openreview.net/pdf?id=bDa_0vVujZ', code='https://github.com/krushi1992/FuzzyNet',
                  section=POL_22),
    (POL, 93): P('BoxPolyp: Boost Generalized Polyp Segmentation Using Extra Coarse Bounding Box Annotations',
                 ['Jun Wei', 'Yiwen Hu', 'Guanbin Li', 'Shuguang Cui', 'S. Kevin Zhou', 'Zhen Li'],
                 'MICCAI 2022', 2022, url='https://link.springer.com/chapter/10.1007/978-3-031-16437-8_7',
                 section=POL_22),
    (POL, 91): P('Lesion-Aware Dynamic Kernel for Polyp Segmentation',
                 ['Ruifei Zhang', 'Peiwen Lai', 'Xiang Wan', 'De-Jun Fan', 'Feng Gao', 'Xiao-Jian Wu', 'Guanbin Li'],
                 'MICCAI 2022', 2022, url='https://link.springer.com/chapter/10.1007/978-3-031-16437-8_10',
                 code='https://github.com/ReaFly/LDNet', section=POL_22),
    (POL, 46): P('CVC-ColonDB', [], 'CMIG 2015', 2015,
                 url='https://www.sciencedirect.com/science/article/pii/S0895611115000567',
                 section=POL_DS + ' / 2.1.1. Image-level polyp segmentation'),
    (POL, 94): P('Using Guided Self-Attention with Local Information for Polyp Segmentation',
                 ['Linghan Cai', 'Meijing Wu', 'Lijiang Chen', 'Wenpei Bai', 'Min Yang', 'Shuchang Lyu', 'Qi Zhao'],
                 'MICCAI 2022', 2022, url='https://link.springer.com/chapter/10.1007/978-3-031-16440-8_60',
                 section=POL_22),
    (POL, 107): P('ICBNet: Iterative Context-Boundary Feedback Network for Polyp Segmentation',
                  ['Yefan Xiao', 'Zhihao Chen', 'Liang Wan', 'Lequan Yu', 'Lei Zhu'], 'BIBM 2022', 2022,
                  url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9995022', section=POL_22),
    (POL, 66): P('TransNetR: Transformer-based Residual Network for Polyp Segmentation with Multi-Center Out-of-Distribution Testing',
                 ['Debesh Jha', 'Nikhil Kumar Tomar', 'Vanshali Sharma', 'Ulas Bagci'], 'MIDL 2023', 2023,
                 arxiv='2303.07428', code='https://github.com/DebeshJha/TransNetR', section=POL_23),
    (POL, 125): P('HRENet: A Hard Region Enhancement Network for Polyp Segmentation',
                  ['Yutian Shen', 'Xiao Jia', 'Max Q.-H. Meng'], 'MICCAI 2021', 2021,
                  url='https://link.springer.com/chapter/10.1007/978-3-030-87193-2_53',
                  code='https://github.com/CathySH/HRENet', section=POL_21),
    (POL, 25): N('1. Content'),
    (POL, 126): P('Progressively Normalized Self-Attention Network for Video Polyp Segmentation',
                  ['Ge-Peng Ji', 'Yu-Cheng Chou', 'Deng-Ping Fan', 'Geng Chen', 'Huazhu Fu', 'Debesh Jha', 'Ling Shao'],
                  'MICCAI 2021', 2021, url='https://link.springer.com/chapter/10.1007/978-3-030-87193-2_14',
                  code='http://dpfan.net/pnsnet/', section=POL_21),
    (POL, 129): P('Shallow Attention Network for Polyp Segmentation',
                  ['Jun Wei', 'Yiwen Hu', 'Ruimao Zhang', 'Zhen Li', 'S. Kevin Zhou', 'Shuguang Cui'],
                  'MICCAI 2021', 2021, url='https://link.springer.com/chapter/10.1007/978-3-030-87193-2_66',
                  code='https://github.com/weijun88/sanet', section=POL_21),
    (POL, 149): P('PolypSeg: An Efficient Context-Aware Network for Polyp Segmentation from Colonoscopy Videos',
                  ['Jiafu Zhong', 'Wei Wang', 'Huisi Wu', 'Zhenkun Wen', 'Jing Qin'], 'MICCAI 2020', 2020,
                  url='https://link.springer.com/chapter/10.1007/978-3-030-59725-2_28',
                  code='https://github.com/ReaFly/ACSNet', section=POL_20),
    (POL, 123): P('Automatic Polyp Segmentation via Multi-scale Subtraction Network',
                  ['Xiaoqi Zhao', 'Lihe Zhang', 'Huchuan Lu'], 'MICCAI 2021', 2021,
                  url='https://link.springer.com/chapter/10.1007/978-3-030-87193-2_12',
                  code='https://github.com/Xiaoqi-Zhao-DLUT/MSNet-M2SNet', section=POL_21),
    (POL, 32): N('1. Content'),
    (POL, 54): P('CVCClinicDB', [], 'CMIG 2015', 2015,
                 url='https://www.sciencedirect.com/science/article/pii/S0895611115000567',
                 section=POL_DS + ' / 2.1.2. Video-level polyp segmentation'),
}

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']


def main():
    out = []
    seen = set()
    for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'):
        s = json.loads(l)
        k = (s['list'], s['line'])
        lab = L[k]
        seen.add(k)
        o = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
        o.update(lab)
        out.append({kk: o[kk] for kk in KEYS})
    assert seen == set(L), set(L) - seen
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(o['is_paper'] for o in out), 'papers')


if __name__ == '__main__':
    main()

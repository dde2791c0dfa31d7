"""Write labels.jsonl from the hand labels below; raw is copied from the saved lists."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CH = 'ChocoWu__Awesome-Scene-Graph-for-CrossModal-Learning.README.md'
DR = 'DennisRotondi__awesome-3D-scene-graphs.README.md'
MQ = 'mqjyl__awesome-scene-graph.README.md'
YY = 'yangyang9912__Awesome-Human-Object-Relationship.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=list(authors), code=code,
                summary=summary)


def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None)


CH_SG2D = 'Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based'
CH_VID = 'Scene Graph Generation / Spatio-Temporal (Video) Scene Graph Generation / Non-LLM-based'
YY_GOPF = '1. Human-Gaze-Target Recognition / A. Gaze Object Prediction (GOP) / Location-free GOP'
YY_B = '1. Human-Gaze-Target Recognition / B. Location-required HGT Detection / '
YY_C = '1. Human-Gaze-Target Recognition / C. Location-free HGT Detection / '
YY_HA = '2. Human-Object Interaction Detection / A. Location-required HOI Detection / '
YY_HB = '2. Human-Object Interaction Detection / B. Location-free HOI Detection / '

LABELS = [
    # ---- ChocoWu (old 22k version) ----
    (CH, 18, N(), 'Table of Contents'),
    (CH, 22, N(), 'Table of Contents'),
    (CH, 28, N(), 'Table of Contents'),
    (CH, 29, N(), 'Table of Contents'),
    (CH, 30, N(), 'Table of Contents'),
    (CH, 35, N(), 'Table of Contents'),
    (CH, 36, N(), 'Table of Contents'),
    (CH, 38, N(), 'Table of Contents'),
    (CH, 59, N(), 'Scene Graph Datasets'),
    (CH, 61, N(), 'Scene Graph Datasets'),
    (CH, 63, N(), 'Scene Graph Datasets'),
    (CH, 105, P('Leveraging Predicate and Triplet Learning for Scene Graph Generation', arxiv='2406.02038',
                venue='CVPR 2024', year=2024, code='https://github.com/jkli1998/DRM'), CH_SG2D),
    (CH, 117, P('Improving Scene Graph Generation with Relation Words’ Debiasing in Vision-Language Models',
                arxiv='2403.16184', venue='arXiv 2024', year=2024), CH_SG2D),
    (CH, 124, P('SGTR: End-to-end Scene Graph Generation with Transformer', arxiv='2112.12970',
                venue='CVPR 2022', year=2022, code='https://github.com/Scarecrow0/SGTR'), CH_SG2D),
    (CH, 165, P('OED: Towards One-stage End-to-End Dynamic Scene Graph Generation', arxiv='2405.16925',
                venue='CVPR 2024', year=2024, code='https://github.com/guanw-pku/OED'), CH_VID),
    (CH, 167, P('End-to-End Video Scene Graph Generation With Temporal Propagation Transformer',
                url='https://ieeexplore.ieee.org/document/10145598', venue='TMM 2023', year=2023), CH_VID),
    (CH, 181, P('VRDFormer: End-to-End Video Visual Relation Detection with Transformers',
                url='https://openaccess.thecvf.com/content/CVPR2022/papers/Zheng_VRDFormer_End-to-End_Video_Visual_Relation_Detection_With_Transformers_CVPR_2022_paper.pdf',
                venue='CVPR 2022', year=2022, code='https://github.com/zhengsipeng/VRDFormer_VRD'), CH_VID),
    (CH, 187, P('Spatial-temporal transformer for dynamic scene graph generation',
                url='https://openaccess.thecvf.com/content/ICCV2021/papers/Cong_Spatial-Temporal_Transformer_for_Dynamic_Scene_Graph_Generation_ICCV_2021_paper.pdf',
                venue='ICCV 2021', year=2021, code='https://github.com/yrcong/STTran'), CH_VID),
    (CH, 192, P('Video Visual Relation Detection', url='https://dl.acm.org/doi/10.1145/3123266.3123380',
                venue='MM 2023', year=2023), CH_VID),
    (CH, 219, P('Learning 3D Semantic Scene Graphs from 3D Indoor Reconstructions',
                url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Wald_Learning_3D_Semantic_Scene_Graphs_From_3D_Indoor_Reconstructions_CVPR_2020_paper.pdf',
                venue='CVPR 2020', year=2020, code='https://github.com/ShunChengWu/3DSSG'),
     'Scene Graph Generation / 3D Scene Graph Generation'),
    # ---- DennisRotondi (older 20.7k version) ----
    (DR, 7, N(), 'Table of Content'),
    (DR, 9, N(), 'Table of Content'),
    (DR, 12, N(), 'Table of Content'),
    (DR, 13, N(), 'Table of Content'),
    (DR, 20, P('Exploiting Edge-Oriented Reasoning for 3D Point-based Scene Graph Analysis', arxiv='2103.05558',
               venue='CVPR 2021', year=2021, code='https://github.com/chaoyivision/SGGpoint'), '3D Scene Understanding'),
    (DR, 21, P('Extracting Zero-shot Common Sense from Large Language Models for Robot 3D Scene Understanding',
               arxiv='2206.04585', venue='RSS 2022', year=2022), '3D Scene Understanding'),
    (DR, 22, P('3D VSG: Long-term Semantic Scene Change Prediction through 3D Variable Scene Graphs',
               arxiv='2209.07896', venue='ICRA 2023', year=2023, code='https://github.com/ethz-asl/3d_vsg'),
     '3D Scene Understanding'),
    (DR, 23, P('RoboEXP: Action-Conditioned Scene Graph via Interactive Exploration for Robotic Manipulation',
               arxiv='2402.15487', venue='arXiv 2024', year=2024, code='https://github.com/Jianghanxiao/RoboEXP'),
     '3D Scene Understanding'),
    (DR, 25, P('SpotLight: Robotic Scene Understanding through Interaction and Affordance Detection',
               arxiv='2409.11870', venue='arXiv 2024', year=2024), '3D Scene Understanding'),
    (DR, 33, P('Knowledge-inspired 3D Scene Graph Prediction in Point Cloud',
               url='https://openreview.net/pdf?id=OLyhLK2eQP', venue='NeurIPS 2021', year=2021), 'Generation and Mapping'),
    (DR, 34, P('Hydra: A Real-time Spatial Perception System for 3D Scene Graph Construction and Optimization',
               arxiv='2201.13360', venue='RSS 2022', year=2022, code='https://github.com/MIT-SPARK/Hydra'),
     'Generation and Mapping'),
    (DR, 35, P('Explore Contextual Information for 3D Scene Graph Generation', arxiv='2210.06240',
               venue='TVCG 2022', year=2022), 'Generation and Mapping'),
    (DR, 40, P('Context-Aware Entity Grounding with Open-Vocabulary 3D Scene Graphs', arxiv='2309.15940',
               venue='CoRL 2023', year=2023, code='https://github.com/changhaonan/OVSG'), 'Generation and Mapping'),
    (DR, 44, P('Language-Grounded Dynamic Scene Graphs for Interactive Object Search with Mobile Manipulation',
               arxiv='2403.08605', venue='RAL 2024', year=2024,
               code='https://github.com/robot-learning-freiburg/MoMa-LLM'), 'Generation and Mapping'),
    (DR, 49, P('Indoor and Outdoor 3D Scene Graph Generation via Language-Enabled Spatial Ontologies',
               arxiv='2312.11713', venue='RAL 2024', year=2024), 'Generation and Mapping'),
    (DR, 57, P('Situational Graphs for Robot Navigation in Structured Indoor Environments', arxiv='2202.12197',
               venue='IROS 2022', year=2022, code='https://github.com/snt-arg/lidar_situational_graphs'), 'Navigation'),
    (DR, 59, P('Collaborative Dynamic 3D Scene Graphs for Automated Driving', arxiv='2309.06635',
               venue='ICRA 2024', year=2024, code='https://github.com/robot-learning-freiburg/CURB-SG'), 'Navigation'),
    (DR, 67, P('TASKOGRAPHY: Evaluating robot task planning over large 3D scene graphs', arxiv='2207.05006',
               venue='CoRL 2021', year=2021, code='https://github.com/taskography/taskography'), 'Planning'),
    (DR, 68, P('SayPlan: Grounding Large Language Models using 3D Scene Graphs for Scalable Robot Task Planning',
               arxiv='2307.06135', venue='CoRL 2023', year=2023), 'Planning'),
    (DR, 75, P('Learning 3D Semantic Scene Graphs from 3D Indoor Reconstructions', arxiv='2004.03967',
               venue='CVPR 2020', year=2020), 'Dataset'),
    # ---- mqjyl (2D MOTHODS.md) ----
    (MQ, 11, N(), 'Introduction'),
    (MQ, 22, N(), 'Table of Contents'),
    (MQ, 30, P('Scene Graph Generation from Objects, Phrases and Region Captions', arxiv='1707.09700',
               venue='ICCV 2017', year=2017, authors=['Yikang Li'], code='https://github.com/yikang-li/MSDN'),
     'Using Message Passing'),
    (MQ, 32, P('Detecting Visual Relationships with Deep Relational Networks', arxiv='1704.03114',
               venue='CVPR 2017', year=2017, authors=['Bo Dai'], code='https://github.com/doubledaibo/drnet_cvpr2017'),
     'Using Message Passing'),
    (MQ, 37, P('Deep Structured Learning for Visual Relationship Detection',
               url='https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/viewPaper/16475',
               venue='AAAI 2018', year=2018, authors=['Yaohui Zhu']), 'Using Message Passing'),
    (MQ, 38, P('Region-Object Relevance-Guided Visual Relationship Detection',
               url='http://www.bmva.org/bmvc/2018/contents/papers/1020.pdf',
               venue='BMVC 2018', year=2018, authors=['Yusuke Goutsu']), 'Using Message Passing'),
    (MQ, 40, P('Deep Image Understanding Using Multilayered Contexts',
               url='https://www.hindawi.com/journals/mpe/2018/5847460/',
               venue='MPE 2018', year=2018, authors=['Donghyeop Shin']), 'Using Message Passing'),
    (MQ, 53, P('The Limited Multi-Label Projection Layer', arxiv='1906.08707', venue='arXiv 2019', year=2019,
               authors=['Brandon Amos'], code='https://github.com/locuslab/lml'), 'Using Message Passing'),
    (MQ, 57, P('Graph R-CNN for Scene Graph Generation', arxiv='1808.00191', venue='ECCV 2018', year=2018,
               authors=['Jianwei Yang'], code='https://github.com/jwyang/graph-rcnn.pytorch'), 'Attention Mechanisms'),
    (MQ, 68, P('Visual Relation Detection with Multi-Level Attention',
               url='https://dlacm.xilesou.top/doi/abs/10.1145/3343031.3350962',
               venue='ACM MM 2019', year=2019, authors=['Sipeng Zheng']), 'Attention Mechanisms'),
    (MQ, 75, P('Phrase Localization and Visual Relationship Detection with Comprehensive Image-Language Cues',
               arxiv='1611.06641', venue='ICCV 2017', year=2017, authors=['Bryan A'],
               code='https://github.com/BryanPlummer/pl-clc'), 'Using Language Priors'),
    (MQ, 78, P('Tensorize, Factorize and Regularize: Robust Visual Relationship Learning',
               url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Hwang_Tensorize_Factorize_and_CVPR_2018_paper.pdf',
               venue='CVPR 2018', year=2018, authors=['Seong Jae Hwang'],
               code='https://github.com/shwang54/visual-tensor-decomposition'), 'Using Language Priors'),
    (MQ, 88, P('Relational Reasoning using Prior Knowledge for Visual Captioning', arxiv='1906.01290',
               venue='arXiv 2019', year=2019, authors=['Jingyi Hou']), 'Using Language Priors'),
    (MQ, 91, P('Visual Relationship Detection with Internal and External Linguistic Knowledge Distillation',
               arxiv='1707.09423', venue='ICCV 2017', year=2017, authors=['Ruichi Yu']),
     'Using External Knowledge Bases'),
    (MQ, 100, P('Detecting Unseen Visual Relations Using Analogies',
                url='http://openaccess.thecvf.com/content_ICCV_2019/html/Peyre_Detecting_Unseen_Visual_Relations_Using_Analogies_ICCV_2019_paper.html',
                venue='ICCV 2019', year=2019, authors=['Julia Peyre']), 'Visual Embedding Approaches'),
    (MQ, 105, P('Relationship Proposal Networks',
                url='http://openaccess.thecvf.com/content_cvpr_2017/papers/Zhang_Relationship_Proposal_Networks_CVPR_2017_paper.pdf',
                venue='CVPR 2017', year=2017, authors=['Ji Zhang']),
     'Predict Object Pair-wise Relationship Categories Directly'),
    (MQ, 107, P('A Problem Reduction Approach for Visual Relationships Detection', arxiv='1809.09828',
                venue='ECCVW 2018', year=2018, authors=['Toshiyuki Fukuzawa']),
     'Predict Object Pair-wise Relationship Categories Directly'),
    (MQ, 114, P('SpatialSense: An Adversarially Crowdsourced Benchmark for Spatial Relation Recognition',
                arxiv='1908.02660', venue='ICCV 2019', year=2019, authors=['Kaiyu Yang'],
                code='https://github.com/princeton-vl/SpatialSense'),
     'Predict Object Pair-wise Relationship Categories Directly'),
    (MQ, 134, P('Differentiable Scene Graphs', arxiv='1902.10200', venue='ICCVW 2019', year=2019,
                authors=['Moshiko Raboh']), 'Other Methods'),
    (MQ, 136, P('Generating Expensive Relationship Features from Cheap Objects',
                url='https://bmvc2019.org/wp-content/uploads/papers/0657-paper.pdf',
                venue='BMVC 2019', year=2019, authors=['Xiaogang Wang']), 'Other Methods'),
    # ---- yangyang9912 ----
    (YY, 37, N(), 'Overview'),
    (YY, 54, N(), 'Overview / Core Formulation'),
    (YY, 90, P('Inferring Shared Attention in Social Scene Videos',
               url='https://openaccess.thecvf.com/content_cvpr_2018/html/Fan_Inferring_Shared_Attention_CVPR_2018_paper.html',
               venue='CVPR 2018', year=2018,
               summary='Shared-attention benchmark for multi-person social scenes'), 'Human-Gaze-Target Recognition'),
    (YY, 162, P('GaTector+: A Unified Head-free Framework for Gaze Object and Gaze Following Prediction',
                arxiv='2510.25301', doi='10.48550/arXiv.2510.25301', venue='arXiv 2025', year=2025), YY_GOPF),
    (YY, 181, P('Gaze Estimation via the Joint Modeling of Multiple Cues', doi='10.1109/TCSVT.2021.3071621',
                url='https://doi.org/10.1109/TCSVT.2021.3071621', venue='TCSVT 2022', year=2022),
     YY_B + 'Fusion-based'),
    (YY, 194, P('Following Gaze in Video', url='https://ieeexplore.ieee.org/document/8237422',
                venue='ICCV 2017', year=2017), YY_B + 'Temporal-based'),
    (YY, 227, P('We Know Where They Are Looking at From the RGB-D Camera: Gaze Following in 3D',
                url='https://ieeexplore.ieee.org/document/9740573', venue='TIM 2022', year=2022),
     YY_B + 'Geometry-aware'),
    (YY, 240, P('MTGS: A Novel Framework for Multi-Person Temporal Gaze Following and Social Gaze Prediction',
                url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/1caf09c9f4e6b0150b06a07e77f2710c-Abstract-Conference.html',
                venue='NeurIPS 2024', year=2024), YY_B + 'Transformer-enhanced'),
    (YY, 269, P('End-to-End Human-Gaze-Target Detection with Transformers',
                url='https://ieeexplore.ieee.org/document/9879533', venue='CVPR 2022', year=2022),
     YY_C + 'Query-based'),
    (YY, 371, P('No-Frills Human-Object Interaction Detection: Factorization, Layout Encodings, and Training Techniques',
                url='http://tanmaygupta.info/assets/img/no_frills/paper.pdf', venue='ICCV 2019', year=2019,
                code='https://github.com/BigRedT/no_frills_hoi_det'), YY_HA + 'Proposal / pairwise feature fusion'),
    (YY, 380, P('Detecting Human-Object Interactions with Action Co-occurrence Priors', arxiv='2007.08728',
                venue='ECCV 2020', year=2020, code='https://github.com/Dong-JinKim/ActionCooccurrencePriors/'),
     YY_HA + 'Proposal / pairwise feature fusion'),
    (YY, 388, P('Detecting Human–Object Interaction with Multi-Level Pairwise Feature Network',
                venue='CVMJ 2021', year=2021), YY_HA + 'Proposal / pairwise feature fusion'),
    (YY, 440, P('Contextual Heterogeneous Graph Network for Human-Object Interaction Detection',
                url='http://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123620239.pdf',
                venue='ECCV 2020', year=2020), YY_HA + 'Scene graph reasoning'),
    (YY, 457, P('ASK-HOI: Affordance-Scene Knowledge Prompting for Human-Object Interaction Detection',
                venue='TMM 2026', year=2026), YY_HA + 'Scene graph reasoning'),
    (YY, 492, P('PPDM: Parallel Point Detection and Matching for Real-time Human-Object Interaction Detection',
                arxiv='1912.12898', venue='CVPR 2020', year=2020, code='https://github.com/YueLiao/PPDM'),
     YY_HB + 'Dense triplet prediction'),
    (YY, 538, P('Zero-Shot Human–Object Interaction Detection via Similarity Propagation',
                venue='TNNLS 2024', year=2024), YY_HB + 'Query-based'),
    (YY, 543, P('Synergistic Prompting Learning for Human-Object Interaction Detection',
                venue='TIP 2025', year=2025), YY_HB + 'Query-based'),
    (YY, 587, P('Dynamic Scene Understanding from Vision-Language Representations', arxiv='2501.11653',
                venue='arXiv 2025', year=2025), YY_HB + 'Vision-language modeling'),
    (YY, 626, N(), 'Contributing'),
    (YY, 670, P('What the mental lexicon might be', doi='10.1075/ml.00029.alm',
                url='https://doi.org/10.1075/ml.00029.alm', venue='Preprint 2026', year=2026),
     'paper-tracker (uncategorized)'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    sample = json.load(open(os.path.join(HERE, 'sample.json')))
    files = {}
    out = []
    seen = {}
    for name, line, d, section in LABELS:
        if name not in files:
            files[name] = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        rec = dict(list=name, line=line, raw=files[name][line - 1], section=section, **d)
        out.append({k: rec[k] for k in KEYS})
        seen.setdefault(name, []).append(line)
    for name, s in sample.items():
        assert sorted(seen[name]) == s['lines'], (name, sorted(seen[name]), s['lines'])
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(r['is_paper'] for r in out), 'papers')


if __name__ == '__main__':
    main()

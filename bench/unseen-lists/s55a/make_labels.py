#!/usr/bin/env python3
"""Write labels.jsonl: the sampled entries (sample.jsonl: list, line, raw) joined with the
hand-read labels below. Every value here was read by eye from the README files."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEY = 'LeyanOu__awesome-Cross-view.README.md'
TER = 'TerenceCYJ__VP-SLAM-SC-papers.README.md'
NUO = 'nuozimiaowu__Place-Recognition-Meets-Autonomous-Driving.README.md'


def P(title, arxiv_id=None, url=None, venue=None, year=None, authors=(), code=None,
      section=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)


def NP(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


GEO = 'Geo-localization'
L = {
    # ---------------- LeyanOu / awesome-Cross-view ----------------
    (LEY, 9): P('Cross-view image geo-localization with Panorama-BEV Co-Retrieval Network',
                '2408.05475', None, 'ECCV 2024', 2024,
                ['Junyan Ye', 'Zhutao Lv', 'Weijia Li', 'Jinhua Yu', 'Haote Yang', 'Huaping Zhong', 'Conghui He'],
                'https://github.com/yejy53/EP-BEV', GEO),
    (LEY, 23): P('Sample4Geo: Hard Negative Sampling For Cross-View Geo-Localisation',
                 '2303.11851', None, 'ICCV 2023', 2023,
                 ['Fabian Deuser', 'Konrad Habel', 'Norbert Oswald'], None, GEO),
    (LEY, 37): P('Boosting 3-DoF Ground-to-Satellite Camera Localization Accuracy via Geometry-Guided Cross-View Transformer',
                 '2307.08015', None, 'ICCV 2023', 2023,
                 ['Yujiao Shi', 'Fei Wu', 'Akhil Perincherry', 'Ankit Vora', 'Hongdong Li'],
                 'https://github.com/YujiaoShi/Boosting3DoFAccuracy', GEO),
    (LEY, 51): P('Fine-Grained Cross-View Geo-Localization Using a Correlation-Aware Homography Estimator',
                 '2308.16906', None, 'NeurIPS 2023', 2023,
                 ['Xiaolong Wang', 'Runsen Xu', 'Zhuofan Cui', 'Zeyu Wan', 'Yu Zhang'], None, GEO),
    (LEY, 65): P('Simple, Effective and General: A New Backbone for Cross-view Image Geo-localization',
                 '2302.01572', None, 'arXiv 2023', 2023,
                 ['Yingying Zhu', 'Hongji Yang', 'Yuxin Lu', 'Qiang Huang'],
                 'https://github.com/yanghongji2007/SAIG', GEO),
    (LEY, 80): P('TransGeo: Transformer Is All You Need for Cross-View Image Geo-Localization',
                 '2204.00097', None, 'CVPR 2022', 2022,
                 ['Sijie Zhu', 'Mubarak Shah', 'Chen Chen'],
                 'https://github.com/Jeff-Zilence/TransGeo2022', GEO),
    (LEY, 94): P('Accurate 3-DoF Camera Geo-Localization via Ground-to-Satellite Image Matching',
                 '2203.14148', None, 'TPAMI 2022', 2022,
                 ['Yujiao Shi', 'Xin Yu', 'Liu Liu', 'Dylan Campbell', 'Piotr Koniusz', 'Hongdong Li'], None, GEO),
    (LEY, 124): P('Coming Down to Earth: Satellite-to-Street View Synthesis for Geo-Localization',
                  '2103.06818', None, 'CVPR 2021', 2021,
                  ['Aysim Toker', 'Qunjie Zhou', 'Maxim Maximov', 'Laura Leal-Taixe'], None, GEO),
    (LEY, 138): P('VIGOR: Cross-View Image Geo-Localization Beyond One-to-One Retrieval',
                  '2011.12172', None, 'CVPR 2021', 2021,
                  ['Sijie Zhu', 'Taojiannan Yang', 'Chen Chen'],
                  'https://github.com/Jeff-Zilence/VIGOR', GEO),
    (LEY, 152): P('Each Part Matters: Local Patterns Facilitate Cross-View Geo-Localization',
                  '2008.11646', None, 'TCSVT 2021', 2021,
                  ['Tingyu Wang', 'Zhedong Zheng', 'Chenggang Yan', 'Jiyong Zhang', 'Yaoqi Sun', 'Bolun Zheng'], None, GEO),
    (LEY, 166): P('Where Am I Looking At? Joint Location and Orientation Estimation by Cross-View Matching',
                  '2005.03860', None, 'CVPR 2020', 2020,
                  ['Yujiao Shi', 'Xin Yu', 'Dylan Campbell', 'Hongdong Li'], None, GEO),
    (LEY, 180): P('Optimal feature transport for crossview image geo-localization',
                  '1907.05021', None, 'AAAI 2020', 2020,
                  ['Yujiao Shi', 'Xin Yu', 'Liu Liu', 'Tong Zhang', 'Hongdong Li'], None, GEO),
    (LEY, 195): P('University-1652: A Multi-view Multi-source Benchmark for Drone-based Geo-localization',
                  '2002.12186', None, 'MM 2020', 2020,
                  ['Zhedong Zheng', 'Yunchao Wei', 'Yi Yang'], None, GEO),
    (LEY, 209): P('Ground-to-Aerial Image Geo-Localization With a Hard Exemplar Reweighting Triplet Loss',
                  None, 'https://openaccess.thecvf.com/content_ICCV_2019/papers/Cai_Ground-to-Aerial_Image_Geo-Localization_With_a_Hard_Exemplar_Reweighting_Triplet_Loss_ICCV_2019_paper.pdf',
                  'ICCV 2019', 2019,
                  ['Sudong Cai', 'Yulan Guo', 'Salman Khan', 'Jiwei Hu', 'Gongjian Wen'], None, GEO),
    (LEY, 238): P('Lending Orientation to Neural Networks for Cross-View Geo-Localization',
                  '1903.12351', None, 'CVPR 2019', 2019,
                  ['Liu Liu', 'Hongdong Li'], 'https://github.com/Liumouliu/OriCNN', GEO),
    (LEY, 252): P('CVM-Net: Cross-View Matching Network for Image-Based Ground-to-Aerial Geo-Localization',
                  None, 'https://openaccess.thecvf.com/content_cvpr_2018/papers/Hu_CVM-Net_Cross-View_Matching_CVPR_2018_paper.pdf',
                  'CVPR 2018', 2018,
                  ['Sixing Hu', 'Mengdan Feng', 'Rang M. H. Nguyen', 'Gim Hee Lee'], None, GEO),
    (LEY, 267): P('Cross-View Image Matching for Geo-Localization in Urban Environments',
                  '1703.07815', None, 'CVPR 2017', 2017,
                  ['Yicong Tian', 'Chen Chen', 'Mubarak Shah'], None, GEO),
    (LEY, 295): P('Wide-Area Image Geolocalization With Aerial Reference Imagery',
                  '1510.03743', None, 'ICCV 2015', 2015,
                  ['Scott Workman', 'Richard Souvenir', 'Nathan Jacobs'], None, GEO),
    (LEY, 309): P('Cross-View Image Geolocalization',
                  None, 'https://openaccess.thecvf.com/content_cvpr_2013/papers/Lin_Cross-View_Image_Geolocalization_2013_CVPR_paper.pdf',
                  'CVPR 2013', 2013,
                  ['Tsung-Yi Lin', 'Serge Belongie', 'James Hays'], None, GEO),
    # Code link here is the project page opendatalab.github.io/CrossViewDiff/: not a repository.
    (LEY, 331): P('Crossviewdiff: A cross-view diffusion model for satellite-to-street view synthesis',
                  '2408.14765', None, None, None,
                  ['Weijia Li', 'Jun He', 'Junyan Ye', 'Huaping Zhong', 'Zhimeng Zheng', 'Zilong Huang', 'Dahua Lin', 'Conghui He'],
                  None, 'Synthesis'),

    # ---------------- TerenceCYJ / VP-SLAM-SC-papers ----------------
    (TER, 10): P('CVM-Net: Cross-View Matching Network for Image-Based Ground-to-Aerial Geo-Localization',
                 None, 'http://openaccess.thecvf.com/content_cvpr_2018/CameraReady/0809.pdf', 'CVPR 2018', 2018,
                 ['Sixing Hu', 'Mengdan Feng', 'Rang M. H Nguyen', 'Gim Hee Lee'], None, 'Visual Positioning'),
    (TER, 17): P('Learning to Localize Sound Source in Visual Scenes',
                 None, 'http://openaccess.thecvf.com/content_cvpr_2018/papers/Senocak_Learning_to_Localize_CVPR_2018_paper.pdf',
                 'CVPR 2018', 2018,
                 ['Arda Senocak', 'Tae-Hyun Oh', 'Junsik Kim', 'Ming-Hsuan Yang', 'In So Kweon'], None, 'Visual Positioning'),
    (TER, 41): P('Estimation of Camera Locations in Highly Corrupted Scenarios: All About the Base, No Shape Trouble',
                 None, None, 'CVPR 2018', 2018, ['Yunpeng Shi', 'Gilad Lerman'], None, 'Visual Positioning'),
    (TER, 54): P('Geometric Correspondence Network for Camera Motion Estimation',
                 None, 'https://ieeexplore.ieee.org/abstract/document/8260906/', 'ICRA 2018', 2018,
                 ['Jiexiong Tang', 'John Folkesson', 'Patric Jensfelt'], None, 'Visual Positioning'),
    (TER, 59): P('Semantics-aware Visual Localization under Challenging Perceptual Conditions',
                 None, 'http://pdfs.semanticscholar.org/75da/1f7edbd881b46bb9aea64c5ab467e8081a41.pdf', 'ICRA 2017', 2017,
                 ['Tayyab Naseer', 'Gabriel L. Oliveira', 'Thomas Brox', 'Wolfram Burgard'], None, 'Visual Positioning'),
    (TER, 84): P('Deep Ordinal Regression Network for Monocular Depth Esitimation',
                 None, 'http://openaccess.thecvf.com/content_cvpr_2018/CameraReady/3454.pdf', 'CVPR 2018', 2018,
                 ['Huan Fu', 'Mingming Gong', 'Chaohui Wang', 'Kayhan Batmanghelich', 'Dacheng Tao'], None, 'SLAM/VO'),
    (TER, 86): P('LiDAR-Video Driving Dataset: Learning Driving Policies Effectively',
                 None, 'http://openaccess.thecvf.com/content_cvpr_2018/CameraReady/1645.pdf', 'CVPR 2018', 2018,
                 ['Yiping Chen', 'Jingkang Wang', 'Jonathan Li', 'Cewu Lu', 'Zhipeng Luo', 'Han Xue', 'Cheng Wang'],
                 None, 'SLAM/VO'),
    (TER, 96): P('Robust Navigation In GNSS Degraded Environment Using Graph Optimization',
                 None, 'https://www.researchgate.net/publication/320084321_Robust_Navigation_in_GNSS_Degraded_Environment_Using_Graph_Optimization',
                 'ION GNSS 2017', 2017, ['Ryan M. Watson', 'Jason N. GrosS'], None, 'SLAM/VO'),
    (TER, 126): P('Ultimate SLAM? Combining Events, Images, and IMU for Robust Visual SLAM in HDR and High Speed Scenarios',
                  None, 'https://ieeexplore.ieee.org/abstract/document/8258997/', 'ICRA 2018', 2018,
                  ['Antoni Rosinol Vidal', 'Henri Rebecq', 'Timo Horstschaefer'], None, 'ICRA 2018 SLAM'),
    (TER, 133): P('Direct Sparse Visual-Inertial Odometry using Dynamic Marginalization',
                  '1804.05625', None, 'ICRA 2018', 2018,
                  ['Lukas von Stumberg', 'Vladyslav Usenko', 'Daniel Cremers'], None, 'VO/VIO'),
    (TER, 137): P('PIRVS: An Advanced Visual-Inertial SLAM System with Flexible Sensor Fusion and Hardware Co-Design',
                  '1710.00893', None, 'ICRA 2018', 2018,
                  ['Zhe Zhang', 'Shaoshan Liu', 'Grace Tsai', 'Hongbing Hu', 'Chen-Chi Chu', 'Feng Zheng'], None, 'VO/VIO'),
    (TER, 145): P('Relocalization, Global Optimization and Map Merging for Monocular Visual-Inertial SLAM',
                  '1803.01549', None, 'ICRA 2018', 2018,
                  ['Tong Qin', 'Perliang Li', 'Shaojie Shen'], None, 'VO/VIO'),
    (TER, 169): P('A method to segment maps from different modalities using free space layout MAORIS: map of ripples segmentation',
                  '1709.09899', None, 'ICRA 2018', 2018,
                  ['Malcolm Mielle', 'Martin Magnusson', 'Achim J. Lilienthal'], None, 'Semantic SLAM'),
    (TER, 181): P('AprilSAM: Real-time Smoothing and Mapping',
                  None, 'https://april.eecs.umich.edu/media/pdfs/wang2018aprilsam.pdf', 'ICRA 2018', 2018,
                  ['Xipeng Wang', 'Ryan Marcotte', 'Gonzalo Ferrer', 'Edwin Olson'], None,
                  'Semantic SLAM / Optimazation Methods'),
    (TER, 183): P('Fast Nonlinear Approximation of Pose Graph Node Marginalization',
                  None, 'https://www.researchgate.net/publication/324953173_Fast_Nonlinear_Approximation_of_Pose_Graph_Node_Marginalization',
                  'ICRA 2018', 2018,
                  ['Duy-Nguyen Ta', 'Nandan Banerjee', 'Stephen Eick', 'Scott Lenser', 'Mario E. Munich'], None,
                  'Semantic SLAM / Optimazation Methods'),
    (TER, 191): P('Robust Incremental SLAM under Constrained Optimization Formulation',
                  None, 'https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8260834', 'ICRA 2018', 2018,
                  ['Fang Bai', 'Teresa Vidal-Calleja', 'Shoudong Huang'], None,
                  'Semantic SLAM / Optimazation Methods'),
    (TER, 231): P('Robust Visual Localization for Hopping Rovers on Small Bodies', section='Semantic SLAM / Others'),
    (TER, 233): P('Sparse Gaussian Processes on Matrix Lie Groups: A Unified Framework for Optimizing Continuous-Time Trajectories',
                  None, 'https://www.cc.gatech.edu/~jdong37/files/Dong18icra.pdf', 'ICRA 2018', 2018,
                  ['Jing Dong', 'Mustafa Mukadam', 'Byron Boots', 'Frank Dellaert'], None, 'Semantic SLAM / Others'),
    (TER, 237): P('Live Structural Modeling using RGB-D SLAM', section='Semantic SLAM / Others'),
    (TER, 267): P('Omnidirectional Multisensory Perception Fusion for Long-Term Place Recognition',
                  section='Semantic SLAM / Others'),

    # ---------------- nuozimiaowu / Place-Recognition-Meets-Autonomous-Driving ----------------
    (NUO, 6): NP('Abstract'),
    (NUO, 38): NP('2. Methodological Evolution / 2.3 Cross-modal Strategies / Innovations:'),
    (NUO, 42): NP('2. Methodological Evolution / 2.3 Cross-modal Strategies / Innovations:'),
    (NUO, 59): NP('3. Challenges & Future Directions / Prospective Research Directions'),
}

SEC = '4. All the methods are listed below:'
L.update({
    (NUO, 75): P('BoQ: A place is worth a bag of learnable queries', None,
                 'https://openaccess.thecvf.com/content/CVPR2024/html/Ali-bey_BoQ_A_Place_is_Worth_a_Bag_of_Learnable_Queries_CVPR_2024_paper.html',
                 'CVPR 2024', 2024, ['Amar Ali-bey'], 'https://github.com/amaralibey/Bag-of-Queries', SEC),
    (NUO, 98): P('Salsa: Swift adaptive lightweight self-attention for enhanced lidar place recognition', None,
                 'https://ieeexplore.ieee.org/abstract/document/10629049', 'RAL 2024', 2024,
                 ['Raktim Gautam Goswami'], 'https://github.com/raktimgg/SALSA', SEC),
    (NUO, 100): P('Recent trends in task and motion planning for robotics: A survey', None,
                  'https://dl.acm.org/doi/abs/10.1145/3583136', 'Computing Surveys', None, ['Huihui Guo'], None, SEC),
    (NUO, 114): P('Level-5 autonomous driving—Are we there yet? A review of research literature', None,
                  'https://dl.acm.org/doi/abs/10.1145/3485767', 'ACM Computing Surveys', None,
                  ['Manzoor Ahmed Khan'], None, SEC),
    (NUO, 121): P('CSPFormer: A cross-spatial pyramid transformer for visual place recognition', None,
                  'https://www.sciencedirect.com/science/article/abs/pii/S0925231224002431', 'Neurocomputing 2024', 2024,
                  ['Zhenyu Li'], None, SEC),
    (NUO, 125): P('Stochastic attraction-repulsion embedding for large scale image localization', None,
                  'https://openaccess.thecvf.com/content_ICCV_2019/html/Liu_Stochastic_Attraction-Repulsion_Embedding_for_Large_Scale_Image_Localization_ICCV_2019_paper.html',
                  'ICCV 2019', 2019, ['Liu Liu'], 'https://github.com/Liumouliu/deepIBL', SEC),
    # The title links to the PointNet paper page (a copy error in the list); it is still the entry's paper link.
    (NUO, 146): P('Visual place recognition using landmark distribution descriptors', None,
                  'https://openaccess.thecvf.com/content_cvpr_2017/html/Qi_PointNet_Deep_Learning_CVPR_2017_paper.html',
                  'ACCV 2016', 2016, ['Pilailuck Panphattarasap'], None, SEC),
    (NUO, 148): P('Pointnet++: Deep hierarchical feature learning on point sets in a metric space', None,
                  'https://proceedings.neurips.cc/paper/2017/hash/d8bf84be3800d12f74d8b05e9b89836f-Abstract.html',
                  'NeurIPS 2017', 2017, ['Charles Ruizhongtai Qi'],
                  'https://github.com/erikwijmans/Pointnet2_PyTorch', SEC),
    (NUO, 150): P('Learning transferable visual models from natural language supervision', None,
                  'http://proceedings.mlr.press/v139/radford21a', 'ICML 2021', 2021, ['Alec Radford'],
                  'https://github.com/openai/CLIP', SEC),
    # [Github](https://europe.naverlabs.com/Deep-Image-Retrieval/) is a project page, not a repository.
    (NUO, 152): P('Learning with average precision: Training image retrieval with a listwise loss', None,
                  'http://openaccess.thecvf.com/content_ICCV_2019/html/Revaud_Learning_With_Average_Precision_Training_Image_Retrieval_With_a_Listwise_ICCV_2019_paper.html',
                  'ICCV 2019', 2019, ['Jerome Revaud'], None, SEC),
    (NUO, 166): P('Pointnetvlad: Deep point cloud based retrieval for large-scale place recognition', None,
                  'https://openaccess.thecvf.com/content_cvpr_2018/html/Uy_PointNetVLAD_Deep_Point_CVPR_2018_paper.html',
                  'CVPR 2018', 2018, ['Mikaela Angelina Uy'], 'https://github.com/mikacuy/pointnetvlad', SEC),
    # [Github](https://yan-xia.github.io/projects/text2loc/) is a project page, not a repository.
    (NUO, 172): P('Text2loc: 3d point cloud localization from natural language', None,
                  'https://openaccess.thecvf.com/content/CVPR2024/papers/Xia_Text2Loc_3D_Point_Cloud_Localization_from_Natural_Language_CVPR_2024_paper.pdf',
                  'CVPR 2024', 2024, ['Yan Xia'], None, SEC),
    # The list says ECCV 2023 (its link is a WACV 2023 page); the stated venue is kept.
    (NUO, 174): P('TransVLAD: Multi-scale attention-based global descriptors for visual geo-localization', None,
                  'https://openaccess.thecvf.com/content/WACV2023/html/Xu_TransVLAD_Multi-Scale_Attention-Based_Global_Descriptors_for_Visual_Geo-Localization_WACV_2023_paper.html',
                  'ECCV 2023', 2023, ['Yifan Xu'], 'https://github.com/Li-hq1/TransVLAD', SEC),
    (NUO, 182): P('Learning deep features for scene recognition using places database', None,
                  'https://proceedings.neurips.cc/paper/2014/hash/3fe94a002317b5f9259f82690aeea4cd-Abstract.html',
                  'NeurIPS 2014', 2014, ['Bolei Zhou'], None, SEC),
    (NUO, 183): P('Loop closure detection using local 3D deep descriptors', None,
                  'https://ieeexplore.ieee.org/abstract/document/9729598/', 'RAL 2022', 2022, ['Youjie Zhou'],
                  'https://github.com/yiming107/l3d_loop_closure', SEC),
    (NUO, 185): P('R2former: Uniffed retrieval and reranking transformer for place recognition', None,
                  'openaccess.thecvf.com/content/CVPR2023/html/Zhu_R2Former_Unified_Retrieval_and_Reranking_Transformer_for_Place_Recognition_CVPR_2023_paper.html',
                  'CVPR 2023', 2023, ['Sijie Zhu'], 'https://github.com/Jeff-Zilence/R2Former', SEC),
})

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
    assert len(sample) == len(L), (len(sample), len(L))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
        for s in sample:
            lab = dict(list=s['list'], line=s['line'], raw=s['raw'], **L[(s['list'], s['line'])])
            out.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(sample), 'labels written')


if __name__ == '__main__':
    main()

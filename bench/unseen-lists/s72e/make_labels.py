#!/usr/bin/env python3
"""Hand-written labels (fields typed by hand from reading the files); `raw` is copied
from the file lines start..end so it is byte-exact. Writes labels.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B = 'Bukhari1373__Awesome-Computer-Vision-Adverse-Weather.README.md'
S = 'ShenZheng2000__Awesome-Vision-in-Rains.README.md'
L = 'leonmakise__Awesome-All-in-one-Image-Restoration-Methods.README.md'
BS = 'Low-level Vision / Haze removal / Fog Removal / Dehazing / Defogging / Paper List'
NP = dict(is_paper=False)

def P(title, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=(), code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary)

# (list, start, end, section, fields)
E = [
 # ---- Bukhari (partial first page) ----
 (B, 138, 138, BS, P('Effective single image dehazing by fusion', url='https://ieeexplore.ieee.org/abstract/document/5651263/', year=2010)),
 (B, 98, 98, BS, P('A comprehensive review on analysis and implementation of recent image dehazing methods', url='https://link.springer.com/article/10.1007/s11831-022-09755-2', year=2022)),
 (B, 104, 104, BS, P('Griddehazenet: Attention-based multi-scale network for image dehazing', url='http://openaccess.thecvf.com/content_ICCV_2019/html/Liu_GridDehazeNet_Attention-Based_Multi-Scale_Network_for_Image_Dehazing_ICCV_2019_paper.html', year=2019)),
 (B, 129, 129, BS, P('Dehazing evaluation: Real-world benchmark datasets, criteria, and baselines', url='https://ieeexplore.ieee.org/abstract/document/9099036/', year=2020)),
 (B, 105, 105, BS, P('Fast image dehazing method based on linear transformation', url='https://ieeexplore.ieee.org/abstract/document/7814312/', year=2017)),
 (B, 44, 44, 'Notations and Abbreviation / Venue Abbreviation', NP),
 (B, 94, 94, BS, P('Vision transformers for single image dehazing', url='https://ieeexplore.ieee.org/abstract/document/10076399/', year=2023)),
 (B, 152, 152, BS, P('O-haze: a dehazing benchmark with real hazy and haze-free outdoor images', year=2018)),
 (B, 99, 99, BS, P('Single image dehazing via multi-scale convolutional neural networks', url='https://link.springer.com/chapter/10.1007/978-3-319-46475-6_10', year=2016)),
 (B, 146, 146, BS, P('A review on dark channel prior based image dehazing algorithms', url='https://link.springer.com/article/10.1186/s13640-016-0104-y', year=2016)),
 (B, 101, 101, BS, P('Aod-net: All-in-one dehazing network', url='http://openaccess.thecvf.com/content_iccv_2017/html/Li_AOD-Net_All-In-One_Dehazing_ICCV_2017_paper.html', year=2017)),
 (B, 89, 89, BS, P('Benchmarking single-image dehazing and beyond', url='https://ieeexplore.ieee.org/abstract/document/8451944/', venue='TIP 2018', year=2018,
     authors=['Boyi Li', 'Wenqi Ren', 'Dengpan Fu', 'Dacheng Tao', 'Dan Feng', 'Wenjun Zeng'], code='https://github.com/Boyiliee/RESIDE-dataset-link/tree/master')),
 (B, 117, 117, BS, P('Single image dehazing based on the physical model and MSRCR algorithm', url='https://ieeexplore.ieee.org/abstract/document/7984895/', year=2017)),
 (B, 149, 149, BS, P('Hazerd: an outdoor scene dataset and benchmark for single image dehazing', url='https://ieeexplore.ieee.org/abstract/document/8296874/', year=2017)),
 (B, 140, 140, BS, P('Curricular contrastive regularization for physics-aware single image dehazing', url='http://openaccess.thecvf.com/content/CVPR2023/html/Zheng_Curricular_Contrastive_Regularization_for_Physics-Aware_Single_Image_Dehazing_CVPR_2023_paper.html', year=2023)),
 (B, 76, 76, 'Related Literature Review', P('A comprehensive review of computational dehazing techniques', url='https://search.proquest.com/openview/678da16cd4b56253ac84ca71f505366e/1?pq-origsite=gscholar&cbl=1486352', venue='ARCME 2018', year=2018)),
 (B, 113, 113, BS, P('Gated fusion network for single image dehazing', url='http://openaccess.thecvf.com/content_cvpr_2018/html/Ren_Gated_Fusion_Network_CVPR_2018_paper.html', year=2018)),
 (B, 24, 24, 'Notations and Abbreviation / Venue Abbreviation', NP),
 (B, 124, 124, BS, P('Quality evaluation of image dehazing methods using synthetic hazy images', url='https://ieeexplore.ieee.org/abstract/document/8654007/', year=2019)),
 (B, 88, 88, BS, P('Visibility in bad weather from a single image', url='https://ieeexplore.ieee.org/abstract/document/4587643', venue='CVPR 2008', year=2008,
     authors=['Robby T. Tan'], code='https://tanrobby.github.io/research/fog/index.html')),
 # ---- ShenZheng2000 ----
 (S, 125, 126, 'Models (Deraining) / CVPR 2021', P('Robust Representation Learning with Feedback for Single Image Deraining', url='https://openaccess.thecvf.com/content/CVPR2021/papers/Chen_Robust_Representation_Learning_With_Feedback_for_Single_Image_Deraining_CVPR_2021_paper.pdf', venue='CVPR 2021', year=2021, code='https://github.com/LI-Hao-SJTU/DerainRLNet')),
 (S, 262, 263, 'Models (Deraining) / Year == 2018', P('Density-aware Single Image De-raining using a Multi-stream Dense Network', url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Zhang_Density-Aware_Single_Image_CVPR_2018_paper.pdf', venue='CVPR 2018', year=2018, code='https://github.com/hezhangsprinter/DID-MDN')),
 (S, 187, 188, 'Models (Deraining) / Year==2020', P('Syn2Real Transfer Learning for Image Deraining Using Gaussian Processes', url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Yasarla_Syn2Real_Transfer_Learning_for_Image_Deraining_Using_Gaussian_Processes_CVPR_2020_paper.pdf', venue='CVPR 2020', year=2020, code='https://github.com/rajeevyasarla/Syn2Real')),
 (S, 110, 111, 'Models (Deraining) / ICCV 2021', P('Let’s See Clearly: Contaminant Artifact Removal for Moving Cameras', url='https://openaccess.thecvf.com/content/ICCV2021/papers/Li_Lets_See_Clearly_Contaminant_Artifact_Removal_for_Moving_Cameras_ICCV_2021_paper.pdf', venue='ICCV 2021', year=2021, authors=['Li'])),
 (S, 65, 66, 'Models (Deraining) / CVPR 2022', P('Towards Robust Rain Removal Against Adversarial Attacks: A Comprehensive Benchmark Analysis and Beyond', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Yu_Towards_Robust_Rain_Removal_Against_Adversarial_Attacks_A_Comprehensive_Benchmark_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, authors=['Yu'], code='https://github.com/yuyi-sd/robust_rain_removal')),
 (S, 327, 327, 'Datasets', NP),
 (S, 253, 254, 'Models (Deraining) / Year==2019', P('Scale-free single image deraining via visibility-enhanced recurrent wavelet learning', url='https://ieeexplore.ieee.org/document/8610325', venue='TIP 2019', year=2019, authors=['Yang'], code='https://github.com/flyywh/JORDER-E-Deep-Image-Deraining-TPAMI-2019-Journal')),
 (S, 214, 215, 'Models (Deraining) / Year==2019', P('Erl-net: Entangled representation learning for single image de-raining', url='https://paperswithcode.com/paper/erl-net-entangled-representation-learning-for', venue='ICCV 2019', year=2019)),
 (S, 59, 60, 'Models (Deraining) / CVPR 2022', P('MAXIM: Multi-Axis MLP for Image Processing', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Tu_MAXIM_Multi-Axis_MLP_for_Image_Processing_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, code='https://github.com/google-research/maxim')),
 (S, 202, 203, 'Models (Deraining) / Year==2020', P('Towards scale-free rain streak removal via selfsupervised fractal band learning', url='https://ojs.aaai.org/index.php/AAAI/article/view/6954', venue='AAAI 2020', year=2020, code='https://github.com/flyywh/AAAI-2020-FBL-SS')),
 (S, 329, 329, 'Datasets', NP),
 (S, 77, 78, 'Models (Deraining) / CVPR 2022', P('Learning Multiple Adverse Weather Removal via Two-stage Knowledge Learning and Multi-contrastive Regularization: Toward a Unified Model', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Chen_Learning_Multiple_Adverse_Weather_Removal_via_Two-Stage_Knowledge_Learning_and_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, authors=['Chen'], code='https://github.com/fingerk28/Two-stage-Knowledge-For-Multiple-Adverse-Weather-Removal')),
 (S, 16, 16, 'Surveys', NP),
 (S, 175, 176, 'Models (Deraining) / Year==2020', P('Rethinking Image Deraining via Rain Streaks and Vapors', url='https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123620358.pdf', venue='ECCV 2020', year=2020, authors=['Wang'], code='https://github.com/yluestc/derain')),
 (S, 193, 194, 'Models (Deraining) / Year==2020', P('All in One Bad Weather Removal Using Architectural Search', url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Li_All_in_One_Bad_Weather_Removal_Using_Architectural_Search_CVPR_2020_paper.pdf', venue='CVPR 2020', year=2020)),
 (S, 357, 357, 'Resources', NP),
 (S, 328, 328, 'Datasets', NP),
 (S, 181, 182, 'Models (Deraining) / Year==2020', P('Wavelet-Based Dual-Branch Network for Image Demoireing', arxiv_id='2007.07173', url='https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123580086.pdf', venue='ECCV 2020', year=2020)),
 (S, 104, 105, 'Models (Deraining) / ICCV 2021', P('Structure-Preserving Deraining with Residue Channel Prior Guidance', url='https://openaccess.thecvf.com/content/ICCV2021/papers/Yi_Structure-Preserving_Deraining_With_Residue_Channel_Prior_Guidance_ICCV_2021_paper.pdf', venue='ICCV 2021', year=2021, code='https://github.com/joyies/spdnet')),
 (S, 316, 317, 'Datasets', NP),
 # ---- leonmakise ----
 (L, 53, 53, 'Table of contents', NP),
 (L, 106, 106, 'Table of contents / All in one Image Restoration', P('Any Image Restoration with Efficient Automatic Degradation Adaptation', arxiv_id='2407.13372', venue='arXiv 2024', year=2024, code='https://github.com/Amazingren/AnyIR')),
 (L, 126, 126, 'Table of contents / Adverse Weather Removal', P('All in One Bad Weather Removal using Architectural Search', url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Li_All_in_One_Bad_Weather_Removal_Using_Architectural_Search_CVPR_2020_paper.pdf', venue='CVPR 2020', year=2020)),
 (L, 61, 61, 'Table of contents', NP),
 (L, 131, 131, 'Table of contents / Adverse Weather Removal', P('Frequency-Oriented Efficient Transformer for All-in-One Weather-Degraded Image Restoration', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10196308', venue='TCSVT 2023', year=2023)),
 (L, 248, 248, 'Table of contents / Benchmark Datasets (Distortion) Working In Progress!', NP),
 (L, 55, 55, 'Table of contents', NP),
 (L, 33, 33, 'Features', NP),
 (L, 166, 166, 'Table of contents / Adverse Weather Removal', P('ReviveDiff: A Universal Diffusion Model for Restoring Images in Adverse Weather Conditions', arxiv_id='2409.18932', venue='arXiv 2024', year=2024)),
 (L, 147, 147, 'Table of contents / Adverse Weather Removal', P('GridFormer: Residual Dense Transformer with Grid Structure for Image Restoration in Adverse Weather Conditions', arxiv_id='2305.17863', venue='IJCV 2024', year=2024, code='https://github.com/TaoWangzj/GridFormer')),
 (L, 20, 20, 'News!!!', NP),
 (L, 62, 62, 'Table of contents', NP),
 (L, 182, 182, 'Table of contents / Application in Adverse Weather Conditions', P('SDRNet: Saliency-Guided Dynamic Restoration Network for Rain and Haze Removal in Nighttime Images', url='https://ieeexplore.ieee.org/abstract/document/10447635', venue='ICASSP 2024', year=2024, authors=['Wanning Zhu'])),
 (L, 35, 35, 'Features', NP),
 (L, 208, 208, 'Table of contents / LLM-driven Image Restoration', P('Controlling vision-language models for universal image restoration', arxiv_id='2310.01018', venue='arXiv 2024', year=2024, authors=['Boyang Zheng'], code='https://github.com/Algolzw/daclip-uir')),
 (L, 132, 132, 'Table of contents / Adverse Weather Removal', P('Restoring Vision in Adverse Weather Conditions with Patch-Based Denoising Diffusion Models', doi='10.1109/TPAMI.2023.3238179', url='https://doi.org/10.1109/TPAMI.2023.3238179', venue='TPAMI 2023', year=2023, code='https://github.com/IGITUGraz/WeatherDiffusion')),
 (L, 145, 145, 'Table of contents / Adverse Weather Removal', P('Adverse Weather Removal with Codebook Priors', url='https://openaccess.thecvf.com/content/ICCV2023/papers/Ye_Adverse_Weather_Removal_with_Codebook_Priors_ICCV_2023_paper.pdf', venue='ICCV 2023', year=2023)),
 (L, 24, 24, 'News!!!', NP),
 (L, 214, 214, 'Table of contents / Question Answering', P('Unifying Image Processing as Visual Prompting Question Answering', arxiv_id='2310.10513', venue='arXiv 2023', year=2023, authors=['Yihao Liu'], code='https://github.com/lyh-18/PromptGIP')),
 (L, 54, 54, 'Table of contents', NP),
]

KEYS = ['title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary']
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for lst, start, end, section, f in E:
        lines = open(os.path.join(HERE, lst), encoding='utf-8', newline='').read().split('\n')
        raw = '\n'.join(lines[start - 1:end])
        rec = {'list': lst, 'line': start, 'raw': raw, 'is_paper': f['is_paper']}
        for k in KEYS:
            rec[k] = f.get(k, [] if k == 'authors' else None)
        rec['section'] = section
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(E), 'labels')

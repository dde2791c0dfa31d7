import json
D = '/work/main/bench/unseen-lists/s123e/'
J = 'jiakaiwangCN__awesome-physical-adversarial-examples.README.md'
W = 'lwj345__Backdoor-attack-and-defense-methods-for-GNN.README.md'
P = 'penghui-yang__awesome-data-poisoning-and-backdoor-attacks.README.md'
TOUCH = 'Papers-Physical Adversarial Attacks / Manufacturing Oriented Attacks / Touchable Attacks'
UNTOUCH = 'Papers-Physical Adversarial Attacks / Manufacturing Oriented Attacks / Untouchable Attacks'
ENV = 'Papers-Physical Adversarial Attacks / Resampling Oriented Attacks / Environment-oriented Attacks'
SAMP = 'Papers-Physical Adversarial Attacks / Resampling Oriented Attacks / Sampler-oriented Attacks'
NAT = 'Papers-Physical Adversarial Attacks / Other PAEs / The Natural Physical Adversarial Attacks'
DET = 'Papers-Adversarial Defense Methods / Data-end Defense / Adversarial Detecting'
DEN = 'Papers-Adversarial Defense Methods / Data-end Defense / Adversarial Denoising'
PROMPT = 'Papers-Adversarial Defense Methods / Data-end Defense / Adversarial Prompting'
GNNRES = 'Structure / GNN Backdoor Results (ASR/CAD, %)'

def P_(lst, line, title, venue=None, year=None, arxiv=None, url=None, code=None, section=None, authors=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=authors or [], code=code, summary=None, section=section)

def N_(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

L = [
 N_(J, 31, 'Table of Contents'),
 N_(J, 38, 'Table of Contents'),
 N_(J, 42, 'Table of Contents'),
 P_(J, 78, 'Dta: Physical camouflage attacks using differentiable transformation network', 'CVPR 2022', 2022,
    url='https://openaccess.thecvf.com/content/CVPR2022/papers/Suryanto_DTA_Physical_Camouflage_Attacks_Using_Differentiable_Transformation_Network_CVPR_2022_paper.pdf',
    code='https://github.com/difftransattack/dta', section=TOUCH),
 P_(J, 91, 'Robust Physical-World Attacks on Deep Learning Visual Classification', 'CVPR 2018', 2018,
    url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Eykholt_Robust_Physical-World_Attacks_CVPR_2018_paper.pdf', section=TOUCH),
 P_(J, 100, 'Physical-world optical adversarial attacks on 3d face recognition', 'CVPR 2023', 2023,
    url='https://openaccess.thecvf.com/content/CVPR2023/papers/Li_Physical-World_Optical_Adversarial_Attacks_on_3D_Face_Recognition_CVPR_2023_paper.pdf', section=UNTOUCH),
 P_(J, 101, 'Shadows can be dangerous: Stealthy and effective physical-world adversarial attack by natural phenomenon', 'CVPR 2022', 2022,
    url='https://openaccess.thecvf.com/content/CVPR2022/papers/Zhong_Shadows_Can_Be_Dangerous_Stealthy_and_Effective_Physical-World_Adversarial_Attack_CVPR_2022_paper.pdf',
    code='https://github.com/hncszyq/ShadowAttack', section=UNTOUCH),
 P_(J, 112, 'Fooling thermal infrared pedestrian detectors in real world using small bulbs', 'AAAI 2021', 2021, arxiv='2101.08154', section=UNTOUCH),
 P_(J, 113, 'Invisible Perturbations: Physical Adversarial Examples Exploiting the Rolling Shutter Effect', 'CVPR 2021', 2021,
    url='https://openaccess.thecvf.com/content/CVPR2021/papers/Sayles_Invisible_Perturbations_Physical_Adversarial_Examples_Exploiting_the_Rolling_Shutter_Effect_CVPR_2021_paper.pdf',
    code='https://github.com/earlence-security/invis-perturbations', section=UNTOUCH),
 P_(J, 114, 'Light Lies: Optical Adversarial Attack', 'arXiv 2021', 2021, arxiv='2106.09908', section=UNTOUCH),
 P_(J, 143, 'Imperceptible, Robust, and Targeted Adversarial Examples for Automatic Speech Recognition', 'ICML 2019', 2019, arxiv='1903.10346',
    code='https://github.com/yaq007/cleverhans/tree/master/examples/adversarial_asr', section=ENV),
 P_(J, 157, 'Perceptual Based Adversarial Audio Attacks', 'arXiv 2019', 2019, arxiv='1906.06355', section=SAMP),
 P_(J, 165, 'Synthesizing Robust Adversarial Examples', 'ICML 2018', 2018, arxiv='1707.07397',
    code='https://github.com/prabhant/synthesizing-robust-adversarial-examples', section=SAMP),
 P_(J, 175, 'Adv-attribute: Inconspicuous and transferable adversarial attack on face recognition', 'NIPS 2022', 2022, arxiv='2210.06871', section=NAT),
 P_(J, 176, 'TnT Attacks! Universal Naturalistic Adversarial Patches Against Deep Neural Network Systems', 'IEEE TIFS 2022', 2022,
    url='https://ieeexplore.ieee.org/document/9856683', section=NAT),
 P_(J, 179, 'Inconspicuous adversarial patches for fooling image-recognition systems on mobile devices', 'IEEE IoT Journal 2021', 2021, arxiv='2106.15202', section=NAT),
 P_(J, 216, 'Adversarial yolo: Defense human detection patch attacks via detecting adversarial patches', 'arXiv 2021', 2021, arxiv='2103.08860', section=DET),
 P_(J, 221, 'Patchzero: Defending against adversarial patch attacks by detecting and zeroing the patch', 'WACV 2023', 2023, arxiv='2207.01795', section=DEN),
 P_(J, 223, 'Minority reports defense: Defending against adversarial patches', 'ACNS 2020 Workshop', 2020, arxiv='2004.13799', section=DEN),
 P_(J, 228, 'Angelic patches for improving third-party object detector performance', 'CVPR 2023', 2023,
    url='https://openaccess.thecvf.com/content/CVPR2023/papers/Si_Angelic_Patches_for_Improving_Third-Party_Object_Detector_Performance_CVPR_2023_paper.pdf',
    code='https://github.com/averysi224/angelic_patches', section=PROMPT),

 N_(W, 15, 'Contents'),
 P_(W, 31, 'More is better (mostly): On the backdoor attacks in federated graph neural networks', None, 2022,
    url='https://dl.acm.org/doi/abs/10.1145/3564625.3567999', code='https://github.com/xujing1994/bkd_fedgnn', section='Attack Methods'),
 P_(W, 41, 'Dyn-Backdoor: Backdoor Attack on Dynamic Link Prediction', None, 2023, arxiv='2110.03875', section='Attack Methods'),
 P_(W, 50, 'Backdoor Graph Condensation', None, 2025, arxiv='2407.11025', code='https://github.com/JiahaoWuGit/BGC', section='Attack Methods'),
 P_(W, 51, 'Backdoor Attack on Vertical Federated Graph Neural Network Learning', None, 2025, arxiv='2410.11290', section='Attack Methods'),
 P_(W, 70, 'On the Robustness of Graph Reduction Against GNN Backdoor', None, 2024, arxiv='2407.02431',
    code='https://github.com/GuanZihan/GNN_backdoor_detection', section='Defense Methods'),
 N_(W, 72, 'Defense Methods'),
 N_(W, 94, 'Structure'),
 N_(W, 106, 'Structure'),
] + [N_(W, n, GNNRES) for n in (117, 118, 124, 127, 139, 141, 142, 156, 160, 169, 177)] + [
 P_(P, 23, 'Feature Partition Aggregation: A Fast Certified Defense Against a Union of Sparse Adversarial Attacks', 'arXiv 2023', 2023, arxiv='2302.11628',
    code='https://github.com/ZaydH/feature-partition', section='2023 / arXiv'),
 P_(P, 26, 'Run-Off Election: Improved Provable Defense against Data Poisoning Attacks', 'arXiv 2023', 2023, arxiv='2302.02300', section='2023 / arXiv'),
 P_(P, 45, 'SCALE-UP: An Efficient Black-box Input-level Backdoor Detection via Analyzing Scaled Prediction Consistency', None, 2023,
    url='https://openreview.net/forum?id=o0LFPcoFKnr', code='https://github.com/JunfengGo/SCALE-UP', section='2023'),
 P_(P, 54, 'UNICORN: A Unified Backdoor Trigger Inversion Framework', 'ICLR 2023', 2023, url='https://openreview.net/forum?id=Mj7K4lglGyj',
    code='https://github.com/RU-System-Software-and-Security/UNICORN', section='2023'),
 P_(P, 55, 'Backdoor Defense via Deconfounded Representation Learning', 'CVPR 2023', 2023, arxiv='2303.06818', code='https://github.com/zaixizhang/CBD', section='2023'),
 P_(P, 58, 'Backdoor Attacks Against Deep Image Compression via Adaptive Frequency Trigger', 'CVPR 2023', 2023, arxiv='2302.14677', section='2023'),
 P_(P, 73, 'Backdoor Attacks on Self-Supervised Learning', 'CVPR 2022', 2022,
    url='https://openaccess.thecvf.com/content/CVPR2022/html/Saha_Backdoor_Attacks_on_Self-Supervised_Learning_CVPR_2022_paper.html',
    code='https://github.com/UMBCvision/SSL-Backdoor', section='2022'),
 P_(P, 76, 'Adversarial Unlearning of Backdoors via Implicit Hypergradient', 'ICLR 2022', 2022, url='https://openreview.net/forum?id=MeeQkFYVbzW',
    code='https://github.com/YiZeng623/I-BAU', section='2022'),
 P_(P, 79, 'Hidden Poison: Machine unlearning enables camouflaged poisoning attacks', 'NeurIPS 2022 Workshop MLSW', 2022,
    url='https://openreview.net/forum?id=zml9gDnulI9', section='2022'),
 P_(P, 93, 'LowKey: Leveraging Adversarial Attacks to Protect Social Media Users from Facial Recognition', 'ICLR 2021', 2021,
    url='https://openreview.net/forum?id=hJmtwocEqzc', section='2021'),
 P_(P, 95, 'Just How Toxic is Data Poisoning? A Unified Benchmark for Backdoor and Data Poisoning Attacks', 'ICML 2021', 2021, arxiv='2006.12557',
    code='https://github.com/aks2203/poisoning-benchmark', section='2021'),
 P_(P, 96, 'Neural Tangent Generalization Attacks', 'ICML 2021', 2021, url='https://proceedings.mlr.press/v139/yuan21b.html', section='2021'),
 P_(P, 101, 'Intrinsic Certified Robustness of Bagging against Data Poisoning Attacks', 'AAAI 2021', 2021,
    url='https://ojs.aaai.org/index.php/AAAI/article/view/16971', code='https://github.com/jinyuan-jia/BaggingCertifyDataPoisoning', section='2021'),
 P_(P, 117, 'Deep k-NN Defense Against Clean-Label Data Poisoning Attacks', 'ECCV 2020 Workshops', 2020,
    url='https://link.springer.com/chapter/10.1007/978-3-030-66415-2_4', code='https://github.com/neeharperi/DeepKNNDefense', section='2020'),
 P_(P, 119, 'Reliable Evaluation of Adversarial Robustness with an Ensemble of Diverse Parameter-free Attacks', 'ICML 2020', 2020,
    url='https://proceedings.mlr.press/v119/croce20b.html', section='2020'),
 P_(P, 127, 'Poisoning Attacks with Generative Adversarial Nets', 'arXiv 2019', 2019, arxiv='1906.07773', section='2019'),
 P_(P, 133, 'Learning with Bad Training Data via Iterative Trimmed Loss Minimization', 'ICML 2019', 2019, url='https://proceedings.mlr.press/v97/shen19e.html', section='2019'),
 P_(P, 141, 'STRIP: a defence against trojan attacks on deep neural networks', 'ACSAC 2019', 2019,
    url='https://dl.acm.org/doi/abs/10.1145/3359789.3359790?casa_token=JDIdKo9xPV8AAAAA:SPvqGbP3MHjAr6wkOZ6jc7ZEmh_64APDkQ9aDO2WmCyaWL83dU7vHR5-Rjg-aNVDBo0_QU3TOn7uvQ', section='2019'),
 P_(P, 149, 'Trojaning Attack on Neural Networks', 'NDSS 2018', 2018, url='https://www.ndss-symposium.org/wp-content/uploads/2018/02/ndss2018_03A-5_Liu_paper.pdf', section='2018'),
 P_(P, 155, 'Targeted Backdoor Attacks on Deep Learning Systems Using Data Poisoning', 'arXiv 2017', 2017, arxiv='1712.05526', section='2017'),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
samp = [json.loads(l) for l in open(D + 'sample.jsonl', encoding='utf-8')]
assert [(s['list'], s['line']) for s in samp] == [(x['list'], x['line']) for x in L], 'sample mismatch'
files = {}
with open(D + 'labels.jsonl', 'w', encoding='utf-8') as f:
    for x in L:
        if x['list'] not in files:
            files[x['list']] = open(D + x['list'], encoding='utf-8').read().split('\n')
        x['raw'] = files[x['list']][x['line'] - 1]
        f.write(json.dumps({k: x[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L), sum(x['is_paper'] for x in L))

import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from entry_raw import raw_at
D = '/work/main/bench/unseen-lists/s54h/'
AML = 'wangjksjtu__awesome-AML.README.md'
AHU = 'Event-AHU__Adversarial_Attack_Defense.README.md'
PAA = 'weihui1308__PAA.README.md'
lines = {f: open(D + f, encoding='utf-8').read().split('\n') for f in (AML, AHU, PAA)}
out = []
def P(f, n, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None, raw=None):
    if raw is None:
        raw = lines[f][n - 1] if f == PAA else raw_at(lines[f], n)
    out.append(dict(list=f, line=n, raw=raw, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                    venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section))

# ---------------- AHU (Event-AHU Paper_list.md) ----------------
S0 = 'Recommended Source Code / Year 2024'
SC = S0 + ' / CVPR 2024'
SE = S0 + ' / ECCV 2024'
CV = 'https://openaccess.thecvf.com/content/CVPR2024/papers/'
EH = 'https://www.ecva.net/papers/eccv_2024/papers_ECCV/html/'
P(AHU, 14, 'Cross-modal learning with adversarial samples',
  url='https://proceedings.neurips.cc/paper/2019/hash/d384dec9f5f7a64a36b5c8f03b8a6d92-Abstract.html',
  venue='NIPS 2019', year=2019, authors=['C. Li', 'S. Gao', 'C. Deng', 'D. Xie', 'W. Liu'], section=S0)
P(AHU, 30, 'Nearest is Not Dearest: Towards Practical Defense against Quantization-conditioned Backdoor Attacks',
  url=CV + 'Li_Nearest_is_Not_Dearest_Towards_Practical_Defense_against_Quantization-conditioned_Backdoor_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, section=SC)
P(AHU, 46, 'Revisiting Adversarial Training at Scale',
  url=CV + 'Wang_Revisiting_Adversarial_Training_at_Scale_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, code='https://github.com/UCSC-VLAA/AdvXL', section=SC)
P(AHU, 58, 'Revisiting Adversarial Training under Long-Tailed Distributions',
  url=CV + 'Yue_Revisiting_Adversarial_Training_Under_Long-Tailed_Distributions_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, code='https://github.com/NISPLab/AT-BSL', section=SC)
P(AHU, 76, 'Towards Robust 3D Pose Transfer with Adversarial Learning',
  url=CV + 'Chen_Towards_Robust_3D_Pose_Transfer_with_Adversarial_Learning_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, section=SC)
P(AHU, 80, 'Random Entangled Tokens for Adversarially Robust Vision Transformer',
  url=CV + 'Gong_Random_Entangled_Tokens_for_Adversarially_Robust_Vision_Transformer_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, section=SC)
P(AHU, 87, 'Infrared Adversarial Car Stickers',
  url=CV + 'Zhu_Infrared_Adversarial_Car_Stickers_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, section=SC)
P(AHU, 92, 'Language-Driven Anchors for Zero-Shot Adversarial Robustness',
  url=CV + 'Li_Language-Driven_Anchors_for_Zero-Shot_Adversarial_Robustness_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, code='https://github.com/LixiaoTHU/LAAT', section=SC)
P(AHU, 127, 'MimicDiffusion: Purifying Adversarial Perturbation via Mimicking Clean Diffusion Model',
  url=CV + 'Song_MimicDiffusion_Purifying_Adversarial_Perturbation_via_Mimicking_Clean_Diffusion_Model_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, code='https://github.com/psky1111/MimicDiffusion', section=SC)
P(AHU, 144, 'Hide in Thicket: Generating Imperceptible and Rational Adversarial Perturbations on 3D Point Clouds',
  url=CV + 'Lou_Hide_in_Thicket_Generating_Imperceptible_and_Rational_Adversarial_Perturbations_on_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, code='https://github.com/TRLou/HiT-ADV', section=SC)
P(AHU, 150, 'Attack To Defend: Exploiting Adversarial Attacks for Detecting Poisoned Models',
  url=CV + 'Fares_Attack_To_Defend_Exploiting_Adversarial_Attacks_for_Detecting_Poisoned_Models_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, authors=['Samar Fares', 'Karthik Nandakumar'], section=SC)
P(AHU, 153, 'MMCert: Provable Defense against Adversarial Attacks to Multi-modal Models',
  url=CV + 'Wang_MMCert_Provable_Defense_against_Adversarial_Attacks_to_Multi-modal_Models_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, authors=['Yanting Wang', 'Hongye Fu', 'Wei Zou', 'Jinyuan Jia'], section=SC)
P(AHU, 180, 'Transferable Structural Sparse Adversarial Attack Via Exact Group Sparsity Training',
  url=CV + 'Ming_Transferable_Structural_Sparse_Adversarial_Attack_Via_Exact_Group_Sparsity_Training_CVPR_2024_paper.pdf',
  venue='CVPR 2024', year=2024, authors=['Di Ming', 'Peng Ren', 'Yunlong Wang', 'Xin Feng'], section=SC)
P(AHU, 200, 'Learning Differentially Private Diffusion Models via Stochastic Adversarial Distillation',
  url=EH + '1066_ECCV_2024_paper.php', venue='ECCV 2024', year=2024,
  authors=['Bochao Liu', 'Pengju Wang', 'Shiming Ge'], section=SE)
P(AHU, 258, 'A Secure Image Watermarking Framework with Statistical Guarantees via Adversarial Attacks on Secret Key Networks',
  url=EH + '5695_ECCV_2024_paper.php', venue='ECCV 2024', year=2024,
  authors=['Feiyu CHEN', 'Wei Lin', 'Ziquan Liu', 'Antoni Chan'], section=SE)
P(AHU, 265, 'Prompt-Driven Contrastive Learning for Transferable Adversarial Attacks',
  url=EH + '5923_ECCV_2024_paper.php', venue='ECCV 2024', year=2024,
  authors=['Hunmin Yang', 'Jongoh Jeong', 'Kuk-Jin Yoon'], section=SE)
P(AHU, 279, 'AdvDiff: Generating Unrestricted Adversarial Examples using Diffusion Models',
  url=EH + '6243_ECCV_2024_paper.php', venue='ECCV 2024', year=2024,
  authors=['Xuelong Dai', 'Kaisheng Liang', 'Bin Xiao'], section=SE)
P(AHU, 348, 'Similarity of Neural Architectures using Adversarial Attack Transferability',
  url=EH + '8514_ECCV_2024_paper.php', venue='ECCV 2024', year=2024,
  authors=['Jaehui Hwang', 'Dongyoon Han', 'Byeongho Heo', 'Song Park', 'Sanghyuk Chun', 'Jong-Seok Lee'], section=SE)
P(AHU, 401, 'R.A.C.E.: Robust Adversarial Concept Erasure for Secure Text-to-Image Diffusion Model',
  url=EH + '11117_ECCV_2024_paper.php', venue='ECCV 2024', year=2024,
  authors=['Changhoon Kim', 'Kyle Min', 'Yezhou Yang'], section=SE)
P(AHU, 407, 'Adversarial Diffusion Distillation',
  url=EH + '11557_ECCV_2024_paper.php', venue='ECCV 2024', year=2024,
  authors=['Axel Sauer', 'Dominik Lorenz', 'Andreas Blattmann', 'Robin Rombach'], section=SE)

# ---------------- AML (wangjksjtu/awesome-AML) ----------------
WB = 'Attack / White-Box (Gradient-based)'
BB = 'Attack / Black-Box (Gradient-free)'
def A(n, title, arxiv, author, year, section, url=None):
    P(AML, n, title, arxiv=arxiv, url=url, year=year, authors=[author], section=section)
A(11, 'Towards Evaluating the Robustness of Neural Networks', '1608.04644', 'Carlini', 2016, WB)
A(15, 'EAD: Elastic-Net Attacks to Deep Neural Networks via Adversarial Examples', '1709.04114', 'Chen', 2017, WB)
A(16, 'Generating Adversarial Examples with Adversarial Networks', '1801.02610', 'Xiao', 2018, WB)
A(20, 'Practical Black-Box Attacks against Machine Learning', '1602.02697', 'Papernot', 2016, BB + ' / Transfer-based')
A(26, 'Practical Black-box Attacks on Deep NeuralNetworks using Efficient Query Mechanisms', None, 'Bhagoji', 2018, BB + ' / Score-based',
  url='http://openaccess.thecvf.com/content_ECCV_2018/html/Arjun_Nitin_Bhagoji_Practical_Black-box_Attacks_ECCV_2018_paper.html')
A(28, 'Adversarial Risk and the Dangers of Evaluating Against Weak Attacks', '1802.05666', 'Uesato', 2018, BB + ' / Score-based')
A(30, 'Simple Black-box Adversarial Attacks', '1905.07121', 'Guo', 2019, BB + ' / Score-based')
A(34, 'Decision-Based Adversarial Attacks: Reliable Attacks Against Black-Box Machine Learning Models', '1712.04248', 'Brendel', 2017, BB + ' / Decision-based')
A(36, 'Query-Efficient Hard-label Black-box Attack:An Optimization-based Approach', '1807.04457', 'Cheng', 2018, BB + ' / Decision-based')
A(39, 'HopSkipJumpAttack: A Query-Efficient Decision-Based Attack', '1904.02144', 'Chen', 2019, BB + ' / Decision-based')
A(43, 'Synthesizing Robust Adversarial Examples', '1707.07397', 'Athalye', 2017, 'Attack / Robust physical attack')
A(44, 'ShapeShifter: Robust Physical Adversarial Attack on Faster R-CNN Object Detector', '1804.05810', 'Chen', 2018, 'Attack / Robust physical attack')
A(50, 'Universal adversarial perturbations', '1610.08401', 'Moosavi-Dezfooli', 2016, 'Attack / Attack across domains')
A(51, 'Ensemble Adversarial Training: Attacks and Defenses', '1705.07204', 'Tramer', 2017, 'Attack / Attack across domains')
A(53, 'CAAD 2018: Iterative Ensemble Adversarial Attack', '1811.03456', 'Liu', 2018, 'Attack / Attack across domains')
A(54, 'Beyond Adversarial Training: Min-Max Optimization in Adversarial Attack and Defense', '1906.03563', 'Wang', 2019, 'Attack / Attack across domains')
A(66, 'Extending Defensive Distillation', '1705.05264', 'Papernot', 2017, 'Defense / Modifying the training schemes or models')
A(70, 'Improved robustness to adversarial examples using Lipschitz regularization of the loss', '1810.00953', 'Finlay', 2018, 'Defense / Modifying the training schemes or models')
A(71, 'Defensive Quantization: When Efficiency Meets Robustness', '1904.08444', 'Lin', 2019, 'Defense / Modifying the training schemes or models')
A(77, 'Defense-GAN: Protecting Classifiers Against Adversarial Attacks Using Generative Models', '1805.06605', 'Samangouei', 2018, 'Defense / Using other auxiliary tools')

# ---------------- PAA (weihui1308/PAA Timeline.md) ----------------
def T(n, title, venue, year, arxiv=None, url=None, code=None):
    P(PAA, n, title, arxiv=arxiv, url=url, venue=f'{venue} {year}', year=year, code=code, section=str(year))
T(15, 'Harnessing Perceptual Adversarial Patches for Crowd Counting', 'ACM CCS', 2022, arxiv='2109.07986', code='https://github.com/shunchang-liu/PAP-Pytorch')
T(16, 'Learning Coated Adversarial Camouflages for Object Detectors', 'IJCAI', 2022, url='https://www.ijcai.org/proceedings/2022/0125.pdf')
T(19, 'Shadows can be Dangerous: Stealthy and Effective Physical-world Adversarial Attack by Natural Phenomenon', 'CVPR', 2022,
  url='https://openaccess.thecvf.com/content/CVPR2022/papers/Zhong_Shadows_Can_Be_Dangerous_Stealthy_and_Effective_Physical-World_Adversarial_Attack_CVPR_2022_paper.pdf',
  code='https://github.com/hncszyq/ShadowAttack')
T(21, 'DTA: Physical Camouflage Attacks using Differentiable Transformation Network', 'CVPR', 2022,
  url='https://openaccess.thecvf.com/content/CVPR2022/papers/Suryanto_DTA_Physical_Camouflage_Attacks_Using_Differentiable_Transformation_Network_CVPR_2022_paper.pdf')
T(23, 'Infrared Invisible Clothing: Hiding From Infrared Detectors at Multiple Angles in Real World', 'CVPR', 2022,
  url='https://openaccess.thecvf.com/content/CVPR2022/html/Zhu_Infrared_Invisible_Clothing_Hiding_From_Infrared_Detectors_at_Multiple_Angles_CVPR_2022_paper.html')
T(25, 'Simultaneously Optimizing Perturbations and Positions for Black-box Adversarial Patch Attacks', 'TPAMI', 2022, arxiv='2212.12995',
  code='https://github.com/shighghyujie/newpatch-rl')
T(29, 'Too Good to Be Safe: Tricking Lane Detection in Autonomous Driving with Crafted Perturbations', 'USENIX Security', 2021,
  url='https://www.usenix.org/system/files/sec21fall-jing.pdf')
T(31, 'Adversarial imaging pipelines', 'CVPR', 2021,
  url='https://openaccess.thecvf.com/content/CVPR2021/papers/Phan_Adversarial_Imaging_Pipelines_CVPR_2021_paper.pdf')
T(33, 'Optical Adversarial Attack', 'ICCV', 2021, arxiv='2108.06247')
T(39, 'Fooling Thermal Infrared Pedestrian Detectors in Real World Using Small Bulbs', 'AAAI', 2021,
  url='https://ojs.aaai.org/index.php/AAAI/article/view/16477')
T(40, 'Adv-Makeup: A New Imperceptible and Transferable Attack on Face Recognition', 'IJCAI', 2021, arxiv='2105.03162',
  code='https://github.com/TencentYoutuResearch/Adv-Makeup')
T(46, 'Adversarial camouflage: Hiding physical-world attacks with natural styles', 'CVPR', 2020, arxiv='2003.08757',
  code='https://github.com/RjDuan/AdvCam-Hide-Adv-with-Natural-Styles')
T(47, 'Physgan: Generating physical-world-resilient adversarial examples for autonomous driving', 'CVPR', 2020, arxiv='1907.04449')
T(53, 'Advhat: Real-world adversarial attack on arcface face id system', 'ICPR', 2020,
  url='https://ieeexplore.ieee.org/abstract/document/9412236', code='https://github.com/papermsucode/advhat')
T(58, 'Adversarial camera stickers: A physical camera-based attack on deep learning systems', 'PMLR', 2019,
  url='https://proceedings.mlr.press/v97/li19j.html', code='https://github.com/yoheikikuta/adversarial-camera-stickers')
T(60, 'Fooling automated surveillance cameras: adversarial patches to attack person detection', 'CVPRW', 2019,
  url='https://openaccess.thecvf.com/content_CVPRW_2019/papers/CV-COPS/Thys_Fooling_Automated_Surveillance_Cameras_Adversarial_Patches_to_Attack_Person_Detection_CVPRW_2019_paper.pdf',
  code='https://gitlab.com/EAVISE/adversarial-yolo')
T(61, 'AdvPattern: physical-world attacks on deep person re-identification via adversarially transformable patterns', 'ICCV', 2019,
  arxiv='1908.09327', code='https://github.com/whuAdv/AdvPattern')
T(67, 'Adversarial examples in the physical world', 'AISS', 2018, arxiv='1607.02533', code='https://github.com/Harry24k/AEPW-pytorch')
T(69, 'CAMOU: Learning physical vehicle camouflages to adversarially attack detectors in the wild', 'ICLR', 2018,
  url='https://openreview.net/forum?id=SJgEl3A5tm')
T(70, 'Physical Adversarial Examples for Object Detectors', 'USENIX Workshop', 2018,
  url='https://www.usenix.org/conference/woot18/presentation/eykholt')

with open(D + 'labels.jsonl', 'w', encoding='utf-8') as fh:
    for d in out:
        fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out))

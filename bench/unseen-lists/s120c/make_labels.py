"""Hand labels for the s120c sample (values typed by hand; raw is taken from the file)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
AMB = 'ambicuity__Awesome-MICCAI-2026.README.md'
OSA = 'OpenSourcerer-A__awesome-medical-image-papers.README.md'
WZ = 'wenhaozhang0066__Awesome-Pathology-VLMs.README.md'
lines = {f: open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n') for f in (AMB, OSA, WZ)}

def L(lst, line, is_paper, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
      authors=None, code=None, summary=None, section=None, nlines=1):
    raw = '\n'.join(lines[lst][line - 1:line - 1 + nlines])
    return dict(list=lst, line=line, raw=raw, is_paper=is_paper, title=title, arxiv_id=arxiv_id, doi=doi,
                url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary, section=section)

def NP(lst, line, section):
    return L(lst, line, False, section=section)

CV = 'https://openaccess.thecvf.com/content/CVPR2023/papers/'
def osa(line, title, authors, pdf, code=None):
    return L(OSA, line, True, title=title, url=(CV + pdf) if pdf else None, year=2023,
             authors=[a for a in authors.split(', ')], code=code)

labels = [
 # ---- OpenSourcerer-A CVPR/CVPR2023.md: table 年份|题目|作者|摘要|中文摘要|link, no headings
 osa(3, 'TeSLA: Test-Time Self-Learning With Automatic Adversarial Augmentation',
     'Devavrat Tomar, Guillaume Vray, Behzad Bozorgtabar, Jean-Philippe Thiran',
     'Tomar_TeSLA_Test-Time_Self-Learning_With_Automatic_Adversarial_Augmentation_CVPR_2023_paper.pdf',
     'https://github.com/devavratTomar/TeSLA'),
 osa(4, 'Pseudo-Label Guided Contrastive Learning for Semi-Supervised Medical Image Segmentation',
     'Hritam Basak, Zhaozheng Yin',
     'Basak_Pseudo-Label_Guided_Contrastive_Learning_for_Semi-Supervised_Medical_Image_Segmentation_CVPR_2023_paper.pdf',
     'https://github.com/hritam-98/PatchCL-MedSeg'),
 osa(5, 'Feature Alignment and Uniformity for Test Time Adaptation',
     'Shuai Wang, Daoan Zhang, Zipei Yan, Jianguo Zhang, Rui Li',
     'Wang_Feature_Alignment_and_Uniformity_for_Test_Time_Adaptation_CVPR_2023_paper.pdf'),
 osa(6, '3D-Aware Facial Landmark Detection via Multi-View Consistent Training on Synthetic Data',
     'Libing Zeng, Lele Chen, Wentao Bao, Zhong Li, Yi Xu, Junsong Yuan, Nima Khademi Kalantari',
     'Zeng_3D-Aware_Facial_Landmark_Detection_via_Multi-View_Consistent_Training_on_Synthetic_CVPR_2023_paper.pdf'),
 osa(7, 'Fair Federated Medical Image Segmentation via Client Contribution Estimation',
     'Meirui Jiang, Holger R. Roth, Wenqi Li, Dong Yang, Can Zhao, Vishwesh Nath, Daguang Xu, Qi Dou, Ziyue Xu',
     'Jiang_Fair_Federated_Medical_Image_Segmentation_via_Client_Contribution_Estimation_CVPR_2023_paper.pdf'),
 osa(8, 'Directional Connectivity-Based Segmentation of Medical Images',
     'Ziyun Yang, Sina Farsiu',
     'Yang_Directional_Connectivity-Based_Segmentation_of_Medical_Images_CVPR_2023_paper.pdf',
     'https://github.com/Zyun-Y/DconnNet'),
 osa(9, 'Geometric Visual Similarity Learning in 3D Medical Image Self-Supervised Pre-Training',
     'Yuting He, Guanyu Yang, Rongjun Ge, Yang Chen, Jean-Louis Coatrieux, Boyu Wang, Shuo Li',
     'He_Geometric_Visual_Similarity_Learning_in_3D_Medical_Image_Self-Supervised_Pre-Training_CVPR_2023_paper.pdf',
     'https://github.com/YutingHe-list/GVSL'),
 osa(10, 'Learning To Exploit Temporal Structure for Biomedical Vision-Language Processing',
     'Shruthi Bannur, Stephanie Hyland, Qianchu Liu, Fernando P\u00c3\u00a9rez-Garc\u00c3\u00ada, Maximilian Ilse, Daniel C. Castro, '
     'Benedikt Boecking, Harshita Sharma, Kenza Bouzid, Anja Thieme, Anton Schwaighofer, Maria Wetscherek, '
     'Matthew P. Lungren, Aditya Nori, Javier Alvarez-Valle, Ozan Oktay',
     'Bannur_Learning_To_Exploit_Temporal_Structure_for_Biomedical_Vision-Language_Processing_CVPR_2023_paper.pdf'),
 osa(11, 'Multi-Modal Learning With Missing Modality via Shared-Specific Feature Modelling',
     'Hu Wang, Yuanhong Chen, Congbo Ma, Jodie Avery, Louise Hull, Gustavo Carneiro',
     'Wang_Multi-Modal_Learning_With_Missing_Modality_via_Shared-Specific_Feature_Modelling_CVPR_2023_paper.pdf'),
 osa(12, 'Ambiguous Medical Image Segmentation Using Diffusion Models',
     'Aimon Rahman, Jeya Maria Jose Valanarasu, Ilker Hacihaliloglu, Vishal M. Patel',
     'Rahman_Ambiguous_Medical_Image_Segmentation_Using_Diffusion_Models_CVPR_2023_paper.pdf'),
 osa(13, 'Bidirectional Copy-Paste for Semi-Supervised Medical Image Segmentation',
     'Yunhao Bai, Duowen Chen, Qingli Li, Wei Shen, Yan Wang',
     'Bai_Bidirectional_Copy-Paste_for_Semi-Supervised_Medical_Image_Segmentation_CVPR_2023_paper.pdf'),
 osa(14, 'PEFAT: Boosting Semi-Supervised Medical Image Classification via Pseudo-Loss Estimation and Feature Adversarial Training',
     'Qingjie Zeng, Yutong Xie, Zilin Lu, Yong Xia',
     'Zeng_PEFAT_Boosting_Semi-Supervised_Medical_Image_Classification_via_Pseudo-Loss_Estimation_and_CVPR_2023_paper.pdf',
     'https://github.com/maxwell0027/PEFAT'),
 osa(15, 'MCF: Mutual Correction Framework for Semi-Supervised Medical Image Segmentation',
     'Yongchao Wang, Bin Xiao, Xiuli Bi, Weisheng Li, Xinbo Gao',
     'Wang_MCF_Mutual_Correction_Framework_for_Semi-Supervised_Medical_Image_Segmentation_CVPR_2023_paper.pdf',
     'https://github.com/WYC-321/MCF'),
 osa(16, 'Decoupled Semantic Prototypes Enable Learning From Diverse Annotation Types for Semi-Weakly Segmentation in Expert-Driven Domains',
     'Simon Rei\u00c3\u009f, Constantin Seibold, Alexander Freytag, Erik Rodner, Rainer Stiefelhagen',
     'Reiss_Decoupled_Semantic_Prototypes_Enable_Learning_From_Diverse_Annotation_Types_for_CVPR_2023_paper.pdf'),
 osa(17, 'Private Image Generation With Dual-Purpose Auxiliary Classifier',
     'Chen Chen, Daochang Liu, Siqi Ma, Surya Nepal, Chang Xu',
     'Chen_Private_Image_Generation_With_Dual-Purpose_Auxiliary_Classifier_CVPR_2023_paper.pdf'),
 osa(18, 'Why Is the Winner the Best?',
     'Matthias Eisenmann, Annika Reinke, Vivienn Weru, Minu D. Tizabi, Fabian Isensee, Tim J. Adler, Sharib Ali, '
     'Vincent Andrearczyk, Marc Aubreville, Ujjwal Baid, Spyridon Bakas, Niranjan Balu, Sophia Bano, Jorge Bernal, '
     'Sebastian Bodenstedt, Alessandro Casella, Veronika Cheplygina, Marie Daum, Marleen de Bruijne, Adrien Depeursinge, '
     'Reuben Dorent, Jan Egger, David G. Ellis, Sandy Engelhardt, Melanie Ganz, Noha Ghatwary, Gabriel Girard, '
     'Patrick Godau, Anubha Gupta, Lasse Hansen, Kanako Harada, Mattias P. Heinrich, Nicholas Heller, Alessa Hering, '
     'Arnaud Huaulm\u00c3\u00a9, Pierre Jannin, Ali Emre Kavur, Old\u00c5\u0099ich Kodym, Micha',
     None),
]

SEG = 'Segmentation'
def amb(line, title, arx, code):
    return L(AMB, line, True, title=title, arxiv_id=arx, code=code, section=SEG)
labels += [
 NP(AMB, 49, 'Trust and Validation'),
 NP(AMB, 74, 'Coverage Report'),
 amb(85, 'TriALS: Triphasic-Aided Liver Lesion Segmentation Benchmark in Non-Contrast CT', '2605.16572', 'https://github.com/xmed-lab/trials'),
 amb(86, 'ScribbleDose: Scribble-Guided Dose Prediction in Radiotherapy', '2605.11555', 'https://github.com/icherishxixixi/scribbledose'),
 amb(93, 'MICCAI STS 2024 Challenge: Semi-Supervised Instance-Level Tooth Segmentation in Panoramic X-ray and CBCT Images', '2511.22911', 'https://github.com/ricoleehduu/sts-challenge-2024'),
 amb(98, 'Domain-Specialized Interactive Segmentation Framework for Meningioma Radiotherapy Planning', '2510.00416', 'https://github.com/snuh-rad-aicon/interactive-men-rt'),
 amb(106, 'SimCroP: Radiograph Representation Learning with Similarity-driven Cross-granularity Pre-training', '2509.08311', 'https://github.com/tonichopp/simcrop'),
 amb(111, 'Semantic Diffusion Posterior Sampling for Cardiac Ultrasound Dehazing', '2508.17326', 'https://github.com/tristan-deep/semantic-diffusion-echo-dehazing'),
 amb(115, 'MAUP: Training-free Multi-center Adaptive Uncertainty-aware Prompting for Cross-domain Few-shot Medical Image Segmentation', '2508.03511', 'https://github.com/yazhouzhu19/maup'),
 amb(119, 'Large Kernel MedNeXt for Breast Tumor Segmentation and Self-Normalizing Network for pCR Classification in Magnetic Resonance Images', '2508.01831', 'https://github.com/toufiqmusah/caladan-mama-mia'),
 amb(130, 'Cycle Context Verification for In-Context Medical Image Segmentation', '2507.08357', 'https://github.com/shishuaihu/ccv'),
 amb(150, 'Pre-Trained LLM is a Semantic-Aware and Generalizable Segmentation Booster', '2506.18034', 'https://github.com/fenghetan9/llm4seg'),
 amb(154, 'CENet: Context Enhancement Network for Medical Image Segmentation', '2505.18423', 'https://github.com/xmindflow/cenet'),
 amb(169, 'SAM Carries the Burden: A Semi-Supervised Approach Refining Pseudo Labels for Medical Segmentation', '2411.12602', 'https://github.com/multimodallearning/samcarriestheburden'),
 amb(173, 'DB-SAM: Delving into High Quality Universal Medical Image Segmentation', '2410.04172', 'https://github.com/alfredqin/db-sam'),
 amb(181, 'Fundus2Video: Cross-Modal Angiography Video Generation from Static Fundus Photography with Clinical Knowledge Guidance', '2408.15217', 'https://github.com/michi-3000/fundus2video'),
 amb(191, 'AMAES: Augmented Masked Autoencoder Pretraining on Public Brain MRI Data for 3D-Native Segmentation', '2408.00640', 'https://github.com/asbjrnmunk/amaes'),
 amb(200, 'Swin SMT: Global Sequential Modeling in 3D Medical Image Segmentation', '2407.07514', 'https://github.com/mi2datalab/swinsmt'),
 amb(205, 'Embracing Massive Medical Data', '2407.04687', 'https://github.com/mrgiovanni/onlinelearning'),
 amb(220, 'SiNGR: Brain Tumor Segmentation via Signed Normalized Geodesic Transform Regression', '2405.16813', 'https://github.com/oulu-imeds/singr'),
]

S21 = '2. Pathology VLMs / 2.1 Contrastive / Dual-Encoder'
S22 = '2. Pathology VLMs / 2.2 Generative / Instruction-Tuned'
S23 = '2. Pathology VLMs / 2.3 Reasoning / RL-Enhanced'
S24 = '2. Pathology VLMs / 2.4 Agent-Based Systems'
S25 = '2. Pathology VLMs / 2.5 VLM-Augmented MIL'
S3 = '3. Datasets and Benchmarks'
labels += [
 NP(WZ, 26, 'Table of Contents'),
 NP(WZ, 27, 'Table of Contents'),
 NP(WZ, 32, 'Table of Contents'),
 NP(WZ, 43, '1. Aim of the Project'),
 NP(WZ, 50, '2. Pathology VLMs'),
 NP(WZ, 51, '2. Pathology VLMs'),
 L(WZ, 66, True, title='Multimodal Whole Slide Foundation Model for Pathology', doi='10.1038/s41591-025-03982-3',
   url='https://doi.org/10.1038/s41591-025-03982-3', venue='Nat Med 2025', year=2025, code='https://github.com/mahmoodlab/TITAN',
   summary='Proposed a multimodal whole-slide foundation model via visual self-supervised learning and vision-language alignment for clinical pathology tasks.',
   section=S21),
 L(WZ, 78, True, title='LLaVA-Med: Training a Large Language-and-Vision Assistant for Biomedicine in One Day', arxiv_id='2306.00890',
   venue='NeurIPS 2023 D&B', year=2023, code='https://github.com/microsoft/LLaVA-Med',
   summary='Trains a biomedical vision-language assistant for open-ended biomedical image conversations and VQA.', section=S22),
 L(WZ, 79, True, title='Quilt-LLaVA: Visual Instruction Tuning by Extracting Localized Narratives from Open-Source Histopathology Videos',
   arxiv_id='2312.04746', venue='CVPR 2024', year=2024, code='https://github.com/aldraus/quilt-llava',
   summary='Builds instruction-tuned histopathology VQA from localized video narrations for cross-patch diagnostic reasoning.', section=S22),
 L(WZ, 83, True, title='PathInsight: Instruction Tuning of Multimodal Datasets and Models for Intelligence Assisted Diagnosis in Histopathology',
   arxiv_id='2408.07037', venue='arXiv 2024', year=2024,
   summary='Compiles a dataset and fine-tunes multimodal large models to enhance instruction-based performance, image captioning and classification tasks on the specific dataset.',
   section=S22),
 L(WZ, 102, True, title='Patho-R1: A Multimodal Reinforcement Learning-Based Pathology Expert Reasoner', doi='10.1609/aaai.v40i33.40071',
   url='https://doi.org/10.1609/aaai.v40i33.40071', venue='AAAI 2026', year=2026, code='https://github.com/Wenchuan-Zhang/Patho-R1',
   summary='Applies continued pretraining, SFT on CoT samples, and fine-tuning with GRPO and DAPO on Qwen2.5-VL, and trains a model to access alignment quality.',
   section=S23),
 L(WZ, 111, True, title='PathAgent: Toward Interpretable Analysis of Whole-slide Pathology Images via Large Language Model-based Agentic Reasoning',
   arxiv_id='2511.17052', venue='arXiv 2025', year=2025, code='https://github.com/G14nTDo4/PathAgent',
   summary='Builds a training-free LLM-based agent framework that automatically explore WSI, locate micro-regions, extract visual cues, and integrate findings into trajectories.',
   section=S24),
 L(WZ, 122, True, title='VLEER: Vision and Language Embeddings for Explainable Whole Slide Image Representation', arxiv_id='2502.20850',
   venue='MICCAI-W 2025', year=2025,
   summary='Uses pretrained pathology VLMs and task-specific keyword pools to learn interpretable WSI embeddings.', section=S25),
 L(WZ, 125, True, title='Act Like a Pathologist: Tissue-Aware Whole Slide Image Reasoning', arxiv_id='2603.00667',
   venue='CVPR 2026', year=2026, code='https://github.com/winston52/HistoSelect',
   summary='Applies a framewrok to select question-relevent tissue regions and informatic patches from the regions, reduces visual token usage, and improves accuracy.',
   section=S25),
 # dataset rows with their own Paper link (README rule: a dataset row with its own Paper column is a paper)
 L(WZ, 143, True, title='Quilt-1M', arxiv_id='2306.11207', venue='arXiv 2023', year=2023, code='https://github.com/wisdomikezogwo/quilt1m',
   summary='Public histopathology image-caption corpus mined from educational videos; 437,878 images and roughly 802K captions.', section=S3),
 L(WZ, 144, True, title='Quilt-Instruct', arxiv_id='2312.04746', venue='arXiv 2023', year=2023, code='https://github.com/aldraus/quilt-llava',
   summary='Histopathology visual-instruction dataset with 107K QA pairs for Quilt-LLaVA.', section=S3),
 L(WZ, 147, True, title='PathInstruct', arxiv_id='2305.15072', venue='arXiv 2023', year=2023,
   code='https://github.com/superjamessyx/Generative-Foundation-AI-Assistant-for-Pathology',
   summary='Public pathology instruction-tuning dataset with roughly 180K instructions.', section=S3),
 L(WZ, 149, True, title='PCaption-0.5M', doi='10.1109/BIBM62325.2024.10821785', url='https://doi.org/10.1109/BIBM62325.2024.10821785',
   venue='BIBM 2024', year=2024, code='https://github.com/ddw2AIGROUP2CQUPT/PA-LLaVA',
   summary='Human pathology image-text corpus used by PA-LLaVA/PathologyVLM for domain alignment.', section=S3),
 L(WZ, 150, True, title='PathGen-1.6M', arxiv_id='2407.00203', venue='arXiv 2024', year=2024,
   summary='Public synthetic pathology corpus with 1.6M image-text pairs plus instruction data generated through multi-agent collaboration.', section=S3),
 L(WZ, 152, True, title='Slide-Instruction', arxiv_id='2410.11761', venue='arXiv 2024', year=2024, code='https://github.com/uni-medical/SlideChat',
   summary='Public WSI instruction-tuning dataset for SlideChat built from TCGA and BCNB whole-slide sources.', section=S3),
]

with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in labels:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(labels), 'labels,', sum(d['is_paper'] for d in labels), 'papers')

import json

S = json.load(open("/tmp/s12k-work/sample.json"))
by = {(e["list"], e["line"]): e["raw"] for e in S}
LD = "liudaizong__Awesome-3D-Visual-Grounding.README.md"
AL = "AudioLLMs__Awesome-Audio-LLM.README.md"
def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None):
    return dict(list=lst, line=line, raw=by[(lst, line)], is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                url=url, venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)
def N(lst, line, section):
    return dict(list=lst, line=line, raw=by[(lst, line)], is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)
def A(s): return [a.strip() for a in s.split(",")]
T2, T1 = "Fully-Supervised-Two-Stage", "Fully-Supervised-One-Stage"
L = [
 N(LD, 26, "Table of Contents"),
 N(LD, 31, "Table of Contents"),
 P(LD, 41, "ReferIt3D: Neural Listeners for Fine-Grained 3D Object Identification in Real-World Scenes",
   url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123460409.pdf", venue="ECCV 2020", year=2020,
   authors=A("Panos Achlioptas, Ahmed Abdelreheem, Fei Xia, Mohamed Elhoseiny, Leonidas Guibas"),
   code="https://github.com/referit3d/referit3d", section=T2),
 P(LD, 76, "3DJCG: A Unified Framework for Joint Dense Captioning and Visual Grounding on 3D Point Clouds",
   url="https://openaccess.thecvf.com/content/CVPR2022/papers/Cai_3DJCG_A_Unified_Framework_for_Joint_Dense_Captioning_and_Visual_CVPR_2022_paper.pdf",
   venue="CVPR 2022", year=2022, authors=A("Daigang Cai, Lichen Zhao, Jing Zhang, Lu Sheng, Dong Xu"),
   code="https://github.com/zlccccc/3DVL_Codebase", section=T2),
 P(LD, 101, "Look Around and Refer: 2D Synthetic Semantics Knowledge Distillation for 3D Visual Grounding",
   arxiv="2211.14241", venue="NeurIPS 2022", year=2022, authors=A("Eslam Mohamed Bakr, Yasmeen Alsaedy, Mohamed Elhoseiny"),
   code="https://github.com/eslambakr/LAR-Look-Around-and-Refer", section=T2),
 P(LD, 111, "NS3D: Neuro-Symbolic Grounding of 3D Objects and Relations", arxiv="2303.13483", venue="CVPR 2023", year=2023,
   authors=A("Joy Hsu, Jiayuan Mao, Jiajun Wu"), code="https://github.com/joyhsu0504/NS3D", section=T2),
 P(LD, 131, "ViewRefer: Grasp the Multi-view Knowledge for 3D Visual Grounding with GPT and Prototype Guidance",
   arxiv="2303.16894", venue="ICCV 2023", year=2023,
   authors=A("Zoey Guo, Yiwen Tang, Ray Zhang, Dong Wang, Zhigang Wang, Bin Zhao, Xuelong Li"),
   code="https://github.com/Ivan-Tang-3D/ViewRefer3D", section=T2),
 P(LD, 141, "Reimagining 3D Visual Grounding: Instance Segmentation and Transformers for Fragmented Point Cloud Scenarios",
   url="https://dl.acm.org/doi/10.1145/3595916.3626405", venue="ACMMMAsia 2023", year=2023,
   authors=A("Zehan Tan, Weidong Yang, Zhiwei Wang"), section=T2),
 P(LD, 211, "SCENEVERSE: Scaling 3D Vision-Language Learning for Grounded Scene Understanding", arxiv="2401.09340",
   venue="arXiv 2024", year=2024,
   authors=A("Baoxiong Jia , Yixin Chen , Huanyue Yu, Yan Wang, Xuesong Niu, Tengyu Liu, Qing Li, Siyuan Huang"),
   code="https://github.com/scene-verse/SceneVerse", section=T2),
 P(LD, 216, "SeCG: Semantic-Enhanced 3D Visual Grounding via Cross-modal Graph Attention", arxiv="2403.08182",
   venue="arXiv 2024", year=2024, authors=A("Feng Xiao, Hongbin Xu, Qiuxia Wu, Wenxiong Kang"),
   code="https://github.com/onmyoji-xiao/3dvg_SeCG", section=T2),
 P(LD, 231, "R2G: Reasoning to Ground in 3D Scenes", arxiv="2408.13499", venue="arXiv 2024", year=2024,
   authors=A("Yixuan Li, Zan Wang, Wei Liang"), section=T2),
 P(LD, 253, "EDA: Explicit Text-Decoupling and Dense Alignment for 3D Visual Grounding", arxiv="2209.14941",
   venue="CVPR 2023", year=2023, authors=A("Yanmin Wu, Xinhua Cheng, Renrui Zhang, Zesen Cheng, Jian Zhang"),
   code="https://github.com/yanmin-wu/EDA", section=T1),
 P(LD, 278, "Toward Fine-Grained 3D Visual Grounding through Referring Textual Phrases", arxiv="2207.01821",
   venue="arXiv 2023", year=2023, authors=A("Zhihao Yuan, Xu Yan, Zhuo Li, Xuhao Li, Yao Guo, Shuguang Cui, Zhen Li"),
   code="https://github.com/CurryYuan/PhraseRefer", section=T1),
 P(LD, 288, "Uni3DL: Unified Model for 3D and Language Understanding", arxiv="2312.03026", venue="arXiv 2023", year=2023,
   authors=A("Xiang Li, Jian Ding, Zhaoyang Chen, Mohamed Elhoseiny"), section=T1),
 P(LD, 298, "Vision-Language Pre-training with Object Contrastive Learning for 3D Scene Understanding", arxiv="2305.10714",
   venue="AAAI 2024", year=2024, authors=A("Taolin Zhang, Sunan He, Tao Dai, Zhi Wang, Bin Chen, Shu-Tao Xia"), section=T1),
 P(LD, 318, "PD-TPE: Parallel Decoder with Text-guided Position Encoding for 3D Visual Grounding", arxiv="2407.14491",
   venue="arXiv 2024", year=2024, authors=A("Chenshu Hou, Liang Peng, Xiaopei Wu, Wenxiao Wang, Xiaofei He"), section=T1),
 P(LD, 331, "Distilling Coarse-to-Fine Semantic Matching Knowledge for Weakly Supervised 3D Visual Grounding",
   url="https://openaccess.thecvf.com/content/ICCV2023/papers/Wang_Distilling_Coarse-to-Fine_Semantic_Matching_Knowledge_for_Weakly_Supervised_3D_Visual_ICCV_2023_paper.pdf",
   venue="ICCV 2023", year=2023,
   authors=A("Zehan Wang, Haifeng Huang, Yang Zhao, Linjun Li, Xize Cheng, Yichen Zhu, Aoxiong Yin, Zhou Zhao"),
   code="https://github.com/ZzZZCHS/WS-3DVG", section="Weakly-supervised"),
 P(LD, 380, "HiFi-CS: Towards Open Vocabulary Visual Grounding For Robotic Grasping Using Vision-Language Models",
   arxiv="2409.10419", venue="arXiv 2024", year=2024,
   authors=A("Vineet Bhat, Prashanth Krishnamurthy, Ramesh Karri, Farshad Khorrami"), section="Other-Modality"),
 P(LD, 412, "COT3DREF: Chain-of-Thoughts Data-Efficient 3D Visual Grounding", arxiv="2310.06214", venue="ICLR 2024", year=2024,
   authors=A("Eslam Mohamed Bakr, Mohamed Ayman, Mahmoud Ahmed, Habib Slim, Mohamed Elhoseiny"),
   code="https://github.com/CoT3DRef/COT3DRef", section="LLMs-based"),
 P(LD, 422, "Naturally Supervised 3D Visual Grounding with Language-Regularized Concept Learners", arxiv="2404.19696",
   venue="CVPR 2024", year=2024, authors=A("Chun Feng, Joy Hsu, Weiyu Liu, Jiajun Wu"),
   code="https://github.com/chunfeng3364/LARC", section="LLMs-based"),
 # AudioLLMs
 N(AL, 21, "Table of Contents"),
]
AB = "Table of Contents / Abbreviations with Links"
for ln in (33, 35, 36, 43, 46, 75, 77, 88, 90):
    L.append(N(AL, ln, AB))
MM = "Model and Methods"
L += [
 P(AL, 157, "SPIRIT LM: Interleaved Spoken and Written Language Model", arxiv="2402.05755", year=2024,
   authors=A("Tu Anh Nguyen, Benjamin Muller, Bokai Yu, Marta R. Costa-jussa, Maha Elbayad, Sravya Popuri, Christophe Ropers, Paul-Ambroise Duquenne, Robin Algayres, Ruslan Mavlyutov, Itai Gat, Mary Williamson, Gabriel Synnaeve, Juan Pino, Benoit Sagot, Emmanuel Dupoux"),
   code="https://github.com/facebookresearch/spiritlm", section=MM),
 P(AL, 243, "LLaST: Improved End-to-end Speech Translation System Leveraged by Large Language Models", arxiv="2407.15415",
   year=2024, authors=A("Xi Chen, Songyang Zhang, Qibing Bai, Kai Chen, Satoshi Nakamura"),
   code="https://github.com/openaudiolab/LLaST", section=MM),
 P(AL, 289, "An Embarrassingly Simple Approach for LLM with Strong ASR Capacity", arxiv="2402.08846", year=2024,
   code="https://github.com/X-LANCE/SLAM-LLM", section=MM),
 N(AL, 348, "Benchmark"),
 P(AL, 359, "Dynamic-SUPERB Phase-2: A Collaboratively Expanding Benchmark for Measuring the Capabilities of Spoken Language Models with 180 Tasks",
   arxiv="2411.05361", year=2024,
   authors=A("Chien-yu Huang, Wei-Chih Chen, Shu-wen Yang, Andy T. Liu, Chen-An Li, Yu-Xiang Lin, Wei-Cheng Tseng, Anuj Diwan, Yi-Jen Shih, Jiatong Shi, William Chen, Xuanjun Chen, Chi-Yuan Hsiao, Puyuan Peng, Shih-Heng Wang, Chun-Yi Kuan, Haibin Wu, Siddhant Arora, Kai-Wei Chang, Yifan Peng, Roshan Sharma, Shinji Watanabe, Bhiksha Ramakrishnan, Shady Shehata, Hung-yi Lee"),
   code="https://github.com/dynamic-superb/dynamic-superb", section="Benchmark"),
 P(AL, 389, "Audio Entailment: Assessing Deductive Reasoning for Audio Understanding", arxiv="2407.18062", year=2024,
   authors=A("Soham Deshmukh, Shuo Han, Hazim Bukhari, Benjamin Elizalde, Hannes Gamper, Rita Singh, Bhiksha Raj"),
   code="https://github.com/microsoft/AudioEntailment", section="Benchmark"),
 P(AL, 413, "SpokenWOZ: A Large-Scale Speech-Text Benchmark for Spoken Task-Oriented Dialogue Agents", arxiv="2305.13040",
   year=2024, authors=A("Shuzheng Si, Wentao Ma, Haoyu Gao, Yuchuan Wu, Ting-En Lin, Yinpei Dai, Hangyu Li, Rui Yan, Fei Huang, Yongbin Li"),
   code="https://github.com/AlibabaResearch/DAMO-ConvAI/tree/main/spokenwoz", section="Benchmark"),
 P(AL, 461, "Towards audio language modeling -- an overview", arxiv="2402.13236", year=2024,
   authors=A("Haibin Wu, Xuanjun Chen, Yi-Cheng Lin, Kai-wei Chang, Ho-Lam Chung, Alexander H. Liu, Hung-yi Lee"), section="Survey"),
 P(AL, 468, "Understanding Sounds, Missing the Questions: The Challenge of Object Hallucination in Large Audio-Language Models",
   arxiv="2406.08402", year=2024, authors=A("Chun-Yi Kuan, Wei-Ping Huang, Hung-yi Lee"),
   code="https://github.com/kuan2jiu99/audio-hallucination", section="Study"),
 P(AL, 476, "CodecFake: Enhancing Anti-Spoofing Models Against Deepfake Audios from Codec-Based Speech Synthesis Systems",
   arxiv="2406.07237", year=2024, authors=A("Haibin Wu, Yuan Tseng, Hung-yi Lee"),
   code="https://github.com/roger-tseng/CodecFake", section="Safety"),
]
assert len(L) == 40 and len({(l["list"], l["line"]) for l in L}) == 40
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for l in L: f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(sum(l["is_paper"] for l in L), "papers")

"""Write labels.jsonl from hand-made judgements (raw text is read from the saved lists)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
GE = "GeminiLight__awesome-ai-llm4education.README.md"
ES = "HFUT-LEC__EduStudio.README.md"
CL = "Openning07__awesome-curriculum-learning.README.md"
LINES = {n: (HERE / n).read_text(encoding="utf-8").split("\n") for n in (GE, ES, CL)}


def raw(lst, start, end=None):
    L = LINES[lst]
    return "\n".join(L[start - 1:(end or start)])


def P(lst, line, end, title, *, arxiv=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, section=None):
    return dict(list=lst, line=line, raw=raw(lst, line, end), is_paper=True, title=title, arxiv_id=arxiv,
                doi=None, url=url, venue=venue, year=year, authors=list(authors), code=code, summary=summary,
                section=section)


def N(lst, line, end, section):
    return dict(list=lst, line=line, raw=raw(lst, line, end), is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)


def au(s):
    return [a.strip() for a in s.split(",")]


labels = []
# ---------------- GeminiLight / LLM4EDU.md ----------------
S1 = "Survey & Analysis / Comprehensive Survey"
TS = "Tutoring Strategy / Tutoring System"
SS = "Learning Experience / Student Simulation & Profiling"
labels += [
    P(GE, 114, 118, "Large Language Models for Education: A Survey and Outlook", arxiv="2403.18105",
      venue="arXiv 2024", year=2024, section=S1,
      authors=au("Shen Wang, Tianlong Xu, Hang Li, Chaoli Zhang, Joleen Liang, Jiliang Tang, Philip S. Yu, Qingsong Wen")),
    P(GE, 120, 124, "Adapting Large Language Models for Education: Foundational Capabilities, Potentials, and Challenges",
      arxiv="2401.08664", venue="arXiv 2024", year=2024, section=S1,
      authors=au("Qingyao Li, Lingyue Fu, Weiming Zhang, Xianyu Chen, Jingwei Yu, Wei Xia, Weinan Zhang, Ruiming Tang, Yong Yu")),
    P(GE, 126, 130, "Large Language Models in Education: Vision and Opportunities", arxiv="2311.13160",
      venue="BigData 2023", year=2023, section=S1,
      authors=au("Wensheng Gan, Zhenlian Qi, Jiayang Wu, Jerry Chun-Wei Lin")),
    P(GE, 186, 192, "From Problem-Solving to Teaching Problem-Solving: Aligning LLMs with Pedagogy using Reinforcement Learning",
      arxiv="2505.15607", venue="arXiv 2025", year=2025, section=TS, code="https://github.com/eth-lre/PedagogicalRL",
      authors=au("David Dinucu-Jianu, Jakub Macina, Nico Daheim, Ido Hakimi, Iryna Gurevych, Mrinmaya Sachan")),
    P(GE, 194, 198, "A Theory of Adaptive Scaffolding for LLM-Based Pedagogical Agents", arxiv="2508.01503",
      venue="arXiv 2025", year=2025, section=TS,
      authors=au("Clayton Cohn, Surya Rayala, Namrata Srivastava, Joyce Horn Fonteles, Shruti Jain, Xinying Luo, Divya Mereddy, Naveeduddin Mohammed, Gautam Biswas")),
    P(GE, 224, 228, "SocraticLM: Exploring Socratic Personalized Teaching with Large Language Models",
      url="https://neurips.cc/virtual/2024/poster/93477", venue="NeurIPS 2024", year=2024, section=TS,
      authors=au("Jiayu Liu, Zhenya Huang, Tong Xiao, Jing Sha, Jinze Wu, Qi Liu, Shijin Wang, Enhong Chen")),
    P(GE, 242, 246, "Scaffolding Language Learning via Multi-modal Tutoring Systems with Pedagogical Instructions",
      arxiv="2404.03429", venue="arXiv 2024", year=2024, section=TS,
      authors=au("Zhengyuan Liu, Stella Xin Yin, Carolyn Lee, Nancy F. Chen")),
    P(GE, 304, 308, "LLM-powered Multi-agent Framework for Goal-oriented Learning in Intelligent Tutoring System",
      arxiv="2501.15749", venue="WWW 2025", year=2025, section=SS,
      authors=au("Tianfu Wang, Yi Zhan, Jianxun Lian, Zhengyu Hu, Nicholas Jing Yuan, Qi Zhang, Xing Xie, Hui Xiong")),
    P(GE, 316, 320, "EduAgent: Generative Student Agents in Learning", arxiv="2404.07963", venue="arXiv 2024",
      year=2024, section=SS, authors=au("Songlin Xu, Xinyu Zhang, Lianhui Qin")),
    P(GE, 346, 350, "Large Language Models as Partners in Student Essay Evaluation", arxiv="2405.18632",
      venue="arXiv 2024", year=2024, section="Assessment & Feedback / Automated Grading",
      authors=au("Toru Ishida, Tongxi Liu, Hailong Wang, William K. Cheung")),
    P(GE, 372, 376, "Classic4Children: Adapting Chinese Literary Classics for Children with Large Language Model",
      arxiv="2502.01090", venue="NAACL 2025 Findings", year=2025,
      section="Material Preparation / Content Generation",
      authors=au("Jiali Chen, Xusen Hei, Yuqi Xue, Zihan Wu, Jiayuan Xie, Yi Cai")),
    P(GE, 384, 388, "Instructional Agents: LLM Agents on Automated Course Material Generation for Teaching Faculties",
      arxiv="2508.19611", venue="arXiv 2025", year=2025, section="Material Preparation / Content Generation",
      authors=au("Huaiyuan Yao, Wanpeng Xu, Justin Turnau, Nadia Kellam, Hua Wei")),
    P(GE, 422, 426, "Exploring Iterative Enhancement for Improving Learnersourced Multiple-Choice Question Explanations with Large Language Models",
      arxiv="2309.10444", venue="AAAI 2025", year=2025, section="Material Preparation / Question Generation",
      authors=au("Qiming Bao, Juho Leinonen, Alex Yuxuan Peng, Wanjun Zhong, Gaël Gendron, Timothy Pistotti, Alice Huang, Paul Denny, Michael Witbrock, Jiamou Liu")),
    P(GE, 428, 432, "KAQG: A Knowledge\u2011Graph\u2011Enhanced RAG for Difficulty\u2011Controlled Question Generation",
      arxiv="2505.07618", venue="arXiv 2025", year=2025, section="Material Preparation / Question Generation",
      authors=au("Ching Han Chen, Ming Fang Shiu")),
    P(GE, 452, 456, "Multiple-Choice Question Generation Using Large Language Models: Methodology and Educator Insights",
      arxiv="2506.04851", venue="UMAP 2024 Adjunct", year=2024, section="Material Preparation / Question Generation",
      authors=au("Giorgio Biancini, Alessio Ferrato, Carla Limongelli")),
    P(GE, 472, 476, "Large Language Model Augmented Exercise Retrieval for Personalized Language Learning",
      arxiv="2402.16877", venue="LAK 2024", year=2024, section="Material Preparation / Question Retrieval",
      authors=au("Austin Xu, Will Monroe, Klinton Bicknell")),
    P(GE, 484, 488, "Learning by Teaching: Engaging Students as Instructors of Large Language Models in Computer Science Education",
      arxiv="2508.05979", venue="COLM 2025", year=2025, section="Specific Scenario / Computer Science",
      authors=au("Xinming Yang, Haasil Pujara, Jun Li")),
    P(GE, 490, 494, "Partnering with AI: A Pedagogical Feedback System for LLM Integration into Programming Education",
      arxiv="2507.00406", venue="ECTEL 2025", year=2025, section="Specific Scenario / Computer Science",
      authors=au("Niklas Scholz, Manh Hung Nguyen, Adish Singla, Tomohiro Nagashima")),
    P(GE, 532, 536, "Evaluating the Effectiveness of LLMs in Introductory Computer Science Education: A Semester-Long Field Study",
      arxiv="2404.13414", venue="Learning@Scale 2024", year=2024, section="Specific Scenario / Computer Science",
      authors=au("Wenhan Lyu, Yimeng Wang, Tingting (Rachel)Chung, Yifan Sun, Yixuan Zhang")),
    P(GE, 642, 646, "The Promises and Pitfalls of Using Language Models to Measure Instruction Quality in Education",
      arxiv="2404.02444", venue="NAACL 2024", year=2024, section="Aided Teaching",
      authors=au("Paiheng Xu, Jing Liu, Nathan Jones, Julie Cohen, Wei Ai")),
]

# ---------------- HFUT-LEC / EduStudio models.md (tables) ----------------
CD, KT = "Cognitive Diagnosis", "Knowledge Tracing"


def T(line, title, venue, year, section, url=None, arxiv=None, code=None):
    return P(ES, line, None, title, url=url, arxiv=arxiv, venue=venue, year=year, section=section, code=code)


labels += [
    N(ES, 10, None, CD),  # MIRT: a book (Reckase, Springer) linked to amazon.com
    T(16, "Item Response Ranking for Cognitive Diagnosis", "IJCAI 2021", 2021, CD,
      url="https://www.ijcai.org/proceedings/2021/241"),
    T(28, "Dynamic Cognitive Diagnosis: An Educational Priors-Enhanced Deep Knowledge Tracing Perspective",
      "TLT 2023", 2023, CD, url="https://ieeexplore.ieee.org/document/10065517"),
    T(29, "Leveraging Transferable Knowledge Concept Graph Embedding for Cold-Start Cognitive Diagnosis",
      "SIGIR 2023", 2023, CD, url="https://dl.acm.org/doi/abs/10.1145/3539618.3591774"),
    T(32, "Identifiable Cognitive Diagnosis with Encoder-decoder for Modelling Students\u2019 Performance",
      "arXiv 2023", 2023, CD, arxiv="2309.00300"),
    T(38, "QCCDM: A Q-Augmented Causal Cognitive Diagnosis Model for Student Learning", "ECAI 2023", 2023, CD,
      code="https://github.com/lswhim/CDM_ILOG"),
    T(50, "Comparing two IRT models for conjunctive skills", "ITS 2008", 2008, KT,
      url="https://dl.acm.org/doi/10.1007/978-3-540-69132-7_111"),
    T(57, "Deep knowledge tracing", "NIPS 2015", 2015, KT,
      url="https://proceedings.neurips.cc/paper_files/paper/2015/hash/bac9162b47c56fc8a4d2a519803d51b3-Abstract.html"),
    T(62, "Tracing Knowledge State with Individual Cognition and Acquisition Estimation", "SIGIR 2021", 2021, KT,
      url="https://dl.acm.org/doi/10.1145/3404835.3462827"),
    T(68, "Time-and-Concept Enhanced Deep Multidimensional Item Response Theory for interpretable Knowledge Tracing",
      "KBS 2021", 2021, KT, url="https://www.sciencedirect.com/science/article/pii/S0950705121000824"),
    T(71, "A self-attentive model for knowledge tracing", "EDM 2019", 2019, KT,
      url="https://experts.umn.edu/en/publications/a-self-attentive-model-for-knowledge-tracing"),
    T(79, "Tracing Knowledge Instead of Patterns: Stable Knowledge Tracing with Diagnostic Transformer", "WWW 2023",
      2023, KT, url="https://yxonic.github.io/pdfs/yin2023tracing.pdf"),
    T(83, "Knowledge Tracing Model with Learning and Forgetting Behavior", "CIKM 2022", 2022, KT,
      url="https://dl.acm.org/doi/abs/10.1145/3511808.3557622"),
    T(87, "Prerequisite-Driven Deep Knowledge Tracing", "ICDM 2018", 2018, KT,
      url="https://ieeexplore.ieee.org/abstract/document/8594828"),
    T(92, "Structure-based Knowledge Tracing: An Influence Propagation View", "ICDM 2020", 2020, KT,
      url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9338285"),
    T(99, "EKT: Exercise-Aware Knowledge Tracing for Student Performance Prediction", "TKDE 2019", 2019, KT,
      url="https://ieeexplore.ieee.org/document/8744302"),
    T(101, "Deep Attentive Model for Knowledge Tracing", "AAAI 2023", 2023, KT,
      url="https://ojs.aaai.org/index.php/AAAI/article/view/26214"),
    T(106, "No Length Left Behind: Enhancing Knowledge Tracing for Modeling Sequences of Excessive or Insufficient Lengths",
      "CIKM 2023", 2023, KT, url="https://dl.acm.org/doi/abs/10.1145/3583780.3614988"),
    T(111, "GraphCA: Learning From Graph Counterfactual Augmentation for Knowledge Tracing", "CAA 2023", 2023, KT,
      url="https://ieeexplore.ieee.org/abstract/document/10266657"),
    T(124, "Question-response Representation with Dual-level Contrastive Learning for Improving Knowledge Tracing",
      "ESWA 2023", 2023, KT, url="https://www.sciencedirect.com/science/article/pii/S0020025523016183"),
]

# ---------------- Openning07 / awesome-curriculum-learning ----------------
TOC = "Table of Contents"


def C(line, end, title, venue, year, url=None, arxiv=None, code=None, summary=None):
    sec = f"{TOC} / {year}" if year else f"{TOC} / SURVEY"
    return P(CL, line, end, title, url=url, arxiv=arxiv, venue=venue, year=year, code=code, summary=summary,
             section=sec)


labels += [
    N(CL, 31, None, f"{TOC} / Mainstreams of curriculum learning"),  # tag legend table row
    C(35, 36, "Curriculum Learning: A Survey", "arXiv", None, arxiv="2101.10382"),
    N(CL, 41, None, f"{TOC} / 2009"),  # key-contribution quote bullet of the 2009 entry
    C(52, 53, "Self-paced Curriculum Learning", "AAAI 2015", 2015,
      url="http://www.cs.cmu.edu/~lujiang/camera_ready_papers/AAAI_SPCL_2015.pdf"),
    C(55, 56, "Curriculum Learning of Multiple Tasks", "CVPR 2015", 2015,
      url="https://openaccess.thecvf.com/content_cvpr_2015/papers/Pentina_Curriculum_Learning_of_2015_CVPR_paper.pdf"),
    C(69, 70, "SPFTN: A Self-Paced Fine-Tuning Network for Segmenting Objects in Weakly Labelled Videos", "CVPR 2017",
      2017, url="https://openaccess.thecvf.com/content_cvpr_2017/papers/Zhang_SPFTN_A_Self-Paced_CVPR_2017_paper.pdf",
      code="https://github.com/VividLe/SPFTN"),
    C(81, 82, "Active Self-Paced Learning for Cost-Effective and Progressive Face Identification", "TPAMI 2017", 2017,
      arxiv="1701.03555", code="https://github.com/kezewang/ASPL"),
    N(CL, 93, 94, f"{TOC} / 2018"),  # quote bullet (two lines) of the 2018 transfer-learning entry
    N(CL, 117, None, f"{TOC} / 2018"),  # quote bullet of "Learning to Teach with Dynamic Loss Functions"
    C(179, 182, "Content-Consistent Matching for Domain Adaptive Semantic Segmentation", "ECCV 2020", 2020,
      arxiv="2007.01261", code="https://github.com/Solacex/CCM",
      summary="to acquire those synthetic images that share similar distribution with the real ones in the target domain, so that the domain gap can be naturally alleviated by employing the content-consistent synthetic images for training. not all the source images could contribute to the improvement of adaptation performance, especially at certain training stages."),
    N(CL, 189, None, f"{TOC} / 2020"),  # quote bullet of DA-NAS
    C(191, 194, "Label-similarity Curriculum Learning", "ECCV 2020", 2020, arxiv="1911.06902",
      code="https://github.com/speedystream/LCL",
      summary="The idea is to use a probability distribution over classes as target label, where the class probabilities reflect the similarity to the true class. Gradually, this label representation is shifted towards the standard one-hot-encoding."),
    C(206, 207, "Curriculum Loss: Robust Learning and Generalization Against Label Corruption", "ICLR 2020", 2020,
      arxiv="1905.10045"),
    C(209, 212, "Automatic Curriculum Learning through Value Disagreement", "NeurIPS 2020", 2020,
      url="https://papers.nips.cc/paper/2020/file/566f0ea4f6c2e947f36795c8f58ba901-Paper.pdf",
      summary="When biological agents learn, there is often an organized and meaningful order to which learning happens. Our key insight is that if we can sample goals at the frontier of the set of goals that an agent is able to reach, it will provide a significantly stronger learning signal compared to randomly sampled goals"),
    C(229, 230, "SuperLoss: A Generic Loss for Robust Curriculum Learning", "NeurIPS 2020", 2020,
      url="https://proceedings.neurips.cc/paper/2020/file/2cfa8f9e50e0f510ede9d12338a5f564-Paper.pdf",
      code="https://github.com/AlanChou/Super-Loss"),
    C(236, 237, "Curriculum Labeling: Revisiting Pseudo-Labeling for Semi-Supervised Learning", "AAAI 2021", 2021,
      arxiv="2001.06001", code="https://github.com/uvavision/Curriculum-Labeling"),
    N(CL, 241, None, f"{TOC} / 2021"),  # quote bullet of RoCL
    N(CL, 249, None, f"{TOC} / 2021"),  # quote bullet of "When Do Curricula Work?"
    C(251, 252, "Curriculum Graph Co-Teaching for Multi-Target Domain Adaptation", "CVPR 2021", 2021,
      arxiv="2104.00808", code="https://github.com/Evgeneus/Graph-Domain-Adaptaion"),
    C(276, 277, "Curriculum Learning by Optimizing Learning Dynamics", "AISTATS 2021", 2021,
      url="http://proceedings.mlr.press/v130/zhou21a/zhou21a.pdf", code="https://github.com/tianyizhou/DoCL"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code",
        "summary", "section"]
with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
    for d in labels:
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(labels), "labels")

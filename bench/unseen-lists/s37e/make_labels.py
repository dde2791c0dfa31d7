"""Write labels.jsonl from the hand labels below; raw text is read from the saved lists.

Each label: (line, n_lines, fields).  Non-papers carry only a section.
Paths are relative to this file.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def P(title, authors=(), venue=None, year=None, arxiv=None, url=None, code=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=None, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


SER = "seriousran__awesome-video-sum.README.md"
SCZ = "SCZwangxiao__Temporal-Language-Grounding-in-videos.README.md"
PIL = "Pilhyeon__Awesome-Weakly-Supervised-Temporal-Action-Localization.README.md"
SAL = "salmank255__Awesome-Spatio-Temporal-Language-Grounding-in-Videos.README.md"

PUB = "Publications"
LABELS = {
    SER: [
        (15, 1, N("Contents")),
        (25, 1, N("About Video-sum / Major components")),
        (26, 1, N("About Video-sum / Major components")),
        (36, 1, N("Codes")),
        (37, 1, N("Codes")),
        (38, 1, N("Codes")),
        (39, 1, N("Codes")),
        (49, 1, P("Video summarization via block sparse dictionary selection",
                  ["Mingyang Ma", "Shaohui Mei", "Shuai Wan", "Junhui Hou", "Zhiyong Wang", "David Dagan Feng"],
                  "Neurocomputing 2020", 2020, section=PUB)),
        (57, 1, P("Weakly-supervised Video Summarization using Variational Encoder-Decoder and Web Prior",
                  ["Sijia Cai", "Wangmeng Zuo", "Larry S. Davis", "Lei Zhang"], "ECCV 2018", 2018, section=PUB)),
        (60, 1, P("Multi-Stream Dynamic Video Summarization",
                  ["Mohamed Elfeki", "Aidean Sharghi", "Srikrishna Karanam", "Ziyan Wu", "Ali Borji"],
                  None, 2018, section=PUB)),
        (61, 1, P("Vis-DSS: An Open-Source toolkit for Visual Data Selection and Summarization",
                  ["Rishabh Iyer", "Pratik Dubal", "Kunal Dargan", "Suraj Kothawade", "Rohan Mahadev", "Vishal Kaushal"],
                  None, 2018, section=PUB)),
        (83, 1, P("Video summarization using deep semantic features", ["Mayu Otani"], "ACCV 2016", 2016, section=PUB)),
        (88, 1, P("On-line multi-view video summarization for wireless video sensor network", ["Shun-Hsing Ou"],
                  "IEEE Journal of Selected Topics in Signal Processing 2015", 2015, section=PUB)),
        (89, 1, P("Gaze-enabled egocentric video summarization via constrained submodular maximization",
                  ["Jia Xu"], "CVPR 2015", 2015, section=PUB)),
        (91, 1, P("Video co-summarization: Video summarization by visual co-occurrence",
                  ["Wen-Sheng Chu", "Yale Song", "Alejandro Jaimes"], "CVPR 2015", 2015, section=PUB)),
        (107, 1, P("Story-driven summarization for egocentric video", ["Zheng Lu", "Kristen Grauman"],
                   "CVPR 2013", 2013, section=PUB)),
        (125, 1, P("A generic framework of user attention model and its application in video summarization",
                   ["Yu-Fei Ma"], "IEEE Transactions on Multimedia 2005", 2005, section=PUB)),
        (129, 1, P("Highlights for more complete sports video summarization",
                   ["Dian Tjondronegoro", "Yi-Ping Phoebe Chen", "Binh Pham"], "IEEE Multimedia 2004", 2004, section=PUB)),
        (133, 1, P("A user attention model for video summarization", ["Yu-Fei Ma"], "MM 2002", 2002, section=PUB)),
        (137, 1, P("Dynamic video summarization and visualization", ["Jeho Nam", "Ahmed H. Tewfik"],
                   "MM 1999", 1999, section=PUB)),
    ],
    SCZ: [
        (19, 1, N("Change Log")),
        (20, 1, N("Change Log")),
        (24, 1, N("Table of Contents")),
        (34, 1, N("Papers / Survey")),
        (38, 1, P("Visual Semantic Search: Retrieving Videos via Complex Textual Queries", ["Dahua Lin"], "CVPR 2014", 2014,
                  url="https://www.cv-foundation.org/openaccess/content_cvpr_2014/papers/Lin_Visual_Semantic_Search_2014_CVPR_paper.pdf",
                  section="Papers / Before")),
        (45, 1, P("Where to Play: Retrieval of Video Segments using Natural-Language Queries", ["S. Lee"], "arXiv 2017", 2017,
                  arxiv="1707.00251", section="Papers / 2017")),
        (48, 1, P("Attentive Moment Retrieval in Videos", ["M. Liu"], "SIGIR 2018", 2018,
                  url="http://staff.ustc.edu.cn/~hexn/papers/sigir18-video-retrieval.pdf", section="Papers / 2018")),
        (64, 1, P("Cross-Modal Video Moment Retrieval with Spatial and Language-Temporal Attention", ["B. Jiang"], "ICMR 2019", 2019,
                  url="https://dl.acm.org/citation.cfm?id=3325019", code="https://github.com/BonnieHuangxin/SLTA",
                  section="Papers / 2019")),
        (65, 1, P("Language-Driven Temporal Activity Localization_ A Semantic Matching Reinforcement Learning Model",
                  ["W. Wang"], "CVPR 2019", 2019,
                  url="http://openaccess.thecvf.com/content_CVPR_2019/papers/Wang_Language-Driven_Temporal_Activity_Localization_A_Semantic_Matching_Reinforcement_Learning_Model_CVPR_2019_paper.pdf",
                  section="Papers / 2019")),
        (68, 1, P("Semantic Conditioned Dynamic Modulation for Temporal Sentence Grounding in Videos", ["Yitian Yuan"],
                  "NeurIPS 2019", 2019, arxiv="1910.14303", code="https://github.com/yytzsy/SCDM", section="Papers / 2019")),
        (69, 1, P("DEBUG: A Dense Bottom-Up Grounding Approach for Natural Language Video Localization", ["Chujie Lu"],
                  "EMNLP 2019", 2019, url="https://www.aclweb.org/anthology/D19-1518.pdf", section="Papers / 2019")),
        (91, 1, P("Learning Modality Interaction for Temporal Sentence Localization and Event Captioning in Videos",
                  ["Shaoxiang Chen"], "ECCV 2020", 2020,
                  url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123490324.pdf", section="Papers / 2020")),
        (93, 1, P("Fine-grained Iterative Attention Network for Temporal Language Localization in Videos", ["Xiaoye Qu"],
                  "MM 2020", 2020, arxiv="2008.02448", section="Papers / 2020")),
        (96, 1, P("STRONG: Spatio-Temporal Reinforcement Learning for Cross-Modal Video Moment Localization", ["Da Cao"],
                  "MM 2020", 2020, url="https://dl.acm.org/doi/10.1145/3394171.3413840",
                  code="https://github.com/yawenzeng/STRONG", section="Papers / 2020")),
        (97, 1, P("Reinforcement Learning for Weakly Supervised Temporal Grounding of Natural Language in Untrimmed Videos",
                  ["Jie Wu"], "MM 2020", 2020, arxiv="2009.08614", section="Papers / 2020")),
        (102, 1, P("VLANet: Video-Language Alignment Network for Weakly-Supervised Video Moment Retrieval", ["Minuk Ma"],
                   "ECCV 2020", 2020, url="https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123730154.pdf",
                   section="Papers / 2020")),
        (104, 1, P("Regularized Two-Branch Proposal Networks for Weakly-Supervised Moment Retrieval in Videos", ["Zhu Zhang"],
                   "MM 2020", 2020, arxiv="2008.08257",
                   code="https://github.com/ikuinen/regularized_two-branch_proposal_network", section="Papers / 2020")),
        (105, 1, P("Counterfactual Contrastive Learning for Weakly-Supervised Vision-Language Grounding", ["Zhang Zhu"],
                   "NeruIPS 2020", 2020,
                   url="https://proceedings.neurips.cc/paper/2020/file/d27b95cac4c27feb850aaa4070cc4675-Paper.pdf",
                   section="Papers / 2020")),
        (108, 1, P("Interaction-Integrated Network for Natural Language Moment Localization", ["Ke Ning"], "TIP 2021", 2021,
                   url="https://ieeexplore.ieee.org/abstract/document/9334438", section="Papers / 2021")),
        (113, 1, P("Fast Video Moment Retrieval", ["Gao"], "ICCV 2021", 2021,
                   url="https://openaccess.thecvf.com/content/ICCV2021/html/Gao_Fast_Video_Moment_Retrieval_ICCV_2021_paper.html",
                   section="Papers / 2021")),
    ],
    PIL: [
        (13, 1, N("Table of Contents")),
    ] + [(n, 1, N("Performance Tables / THUMOS14")) for n in (38, 39, 40, 42, 56, 59, 61, 62, 63, 70)]
      + [(n, 1, N("Performance Tables / ActivityNet1.2")) for n in (94, 100, 102)]
      + [(n, 1, N("Performance Tables / ActivityNet1.3")) for n in (138, 153)]
      + [
        (168, 1, P("Marginalized Average Attentional Network for Weakly-Supervised Learning", [], "ICLR 2019", 2019,
                   arxiv="1905.08586", section="Paper List")),
        (169, 2, P("Completeness Modeling and Context Separation for Weakly Supervised Temporal Action Localization",
                   ["Liu"], "CVPR 2019", 2019,
                   url="https://openaccess.thecvf.com/content_CVPR_2019/papers/Liu_Completeness_Modeling_and_Context_Separation_for_Weakly_Supervised_Temporal_Action_CVPR_2019_paper.pdf",
                   code="https://github.com/Finspire13/CMCS-Temporal-Action-Localization", section="Paper List")),
        (174, 1, P("Weakly Supervised Temporal Action Localization through Contrast based Evaluation Networks", [],
                   "ICCV 2019", 2019,
                   url="https://openaccess.thecvf.com/content_ICCV_2019/papers/Liu_Weakly_Supervised_Temporal_Action_Localization_Through_Contrast_Based_Evaluation_Networks_ICCV_2019_paper.pdf",
                   section="Paper List")),
        (207, 1, P("Cross-modal Consensus Network for Weakly Supervised Temporal Action Localization", [], "MM 2021", 2021,
                   arxiv="2107.12589", code="https://github.com/harlanhong/MM2021-CO2-Net", section="Paper List")),
    ],
    SAL: [
        (30, 1, N("00 - Table of Contents")),
        (31, 1, N("00 - Table of Contents")),
        (99, 1, N("02 - Benchmark Results")),
        (104, 1, N("02 - Benchmark Results")),
    ] + [(n, 1, N("02 - Benchmark Results / ActivityNet Captions (val 2)")) for n in (132, 135, 137, 138, 139)]
      + [(153, 1, N("02 - Benchmark Results / ActivityNet Captions (val 1 + val2)"))]
      + [(n, 1, N("02 - Benchmark Results / TACoS (test)")) for n in (177, 183, 185)]
      + [(n, 1, N("02 - Benchmark Results / Charades-STA (test)")) for n in (243, 254, 258)]
      + [
        (332, 1, P("WSLLN: Weakly Supervised Natural Language Localization Networks", ["Gao"], "EMNLP 2019", 2019,
                   arxiv="1909.00239", section="03 - Papers / 2019")),
        (373, 1, P("Look Closer to Ground Better: Weakly-Supervised Temporal Grounding of Sentence in Video", ["Chen"],
                   "arXiv 2020", 2020, arxiv="2001.09308", section="03 - Papers / 2020")),
        (388, 1, P("LoGAN: Latent Graph Co-Attention Network for Weakly-Supervised Video Moment Retrieval", ["Tan"],
                   "WACV 2021", 2021,
                   url="https://openaccess.thecvf.com/content/WACV2021/papers/Tan_LoGAN_Latent_Graph_Co-Attention_Network_for_Weakly-Supervised_Video_Moment_Retrieval_WACV_2021_paper.pdf",
                   section="03 - Papers / 2021")),
        (389, 1, P("Context-aware Biaffine Localizing Network for Temporal Sentence Grounding", ["Liu"], "arXiv 2021", 2021,
                   arxiv="2103.11555", code="https://github.com/liudaizong/CBLN", section="03 - Papers / 2021")),
    ],
}


def main():
    sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
    out = []
    for name, labels in LABELS.items():
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        got = [n for n, _, _ in labels]
        assert got == sample[name]["lines"], (name, got, sample[name]["lines"])
        for n, k, fields in labels:
            rec = {"list": name, "line": n, "raw": "\n".join(lines[n - 1:n - 1 + k])}
            rec.update(fields)
            out.append({key: rec[key] for key in KEYS})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "labels,", sum(r["is_paper"] for r in out), "papers")


if __name__ == "__main__":
    main()

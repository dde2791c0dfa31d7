#!/usr/bin/env python3
"""Write labels.jsonl from hand labels below; raw text is read from the saved lists."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
W = "wentianli__awesome-video-editing.README.md"
S = "soraw-ai__Awesome-Text-to-Video-Generation.README.md"
F = "feifeiobama__Awesome-Text-to-Video-Generation.README.md"

_cache = {}


def lines(name):
    if name not in _cache:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            _cache[name] = f.read().split("\n")
    return _cache[name]


def P(lst, line, title, nlines=1, arxiv=None, url=None, venue=None, year=None,
      authors=(), code=None, section=None, doi=None, summary=None):
    raw = "\n".join(lines(lst)[line - 1: line - 1 + nlines])
    return {"list": lst, "line": line, "raw": raw, "is_paper": True, "title": title,
            "arxiv_id": arxiv, "doi": doi, "url": url, "venue": venue, "year": year,
            "authors": list(authors), "code": code, "summary": summary, "section": section}


def N(lst, line, section, nlines=1):
    raw = "\n".join(lines(lst)[line - 1: line - 1 + nlines])
    return {"list": lst, "line": line, "raw": raw, "is_paper": False, "title": None,
            "arxiv_id": None, "doi": None, "url": None, "venue": None, "year": None,
            "authors": [], "code": None, "summary": None, "section": section}


TB = "Text-based Video Editing"
CS = "Cutting and Sequencing Shots"
MC = "Multi-Camera / Multi-Take Editing"
VS = "Video Summarization & Highlight Detection"
FF = "Other Forms of Editing / Fast-Forwarding & Retiming"
SP = "Other Forms of Editing / Spatial Editing"
ST = "Other Forms of Editing / Video Editing Styles Transfer"
DS = "Datasets And More"

labels = [
    # ---- wentianli: `[Venue Year]` prefix bullets, [[paper]] [[code]] links, emoji tags
    P(W, 16, "Story-driven Video Editing", url="https://ieeexplore.ieee.org/abstract/document/9257101",
      venue="TMM 2020", year=2020, section=TB),
    P(W, 17, "Joint Attention for Automated Video Editing",
      url="https://dl.acm.org/doi/abs/10.1145/3391614.3393656", venue="IMX 2020", year=2020, section=TB),
    P(W, 22, "Tools for Placing Cuts and Transitions in Interview Video",
      url="https://dl.acm.org/doi/abs/10.1145/2185520.2185563", venue="TOG 2012", year=2012, section=TB),
    P(W, 35, "Learning to Cut by Watching Movies", arxiv="2108.04294", venue="ICCV 2021", year=2021,
      code="https://github.com/PardoAlejo/LearningToCut", section=CS),
    P(W, 36, "Learning Video-Story Composition via Recurrent Neural Network", arxiv="1801.10281",
      venue="WACV 2018", year=2018, section=CS),
    P(W, 45, "PopStage: The Generation of Stage Cross-Editing Video Based on Spatio-Temporal Matching",
      url="https://dl.acm.org/doi/abs/10.1145/3550454.3555467", venue="TOG 2022", year=2022, section=MC),
    P(W, 47, "Reinforcement Learning Based Automatic Personal Mashup Generation",
      url="https://www.computer.org/csdl/proceedings-article/icme/2021/09428357/1uim1GOOhtC",
      venue="ICME 2021", year=2021, section=MC),
    P(W, 49, "Automatic Camera Selection in the Context of Basketball Game",
      url="https://link.springer.com/chapter/10.1007/978-3-319-94211-7_9", venue="ICISP 2018", year=2018,
      section=MC),
    P(W, 52, "Automatic Editing of Footage from Multiple Social Cameras",
      url="https://dl.acm.org/doi/abs/10.1145/2601097.2601198", venue="TOG 2014", year=2014, section=MC),
    P(W, 59, "Collaborative Noisy Label Cleaner: Learning Scene-aware Trailers for Multi-modal Highlight Detection in Movies",
      arxiv="2303.14768", venue="CVPR 2023", year=2023,
      code="https://github.com/TencentYoutuResearch/HighlightDetection-CLC", section=VS),
    P(W, 66, "Personalized Video Summarization with Idiom Adaptation",
      url="https://dl.acm.org/doi/pdf/10.1145/3343031.3350584", venue="MM 2019", year=2019, section=VS),
    P(W, 68, "Automatic Curation of Sports Highlights Using Multimodal Excitement Features",
      url="https://ieeexplore.ieee.org/abstract/document/8491305", venue="TMM 2019", year=2019, section=VS),
    P(W, 90, "A Sparse Sampling-Based Framework for Semantic Fast-Forward of First-Person Videos",
      arxiv="2009.11063", venue="TPAMI 2020", year=2020, section=FF),
    P(W, 93, "Towards Semantic Fast-Forward and Stabilized Egocentric Videos", arxiv="1708.04146",
      venue="ECCV 2016 Workshop", year=2016, section=FF),
    N(W, 103, SP),
    P(W, 107, "GAZED– Gaze-guided Cinematic Editing of Wide-Angle Monocular Video Recordings",
      url="https://dl.acm.org/doi/abs/10.1145/3313831.3376544", venue="CHI 2020", year=2020, section=SP),
    N(W, 110, ST),
    P(W, 124, "LEMMS: Label Estimation of Multi-feature Movie Segments",
      url="https://openaccess.thecvf.com/content/ICCV2023W/CVEU/html/Vacchetti_LEMMS_Label_Estimation_of_Multi-Feature_Movie_Segments_ICCVW_2023_paper.html",
      venue="ICCV 2023 Workshop", year=2023, section=DS),
    P(W, 132, "MovieNet: A Holistic Dataset for Movie Understanding", arxiv="2007.10937",
      venue="ECCV 2020", year=2020, code="https://github.com/movienet", section=DS),
    P(W, 134, "Using Context Saliency For Movie Shot Classification",
      url="http://www.nlpr.ia.ac.cn/2011papers/gjhy/gh121.pdf", venue="ICIP 2011", year=2011, section=DS),

    # ---- soraw-ai: 4-line citation entries (bold title / Team / *authors* / venue, date, links)
    N(S, 9, "Table of Content"),
    N(S, 10, "Table of Content"),
    P(S, 14, "Scalable Diffusion Models with Transformers", 4, arxiv="2212.09748", venue="ICCV 2023",
      year=2023, authors=["William Peebles", "Saining Xie"], code="https://github.com/facebookresearch/DiT",
      section="Text-to-Image"),
    P(S, 28, "VideoFactory: Swap Attention in Spatiotemporal Diffusions for Text-to-Video Generation", 4,
      arxiv="2312.14125", venue="arXiv 2023", year=2023,
      authors=["Wenjing Wang", "Huan Yang", "Zixi Tuo", "Jiaying Liu"], section="Text-to-Video"),
    P(S, 32, "Photorealistic Video Generation with Diffusion Models", 4, arxiv="2312.06662",
      venue="arXiv 2023", year=2023, authors=["Agrim Gupta", "Lijun Yu", "Kihyuk Sohn", "José Lezama"],
      section="Text-to-Video"),
    P(S, 36, "Make Pixels Dance: High-Dynamic Video Generation", 4, arxiv="2311.10982", venue="arXiv 2023",
      year=2023, authors=["Yan Zeng", "Guoqiang Wei", "Jiani Zheng", "Hang Li"], section="Text-to-Video"),
    P(S, 44, "LAVIE: High-Quality Video Generation with Cascaded Latent Diffusion Models", 4,
      arxiv="2309.15103", venue="arXiv 2023", year=2023,
      authors=["Yaohui Wang", "Xinyuan Chen", "Xin Ma", "Ziwei Liu"], code="https://github.com/Vchitect/LaVie",
      section="Text-to-Video"),
    P(S, 48, "Reuse and Diffuse: Iterative Denoising for Text-to-Video Generation", 4, arxiv="2309.03549",
      venue="arXiv 2023", year=2023, authors=["Jiaxi Gu", "Shicong Wang", "Haoyu Zhao", "Hang Xu"],
      code="https://github.com/anonymous0x233/ReuseAndDiffuse", section="Text-to-Video"),
    P(S, 52, "Free-Bloom: Zero-Shot Text-to-Video Generator with LLM Director and LDM Animator", 4,
      arxiv="2309.14494", venue="NeurIPS 2024", year=2024,
      authors=["Hanzhuo Huang", "Yufan Feng", "Cheng Shi", "Sibei Yang"],
      code="https://github.com/showlab/Tune-A-Video", section="Text-to-Video"),
    P(S, 56, "Show-1: Marrying pixel and latent diffusion models for text-to-video generation", 4,
      arxiv="2309.15818", venue="arXiv 2023", year=2023,
      authors=["David Junhao Zhang", "Jay Zhangjie Wu", "Jia-Wei Liu", "Mike Zheng Shou"],
      code="https://github.com/showlab/Show-1", section="Text-to-Video"),
    P(S, 64, "Empowering Dynamics-aware Text-to-Video Diffusion with Large Language Models", 4,
      arxiv="2308.13812", venue="arXiv 2023", year=2023,
      authors=["Hao Fei", "Shengqiong Wu", "Wei Ji", "Hanwang Zhang", "Tat-Seng Chua"],
      code="https://github.com/scofield7419/Dysen-VDM", section="Text-to-Video"),
    P(S, 72, "InternVid: A Large-scale Video-Text Dataset for Multimodal Understanding and Generation", 4,
      arxiv="2307.06942", venue="ICLR 2024", year=2024, authors=["Yi Wang", "Yinan He", "Yizhuo Li", "Yu Qiao"],
      code="https://github.com/OpenGVLab/InternVideo/tree/main/Data/InternVid", section="Text-to-Video"),
    P(S, 76, "Animate-A-Story: Storytelling with Retrieval-Augmented Video Generation", 4, arxiv="2307.06940",
      venue="arXiv 2023", year=2023, authors=["Yingqing He", "Menghan Xia", "Haoxin Chen", "Qifeng Chen"],
      code="https://github.com/AILab-CVC/Animate-A-Story", section="Text-to-Video"),
    P(S, 80, "Make-Your-Video: Customized Video Generation Using Textual and Structural Guidance", 4,
      arxiv="2306.00943", venue="arXiv 2023", year=2023,
      authors=["Jinbo Xing", "Menghan Xia", "Yuxin Liu", "Tien-Tsin Wong"],
      code="https://github.com/AILab-CVC/Make-Your-Video", section="Text-to-Video"),
    P(S, 84, "VideoComposer: Compositional Video Synthesis with Motion Controllability", 4, arxiv="2306.02018",
      venue="NeurIPS 2023", year=2023, authors=["Xiang Wang", "Hangjie Yuan", "Shiwei Zhang", "Jingren Zhou"],
      code="https://github.com/ali-vilab/videocomposer", section="Text-to-Video"),
    P(S, 116, "MagicVideo: Efficient Video Generation With Latent Diffusion Models", 4, arxiv="2211.11018",
      venue="arXiv 2022", year=2022, authors=["Daquan Zhou", "Weimin Wang", "Hanshu Yan", "Jiashi Feng"],
      section="Text-to-Video"),
    P(S, 120, "Tune-A-Video: One-Shot Tuning of Image Diffusion Models for Text-to-Video Generation", 4,
      arxiv="2212.11565", venue="ICCV 2023", year=2023,
      authors=["Jay Zhangjie Wu", "Yixiao Ge", "Xintao Wang", "Mike Zheng Shou"],
      code="https://github.com/showlab/Tune-A-Video", section="Text-to-Video"),
    P(S, 124, "Latent Video Diffusion Models for High-Fidelity Long Video Generation", 4, arxiv="2211.13221",
      venue="arXiv 2022", year=2022,
      authors=["Yingqing He", "Tianyu Yang", "Yong Zhang", "Ying Shan", "Qifeng Chen"],
      code="https://github.com/YingqingHe/LVDM", section="Text-to-Video"),
    P(S, 152, "Video Diffusion Models", 4, arxiv="2204.03458", venue="arXiv 2022", year=2022,
      authors=["Jonathan Ho", "Tim Salimans", "Alexey Gritsenko", "David J. Fleet"], section="Text-to-Video"),
    P(S, 156, "NUWA-Infinity: Autoregressive over Autoregressive Generation for Infinite Visual Synthesis", 4,
      arxiv="2207.09814", venue="NeurIPS 2022", year=2022,
      authors=["Chenfei Wu", "Jian Liang", "Xiaowei Hu", "Nan Duan"], code="https://github.com/microsoft/NUWA",
      section="Text-to-Video"),
]

DSP = "Dataset specifications of text-to-video papers"
LB = "Zero-shot text-to-video generation leaderboard"
VD = "Video datasets involved in these papers"
labels += [
    # ---- feifeiobama: tables; model name + [website] [code] in Name cell, Date cell = venue or YY.MM
    P(F, 13, "Video Diffusion", venue="NIPS 2022", year=2022, section=DSP),
    P(F, 14, "Imagen Video", year=2022, section=DSP),
    P(F, 16, "MagicVideo", year=2022, section=DSP),
    P(F, 21, "Gen1", venue="ICCV 2023", year=2023, section=DSP),
    P(F, 23, "VideoComposer", venue="NIPS 2023", year=2023, code="https://github.com/ali-vilab/videocomposer",
      section=DSP),
    P(F, 24, "GLOBER", venue="NIPS 2023", year=2023, code="https://github.com/iva-mzsun/GLOBER", section=DSP),
    P(F, 28, "Make-Your-Video", year=2023, code="https://github.com/AILab-CVC/Make-Your-Video", section=DSP),
    P(F, 32, "Dysen-VDM", year=2023, section=DSP),
    P(F, 33, "Show-1", year=2023, code="https://github.com/showlab/Show-1", section=DSP),
    P(F, 40, "VideoPoet", year=2023, section=DSP),
    N(F, 42, DSP),
    P(F, 53, "MagicVideo", year=2022, section=LB),
    P(F, 57, "VideoCrafter", year=2023, section=LB),
    P(F, 60, "InternVid", year=2023, section=LB),
    P(F, 65, "Make-A-Video", venue="ICLR 2023", year=2023, section=LB),
    P(F, 69, "Dysen-VDM", year=2023, section=LB),
    P(F, 70, "VideoPoet", year=2023, section=LB),
    P(F, 73, "PixelDance", year=2023, section=LB),
    P(F, 74, "SVD", year=2023, section=LB),
    N(F, 87, VD),
]

# sanity: labels match the sample exactly
with open(os.path.join(HERE, "sample.json"), encoding="utf-8") as f:
    sample = json.load(f)
want = sorted((k, e["line"]) for k, v in sample.items() for e in v)
got = sorted((l["list"], l["line"]) for l in labels)
assert want == got, (set(want) ^ set(got))

with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(labels), "labels;", sum(l["is_paper"] for l in labels), "papers")

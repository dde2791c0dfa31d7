#!/usr/bin/env python3
"""Write labels.jsonl for s60c. Every field value below was read by eye from the saved files and typed by
hand; only `raw` is cut from the file (the entry's own lines: first line, through the end of the entry,
trailing blank lines dropped). Checks that each sampled entry is labelled once and that titles, IDs and
links occur in raw."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
JY = "Justin-Yuan__Papers.README.md"
HX = "huoxingmeishi__Awesome-Scene-Graphs.README.md"
YA = "yasutomo57jp__Awesome-Scene-Graph-Generation.README.md"

NP = dict(is_paper=False)


def P(title, arxiv=None, url=None, venue=None, year=None, code=None, authors=(), summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, url=url, venue=venue, year=year,
                code=code, authors=list(authors), summary=summary)


# (list, line, last line of the entry or None for one line, label, section)
L = [
    # ---- Justin-Yuan: papers written as ### headings, [link] on the next line, study notes below
    (JY, 3, 4, NP, "Datasets"),
    (JY, 6, 7, NP, "Datasets"),
    (JY, 9, 10, NP, "Datasets"),
    (JY, 12, 13, NP, "Datasets"),
    (JY, 19, 28, P("Image Retrieval using Scene Graphs",
                   url="https://hci.stanford.edu/publications/2015/scenegraphs/JohnsonCVPR2015.pdf"), None),
    (JY, 34, 49, P("Visual Genome", url="https://visualgenome.org/static/paper/Visual_Genome.pdf"), None),
    (JY, 55, 85, P("Graph R-CNN for Scene Graph Generation", arxiv="1808.00191"), None),
    (JY, 91, 114, P("Scene Graph Generation by Iterative Message Passing",
                    url="http://vision.stanford.edu/pdf/xu2017cvpr.pdf"), None),
    (JY, 120, 148, P("Scene Graph Generation from Objects, Phrases and Region Captions", arxiv="1707.09700"), None),
    (JY, 154, 167, P("Scene Graph Generation by Belief RNNs",
                     url="http://www.cs.tau.ac.il/~joberant/teaching/advanced_nlp_spring_2018/past_projects/scene_graph.pdf"), None),
    (JY, 173, 200, P("Image Generation from Scene Graphs", arxiv="1804.01622"), None),
    (JY, 206, 214, P("Generating Semantically Precise Scene Graphs from Textual Descriptions for Improved Image Retrieval",
                     url="http://anthology.aclweb.org/W/W15/W15-2812.pdf"), None),
    (JY, 220, 226, P("Visual Relationship Detection with Language Priors",
                     url="https://cs.stanford.edu/people/ranjaykrishna/vrd/vrd.pdf"), None),
    (JY, 232, 241, P("Deep Variation-structured Reinforcement Learning for Visual Relationship and Attribute Detection",
                     arxiv="1703.03054"), None),
    (JY, 247, 252, NP, None),  # DeepMind blog post, no paper link
    (JY, 259, 264, P("Neural Scene De-rendering", url="http://nsd.csail.mit.edu/papers/nsd_cvpr.pdf"), None),
    (JY, 282, 287, P("Configurable 3D Scene Synthesis and 2D Image Rendering with Per-Pixel Ground Truth using Stochastic Grammars",
                     arxiv="1704.00112"), None),
    (JY, 346, 347, P("Weakly-supervised learning of visual relations", arxiv="1707.09472"), None),
    (JY, 362, 363, P("Context-Aware Visual Policy Network for Sequence-Level Image Captioning", arxiv="1808.05864"), None),
    (JY, 370, 371, P("Learning to Compose Task-Specific Tree Structures", arxiv="1707.02786"), None),

    # ---- huoxingmeishi: | Title | Venue | Code | tables under ### year headings (the TOC calls them "2020 Venues")
    (HX, 10, None, NP, "Table of Contents"),
    (HX, 14, None, NP, "Table of Contents"),
    (HX, 35, None, P("Storytelling from an Image Stream Using Scene Graphs", year=2020), "2020"),
    (HX, 42, None, P("Contextual Translation Embedding for Visual Relationship Detection and Scene Graph Generation",
                     arxiv="1905.11624", venue="NLP 2019", year=2019), "2019"),
    (HX, 50, None, P("Deeply Supervised Multimodal Attentional Translation Embeddings for Visual Relationship Detection",
                     arxiv="1902.05829", venue="ICIP 2019", year=2019), "2019"),
    (HX, 59, None, P("Seq-SG2SL: Inferring Semantic Layout from Scene Graph through Sequence to Sequence Learning",
                     arxiv="1908.06592", venue="ICCV 2019", year=2019), "2019"),
    (HX, 62, None, P("Auto-Encoding Scene Graphs for Image Captioning", arxiv="1812.02378", venue="CVPR 2019", year=2019), "2019"),
    (HX, 72, None, P("A hierarchical recurrent approach to predict scene graphs from a visual-attention-oriented perspective",
                     url="https://www.researchgate.net/publication/331969285_A_hierarchical_recurrent_approach_to_predict_scene_graphs_from_a_visual-attention-oriented_perspective",
                     venue="CI 2019", year=2019), "2019"),
    (HX, 78, None, P("Learning Canonical Representations for Scene Graph to Image Generation",
                     arxiv="1912.07414", venue="arXiv 2019", year=2019), "2019"),
    (HX, 92, None, P("Learning to Detect Human-Object Interactions", arxiv="1702.05448", venue="WACV 2018", year=2018), "2018"),
    (HX, 97, None, P("Scene Graph Parsing as Dependency Parsing", arxiv="1803.09189", venue="NAACL 2018", year=2018), "2018"),
    (HX, 101, None, P("Visual Relationship Detection Based on Guided Proposals and Semantic Knowledge Disti",
                      arxiv="1805.10802", venue="ICME 2018", year=2018), "2018"),
    (HX, 114, None, P("Scene Graph Reasoning with Prior Visual Relationship for Visual Question Answering",
                      arxiv="1812.09681", venue="arXiv 2018", year=2018), "2018"),
    (HX, 120, None, P("Generating Triples with Adversarial Networks for Scene Graph Construction",
                      arxiv="1802.02598", venue="AAAI 2018", year=2018), "2018"),
    (HX, 128, None, P("Joint Embeddings of Scene Graphs and Images", url="https://openreview.net/pdf?id=BkyScySKl",
                      venue="ICLR 2017", year=2017), "2017"),
    (HX, 130, None, P("Scene Graph Generation from Objects, Phrases and Region Captions", arxiv="1707.09700",
                      venue="ICCV 2017", year=2017), "2017"),
    (HX, 133, None, P("ViP-CNN: Visual Phrase Guided Convolutional Neural Network", arxiv="1702.07191",
                      venue="CVPR 2017", year=2017), "2017"),
    (HX, 134, None, P("Scene Graph Generation by Iterative Message Passing", arxiv="1701.02426",
                      venue="CVPR 2017", year=2017), "2017"),
    (HX, 135, None, P("Relationship Proposal Networks",
                      url="http://openaccess.thecvf.com/content_cvpr_2017/papers/Zhang_Relationship_Proposal_Networks_CVPR_2017_paper.pdf",
                      venue="CVPR 2017", year=2017), "2017"),
    (HX, 150, None, P("Image Retrieval using Scene Graphs",
                      url="https://www.cv-foundation.org/openaccess/content_cvpr_2015/app/2B_036_ext.pdf",
                      venue="CVPR"), "2010-2016"),

    # ---- yasutomo57jp: + [**Title**](link) [![Paper](badge VENUEyy-colour)]() [![Star](stars badge)](repo)
    (YA, 44, None, NP, "Table of Contents"),
    (YA, 49, None, NP, "Table of Contents"),
    (YA, 52, None, NP, "Table of Contents"),
    (YA, 58, None, NP, "Table of Contents"),
    (YA, 61, None, NP, "Table of Contents"),
    (YA, 68, None, NP, "Table of Contents"),
    (YA, 82, None, NP, "Scene Graph Datasets"),
    (YA, 124, None, NP, "Scene Graph Datasets / Toolkit"),
    (YA, 182, None, P("Scene Graph Generation Strategy with Co-occurrence Knowledge and Learnable Term Frequency",
                      arxiv="2405.12648", venue="ICML 2024", year=2024),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / LLM-based"),
    (YA, 197, None, P("Visually-Prompted Language Model for Fine-Grained Scene Graph Generation in an Open World",
                      url="https://openaccess.thecvf.com/content/ICCV2023/papers/Yu_Visually-Prompted_Language_Model_for_Fine-Grained_Scene_Graph_Generation_in_an_ICCV_2023_paper.pdf",
                      venue="ICCV 2023", year=2023, code="https://github.com/Yuqifan1117/CaCao"),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / LLM-based"),
    (YA, 206, None, P("Enhancing Scene Graph Generation with Hierarchical Relationships and Commonsense Knowledge",
                      arxiv="2311.12889", venue="arXiv 2023", year=2023,
                      code="https://github.com/bowen-upenn/scene_graph_commonsense"),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / LLM-based"),
    (YA, 213, None, P("Navigating the Unseen: Zero-shot Scene Graph Generation via Capsule-Based Equivariant Features",
                      url="https://openaccess.thecvf.com/content/CVPR2025/papers/Huang_Navigating_the_Unseen_Zero-shot_Scene_Graph_Generation_via_Capsule-Based_Equivariant_CVPR_2025_paper.pdf",
                      venue="CVPR 2025", year=2025),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 232, None, P("RA-SGG: Retrieval-Augmented Scene Graph Generation Framework via Multi-Prototype Learning",
                      arxiv="2412.12788", venue="AAAI 2025", year=2025, code="https://github.com/KanghoonYoon/torch-rasgg"),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 241, None, P("Scene-Graph ViT: End-to-End Open-Vocabulary Visual Relationship Detection",
                      arxiv="2403.14270", venue="arXiv 2024", year=2024),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 252, None, P("Hydra-SGG: Hybrid Relation Assignment for One-stage Scene Graph Generation",
                      arxiv="2409.10262", venue="arXiv 2024", year=2024),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 269, None, P("Leveraging Predicate and Triplet Learning for Scene Graph Generation",
                      arxiv="2406.02038", venue="CVPR 2024", year=2024, code="https://github.com/jkli1998/DRM"),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 288, None, P("Ensemble Predicate Decoding for Unbiased Scene Graph Generation",
                      arxiv="2408.14187", venue="arXiv 2024", year=2024),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 315, None, P("Fast Contextual Scene Graph Generation with Unbiased Context Augmentation",
                      url="https://openaccess.thecvf.com/content/CVPR2023/papers/Jin_Fast_Contextual_Scene_Graph_Generation_With_Unbiased_Context_Augmentation_CVPR_2023_paper.pdf",
                      venue="CVPR 2023", year=2023),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 320, None, P("Fine-Grained is Too Coarse: A Novel Data-Centric Approach for Efficient Scene Graph Generation",
                      url="https://openaccess.thecvf.com/content/ICCV2023W/SG2RL/papers/Neau_Fine-Grained_is_Too_Coarse_A_Novel_Data-Centric_Approach_for_Efficient_ICCVW_2023_paper.pdf",
                      venue="ICCVW 2023", year=2023, code="https://github.com/Maelic/VG_curated"),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
    (YA, 324, None, P("Compositional Feature Augmentation for Unbiased Scene Graph Generation",
                      url="https://openaccess.thecvf.com/content/ICCV2023/papers/Li_Compositional_Feature_Augmentation_for_Unbiased_Scene_Graph_Generation_ICCV_2023_paper.pdf",
                      venue="ICCV 2023", year=2023, code="https://github.com/HKUST-LongGroup/CFA"),
     "Scene Graph Generation / 2D (Image) Scene Graph Generation / Non-LLM-based"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors",
        "code", "summary", "section"]


def main():
    files = {}
    sample = json.load(open(os.path.join(HERE, "sample.json")))
    want = {(k, n) for k, v in sample.items() for n in v}
    got = {(a, b) for a, b, *_ in L}
    assert want == got, (sorted(want - got), sorted(got - want))
    out = []
    for name, line, last, lab, section in L:
        lines = files.setdefault(name, open(os.path.join(HERE, name), encoding="utf-8").read().split("\n"))
        last = last or line
        chunk = lines[line - 1:last]
        while chunk and not chunk[-1].strip():
            chunk.pop()
        assert len(chunk) == last - line + 1, (name, line, "range ends on a blank line")
        raw = "\n".join(chunk)
        rec = dict(list=name, line=line, raw=raw, is_paper=lab["is_paper"], title=None, arxiv_id=None, doi=None,
                   url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)
        if lab["is_paper"]:
            rec.update({k: lab[k] for k in ("title", "url", "venue", "year", "code", "authors", "summary")})
            rec["arxiv_id"] = lab["arxiv"] if "arxiv" in lab else lab.get("arxiv_id")
            assert rec["title"] in raw, (name, line, rec["title"])
            for k in ("arxiv_id", "url", "code"):
                if rec[k]:
                    assert rec[k] in raw, (name, line, k, rec[k])
        out.append({k: rec[k] for k in KEYS})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "labels;", sum(r["is_paper"] for r in out), "papers")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write labels.jsonl from the hand labels below.  Every value was read by eye from the files;
this script only cuts each entry's exact raw text (lines START..END of its file) so that `raw`
cannot differ from the source by a typo."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOB = "Noba1anc3__Document-Analysis-Recognition.README.md"
SCUT = "SCUT-DLVCLab__Document-AI-Recommendations.README.md"
WANG = "wanghaisheng__awesome-ocr.README.md"


def P(lst, start, end, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, section=None):
    return dict(list=lst, start=start, end=end, is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                url=url, venue=venue, year=year, authors=list(authors), code=code, summary=summary,
                section=section)


def N(lst, start, section, end=None):
    return dict(list=lst, start=start, end=end or start, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


GRID, GNN, LSPM, E2E, OTHER = ("Grid-based Methods", "GNN-based Methods",
                               "Large Scale Pre-trained Models", "End-to-End Methods", "Other Methods")
TOC = "List of Index"

LABELS = [
    # ---- Noba1anc3: one H2 heading per paper, "Title @ Venue Year", link lines with hard breaks
    P(NOB, 20, 25, "Learning to Extract Semantic Structure from Documents Using Multimodal Fully Convolutional Neural Networks",
      arxiv="1706.02337", venue="CVPR 2017", year=2017, code="https://github.com/Noba1anc3/MFCNN"),
    P(NOB, 4, 8, "LayoutLM: Pre-training of Text and Layout for Document Image Understanding",
      arxiv="1912.13318", venue="KDD 2020", year=2020),
    P(NOB, 32, 35, "CloudScan - A configuration-free invoice analysis system using recurrent neural networks",
      arxiv="1708.07403", venue="ICDAR 2017", year=2017),
    P(NOB, 27, 30, "Multi-scale Multi-task FCN for Semantic Page Segmentation and Table Detection",
      venue="ICDAR 2017", year=2017),
    P(NOB, 10, 13, "Publaynet: Largest Dataset Ever for Document Layout Analysis",
      arxiv="1908.07836", venue="ICDAR 2019", year=2019, code="https://github.com/Noba1anc3/Publaynet"),
    P(NOB, 15, 18, "Visual Detection with Context for Document Layout Analysis",
      url="https://www.aclweb.org/anthology/D19-1348.pdf", venue="EMNLP 2019", year=2019),

    # ---- SCUT-DLVCLab approaches_vie.md: H2 short name, italic citation line, HTML badge block,
    #      Highlights / Modalities / Abstract bullets
    N(SCUT, 25, TOC),
    P(SCUT, 552, 568, "TRIE: End-to-End Text Reading and Information Extraction for Document Understanding",
      arxiv="2005.13118", venue="ACMMM 2020", year=2020, authors=["Zhang"],
      code="https://github.com/hikopensource/DAVAR-Lab-OCR/tree/main/demo/text_ie/trie", section=E2E),
    P(SCUT, 235, 252, "LayoutLM: Pre-training of Text and Layout for Document Image Understanding",
      arxiv="1912.13318", venue="SIGKDD 2020", year=2020, authors=["Xu"],
      code="https://github.com/microsoft/unilm/tree/master/layoutlm", section=LSPM),
    P(SCUT, 612, 628, "Modeling Entities as Semantic Points for Visual Information Extraction in the Wild",
      arxiv="2303.13095", venue="CVPR 2023", year=2023, authors=["Yang"], section=E2E),
    N(SCUT, 28, TOC),
    P(SCUT, 414, 427, "Going Full-TILT Boogie on Document Understanding with Text-Image-Layout Transformer",
      arxiv="2102.09550", venue="ICDAR 2021", year=2021, authors=["Powalski"], section=LSPM),
    N(SCUT, 35, TOC),
    P(SCUT, 338, 354, "StrucTexT: Structured Text Understanding with Multi-Modal Transformers",
      arxiv="2108.02923", venue="ACMMM 2021", year=2021, authors=["Li"],
      code="https://github.com/PaddlePaddle/VIMER/tree/main/StrucTexT/v1", section=LSPM),
    P(SCUT, 210, 226, "Multimodal Pre-training Based on Graph Attention Network for Document Understanding",
      arxiv="2203.13530", venue="arXiv 2022", year=2022, authors=["Zhang"],
      code="https://github.com/ZZR8066/GraphDoc", section=GNN),
    P(SCUT, 134, 147, "VisualWordGrid: Information Extraction From Scanned Documents Using A Multimodal Approach",
      arxiv="2010.02358", venue="ICDAR 2021", year=2021,
      authors=["Mohamed Kerroumi", "Othmane Sayem", "Aymen Shabou"], section=GRID),
    P(SCUT, 98, 110, "BERTgrid: Contextualized Embedding for 2D Document Representation and Understanding",
      arxiv="1909.04948", venue="Document Intelligence Workshop at NeurIPS 2019", year=2019,
      authors=["Timo I. Denk", "Christian Reisswig"], section=GRID),
    P(SCUT, 592, 608, "OCR-free Document Understanding Transformer",
      arxiv="2111.15664", venue="ECCV 2022", year=2022, authors=["Kim"],
      code="https://github.com/clovaai/donut", section=E2E),
    P(SCUT, 572, 588, "Towards Robust Visual Information Extraction in Real World: New Dataset and Novel Solution",
      url="https://ojs.aaai.org/index.php/AAAI/article/view/16378", venue="AAAI 2021", year=2021,
      authors=["Wang"], section=E2E),
    P(SCUT, 393, 409, "DocFormer: End-to-End Transformer for Document Understanding",
      url="https://openaccess.thecvf.com/content/ICCV2021/html/Appalaraju_DocFormer_End-to-End_Transformer_for_Document_Understanding_ICCV_2021_paper.html",
      venue="ICCV 2021", year=2021, authors=["Appalaraju"], code="https://github.com/shabie/docformer",
      section=LSPM),
    P(SCUT, 318, 334, "LiLT: A Simple yet Effective Language-Independent Layout Transformer for Structured Document Understanding",
      url="https://aclanthology.org/2022.acl-long.534/", venue="ACL 2022", year=2022,
      authors=["Jiapeng Wang", "Lianwen Jin", "Kai Ding"], code="https://github.com/jpWang/LiLT", section=LSPM),
    P(SCUT, 376, 389, "SelfDoc: Self-supervised Document Representation Learning",
      url="https://openaccess.thecvf.com/content/CVPR2021/html/Li_SelfDoc_Self-Supervised_Document_Representation_Learning_CVPR_2021_paper.html",
      venue="CVPR 2021", year=2021, authors=["Li"], section=LSPM),
    N(SCUT, 54, TOC),
    P(SCUT, 297, 314, "LayoutLMv3: Pre-training for Document AI with Unified Text and Image Masking",
      arxiv="2204.08387", venue="ACMMM 2022", year=2022, authors=["Huang"],
      code="https://github.com/microsoft/unilm/tree/master/layoutlmv3", section=LSPM),
    P(SCUT, 468, 484, "StructuralLM: Structural Pre-training for Form Understanding",
      url="https://aclanthology.org/2021.acl-long.493/", venue="ACL 2021", year=2021, authors=["Li"],
      code="https://github.com/alibaba/AliceMind/tree/main/StructuralLM", section=LSPM),
    P(SCUT, 674, 687, "Tag, Copy or Predict: A Unified Weakly-Supervised Learning Framework for Visual Information Extraction using Sequences",
      url="https://www.ijcai.org/proceedings/2021/150", venue="IJCAI 2021", year=2021, authors=["Wang"],
      section=OTHER),

    # ---- wanghaisheng/awesome-ocr: bullets with [text](link), trailing spaces, fenced notes, quotes
    N(WANG, 84, "Librarys"),
    N(WANG, 40, "Librarys"),
    N(WANG, 118, "Blogs"),
    N(WANG, 71, "Librarys"),
    N(WANG, 42, "Librarys"),
    N(WANG, 44, "Librarys"),
    N(WANG, 171, "OTHERS"),
    N(WANG, 38, "Librarys"),
    P(WANG, 91, 91, "can we build language-independent ocr using lstm networks",
      url="https://www.google.co.jp/url?sa=t&rct=j&q=&esrc=s&source=web&cd=1&cad=rja&uact=8&ved=0ahUKEwjS4uDg1Y3MAhUDn6YKHe-YAqcQFggbMAA&url=http%3A%2F%2Fdl.acm.org%2Fcitation.cfm%3Fid%3D2505394&usg=AFQjCNHvV9kiHl181IaXAUC1zZLkd2LFdg",
      authors=["Adnan Ul-Hasan"], section="Papers"),
    N(WANG, 50, "Librarys"),
    N(WANG, 120, "Blogs"),
    N(WANG, 124, "Blogs"),
    N(WANG, 75, "Librarys"),
    N(WANG, 93, "Papers"),
    N(WANG, 69, "Librarys"),
    N(WANG, 61, "Librarys"),
    N(WANG, 31, "Librarys"),
    N(WANG, 128, "Presentations"),
    N(WANG, 117, "Blogs"),
    N(WANG, 123, "Blogs"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    cache = {}
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for lab in LABELS:
            lines = cache.setdefault(lab["list"], open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n"))
            raw = "\n".join(lines[lab["start"] - 1: lab["end"]])
            d = dict(lab, line=lab["start"], raw=raw)
            out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()

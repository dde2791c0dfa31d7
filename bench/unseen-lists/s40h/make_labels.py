"""Hand labels for the sampled entries (see sample.py / sample.json).

raw is read from the saved list files; every other field is written by hand.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SB = "ShawnBIT__UNet-family.README.md"
DB = "databio__awesome-bio-foundation-models.README.md"
JZ = "janzd__awesome-scene-text.README.md"
KN = "koninik__awesome-handwritten-text-generation.README.md"


def P(title, arxiv=None, doi=None, url=None, venue=None, year=None,
      authors=None, code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=authors or [], code=code,
                summary=summary)


def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None)


UF = "UNet-family"
L = []
# ---- ShawnBIT / UNet-family: "* Title (Venue) [[paper](..)][[framework](repo)]" under year headings
L += [
 (SB, 14, 1, UF + " / 2016", P("V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation",
     url="http://campar.in.tum.de/pub/milletari2016Vnet/milletari2016Vnet.pdf", year=2016,
     code="https://github.com/faustomilletari/VNet")),
 (SB, 15, 1, UF + " / 2016", P("3D U-Net: Learning Dense Volumetric Segmentation from Sparse Annotation",
     arxiv="1606.06650", year=2016, code="https://github.com/wolny/pytorch-3dunet")),
 (SB, 17, 1, UF + " / 2017", P("H-DenseUNet: Hybrid Densely Connected UNet for Liver and Tumor Segmentation from CT Volumes",
     arxiv="1709.07330", venue="IEEE Transactions on Medical Imaging 2017", year=2017,
     code="https://github.com/xmengli999/H-DenseUNet")),
 (SB, 20, 1, UF + " / 2018", P("MDU-Net: Multi-scale Densely Connected U-Net for biomedical image segmentation", arxiv="1812.00352", year=2018)),
 (SB, 21, 1, UF + " / 2018", P("DUNet: A deformable network for retinal vessel segmentation", arxiv="1811.01206", year=2018)),
 (SB, 22, 1, UF + " / 2018", P("RA-UNet: A hybrid deep attention-aware network to extract liver and tumor in CT scans", arxiv="1811.01328", year=2018)),
 (SB, 24, 1, UF + " / 2018", P("Stacked Dense U-Nets with Dual Transformers for Robust Face Alignment", arxiv="1812.01936", year=2018)),
 (SB, 25, 1, UF + " / 2018", P("Prostate Segmentation using 2D Bridged U-net", arxiv="1807.04459", year=2018)),
 (SB, 27, 2, UF + " / 2018", P("SUNet: a deep learning architecture for acute stroke lesion segmentation and outcome prediction in multimodal MRI", arxiv="1810.13304", year=2018)),
 (SB, 29, 1, UF + " / 2018", P("IVD-Net: Intervertebral disc localization and segmentation in MRI with a multi-modal UNet", arxiv="1811.08305", year=2018)),
 (SB, 30, 1, UF + " / 2018", P("LADDERNET: Multi-Path Networks Based on U-Net for Medical Image Segmentation", arxiv="1810.07810", year=2018,
     code="https://github.com/juntang-zhuang/LadderNet")),
 (SB, 33, 1, UF + " / 2018", P("Recurrent Residual Convolutional Neural Network based on U-Net (R2U-Net) for Medical Image Segmentation", arxiv="1802.06955", year=2018)),
 (SB, 34, 1, UF + " / 2018", P("Concurrent Spatial and Channel ‘Squeeze & Excitation’ in Fully Convolutional Networks", arxiv="1803.02579", year=2018)),
 (SB, 36, 1, UF + " / 2018", P("AnatomyNet: Deep Learning for Fast and Fully Automated Whole-volume Segmentation of Head and Neck Anatomy", arxiv="1808.05238", year=2018)),
 (SB, 37, 1, UF + " / 2018", P("3D RoI-aware U-Net for Accurate and Efficient Colorectal Cancer Segmentation", arxiv="1806.10342", year=2018,
     code="https://github.com/huangyjhust/3D-RU-Net")),
 (SB, 39, 1, UF + " / 2019", P("MultiResUNet : Rethinking the U-Net Architecture for Multimodal Biomedical Image Segmentation", arxiv="1902.04049", year=2019,
     code="https://github.com/nibtehaz/MultiResUNet")),
 (SB, 40, 1, UF + " / 2019", P("U-NetPlus: A Modified Encoder-Decoder U-Net Architecture for Semantic and Instance Segmentation of Surgical Instrument", arxiv="1902.08994", year=2019)),
 (SB, 42, 1, UF + " / 2019", P("CE-Net: Context Encoder Network for 2D Medical Image Segmentation", arxiv="1903.02740", year=2019,
     code="https://github.com/Guzaiwang/CE-Net")),
 (SB, 43, 1, UF + " / 2019", P("Graph U-Net", url="https://openreview.net/pdf?id=HJePRoAct7", year=2019)),
 (SB, 44, 1, UF + " / 2019", P("A Novel Focal Tversky Loss Function with Improved Attention U-Net for Lesion Segmentation", arxiv="1810.07842", venue="ISBI 2019", year=2019)),
]
# ---- databio: "- [Model](repo or HF page): description" (non-papers) and Reviews with doi.org links
DNA = "DNA and genome language models"
SC = "Single-cell transcriptome models"
EPI = "Single-cell epigenome and chromatin models"
L += [(DB, n, 1, DNA, N()) for n in (10, 11, 16, 19, 21)]
L += [(DB, 28, 1, "Regulatory genome models", N())]
L += [(DB, n, 1, SC, N()) for n in (32, 40, 42)]
L += [(DB, n, 1, EPI, N()) for n in (47, 49, 50)]
L += [(DB, 59, 1, "RNA models", N())]
L += [(DB, n, 1, "Protein language models", N()) for n in (69, 70)]
L += [(DB, 74, 1, "Protein structure and design models", N())]
L += [(DB, 87, 1, "Pathology and imaging models", N())]
L += [(DB, 96, 1, "Biomedical text and knowledge models", N())]
L += [
 (DB, 119, 1, "Reviews", P("Progress and opportunities of foundation models in bioinformatics",
     doi="10.1093/bib/bbae548", url="https://doi.org/10.1093/bib/bbae548")),
 (DB, 125, 1, "Reviews", P("A survey on foundation language models for single-cell biology",
     doi="10.18653/v1/2025.acl-long.26", url="https://doi.org/10.18653/v1/2025.acl-long.26")),
]
# ---- janzd: "- Title [VENUE YEAR] [[paper](..)]" under year headings (= first-publication year, per the list)
DET = "Scene Text Detection (including methods for end-to-end detection and recognition)"
L += [
 (JZ, 10, 1, None, N()),
 (JZ, 13, 1, None, N()),
 (JZ, 33, 1, DET + " / 2015", P("Symmetry-based text line detection in natural scenes",
     url="https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Zhang_Symmetry-Based_Text_Line_2015_CVPR_paper.pdf",
     venue="CVPR 2015", year=2015)),
 (JZ, 41, 1, DET + " / 2016", P("Scene Text Detection Via Holistic, Multi-Channel Prediction", arxiv="1606.09002", venue="arXiv 2016", year=2016)),
 (JZ, 50, 1, DET + " / 2017", P("Detecting Oriented Text in Natural Images by Linking Segments", arxiv="1703.06520", venue="CVPR 2017", year=2017)),
 (JZ, 52, 1, DET + " / 2017", P("Cascaded Segmentation-Detection Networks for Word-Level Text Spotting", arxiv="1704.00834", venue="arXiv 2017", year=2017)),
 (JZ, 53, 1, DET + " / 2017", P("EAST: An Efficient and Accurate Scene Text Detector", arxiv="1704.03155", venue="CVPR 2017", year=2017)),
 (JZ, 54, 1, DET + " / 2017", P("WordFence: Text Detection in Natural Images with Border Awareness", arxiv="1705.05483", venue="ICIP 2017", year=2017)),
 (JZ, 58, 1, DET + " / 2017", P("Fused Text Segmentation Networks for Multi-oriented Scene Text Detection", arxiv="1709.03272", venue="arXiv 2017", year=2017)),
 (JZ, 59, 1, DET + " / 2017", P("Deep Residual Text Detection Network for Scene Text", arxiv="1711.04147", venue="ICDAR 2017", year=2017)),
 (JZ, 67, 1, DET + " / 2018", P("TextBoxes++: A Single-Shot Oriented Scene Text Detector", arxiv="1801.02765", venue="TIP 2018", year=2018)),
 (JZ, 68, 1, DET + " / 2018", P("Multi-oriented Scene Text Detection via Corner Localization and Region Segmentation", arxiv="1802.08948", venue="CVPR 2018", year=2018)),
 (JZ, 74, 1, DET + " / 2018", P("Shape Robust Text Detection with Progressive Scale Expansion Network", arxiv="1806.02559", venue="CVPR 2019", year=2019)),
 (JZ, 77, 1, DET + " / 2018", P("Accurate Scene Text Detection through Border Semantics Awareness and Bootstrapping", arxiv="1807.03547", venue="ECCV 2018", year=2018)),
 (JZ, 79, 1, DET + " / 2018", P("An Efficient System for Hazy Scene Text Detection using a Deep CNN and Patch-NMS",
     url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8545198&tag=1", venue="ICPR 2018", year=2018)),
 (JZ, 80, 1, DET + " / 2018", P("Scene Text Detection with Supervised Pyramid Context Network", arxiv="1811.08605", venue="AAAI 2019", year=2019)),
 (JZ, 84, 1, DET + " / 2019", P("MSR: Multi-Scale Shape Regression for Scene Text Detection", arxiv="1901.02596", venue="arXiv 2019", year=2019)),
 (JZ, 90, 1, "Weakly supervised Scene Text Detection & Recognition / 2017", P("WeText: Scene Text Detection under Weak Supervision", arxiv="1710.04826", venue="ICCV 2017", year=2017)),
 (JZ, 100, 1, "Other scene text related papers / 2019", P("Scene Text Synthesis for Efficient and Effective Deep Network Training", arxiv="1901.09193", venue="arXiv 2019", year=2019)),
 (JZ, 101, 1, "Other scene text related papers / 2019", P("Curve Text Detection with Local Segmentation Network and Curve Connection", arxiv="1903.09837", venue="arXiv 2019", year=2019)),
]
# ---- koninik: tables "| Method | Paper (full title) | Venue / Year | Setting | [Paper] <br> [Code] |" in <details><summary><h2>
GAN = "HTG Methods / Generative Adversarial Networks (GANs)"
DIF = "HTG Methods / Diffusion Models"
L += [
 (KN, 15, 1, "Contents", N()),
 (KN, 17, 1, "Contents", N()),
 (KN, 22, 1, "Contents", N()),
 (KN, 40, 1, GAN, P("GANwriting: Content-Conditioned Generation of Styled Handwritten Word Images",
     url="https://link.springer.com/chapter/10.1007/978-3-030-58592-1_17", venue="ECCV 2020", year=2020,
     code="https://github.com/omni-us/research-GANwriting")),
 (KN, 42, 1, GAN, P("Content and Style Aware Generation of Text-Line Images for Handwriting Recognition",
     url="https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9585646", venue="TPAMI 2021", year=2021)),
 (KN, 43, 1, GAN, P("SmartPatch: Improving Handwritten Word Imitation with Patch Discriminators",
     url="https://link.springer.com/chapter/10.1007/978-3-030-86549-8_18", venue="ICDAR 2021", year=2021,
     code="https://github.com/MattAlexMiracle/SmartPatch")),
 (KN, 45, 1, GAN, P("HiGAN: Handwriting Imitation Conditioned on Arbitrary-Length Texts and Disentangled Styles",
     url="https://cdn.aaai.org/ojs/16917/16917-13-20411-1-2-20210518.pdf", venue="AAAI 2021", year=2021,
     code="https://github.com/ganji15/HiGAN")),
 (KN, 51, 1, GAN, P("Handwritten Text Generation with Character-specific Encoding for Style Imitation",
     url="https://link.springer.com/chapter/10.1007/978-3-031-41679-8_18", venue="ICDAR 2023", year=2023)),
 (KN, 52, 1, GAN, P("VATr++: Choose Your Words Wisely for Handwritten Text Generation",
     url="https://ieeexplore.ieee.org/abstract/document/10716806", venue="TPAMI 2024", year=2024,
     code="https://github.com/EDM-Research/VATr-pp")),
 (KN, 53, 1, GAN, N()),
 (KN, 62, 1, DIF, P("Conditional Text Image Generation with Diffusion Models",
     url="https://openaccess.thecvf.com/content/CVPR2023/papers/Zhu_Conditional_Text_Image_Generation_With_Diffusion_Models_CVPR_2023_paper.pdf",
     venue="CVPR 2023", year=2023)),
 (KN, 63, 1, DIF, P("WordStylist: Styled Verbatim Handwritten Text Generation with Latent Diffusion Models",
     url="https://link.springer.com/chapter/10.1007/978-3-031-41679-8_22", venue="ICDAR 2023", year=2023,
     code="https://github.com/koninik/WordStylist")),
 (KN, 64, 1, DIF, P("DiffusionPen: Few-Shot Handwritten Text Generation with Hybrid Style Encoding",
     url="https://www.ecva.net/papers/eccv_2024/papers_ECCV/html/11492_ECCV_2024_paper.php", venue="ECCV 2024", year=2024,
     code="https://github.com/koninik/DiffusionPen")),
 (KN, 69, 1, DIF, P("Dual Orthogonal Guidance for Robust Diffusion-based Handwritten Text Generation",
     url="https://openaccess.thecvf.com/content/ICCV2025W/P13N/html/Nikolaidou_Dual_Orthogonal_Guidance_for_Robust_Diffusion-based_Handwritten_Text_Generation_ICCVW_2025_paper.html",
     venue="ICCV 2025 Workshops", year=2025)),
 (KN, 79, 1, "HTG Methods / Autoregressive Models", P("Zero-Shot Styled Text Image Generation, but Make It Autoregressive",
     arxiv="2510.23240", venue="WACV 2026", year=2026)),
 (KN, 87, 1, "HTG Methods / Variational Autoencoders (VAEs)", P("Modality Conversion of Handwritten Patterns by Cross Variational Autoencoders}",
     url="https://ieeexplore.ieee.org/document/8978197", venue="ICDAR 2019", year=2019)),
 (KN, 89, 1, "HTG Methods / Variational Autoencoders (VAEs)", P("Zero-Shot Styled Text Image Generation, but Make It Autoregressive",
     url="https://openaccess.thecvf.com/content/CVPR2025/html/Pippi_Zero-Shot_Styled_Text_Image_Generation_but_Make_It_Autoregressive_CVPR_2025_paper.html",
     venue="CVPR 2025", year=2025, code="https://github.com/aimagelab/Emuru-autoregressive-text-img?tab=readme-ov-file")),
 (KN, 111, 1, "Handwriting Datasets / Synthetic Handwriting Datasets", P("Generating Synthetic Data for Text Recognition",
     arxiv="1608.04224", year=2016, authors=["Krishnan", "Jawahar"],
     summary="~9M synthetic handwritten word images rendered with handwriting-style fonts and heavy augmentation, widely used for pretraining HTR/word-spotting models.")),
 (KN, 120, 1, "Surveys", P("Handwriting Generation and Synthesis: A Review", url="https://ieeexplore.ieee.org/document/9776932")),
 (KN, 129, 1, "Evaluation", P("Rethinking HTG Evaluation: Bridging Generation and Recognition", arxiv="2409.02683",
     url="https://link.springer.com/chapter/10.1007/978-3-031-92089-9_12", code="https://github.com/koninik/HTG_evaluation")),
]


def main():
    sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
    want = {(k, n) for k, v in sample.items() for n in v["lines"]}
    got = {(f, n) for f, n, _, _, _ in L}
    assert want == got, (want - got, got - want)
    texts = {}
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for f, n, span, section, d in sorted(L, key=lambda x: (x[0], x[1])):
            if f not in texts:
                texts[f] = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
            raw = "\n".join(texts[f][n - 1:n - 1 + span])
            rec = {"list": f, "line": n, "raw": raw}
            rec.update({k: d[k] for k in ("is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary")})
            rec["section"] = section
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

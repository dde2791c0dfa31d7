#!/usr/bin/env python3
"""Write labels.jsonl from the hand labels below; `raw` is copied from sample.json
(the entry's exact source lines) and then checked against the list file at `line`."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KW = "KwanWaiPang__Awesome-3DGS-SLAM.README.md"
MR = "MrNeRF__awesome-3D-gaussian-splatting.README.md"
TM = "tmllab__Awesome-3DGS-IP-Protection.README.md"


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)


def N(section=None):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


IMG = "Overview / Image-based 3DGS"
LID = "Overview / LiDAR-based 3DGS"
EVT = "Overview / Event-based 3DGS"
OTH = "Overview / Other Resources"
LOG = "Table of contents / Update Log"

LABELS = {
    KW: {
        20: N("Overview"),
        31: P("Mono-SLAM: Monocular 3D Gaussian Splatting SLAM with Geometric Loss and Multi-view Consistency",
              url="https://ieeexplore.ieee.org/abstract/document/11051648",
              venue="Joint International Conference on Automation-Intelligence-Safety 2025", year=2025, section=IMG),
        32: P("FusionGS-SLAM: Multiple Sensors Fusion for Localization and Real-Time Photorealistic Mapping",
              url="https://ieeexplore.ieee.org/abstract/document/11066268/", venue="RAL 2025", year=2025, section=IMG),
        34: P("GRAND-SLAM: Local Optimization for Globally Consistent Large-Scale Multi-Agent Gaussian SLAM",
              arxiv="2506.18885", venue="arXiv 2025", year=2025, section=IMG),
        46: P("ADD-SLAM: Adaptive Dynamic Dense SLAM with Gaussian Splatting",
              arxiv="2505.19420", venue="arXiv 2025", year=2025, section=IMG),
        50: P("DynaGSLAM: Real-Time Gaussian-Splatting SLAM for Online Rendering, Tracking, Motion Predictions of Moving Objects in Dynamic Scenes",
              arxiv="2503.11979", venue="arXiv 2025", year=2025,
              code="https://github.com/BlarkLee/DynaGSLAM_official", section=IMG),
        54: P("GauSS-MI: Gaussian Splatting Shannon Mutual Information for Active 3D Reconstruction",
              arxiv="2504.21067", venue="RSS 2025", year=2025,
              code="https://github.com/JohannaXie/GauSS-MI", section=IMG),
        66: P("GI-SLAM: Gaussian-Inertial SLAM", arxiv="2503.18275", venue="arXiv 2025", year=2025, section=IMG),
        68: P("OpenGS-SLAM: Open-Set Dense Semantic SLAM with 3D Gaussian Splatting for Object-Level Scene Understanding",
              arxiv="2503.01646", venue="ICRA 2025", year=2025,
              code="https://github.com/YOUNG-bit/open_semantic_slam", section=IMG),
        69: P("VIGS SLAM: IMU-based Large-Scale 3D Gaussian Splatting SLAM",
              arxiv="2501.13402", venue="arXiv 2025", year=2025, section=IMG),
        82: P("HI-SLAM2: Geometry-Aware Gaussian SLAM for Fast Monocular Scene Reconstruction",
              arxiv="2411.17982", venue="arXiv 2024", year=2024,
              code="https://github.com/Willyzw/HI-SLAM2", section=IMG),
        83: P("DG-SLAM: Robust Dynamic Gaussian Splatting SLAM with Hybrid Pose Optimization",
              arxiv="2411.08373", venue="NIPS 2024", year=2024,
              code="https://github.com/fudan-zvg/DG-SLAM", section=IMG),
        98: P("Sgs-slam: Semantic gaussian splatting for neural dense slam",
              arxiv="2402.03246", venue="ECCV 2024", year=2024,
              code="https://github.com/ShuhongLL/SGS-SLAM", section=IMG),
        112: P("GS-LIVO: Real-Time LiDAR, Inertial, and Visual Multi-sensor Fused Odometry with Gaussian Mapping",
               arxiv="2501.08672", venue="arXiv 2025", year=2025,
               code="https://github.com/HKUST-Aerial-Robotics/GS-LIVO", section=LID),
        118: P("LIV-GaussMap: LiDAR-inertial-visual fusion for real-time 3D radiance field map rendering",
               arxiv="2401.14857", venue="RAL 2024", year=2024,
               code="https://github.com/sheng00125/LIV-GaussMap", section=LID),
        127: P("DiET-GS: Diffusion Prior and Event Stream-Assisted Motion Deblurring 3D Gaussian Splatting Supplementary Material",
               url="https://openaccess.thecvf.com/content/CVPR2025/papers/Lee_DiET-GS_Diffusion_Prior_and_Event_Stream-Assisted_Motion_Deblurring_3D_Gaussian_CVPR_2025_paper.pdf",
               venue="CVPR 2025", year=2025, code="https://github.com/DiET-GS/DiET-GS", section=EVT),
        133: P("IncEventGS: Pose-Free Gaussian Splatting from a Single Event Camera",
               arxiv="2410.08107", venue="arXiv 2024", year=2024,
               code="https://github.com/WU-CVGL/IncEventGS", section=EVT),
        136: P("E2gs: Event enhanced gaussian splatting", arxiv="2406.14978",
               venue="IEEE International Conference on Image Processing 2024", year=2024,
               code="https://github.com/deguchihiroyuki/E2GS", section=EVT),
        164: P("Voyager: Real-Time Splatting City-Scale 3D Gaussians on Your Phone",
               arxiv="2506.02774", venue="arXiv 2025", year=2025, section=OTH),
        175: P("2d gaussian splatting for geometrically accurate radiance fields",
               url="https://dl.acm.org/doi/pdf/10.1145/3641519.3657428", venue="ACM SIGGRAPH 2024", year=2024,
               code="https://github.com/hbb1/2d-gaussian-splatting", section=OTH),
    },
    MR: {
        11: N("Table of contents"),
        23: N("Table of contents"),
        31: N("Table of contents"),
        41: N("Table of contents"),
        42: N("Table of contents"),
        60: N(LOG + " / March 19, 2024"),
        69: N(LOG),
        87: N(LOG),
        89: N(LOG + " / March 2, 2024"),
        91: N(LOG),
        112: N(LOG + " / February 19, 2024"),
        205: N(LOG + " / December 24, 2023"),
        241: N(LOG + " / December 5, 2023"),
        248: N(LOG + " / December 1, 2023"),
        268: N(LOG + " / November 22, 2023"),
        272: N(LOG + " / November 21, 2023"),
        285: N(LOG),
        299: N(LOG + " / October 23, 2023"),
        500: P("GART: Gaussian Articulated Template Models", arxiv="2311.16099", year=2023,
               authors=["Jiahui Lei", "Yufu Wang", "Georgios Pavlakos", "Lingjie Liu", "Kostas Daniilidis"],
               code="https://github.com/JiahuiLei/GART", section="Avatars / 2023"),
        518: P("HUGS: Human Gaussian Splats", arxiv="2311.17910", year=2023,
               authors=["Muhammed Kocabas", "Jen-Hao Rick Chang", "James Gabriel", "Oncel Tuzel", "Anurag Ranjan"],
               code="https://github.com/apple/ml-hugs", section="Avatars / 2023"),
    },
    TM: {
        7: N(None),
        9: N("Table of Contents"),
        11: N("Table of Contents"),
        12: N("Table of Contents"),
        13: N("Table of Contents"),
        14: N("Table of Contents"),
        19: P("Intellectual Property Protection for 3D Gaussian Splatting Assets: A Survey",
              arxiv="2602.03878", venue="arXiv 2026", year=2026, section="Survey"),
        24: P("CompMarkGS: Robust Watermarking for Compressed 3D Gaussian Splatting",
              url="https://openreview.net/forum?id=NXQvejGBFx", venue="ICLR 2026", year=2026,
              section="3DGS Watermarking"),
        26: P("GuardSplat: Efficient and Robust Watermarking for 3D Gaussian Splatting",
              arxiv="2411.19895", venue="CVPR 2025", year=2025,
              code="https://github.com/NarcissusEx/GuardSplat", section="3DGS Watermarking"),
        30: P("X-SG^2S: Safe and Generalizable Gaussian Splatting with X-dimensional Watermarks",
              arxiv="2502.10475", venue="arXiv 2025", year=2025, section="3DGS Watermarking"),
        31: P("GaussianSeal: Rooting Adaptive Watermarks for 3D Gaussian Generation Model",
              arxiv="2503.00531", venue="arXiv 2025", year=2025, section="3DGS Watermarking"),
        35: P("WATER-GS: Toward Copyright Protection for 3D Gaussian Splatting via Universal Watermarking",
              arxiv="2412.05695", venue="arXiv 2024", year=2024, section="3DGS Watermarking"),
        40: P("Splats in Splats: Robust and Effective 3D Steganography towards Gaussian Splatting",
              arxiv="2412.03121", venue="AAAI 2026", year=2026,
              code="https://github.com/insightlab-CG-3DV/splats-in-splats", section="3DGS Steganography"),
        41: P("InstantSplamp: Fast and Generalizable Stenography Framework for Generative Gaussian Splatting",
              url="https://openreview.net/forum?id=xvhV3LvYTc", venue="ICLR 2025", year=2025,
              code="https://github.com/CUHK-AIM-Group/InstantSplamp", section="3DGS Steganography"),
        42: P("SecureGS: Boosting the Security and Fidelity of 3D Gaussian Splatting Steganography",
              url="https://openreview.net/forum?id=H4FSx06FCZ", venue="ICLR 2025", year=2025,
              section="3DGS Steganography"),
        44: P("StegaGaussian: High-fidelity Steganography for 3D Gaussian Splatting based on Frequency Decomposition",
              url="https://www.sciencedirect.com/science/article/pii/S095070512501901X", venue="KBS 2025", year=2025,
              code="https://github.com/wangfeng70117/StegaGaussian", section="3DGS Steganography"),
        45: P("ConcealGS: Concealing Invisible Copyright Information in 3D Gaussian Splatting",
              url="https://ieeexplore.ieee.org/abstract/document/10890299", venue="ICASSP 2025", year=2025,
              code="https://github.com/zxk1212/ConcealGS", section="3DGS Steganography"),
        51: P("GS-Checker: Tampering Localization for 3D Gaussian Splatting",
              arxiv="2511.20354", venue="AAAI 2026", year=2026,
              code="https://github.com/haolianghan/GS-Checker", section="3DGS Tampering Localization"),
        55: P("AdLift: Lifting Adversarial Perturbations to Safeguard 3D Gaussian Splatting Assets Against Instruction-Driven Editing",
              arxiv="2512.07247", venue="arXiv 2025", year=2025, section="3DGS Editing Safeguard"),
        56: P("DEGauss: Defending Against Malicious 3D Editing for Gaussian Splatting",
              url="https://openreview.net/forum?id=Lm4VIXVIuy", venue="NeurIPS 2025", year=2025,
              section="3DGS Editing Safeguard"),
    },
}


def main():
    sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
    out = []
    for name in sorted(sample):
        entries = sample[name]["entries"]
        assert sorted(e["line"] for e in entries) == sorted(LABELS[name]), name
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        for e in entries:
            raw = e["raw"]
            n = raw.count("\n") + 1
            assert "\n".join(lines[e["line"] - 1:e["line"] - 1 + n]) == raw, (name, e["line"])
            rec = {"list": name, "line": e["line"], "raw": raw}
            rec.update(LABELS[name][e["line"]])
            out.append(rec)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "labels;", sum(r["is_paper"] for r in out), "papers; every raw found at its line")


if __name__ == "__main__":
    main()

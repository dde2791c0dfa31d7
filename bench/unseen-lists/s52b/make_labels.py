#!/usr/bin/env python3
"""Write labels.jsonl from hand-read values (typed below by reading each entry by eye).

raw is copied from the file at the entry's line (every sampled entry is one line);
all other fields are hand-written here. Keys: list, line, raw, is_paper, title,
arxiv_id, doi, url, venue, year, authors, code, summary, section.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
RB = "rebase-energy__awesome-weather-models.README.md"
SC = "shengchaochen82__Awesome-Foundation-Models-for-Weather-and-Climate.README.md"
WM = "weatherml__weatherml.github.io.README.md"


def P(title, arxiv=None, url=None, venue=None, year=None, code=None, section=None, authors=()):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=None, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


WMOD = "Weather Models"
HOW = "How to Contribute?"
L = {
    # rebase-energy: column legend bullets, model-catalogue table rows, contribution notes
    (RB, 20): N(WMOD), (RB, 21): N(WMOD), (RB, 22): N(WMOD), (RB, 23): N(WMOD), (RB, 24): N(WMOD),
    (RB, 30): P("AIFS", "2406.01465", section=WMOD),
    (RB, 31): P("ARCHESWEATHER\u2011L", "2405.14527", code="https://github.com/gcouairon/ArchesWeather", section=WMOD),
    (RB, 32): P("ARCHESWEATHER\u2011M", "2405.14527", code="https://github.com/gcouairon/ArchesWeather", section=WMOD),
    (RB, 33): P("ARCHESWEATHER\u2011S", "2405.14527", code="https://github.com/gcouairon/ArchesWeather", section=WMOD),
    (RB, 34): P("Aurora", "2405.13063", code="https://github.com/microsoft/aurora", section=WMOD),
    (RB, 35): P("ClimaX\u2011H", "2301.10343", code="https://github.com/microsoft/ClimaX", section=WMOD),
    (RB, 36): P("ClimaX\u2011L", "2301.10343", code="https://github.com/microsoft/ClimaX", section=WMOD),
    (RB, 37): P("FengWu", "2304.02948", code="https://github.com/OpenEarthLab/FengWu", section=WMOD),
    (RB, 38): P("FourCastNet", "2202.11214", code="https://github.com/NVlabs/FourCastNet", section=WMOD),
    (RB, 39): P("GraphCast", "2212.12794", code="https://github.com/deepmind/graphcast", section=WMOD),
    (RB, 40): P("MET Norway", "2409.02891", section=WMOD),
    (RB, 41): P("Pangu\u2011Weather", "2211.02556", code="https://github.com/198808xc/Pangu-Weather", section=WMOD),
    (RB, 42): P("Prithvi WxC", "2409.13598", code="https://github.com/NASA-IMPACT/Prithvi-WxC", section=WMOD),
    (RB, 47): N(HOW), (RB, 48): N(HOW),

    # shengchaochen82: "* Title, in *Venue* Year. [\[paper\]](url) [\[official code\]](repo)" under bold sub-heads
    (SC, 8): P("Foundation Models for Weather and Climate Data Understanding: A Comprehensive Survey",
               "2312.03014", venue="arXiv", section=None),
    (SC, 20): P("GraphCast: Learning Skillful Medium-Range Global Weather Forecasting", "2212.12794",
                venue="arXiv 2022", year=2022, code="https://github.com/google-deepmind/graphcast",
                section="Large Foundation Models for Weather and Climate"),
    (SC, 56): P("SwinRDM: Integrate SwinRNN with Diffusion Model towards High-Resolution and High-Quality Weather Forecasting",
                url="https://ojs.aaai.org/index.php/AAAI/article/view/25105", venue="AAAI 2023", year=2023,
                section="Task-Specific Models for Weather and Climate / Diffusion Models-based Approaches"),
    (SC, 57): P("Swinvrnn: A data-driven ensemble forecasting model via learned distribution perturbation",
                url="https://agupubs.onlinelibrary.wiley.com/doi/full/10.1029/2022MS003211",
                venue="Journal of Advances in Modeling Earth Systems 2023", year=2023,
                section="Task-Specific Models for Weather and Climate / Diffusion Models-based Approaches"),
    (SC, 65): P("Generative Residual Diffusion Modeling for Km-scale Atmospheric Downscaling", "2309.15214",
                venue="arXiv 2023", year=2023,
                section="Task-Specific Models for Weather and Climate / Diffusion Models-based Approaches"),
    (SC, 75): P("Generative modeling of spatio-temporal weather patterns with extreme event conditioning", "2104.12469",
                venue="arXiv 2021", year=2021,
                section="Task-Specific Models for Weather and Climate / Generative Adversarial Networks (GANs)-based Approaches"),
    (SC, 92): P("A Generative Adversarial Network for Climate Tipping Point Discovery (TIP-GAN)", "2302.10274",
                venue="arXiv 2023", year=2023,
                section="Task-Specific Models for Weather and Climate / Generative Adversarial Networks (GANs)-based Approaches"),
    (SC, 94): P("Physical Knowledge-Enhanced Deep Neural Network for Sea Surface Temperature Prediction",
                url="https://ieeexplore.ieee.org/abstract/document/10068549",
                venue="IEEE Transactions on Geoscience and Remote Sensing 2023", year=2023,
                section="Task-Specific Models for Weather and Climate / Generative Adversarial Networks (GANs)-based Approaches"),
    (SC, 109): P("ClimaX: A foundation model for weather and climate", "2301.10343", venue="arXiv 2023", year=2023,
                 code="https://github.com/microsoft/ClimaX",
                 section="Task-Specific Models for Weather and Climate / Transformers-based Approaches"),
    (SC, 110): P("Accurate medium-range global weather forecasting with 3D neural networks",
                 url="https://www.nature.com/articles/s41586-023-06185-3", venue="Nature 2023", year=2023,
                 code="https://github.com/198808xc/Pangu-Weather",
                 section="Task-Specific Models for Weather and Climate / Transformers-based Approaches"),
    (SC, 122): N("Task-Specific Models for Weather and Climate"),
    (SC, 147): P("Swinrdm: integrate swinrnn with diffusion model towards high-resolution and highquality weather forecasting",
                 url="https://ojs.aaai.org/index.php/AAAI/article/view/25105", venue="AAAI 2023", year=2023,
                 section="Application / Forecasting"),
    (SC, 148): P("Swinvrnn: A data-driven ensemble forecasting model via learned distribution perturbation",
                 url="https://agupubs.onlinelibrary.wiley.com/doi/full/10.1029/2022MS003211",
                 venue="Journal of Advances in Modeling Earth Systems 2023", year=2023,
                 section="Application / Forecasting"),
    (SC, 155): P("Accurate Medium-Range Global Weather Forecasting with 3D Neural Networks",
                 url="https://www.nature.com/articles/s41586-023-06185-3", venue="Nature 2023", year=2023,
                 code="https://github.com/198808xc/Pangu-Weather", section="Application / Forecasting"),
    (SC, 167): P("DiTTO: Diffusion-inspired Temporal Transformer Operator", "2307.09072", venue="arXiv 2023", year=2023,
                 section="Application / Forecasting"),
    (SC, 178): P("The World as a Graph: Improving El Niño Forecasts with Graph Neural Networks", "2104.05089",
                 venue="arXiv 2021", year=2021, code="https://github.com/salvaRC/Graphino",
                 section="Application / Forecasting"),
    (SC, 186): N("Application"),
    (SC, 202): P("PTCT: Patches with 3D-Temporal Convolutional Transformer Network for Precipitation Nowcasting",
                 "2112.01085", venue="arXiv 2021", year=2021, code="https://github.com/yangziao56/TCTN-pytorch",
                 section="Application / Precipitation Nowcasting"),
    (SC, 228): N("Dataset"),
    (SC, 252): P("Prompt Federated Learning for Weather Forecasting: Toward Foundation Models on Meteorological Data",
                 "2301.09152", venue="arXiv 2023", year=2023, code="https://github.com/shengchaochen82/MetePFL",
                 section="Dataset / Weather and Climate Series Data"),
}

# weatherml: "- **Title** (Year) - [arXiv:IDvN](https://arxiv.org/abs/IDvN)"
NEW = "Paper Collection / New"
for ln, title, aid, year, sec in [
    (7, "Using machine learning to downscale coarse-resolution environmental variables for understanding the spatial frequency of convective storms", "2509.08802", 2025, NEW),
    (9, "FlowCast-ODE: Continuous Hourly Weather Forecasting with Dynamic Flow Matching and ODE Integration", "2509.14775", 2025, NEW),
    (11, "Variational data assimilation for the wave equation in heterogeneous media: Numerical investigation of stability", "2509.13108", 2025, NEW),
    (12, "SamudrACE: Fast and Accurate Coupled Climate Modeling with 3D Ocean and Atmosphere Emulators", "2509.12490", 2025, NEW),
    (15, "Mesh Interpolation Graph Network for Dynamic and Spatially Irregular Global Weather Forecasting", "2509.20911", 2025, NEW),
    (16, "Graph-based Neural Space Weather Forecasting", "2509.19605", 2025, NEW),
    (17, "Physics-Informed Field Inversion for Sparse Data Assimilation", "2509.19160", 2025, NEW),
    (18, "An update to ECMWF's machine-learned weather forecast model AIFS", "2509.18994", 2025, NEW),
    (19, "Training-Free Data Assimilation with GenCast", "2509.18811", 2025, NEW),
    (20, "Comparing Data Assimilation and Likelihood-Based Inference on Latent State Estimation in Agent-Based Models", "2509.17625", 2025, NEW),
    (21, "Disrespect Others, Respect the Climate? Applying Social Dynamics with Inequality to Forest Climate Models", "2509.17252", 2025, NEW),
    (26, "MambaDS: Near-Surface Meteorological Field Downscaling With Topography Constrained Selective State-Space Modeling", "2408.06400", 2024, "Paper Collection / Downscaling"),
    (30, "GenCast: Diffusion-based ensemble forecasting for medium-range weather", "2409.05975", 2024, "Paper Collection / Ensembles"),
    (31, "SwinVRNN: A Data-Driven Ensemble Forecasting Model via Learned Distribution Perturbation", "2212.02968", 2023, "Paper Collection / Ensembles"),
    (35, "FengWu-4DVar: Coupling the Data-driven Weather Forecasting Model with 4D Variational Assimilation", "2312.12455", 2023, "Paper Collection / Data Assimilation"),
    (39, "GraphCast: Learning skillful medium-range global weather forecasting", "2212.12794", 2023, "Paper Collection / Global Models"),
    (40, "Pangu-Weather: Accurate medium-range global weather forecasting with 3D neural networks", "2301.03748", 2023, "Paper Collection / Global Models"),
    (41, "FourCastNet: A Global Data-driven High-resolution Weather Model using Adaptive Fourier Neural Operators", "2202.11214", 2022, "Paper Collection / Global Models"),
    (45, "NowcastNet: Skilful nowcasting of extreme precipitation with NowcastNet", "2306.06079", 2023, "Paper Collection / Nowcasting"),
    (47, "MetNet: A Neural Weather Model for Precipitation Forecasting", "2003.12140", 2020, "Paper Collection / Nowcasting"),
]:
    L[(WM, ln)] = P(title, aid, venue="arXiv", year=year, section=sec)

sample = [json.loads(x) for x in open(HERE / "sample.jsonl", encoding="utf-8")]
assert {(d["list"], d["line"]) for d in sample} == set(L), set(L) ^ {(d["list"], d["line"]) for d in sample}
files = {}
with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
    for d in sample:
        key = (d["list"], d["line"])
        lines = files.setdefault(d["list"], (HERE / d["list"]).read_text(encoding="utf-8").split("\n"))
        row = {"list": d["list"], "line": d["line"], "raw": lines[d["line"] - 1]}
        row.update(L[key])
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(L), "labels")

"""Hand labels for s148c, written as data; raw is cut from the files (start line + number of lines)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
A = "ADu2021__awesome-action-conditioned-video-gen.README.md"
G = "guozihang__awesome-video-copy-localization.README.md"
Y = "yxxxqqq__Human-Pose.README.md"

def P(title, arxiv=None, venue=None, year=None, code=None, summary=None, authors=None, url=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary)

def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None)

A_SUR = "Surveys and Background"
A_CL = "Robotics and Embodied AI / Classic and Foundational Action-Conditioned Video Prediction"
A_GEN = "Robotics and Embodied AI / Generative Robot World Models and Simulators"
A_POL = "Robotics and Embodied AI / Video-Generation Policies (Video-as-Plan)"
A_WHAT = "What Is Action-Conditioned Video Generation?"
Y2 = "Human Pose Estimation / 2D human pose estimation"
Y3 = "Human Pose Estimation / 3D human pose estimation"

# (list, line, nlines, section, fields)
L = [
 (A, 34, 1, "Contents", N()),
 (A, 63, 1, A_WHAT, N()),
 (A, 72, 1, A_WHAT, N()),
 (A, 74, 1, A_WHAT, N()),
 (A, 84, 2, A_SUR, P("Understanding World or Predicting Future? A Comprehensive Survey of World Models", "2411.14499", "ACM CSUR 2025", 2025,
    "https://github.com/tsinghua-fib-lab/World-Model",
    "Categorizes world models by understanding vs. future-prediction across games, driving, robotics, and agents.")),
 (A, 88, 2, A_SUR, P("From Sora What We Can See: A Survey of Text-to-Video Generation", "2405.10674", "arXiv 2024", 2024,
    "https://github.com/soraw-ai/Awesome-Text-to-Video-Generation",
    "Survey of text-to-video generation covering generators, datasets, metrics, and open challenges in the Sora era.")),
 (A, 90, 2, A_SUR, P("Controllable Video Generation: A Survey", "2507.16869", "arXiv 2025", 2025,
    "https://github.com/mayuelala/Awesome-Controllable-Video-Generation",
    "Taxonomizes controllable video generation by control signal (structure, image, audio, temporal, identity, universal).")),
 (A, 100, 2, A_SUR, P("Simulating the Visual World with Artificial Intelligence: A Roadmap", "2511.08585", "arXiv 2025", 2025, None,
    "Position/roadmap conceptualizing video foundation models as an implicit world model plus video renderer.")),
 (A, 111, 2, A_CL, P("Action-Conditional Video Prediction using Deep Networks in Atari Games", "1507.08750", "NeurIPS 2015", 2015, None,
    "Encoder–transform–decoder network predicting the next Atari frame conditioned on the agent's discrete control action, enabling long rollouts.",
    authors=["Oh"])),
 (A, 128, 2, A_GEN, P("iVideoGPT: Interactive VideoGPTs are Scalable World Models", "2405.15223", "NeurIPS 2024", 2024,
    "https://github.com/thuml/iVideoGPT",
    "Autoregressive transformer interleaving observations, actions, and rewards as tokens for action-conditioned prediction, planning, and model-based RL.")),
 (A, 130, 2, A_GEN, P("IRASim: Learning Interactive Real-Robot Action Simulators", "2406.14540", "arXiv 2024", 2024,
    "https://github.com/bytedance/IRASim",
    "Given an initial frame and a full end-effector action trajectory, renders high-resolution long-horizon video of the arm executing that trajectory.")),
 (A, 134, 2, A_GEN, P("Cosmos World Foundation Model Platform for Physical AI", "2501.03575", "arXiv 2025", 2025,
    "https://github.com/nvidia-cosmos/cosmos-predict1",
    "Open diffusion/autoregressive world-foundation models post-trainable with action or camera control to simulate physics-accurate future video.")),
 (A, 140, 2, A_GEN, P("Learning Real-World Action-Video Dynamics with Heterogeneous Masked Autoregression", "2502.04296", "arXiv 2025", 2025,
    "https://github.com/liruiw/HMA",
    "Masked autoregressive video model pre-trained across 40 embodiments predicting future frames from low-level actions; a fast simulator/evaluator.")),
 (A, 146, 2, A_GEN, P("Vid2World: Crafting Video Diffusion Models to Interactive World Models", "2505.14357", "arXiv 2025", 2025,
    "https://github.com/thuml/Vid2World",
    "Causalizes pre-trained full-sequence video diffusion models into autoregressive, action-conditioned interactive world models.")),
 (A, 162, 2, A_GEN, P("RoboTransfer: Geometry-Consistent Video Diffusion for Robotic Visual Policy Transfer", "2505.23171", "arXiv 2025", 2025, None,
    "Multi-view geometry-consistent video diffusion synthesizing manipulation data with controllable backgrounds/objects to improve visual policy transfer.")),
 (A, 177, 2, A_POL, P("GR-3 Technical Report", "2507.15493", "arXiv 2025", 2025, None,
    "Large VLA model co-trained on web vision-language, VR human trajectories, and robot data, generalizing to novel objects and environments.")),
 (A, 181, 2, A_POL, P("Learning to Act from Actionless Videos through Dense Correspondences", "2310.08576", "ICLR 2024", 2024,
    "https://github.com/flow-diffusion/AVDC",
    "Synthesizes a task video then derives actions from optical-flow dense correspondences + depth, learning to act without any action labels.")),
 (A, 183, 2, A_POL, P("Zero-Shot Robotic Manipulation with Pretrained Image-Editing Diffusion Models", "2310.10639", "ICLR 2024", 2024,
    "https://github.com/kvablack/susie",
    "An image-editing diffusion model \"edits\" the observation into a subgoal image given a language command; a low-level policy realizes each subgoal.")),
 (A, 185, 2, A_POL, P("Video Language Planning", "2310.10625", "ICLR 2024", 2024,
    "https://github.com/video-language-planning/vlp_code",
    "Tree-search planner using VLMs as policy/value and text-to-video models as dynamics to produce long-horizon video plans converted to actions.")),
 (A, 193, 2, A_POL, P("Unified World Models: Coupling Video and Action Diffusion for Pretraining on Large Robotic Datasets", "2504.02792", "arXiv 2025", 2025,
    "https://github.com/WEIRDLabUW/unified-world-model",
    "Single transformer with independent video- and action-diffusion timesteps acting as policy, dynamics, or video generator on action-labeled and action-free video.")),

 (G, 29, 3, "Datasets & Benchmarks", P("A Large-Scale Comprehensive Dataset and Copy-Overlap Aware Evaluation Protocol for Segment-Level Video Copy Detection",
    None, "CVPR 2022", 2022)),
 (G, 42, 1, "Datasets & Benchmarks / FiGVCL", N()),
 (G, 67, 1, "Core Video Copy Localization", P("SPD / SSAN")),
 (G, 83, 1, "Core Video Copy Localization / SPD / SSAN", N()),
 (G, 103, 1, "Core Video Copy Localization / TransVCL — AAAI 2023", N()),
 (G, 107, 1, "Core Video Copy Localization", P("RTR", None, "ECCV 2024", 2024)),
 (G, 163, 1, "Core Video Copy Localization / FiGVCL", N()),
 (G, 167, 1, "Core Video Copy Localization", P("VCDT")),
 (G, 179, 1, "Core Video Copy Localization / VCDT", N()),
 (G, 207, 1, "Efficient Video Copy Localization & Detection", P("Fast Video Deduplication and Localization with Temporal Consistence Re-Ranking",
    None, "TCSVT 2024", 2024)),
 (G, 209, 1, "Efficient Video Copy Localization & Detection / Fast Video Deduplication and Localization with Temporal Consistence Re-Ranking — TCSVT 2024", N()),
 (G, 221, 1, "Efficient Video Copy Localization & Detection / Fast Video Deduplication and Localization with Temporal Consistence Re-Ranking — TCSVT 2024", N()),
 (G, 237, 1, "Efficient Video Copy Localization & Detection / Fast Video Deduplication and Localization with Temporal Consistence Re-Ranking — TCSVT 2024 / Online", N()),
 (G, 241, 1, "Efficient Video Copy Localization & Detection", P("MLT-Dedup")),
 (G, 267, 1, "Efficient Video Representation", P("Extremely Compact Video Representation")),
 (G, 285, 1, "Efficient Video Representation", P("Temporal-Attack-Aware Frame Selection")),
 (G, 349, 1, "Video Similarity Representation", P("FCPL")),
 (G, 377, 3, "Weakly / Self-Supervised VCL", P("RTR", summary="Uses transitivity-based self-supervision to reduce reliance on manually annotated copied segments.")),
 (G, 405, 1, "Competition Methods", P("SAM")),
 (G, 619, 1, "Related Tasks", N()),

 (Y, 10, 1, Y2, P("Convolutional Pose Machines", "1602.00134", "CVPR 2016", 2016)),
 (Y, 12, 1, Y2, N()),
 (Y, 13, 1, Y2, P("Realtime Multi-Person 2D Pose Estimation using Part Affinity Fields", "1611.08050", "CVPR 2017", 2017)),
 (Y, 14, 1, Y2, P("OpenPose: Realtime Multi-Person 2D Pose Estimation using Part Affinity Fields", "1812.08008", None, 2018)),
 (Y, 15, 1, Y2, P("Single-Network Whole-Body Pose Estimation", "1909.13423", "ICCV 2019", 2019)),
 (Y, 22, 1, Y3, P("Monocular 3D Human Pose Estimation In The Wild Using Improved CNN Supervision", None, "3DV 2017", 2017)),
 (Y, 23, 1, Y3, P("Monocular 3D Human Pose Estimation by Generation and Ordinal Ranking", "1904.01324", "ICCV 2019", 2019,
    "https://github.com/ssfootball04/generative_pose")),
 (Y, 25, 1, Y3, P("Fast and Robust Multi-Person 3D Pose Estimation from Multiple Views", "1901.04111", "CVPR 2019", 2019,
    "https://github.com/zju3dv/mvpose")),
 (Y, 26, 1, Y3, P("3D Human Pose Estimation with 2D Marginal Heatmaps", None, "WACV 2019", 2019, "https://github.com/anibali/margipose")),
 (Y, 28, 1, Y3, P("A simple yet effective baseline for 3d human pose estimation", None, "ICCV 2017", 2017,
    "https://github.com/una-dinosauria/3d-pose-baseline")),
 (Y, 29, 1, Y3, P("RepNet: Weakly Supervised Training of an Adversarial Reprojection Network for 3D Human Pose Estimation", "1902.09868", "CVPR 2019", 2019)),
 (Y, 30, 1, Y3, P("Generalizing Monocular 3D Human Pose Estimation in the Wild", "1904.05512", None, 2019,
    "https://github.com/llcshappy/Monocular-3D-Human-Pose")),
 (Y, 31, 1, Y3, P("In the Wild Human Pose Estimation Using Explicit 2D Features and Intermediate 3D Representations", "1904.03289", "CVPR 2019", 2019)),
 (Y, 33, 1, Y3, P("Generating Multiple Hypotheses for 3D Human Pose Estimation with Mixture Density Network", "1904.05547", "CVPR 2019", 2019,
    "https://github.com/chaneyddtt/Generating-Multiple-Hypotheses-for-3D-Human-Pose-Estimation-with-Mixture-Density-Network")),
 (Y, 35, 1, Y3, P("Self-Supervised Learning of 3D Human Pose using Multi-view Geometry", "1903.02330", "CVPR 2019", 2019,
    "https://github.com/mkocabas/EpipolarPose")),
 (Y, 36, 2, Y3, P("Holistic++ Scene Understanding: Single-view 3D Holistic Scene Parsing and Human Pose Estimation with Human-Object Interaction and Physical Commonsense",
    "1909.01507", "ICCV 2019", 2019)),
 (Y, 38, 1, Y3, P("Weakly-Supervised Discovery of Geometry-Aware Representation for 3D Human Pose Estimation", "1903.08839", "CVPR 2019", 2019)),
 (Y, 39, 1, Y3, P("Unsupervised 3D Pose Estimation with Geometric Self-Supervision", "1904.04812", None, 2019)),
 (Y, 40, 1, Y3, P("OriNet A Fully Convolutional Network for 3D Human Pose Estimaion", "1811.04989", "BMVC 2018", 2018)),
 (Y, 48, 1, "Object Detection", P("Mask R-CNN", "1703.06870", None, None, "https://github.com/facebookresearch/Detectron")),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
files = {}
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
    for name, line, n, section, f in L:
        if name not in files:
            files[name] = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        raw = "\n".join(files[name][line - 1: line - 1 + n])
        rec = dict(list=name, line=line, raw=raw, section=section, **f)
        out.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels")

"""Hand labels for the 80 sampled entries (see FINDINGS.md); raw text is taken from sample.json."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
E, S, C, J = ("Earl000333__awesome-humanoid-wbc.README.md", "Shurui8860__DexPilot.README.md",
              "curieuxjy__Awesome_Manipulation.README.md", "jonyzhang2023__awesome-humanoid-learning.README.md")


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


EM, EI, EX, ED = ("Motion Tracking-based Control", "Interaction-based Control",
                  "Multimodal Learning-based Control", "Motion Data, Retargeting, and Perception Assets")
L = {
    (E, 26): N("Table of Contents"),
    (E, 29): N("Table of Contents"),
    (E, 39): P("HOVER: Versatile Neural Whole-Body Controller for Humanoid Robots", "2410.21229", venue="ICRA 2025", year=2025,
               summary="Unified whole-body control across multiple behavior modes", section="Latest Works Recommended"),
    (E, 41): P("BeyondMimic: From Motion Tracking to Versatile Humanoid Control via Guided Diffusion", "2508.08241", venue="arXiv 2025", year=2025,
               summary="Representative diffusion-based whole-body control work", section="Latest Works Recommended"),
    (E, 51): N("Survey View"),
    (E, 107): P("Learning Human-to-Humanoid Real-Time Whole-Body Teleoperation", "2403.04436", venue="IROS 2024", year=2024,
                summary="Real-time teleoperation pipeline", section=EM),
    (E, 114): P("HOVER: Versatile Neural Whole-Body Controller for Humanoid Robots", "2410.21229", venue="ICRA 2025", year=2025,
                summary="Unified whole-body controller", section=EM),
    (E, 123): P("CLONE: Closed-Loop Whole-Body Humanoid Teleoperation for Long-Horizon Tasks", "2506.08931", venue="arXiv 2025", year=2025,
                summary="Closed-loop long-horizon teleoperation", section=EM),
    (E, 133): P("Wococo: Learning Whole-Body Humanoid Control with Sequential Contacts", "2406.06005", venue="arXiv 2024", year=2024,
                summary="Sequential-contact whole-body control", section=EI),
    (E, 140): P("Unleashing Humanoid Reaching Potential via Real-world-Ready Skill Space", "2505.10918", venue="arXiv 2025", year=2025,
                summary="Reaching skill space for deployment", section=EI),
    (E, 146): P("Opt2Skill: Imitating Dynamically-feasible Whole-Body Trajectories for Versatile Humanoid Loco-Manipulation", "2409.20514",
                venue="RA-L 2025", year=2025, summary="Dynamically feasible trajectory imitation", section=EI),
    (E, 149): P("PhySHSI: Towards a Real-World Generalizable and Natural Humanoid-Scene Interaction System", "2510.11072", venue="arXiv 2025",
                year=2025, summary="Scene interaction system", section=EI),
    (E, 160): P("Generalizable Humanoid Manipulation with Improved 3D Diffusion Policies", "2410.10803", venue="arXiv 2024", year=2024,
                summary="3D visual diffusion policy", section=EX),
    (E, 170): P("Opening the Sim-to-Real Door for Humanoid Pixel-to-Action Policy Transfer", "2512.01061", venue="arXiv 2025", year=2025,
                summary="Vision-based pixel-to-action transfer", section=EX),
    (E, 172): P("HumanX: Toward Agile and Generalizable Humanoid Interaction Skills from Human Videos", "2602.02473", venue="arXiv 2026",
                year=2026, summary="Large-scale human-video-driven interaction skill learning", section=EX),
    (E, 183): P("Go to Zero / MotionMillion", "2507.07095", summary="Million-scale motion generation data source", section=ED),
    (E, 187): P("TRAM", "2403.17346", summary="Global trajectory reconstruction for video-derived motion", section=ED),
    (E, 189): P("Retargeting Matters (GMR)", "2510.02252", summary="General motion retargeting reference for humanoids", section=ED),
    (E, 191): P("Implicit Kinodynamic Motion Retargeting", "2509.15443", summary="Learned implicit retargeting with dynamics awareness", section=ED),
    (E, 214): P("Deep Reinforcement Learning for Robotics: A Survey of Real-World Successes", doi="10.1609/aaai.v39i27.35095",
                url="https://doi.org/10.1609/aaai.v39i27.35095", venue="AAAI 2025", year=2025, summary="Real-world RL context",
                section="Surveys and Background"),

    (S, 8): N("Table of Contents / Learning and Control Methods"),
    (S, 9): N("Table of Contents / Learning and Control Methods"),
    (S, 20): N("Table of Contents / Manipulation Algorithms and Tasks"),
    (S, 26): N("Table of Contents / Historical Perspectives"),
    (S, 50): P("DexPoint: Generalizable Point Cloud Reinforcement Learning for Sim-to-Real Dexterous Manipulation", venue="CoRL 2022", year=2022,
               authors=["Yuzhe Qin", "Binghao Huang", "Zhao-Heng Yin", "Hao Su", "Xiaolong Wang"],
               summary="First category-level generalization for dexterous manipulation using point clouds. Novel contact-based rewards enable joint learning across multiple objects with successful sim-to-real transfer.",
               section="Reinforcement Learning Methods / Deep RL for Dexterous Control"),
    (S, 57): P("DexPBT: Scaling up Dexterous Manipulation for Hand-Arm Systems with Population Based Training", venue="RSS 2023", year=2023,
               authors=["Aleksei Petrenko", "Arthur Allshire", "Gavriel State", "Ankur Handa", "Viktor Makoviychuk"],
               summary="Decentralized Population-Based Training for learning complex manipulation skills including regrasping, grasp-and-throw, and object reorientation using parallel GPU simulation.",
               section="Reinforcement Learning Methods / Multi-Task and Transfer Learning"),
    (S, 73): P("Diffusion Policy: Visuomotor Policy Learning via Action Diffusion", venue="RSS 2023", year=2023,
               authors=["Cheng Chi", "Zhenjia Xu", "Siyuan Feng"],
               summary="Introduces diffusion models for action generation in manipulation, treating actions as noisy samples to be denoised. Enables multimodal action distributions and robust behavior learning.",
               section="Imitation Learning Approaches / Behavioral Cloning and Diffusion Policies"),
    (S, 90): P("DexCap: Scalable and Portable Mocap Data Collection System for Dexterous Manipulation", venue="RSS 2024", year=2024,
               authors=["Chen Wang", "Haochen Shi", "Weizhuo Wang"],
               summary="Portable motion capture combining SLAM and electromagnetic tracking for precise hand motion. DexIL algorithm achieves 3x faster data collection than traditional teleoperation.",
               section="Imitation Learning Approaches / Teleoperation and Human Demonstrations"),
    (S, 111): P("Contact-Implicit Model Predictive Control for Dexterous In-hand Manipulation: A Long-Horizon and Robust Approach",
                venue="IROS 2024", year=2024, authors=["Yongpeng Jiang", "Mingrui Yu", "Xinghao Zhu"],
                summary="Novel contact-implicit MPC running at 20Hz on 23-DOF tasks. Enables robust long-horizon manipulation without predefined contact sequences through replanning.",
                section="Model-Based Control / Model Predictive Control (MPC)"),
    (S, 191): P("The GRASP Taxonomy of Human Grasp Types", venue="IEEE Transactions on Human-Machine Systems 2016", year=2016,
                authors=["Thomas Feix", "Javier Romero", "Heinz-Bodo Schmiedmayer", "Aaron M. Dollar", "Danica Kragic"],
                summary="Comprehensive synthesis of 33 distinct grasp types organized into 17 general categories. Unified framework using opposition type, virtual finger assignments, and power/precision classification becoming de facto standard.",
                section="Grasp Synthesis Algorithms / Grasp Taxonomies and Foundations"),
    (S, 232): P("Dynamic Handover: Throw and Catch with Bimanual Hands", venue="CoRL 2023", year=2023,
                authors=["Binghao Huang", "Yuanpei Chen", "Tianyu Wang"],
                summary="Addresses dynamic handover requiring precise spatial-temporal coordination. Demonstrates successful throw-and-catch behaviors with learning-based approaches.",
                section="Bimanual Coordination"),
    (S, 279): P("NeuralFeels: Multimodal In-Hand Perception via Neural Fields", year=2024,
                summary="Combines vision, touch, and proprioception for in-hand object pose and shape estimation. Achieves 81% reconstruction F-scores with 2.3mm average pose drift.",
                section="Contact-Rich Manipulation"),
    (S, 293): P("RoboPianist: Dexterous Piano Playing with Deep Reinforcement Learning", venue="CoRL 2023", year=2023,
                authors=["Kevin Zakka", "Philipp Wu", "Laura Smith"],
                summary="Breakthrough enabling simulated hands to learn 150 piano pieces. Introduced comprehensive benchmark testing limits of human-level dexterity with interpretable metrics.",
                section="Recent Breakthrough Papers"),
    (S, 319): P("Stanford/JPL Hand (1982-1987)", venue="International Journal of Robotics Research 1982", year=1982,
                authors=["J.K. Salisbury", "J.J. Craig"],
                summary="First truly dexterous robotic hand with three fingers and 9 DOF. Pioneered force feedback control establishing foundation for subsequent dexterous hand research.",
                section="Classical/Foundational Papers / Early Dexterous Hand Designs"),
    (S, 336): N("Classical/Foundational Papers / Foundational Theory and Control"),
    (S, 353): P("Learning from Observation Using Primitive-Based Representations", venue="IEEE Transactions on Robotics and Automation 1996",
                year=1996, authors=["Y. Kuniyoshi", "M. Inaba", "H. Inoue"],
                summary="Introduced imitation learning for manipulation, establishing foundation for learning from demonstration approaches central to modern robotics.",
                section="Classical/Foundational Papers / Early Learning Approaches"),
    (S, 367): N("Resources and Benchmarks"),
    (S, 368): N("Resources and Benchmarks"),
    (S, 375): N("Key Trends (2020-2025)"),
    (S, 378): N("Key Trends (2020-2025)"),

    (C, 31): P("Development of a Five-Fingerd Biomimetic Soft Robotic Hand by 3D Printing the Skin and Skeleton as One Unit", "2503.00789", year=2025, section="Papers / 2025"),
    (C, 32): P("DexFlow: A Unified Approach for Dexterous Hand Pose Retargeting and Interaction", "2505.01083", year=2025, section="Papers / 2025"),
    (C, 46): P("Learning Gentle Grasping Using Vision, Sound, and Touch", "2503.07926", year=2025, section="Papers / 2025"),
    (C, 48): P("Learning to Transfer Human Hand Skills for Robot Manipulations", "2501.04169", year=2025, section="Papers / 2025"),
    (C, 60): P("Training Strategies for Efficient Embodied Reasoning", "2505.08243", year=2025, section="Papers / 2025"),
    (C, 76): P("AnySkin: Plug-and-play Skin Sensing for Robotic Touch", "2409.08276", year=2024, section="Papers / 2024"),
    (C, 77): P("ASID: Active Exploration for System Identification in Robotic Manipulation", url="https://openreview.net/forum?id=jNR6s6OSBT", year=2024, section="Papers / 2024"),
    (C, 91): P("DeXtreme: Transfer of Agile In-hand Manipulation from Simulation to Reality", "2210.13702", year=2024, section="Papers / 2024"),
    (C, 97): P("Error-Feedback Model for Output Correction in Bilateral Control-Based Imitation Learning", "2411.12255", year=2024, section="Papers / 2024"),
    (C, 99): P("Flow Matching Imitation Learning for Multi-Support Manipulation", "2407.12381", year=2024, section="Papers / 2024"),
    (C, 111): P("Learning Multimodal Behaviors from Scratch with Diffusion Policy Gradient", "2406.00681", year=2024, section="Papers / 2024"),
    (C, 151): P("Deep Reinforcement Learning of Dexterous Pre-grasp Manipulation for Human-like Functional Categorical Grasping", "2307.16752", year=2023, section="Papers / 2023"),
    (C, 172): P("Factory: Fast Contact for Robotic Assembly", "2205.03532", year=2022, section="Papers / 2022"),
    (C, 175): P("Robotic Telekinesis: Learning a Robotic Hand Imitator by Watching Humans on Youtube", "2202.10448", year=2022, section="Papers / 2022"),
    (C, 187): P("Tactile-RL for Insertion: Generalization to Objects of Unknown Geometry", "2104.01167", year=2021, section="Papers / 2021"),
    (C, 199): P("TACTO: A Fast, Flexible and Open-source Simulator for High-Resolution Vision-based Tactile Sensors", "2012.08456", year=2020, section="Papers / 2020"),
    (C, 206): P("A modular, distributed, soft, 3-axis sensor system for robot hands",
                url="https://www.researchgate.net/publication/312316362_A_modular_distributed_soft_3-axis_sensor_system_for_robot_hands", section="Papers / ~ 2019"),
    (C, 211): P("Task-Oriented Hand Motion Retargeting for Dexterous Manipulation Imitation", "1810.01845", section="Papers / ~ 2019"),
    (C, 234): N("Github / Repositories"),
    (C, 249): N("Platforms"),

    (J, 18): N("Robot models / Bipeds"),
    (J, 52): N("News"),
    (J, 54): N("News"),
    (J, 70): N("News"),
    (J, 76): N("News"),
    (J, 84): N("News"),
    (J, 109): P("HOVER: Versatile Neural Whole-Body Controller for Humanoid Robots", year=2024, section="Papers / 2024"),
    (J, 118): P("Generalizable Humanoid Manipulation with Improved 3D Diffusion Policies", "2410.10803", year=2024, section="Papers / 2024"),
    (J, 142): P("Open-TeleVision : Teleoperation with Immersive Active Visual Feedback", year=2024, section="Papers / 2024"),
    (J, 158): P("Unsupervised Neural Motion Retargeting for Humanoid Teleoperation", "2406.00727", year=2024, section="Papers / 2024"),
    (J, 164): P("Humanoid-Gym: Reinforcement Learning for Humanoid Robot with Zero-Shot Sim2Real Transfer", "2404.05695", year=2024,
                code="https://github.com/roboterax/humanoid-gym", section="Papers / 2024"),
    (J, 170): P("Large Language Models for Orchestrating Bimanual Robots", "2404.02018", year=2024, section="Papers / 2024"),
    (J, 174): P("HumanoidBench: Simulated Humanoid Benchmark for Whole-Body Locomotion and Manipulation", "2403.10506", year=2024,
                code="https://github.com/carlosferrazza/humanoid-bench", section="Papers / 2024"),
    (J, 182): P("Expressive Whole-Body Control for Humanoid Robots", "2402.16796", year=2024, section="Papers / 2024"),
    (J, 220): P("Learning to Walk in Minutes Using Massively Parallel Deep Reinforcement Learning",
                url="https://proceedings.mlr.press/v164/rudin22a/rudin22a.pdf", venue="PMLR 2022", year=2022,
                code="https://github.com/leggedrobotics/legged_gym", section="Papers / 2022"),
    (J, 229): P("Deep Reinforcement Learning for Model Predictive Controller Based on Disturbed Single Rigid Body Model of Biped Robots",
                url="https://www.mdpi.com/2075-1702/10/11/975", venue="Machines 2022", year=2022, section="Papers / 2022"),
    (J, 246): P("Pushing the Limits: Running at 3.2m/s on Cassie",
                url="https://static1.squarespace.com/static/6005cfec3753c24df2490e0a/t/60babe4adeed3270f74ee15f/1622851147856/Jeremy+Dao+-+DW_2021__Fast_Running.pdf",
                year=2021, section="Papers / 2021"),
    (J, 292): P("Learning Whole-body Motor Skills for Humanoids", url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8625045",
                venue="IEEE RAS 2018", year=2018, section="Papers / 2018"),
    (J, 302): N("Related awesome-lists"),
    (J, 307): N("Related awesome-lists"),
}

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]


def main():
    sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
    assert len(sample) == len(L) == 80, (len(sample), len(L))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for e in sample:
            lab = L[(e["list"], e["line"])]
            row = {"list": e["list"], "line": e["line"], "raw": e["raw"], **lab}
            fh.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

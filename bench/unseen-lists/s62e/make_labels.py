"""Hand labels for the 60 sampled entries (read by eye from the files); raw comes from sample.json."""
import json

O = "OpenDriveLab__End-to-end-Autonomous-Driving.README.md"
P = "Pranav-chib__End-to-End-Autonomous-Driving.README.md"
D = "daviddao__deep-autonomous-driving-papers.README.md"
GH = "https://github.com/"


def paper(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=None, section=section)


def non(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


L = {}
# ---- OpenDriveLab papers.md: "- Title [[VenueYear]](link)[[Code]](repo)![](stars)"
L[(O, 32)] = non(None)
L[(O, 42)] = paper("Motion Planning for Autonomous Driving: The State of the Art and Future Perspectives", "2303.09824", venue="TIV 2023", year=2023, section="Survey")
S = "Language-guided Driving"
L[(O, 125)] = paper("Conditional Driving from Natural Language Instructions", "1910.07615", venue="CoRL 2019", year=2019, section=S)
L[(O, 127)] = paper("Grounding Human-to-Vehicle Advice for Self-driving Vehicles", "1911.06978", venue="CVPR 2019", year=2019, section=S)
L[(O, 131)] = paper("Talk2Car: Taking Control of Your Self-Driving Car", "1909.10838", venue="EMNLP 2019", year=2019, section=S)
S = "Multi-task Learning"
L[(O, 155)] = paper("TransFuser: Imitation with Transformer-Based Sensor Fusion for Autonomous Driving", "2205.15997", venue="TPAMI 2022", year=2022, code=GH + "autonomousvision/transfuser.git", section=S)
L[(O, 163)] = paper("Multi-Task Learning With Attention for End-to-End Autonomous Driving", "2104.10753", venue="CVPR 2021 Workshop", year=2021, section=S)
L[(O, 173)] = paper("Multi-task Learning with Future States for Vision-based Autonomous Driving", url="https://openaccess.thecvf.com/content/ACCV2020/papers/Kim_Multi-task_Learning_with_Future_States_for_Vision-based_Autonomous_Driving_ACCV_2020_paper.pdf", venue="ACCV 2020", year=2020, section=S)
S = "Interpretability / Attention Visualization"
L[(O, 208)] = paper("NEAT: Neural Attention Fields for End-to-End Autonomous Driving", "2109.04456", venue="ICCV 2021", year=2021, code=GH + "autonomousvision/neat.git", section=S)
L[(O, 210)] = paper("Explaining Autonomous Driving by Learning End-to-End Visual Attention", url="https://openaccess.thecvf.com/content_CVPRW_2020/html/w20/Cultrera_Explaining_Autonomous_Driving_by_Learning_End-to-End_Visual_Attention_CVPRW_2020_paper.html", venue="CVPR 2020 Workshop", year=2020, section=S)
L[(O, 212)] = paper("Visual Explanation by Attention Branch Network for End-to-end Learning-based Self-driving", url="https://ieeexplore.ieee.org/abstract/document/8813900", venue="IV 2019", year=2019, section=S)
L[(O, 220)] = paper("Interpretable Learning for Self-Driving Cars by Visualizing Causal Attention", url="https://openaccess.thecvf.com/content_iccv_2017/html/Kim_Interpretable_Learning_for_ICCV_2017_paper.html", venue="ICCV 2017", year=2017, section=S)
L[(O, 250)] = paper("Multi-modal Sensor Fusion-based Deep Neural Network for End-to-end Autonomous Driving with Scene Understanding", "2005.09202", venue="IEEESJ 2020", year=2020, section="Interpretability / Interpretable Tasks")
L[(O, 266)] = paper("ST-P3: End-to-end Vision-based Autonomous Driving via Spatial-Temporal Feature Learning", "2207.07601", venue="ECCV 2022", year=2022, code=GH + "OpenDriveLab/ST-P3", section="Interpretability / Cost Learning")
L[(O, 306)] = paper("Probabilistic End-to-End Vehicle Navigation in Complex Dynamic Environments With Multimodal Sensor Fusion", "2005.01935", venue="RAL 2020", year=2020, section="Interpretability / Uncertainty Modeling")
S = "Visual Abstraction / Representation Learning"
L[(O, 336)] = paper("GRI: General Reinforced Imitation and its Application to Vision-Based Autonomous Driving", "2111.08575", venue="arXiv 2021", year=2021, section=S)
L[(O, 338)] = paper("Latent Attention Augmentation for Robust Autonomous Driving Policies", url="https://ieeexplore.ieee.org/abstract/document/9636449", venue="IROS 2021", year=2021, section=S)
L[(O, 366)] = paper("End-to-End Urban Driving by Imitating a Reinforcement Learning Coach", "2108.08265", venue="ICCV 2021", year=2021, code=GH + "zhejz/carla-roach.git", section="Policy Distillation")
S = "Causal Confusion"
L[(O, 394)] = paper("Shortcut Learning in Deep Neural Networks", url="https://www.nature.com/articles/s42256-020-00257-z", venue="Nature Machine Intelligence 2020", year=2020, section=S)
L[(O, 398)] = paper("ChauffeurNet: Learning to Drive by Imitating the Best and Synthesizing the Worst", "1812.03079", venue="RSS 2019", year=2019, section=S)

# ---- Pranav-chib README: "[**Title**](link)\n[VenueYear] <br> authors <br>\n[![GitHub](badge)](repo)"
LA = "LEARNING APPROACHES"
L[(P, 26)] = non(LA)
L[(P, 30)] = non(LA)
S = LA + " / Imitation learning"
TT = ["Xiaosong Jia", "Penghao Wu", "Li Chen", "Jiangwei Xie", "Conghui He", "Junchi Yan", "Hongyang Li"]
L[(P, 34)] = paper("Think Twice before Driving: Towards Scalable Decoders for End-to-End Autonomous Driving", "2305.0624", venue="CVPR 2023", year=2023, authors=TT, code=GH + "OpenDriveLab/ThinkTwice", section=S)
L[(P, 38)] = paper("Policy Pre-training for Autonomous Driving via Self-supervised Geometric Modeling", url="https://openreview.net/forum?id=X5SUR7g2vVw", venue="ICLR 2023", year=2023, authors=["Penghao Wu", "Li Chen", "Hongyang Li", "Xiaosong Jia", "Junchi Yan", "Yu Qiao"], code=GH + "OpenDriveLab/PPGeo", section=S)
L[(P, 59)] = paper("Multi-Modal Fusion Transformer for End-to-End Autonomous Driving", "2104.09224", venue="CVPR 2021", year=2021, authors=["Aditya Prakash", "Kashyap Chitta", "Andreas Geiger"], code=GH + "autonomousvision/transfuser.git", section=S)
ROACH = ["Zhejun Zhang", "Alexander Liniger", "Dengxin Dai", "Fisher Yu", "Luc Van Gool"]
L[(P, 66)] = paper("End-to-End Urban Driving by Imitating a Reinforcement Learning Coach", "2108.08265", venue="ICCV 2021", year=2021, authors=ROACH, code=GH + "zhejz/carla-roach.git", section=S)
LBC = ["Dian Chen", "Brady Zhou", "Vladlen Koltun", "Philipp Krähenbühl"]
L[(P, 70)] = paper("Learning by Cheating", "2107.00123", venue="CoRL 2020", year=2020, authors=LBC, code=GH + "dotchen/LearningByCheating.git", section=S)
L[(P, 78)] = paper("Urban Driving with Conditional Imitation Learning", "1912.00177", venue="ICRA 2020", year=2020, authors=["Jeffrey Hawke", "Richard Shen", "Corina Gurau", "Siddharth Sharma", "Daniele Reda", "Nikolay Nikolov", "Przemyslaw Mazur", "Sean Micklethwaite", "Nicolas Griffiths", "Amar Shah", "Alex Kendall"], section=S)
S = LA + " / Behavioural cloning"
L[(P, 92)] = paper("TransFuser: Imitation with Transformer-Based Sensor Fusion for Autonomous Driving", "2205.15997", venue="TPAMI 2022", year=2022, authors=["Kashyap Chitta", "Aditya Prakash", "Bernhard Jaeger", "Zehao Yu", "Katrin Renz", "Andreas Geiger"], code=GH + "autonomousvision/transfuser.git", section=S)
L[(P, 96)] = paper("Trajectory-guided Control Prediction for End-to-end Autonomous Driving: A Simple yet Strong Baseline", "2206.08129", venue="NeurIPS 2022", year=2022, authors=["Penghao Wu", "Xiaosong Jia", "Li Chen", "Junchi Yan", "Hongyang Li", "Yu Qiao"], code=GH + "OpenDriveLab/TCP", section=S)
L[(P, 101)] = paper("KING: Generating Safety-Critical Driving Scenarios for Robust Imitation via Kinematics Gradients", "2204.13683", venue="ECCV 2022", year=2022, authors=["Niklas Hanselmann", "Katrin Renz", "Kashyap Chitta", "Apratim Bhattacharyya", "Andreas Geiger"], code=GH + "autonomousvision/transfuser.git", section=S)
L[(P, 109)] = paper("NEAT: Neural Attention Fields for End-to-End Autonomous Driving", "2109.04456", venue="ICCV 2021", year=2021, authors=["Kashyap Chitta", "Aditya Prakash", "Andreas Geiger"], code=GH + "autonomousvision/neat.git", section=S)
L[(P, 113)] = paper("Learning Situational Driving", "1811.07868", venue="CVPR 2020", year=2020, authors=["Eshed Ohn-Bar", "Aditya Prakash", "Aseem Behl", "Kashyap Chitta", "Andreas Geiger"], section=S)
L[(P, 116)] = paper("Exploring the Limitations of Behavior Cloning for Autonomous Driving", "1904.08980", venue="ICCV 2019", year=2019, authors=["Felipe Codevilla", "Eder Santana", "Antonio M. López", "Adrien Gaidon"], code=GH + "felipecode/coiltraine.git", section=S)
S = LA + " / Reinforcement learning"
WOR = ["Dian Chen", "Vladlen Koltun", "Philipp Krähenbühl"]
L[(P, 130)] = paper("Learning To Drive From a World on Rails", "2105.00636", venue="ICCV 2021", year=2021, authors=WOR, code=GH + "dotchen/WorldOnRails.git", section=S)
L[(P, 134)] = paper("End-to-End Model-Free Reinforcement Learning for Urban Driving Using Implicit Affordances", url="https://openaccess.thecvf.com/content_CVPR_2020/html/Toromanoff_End-to-End_Model-Free_Reinforcement_Learning_for_Urban_Driving_Using_Implicit_Affordances_CVPR_2020_paper.html", venue="CVPR 2020", year=2020, authors=["Marin Toromanoff", "Emilie Wirbel", "Fabien Moutarde"], section=S)
L[(P, 153)] = paper("Think Twice before Driving: Towards Scalable Decoders for End-to-End Autonomous Driving", "2305.0624", venue="CVPR 2023", year=2023, authors=TT, code=GH + "OpenDriveLab/ThinkTwice", section=LA + " / Multi-task learning")
S = LA + " / Knowledge Distillation"
L[(P, 173)] = paper("End-to-End Urban Driving by Imitating a Reinforcement Learning Coach", "2108.08265", venue="ICCV 2021", year=2021, authors=ROACH, code=GH + "zhejz/carla-roach.git", section=S)
L[(P, 181)] = paper("Learning by Cheating", "2107.00123", venue="CoRL 2020", year=2020, authors=LBC, code=GH + "dotchen/LearningByCheating.git", section=S)
L[(P, 191)] = paper("ST-P3: End-to-end Vision-based Autonomous Driving via Spatial-Temporal Feature Learning", "2207.07601", venue="ECCV 2022", year=2022, authors=["Shengchao Hu", "Li Chen", "Penghao Wu", "Hongyang Li", "Junchi Yan", "Dacheng Tao"], code=GH + "OpenDriveLab/ST-P3", section=LA + " / Other Learning")

# ---- daviddao README: papers as "#### Title (authors year)" headings with blockquote notes
W = "Why Deep Autonomous Driving?"
L[(D, 22)] = non(W)
L[(D, 24)] = non(W)
L[(D, 25)] = non(W)
PL = "1. Planning for Deep Autonomous Driving"
L[(D, 40)] = non(PL)
S = PL + " / 1.1 Mediated Perception"
L[(D, 45)] = paper("An Empirical Evaluation of Deep Learning on Highway Driving", year=2015, authors=["B Huval", "T Wang", "S Tandon", "J Kiske", "W Song", "J Pazhayampallil", "M Andriluka", "P Rajpurkar", "T Migimatsu", "R Cheng-Yue", "F Mujica", "A Coates", "AY Ng"], section=S)
L[(D, 53)] = paper("Fast Incremental Learning for Off-Road Robot Navigation", year=2016, authors=["A Provodin", "L Torabi", "B Flepp", "Y LeCun", "M Sergio", "LD Jackel", "U Muller", "J Zbontar"], section=S)
L[(D, 61)] = paper("Instance-Level Segmentation for Autonomous Driving with Deep Densely Connected MRFs", year=2016, authors=["Z Zhang", "S Fidler", "R Urtasun"], section=S)
L[(D, 83)] = paper("End-to-End Tracking and Semantic Segmentation Using Recurrent Neural Networks", year=2016, authors=["P Ondruska", "J Dequaire", "DZ Wang", "I Posner"], section=S)
S = PL + " / 1.2 Behaviour Reflex (Supervised End-to-End Learning)"
L[(D, 105)] = paper("ALVINN, An Autonomous Land Vehicle in a Neural Network", year=1988, authors=["DA Pomerleau"], section=S)
L[(D, 133)] = paper("End to End Learning for Self-Driving Cars", year=2016, authors=["M Bojarski", "DD Testa", "D Dworakowski", "B Firner", "B Flepp", "P Goyal", "LD Jackel", "M Monfort", "U Muller", "J Zhang", "X Zhang", "J Zhao", "K Zieba"], section=S)
L[(D, 150)] = paper("DeepDriving: Learning Affordance for Direct Perception in Autonomous Driving", venue="ICCV 2015", year=2015, authors=["C Chen", "A Seff", "A Kornhauser", "J Xiao"], section=PL + " / 1.3 Direct Perception")
L[(D, 163)] = paper("Query-Efficient Imitation Learning for End-to-End Autonomous Driving", year=2016, authors=["J Zhang", "K Cho"], section=PL + " / 1.4 Reinforcement Learning")
L[(D, 186)] = paper("Maximum Entropy Deep Inverse Reinforcement Learning", venue="NIPS 2015 RL Workshop", year=2015, authors=["M Wulfmeier", "P Ondruska", "I Posner"], section="2 Theory")
AP = "Appendix A: Deep Learning Architectures"
L[(D, 210)] = paper("OverFeat: Integrated Recognition, Localization and Detection using Convolutional Networks", year=2014, authors=["Sermanet"], section=AP)
L[(D, 211)] = non(AP)
L[(D, 216)] = non(AP + " / 3 Important Researchers")
L[(D, 221)] = non(AP + " / 3 Important Researchers")
L[(D, 244)] = non("4 Autonomous Driving Datasets / KITTI Vision Benchmark Suite")
L[(D, 286)] = non("5 Simulation Environment and Data Generation")
L[(D, 299)] = non("6 Projects / Deep RL projects")

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
out = []
for l in open("sample.json", encoding="utf-8"):
    d = json.loads(l)
    lab = L.pop((d["list"], d["line"]))
    rec = {"list": d["list"], "line": d["line"], "raw": d["raw"], **lab}
    out.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
assert not L, L
open("labels.jsonl", "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "labels")

import json
D="/work/main/bench/unseen-lists/s133e/"
DM="DmitryRyumin__CVPR-2023-24-Papers.README.md"
FF="Feifannaner__awesome-human-action-recognition.README.md"
SO="soeaver__awesome-human-parsing.README.md"
files={n:open(D+n,encoding="utf-8").read().split("\n") for n in (DM,FF,SO)}
out=[]
def lab(lst,line,nlines=1,is_paper=True,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,section=None):
    raw="\n".join(files[lst][line-1:line-1+nlines])
    out.append(dict(list=lst,line=line,raw=raw,is_paper=is_paper,title=title,arxiv_id=arxiv_id,doi=doi,url=url,venue=venue,year=year,authors=authors if authors is not None else [],code=code,summary=summary,section=section))
# --- DmitryRyumin: title-only table rows
S="Humans: Face, Body, Pose, Gesture, Movement"
for ln in [21,30,49,56,57,62,76,85,91,94,99,105,106,108,126,136,141,160,163,168]:
    cell=files[DM][ln-1].split("|")[1].strip()
    lab(DM,ln,title=cell,section=S)
# --- Feifannaner
TOC="Table of Contents"
for ln in [7,11,14,15,16,17,18,19,20,22]:
    lab(FF,ln,is_paper=False,section=TOC)
lab(FF,27,2,title="Model-based Hand Pose Estimation for Generalized Hand Shape with Appearance Normalization",arxiv_id="1808.07507",venue="arXiv",authors=["Unaiza Ahsan","Rishi Madhok"],section="arxiv Papers")
lab(FF,45,2,title="Appearance-and-Relation Networks for Video Classification",arxiv_id="1711.09125",venue="CVPR 2018",year=2018,authors=["L. Wang","W. Li","W. Li","L. Van Gool"],code="https://github.com/wanglimin/ARTNet",section="Conference Papers / 2018 CVPR")
lab(FF,51,2,title="Temporal Relational Reasoning in Videos",url="http://people.csail.mit.edu/bzhou/publication/eccv18-TRN.pdf",venue="ICCV 2017",year=2017,authors=["Bolei Zhou","Alex Andonian","Aude Oliva","Antonio Torralba"],code="https://github.com/metalbubble/TRN-pytorch",section="Conference Papers / 2017 ICCV")
lab(FF,89,2,title="AdaScan: Adaptive Scan Pooling in Deep Convolutional Neural Networks for Human Action Recognition in Videos",arxiv_id="1611.08240",authors=["Amlan Kar","Nishant Rai","Karan Sikka","Gaurav Sharma"],section="Directions / Deep Learning Methods / 2D convolutional netwoks")
for ln in [109,110,112]:
    lab(FF,ln,is_paper=False,section="Datasets")
lab(FF,118,title="Recognizing human actions: A local svm approach",url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=1334462",venue="IEEE ICPR 2004",year=2004,section="Datasets")
lab(FF,119,title="LHmdb: A large video database for human motion recognition",url="http://serre-lab.clps.brown.edu/wp-content/uploads/2012/08/Kuehne_etal_iccv11.pdf",venue="ICCV 2011",year=2011,section="Datasets")
lab(FF,120,title="Ucf101: A dataset of 101 human action classes from videos in the wild",arxiv_id="1212.0402",venue=None,year=2012,section="Datasets")
# --- soeaver
S1="3 Deep Learning based Human Parsing / 3.1 Single Human Parsing Models"
S2="3 Deep Learning based Human Parsing / 3.2 Multiple Human Parsing Models"
S3="3 Deep Learning based Human Parsing / 3.3 Video Human Parsing Models"
def ieee(n): return "https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=%d"%n
lab(SO,13,title="A deformable mixture parsing model with parselets",url=ieee(6751535),venue="ICCV 2013",year=2013,section=S1)
lab(SO,14,title="Paper doll parsing: Retrieving similar styles to parse clothing items",url=ieee(6751549),venue="ICCV 2013",year=2013,section=S1)
lab(SO,17,title="Matching-cnn meets knn: Quasi-parametric human parsing",url=ieee(7298748),venue="CVPR 2015",year=2015,section=S1)
lab(SO,32,title="Weakly and semi supervised human body part parsing via pose-guided knowledge transfer",arxiv_id="1805.04310",venue="CVPR 2018",year=2018,section=S1)
lab(SO,40,title="Multi-class part parsing with joint boundary-semantic awareness",url=ieee(9010738),venue="ICCV 2019",year=2019,section=S1)
lab(SO,46,title="Part-aware context network for human parsing",url=ieee(9156966),venue="CVPR 2020",year=2020,section=S1)
lab(SO,49,title="Learning semantic neural tree for human parsing",arxiv_id="1912.09622",venue="ECCV 2020",year=2020,code="https://isrc.iscas.ac.cn/gitlab/research/sematree",section=S1)
lab(SO,52,title="Deep high-resolution representation learning for visual recognition",url=ieee(9052469),venue="TPAMI 2020",year=2020,code="https://github.com/HRNet",section=S1)
lab(SO,55,title="Progressive one-shot human parsing",arxiv_id="2012.11810",venue="AAAI 2021",year=2021,code="https://github.com/Charleshhy/One-shot-Human-Parsing",section=S1)
lab(SO,56,title="Mining contextual information beyond image for semantic segmentation",url="https://openaccess.thecvf.com/content/ICCV2021/papers/Jin_Mining_Contextual_Information_Beyond_Image_for_Semantic_Segmentation_ICCV_2021_paper.pdf",venue="ICCV 2021",year=2021,code="https://github.com/CharlesPikachu/",section=S1)
lab(SO,59,title="On the correlation among edge, pose and parsing",url=ieee(9527074),venue="TPAMI 2021",year=2021,section=S1)
lab(SO,64,title="From pose to part: Weakly-supervised pose evolution for human part segmentation",url=ieee(9772949),venue="TPAMI 2022",year=2022,section=S1)
lab(SO,66,title="Beyond appearance: a semantic controllable self-supervised learning framework for human-centric visual tasks",url="https://openaccess.thecvf.com/content/CVPR2023/papers/Chen_Beyond_Appearance_A_Semantic_Controllable_Self-Supervised_Learning_Framework_for_Human-Centric_CVPR_2023_paper.pdf",venue="CVPR 2023",year=2023,code="https://github.com/tinyvision/SOLIDER",section=S1)
lab(SO,76,title="Devil in the details: Towards accurate single and multiple human parsing",arxiv_id="1809.05996",venue="AAAI 2019",year=2019,code="https://github.com/liutinglt/CE2P",section=S2)
lab(SO,79,title="A top-down unified framework for instance-level human parsing",url="https://faculty.ucmerced.edu/mhyang/papers/bmvc2019_human_parsing.pdf",venue="BMVC 2019",year=2019,section=S2)
lab(SO,84,title="Differentiable multi-granularity human representation learning for instance-aware human semantic parsing",url="https://openaccess.thecvf.com/content/CVPR2021/papers/Zhou_Differentiable_Multi-Granularity_Human_Representation_Learning_for_Instance-Aware_Human_Semantic_Parsing_CVPR_2021_paper.pdf",venue="CVPR 2021",year=2021,code="https://github.com/tfzhou/MG-HumanParsing",section=S2)
lab(SO,87,title="End-to-end instance-level human parsing by segmenting persons",url=ieee(10078373),venue="TMM 2023",year=2023,section=S2)
lab(SO,99,title="Contrastive transformation for self-supervised correspondence learning",arxiv_id="2012.05057",venue="AAAI 2021",year=2021,code="https://github.com/594422814/ContrastCorr",section=S3)
lab(SO,102,title="Modelling neighbor relation in joint space-time graph for video correspondence learning",url="https://openaccess.thecvf.com/content/ICCV2021/papers/Zhao_Modelling_Neighbor_Relation_in_Joint_Space-Time_Graph_for_Video_Correspondence_ICCV_2021_paper.pdf",venue="ICCV 2021",year=2021,section=S3)
lab(SO,104,title="Contrastive learning for space-time correspondence via self-cycle consistency",url=ieee(9878462),venue="CVPR 2022",year=2022,section=S3)
with open(D+"labels.jsonl","w",encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
print(len(out), sum(o["is_paper"] for o in out))

"""Hand-written labels (typed by reading each entry); raw is copied from the file at `line`."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
A = 'Lyman-Smoker__Awesome-AQA.README.md'
V = 'avijit9__awesome-computer-vision-in-sports.README.md'
C = 'cemunds__awesome-sports-camera-calibration.README.md'

def P(lst, line, title, section, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, doi=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)

def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)

MR = 'Main Road / '
SIM = 'Similar tasks and Potential Datasets / '
L = [
 # ---- Lyman-Smoker / Awesome-AQA
 P(A, 15, 'ExAct: A Video-Language Benchmark for Expert Action Analysis', MR + '2025', arxiv='2506.06277', venue='arXiv 2025', year=2025, code='https://github.com/Texaser/Exact'),
 P(A, 17, 'PHI: Bridging Domain Shift in Long-Term Action Quality Assessment via Progressive Hierarchical Instruction', MR + '2025', arxiv='2505.19972', venue='TIP 2025', year=2025, code='https://github.com/ZhouKanglei/PHI_AQA'),
 P(A, 27, 'LucidAction: A Hierarchical and Multi-model Dataset for Comprehensive Action Quality Assessment', MR + '2024', venue='NeurIPS 2024', year=2024),
 P(A, 30, 'Vision-Language Action Knowledge Learning for Semantic-Aware Action Quality Assessment', MR + '2024', url='https://www.ecva.net/papers/eccv_2024/papers_ECCV/papers/05909.pdf', venue='ECCV 2024', year=2024),
 P(A, 35, 'Continual Action Assessment via Task-Consistent Score-Discriminative Feature Distribution Modeling', MR + '2024', arxiv='2309.17105', venue='TCSVT 2024', year=2024, code='https://github.com/iSEE-Laboratory/Continual-AQA'),
 P(A, 37, 'FineParser: A Fine-grained Spatio-temporal Action Parser for Human-centric Action Quality Assessment', MR + '2024', arxiv='2405.06887', venue='CVPR 2024 Oral', year=2024, code='https://github.com/PKU-ICST-MIPL/FineParser_CVPR2024'),
 P(A, 44, 'Fine-Grained Spatio-Temporal Parsing Network for Action Quality Assessment', MR + '2023', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10317826', venue='TIP 2023', year=2023),
 P(A, 46, 'Learning Semantics-Guided Representations for Scoring Figure Skating', MR + '2023', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10301591', venue='TMM 2023', year=2023),
 P(A, 63, 'Likert Scoring with Grade Decoupling for Long-term Action Assessment', MR + '2022', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Xu_Likert_Scoring_With_Grade_Decoupling_for_Long-Term_Action_Assessment_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, code='https://github.com/xuangch/CVPR22_GDLT'),
 P(A, 64, 'Semi-Supervised Action Quality Assessment With Self-Supervised Segment Feature Recovery', MR + '2022', url='https://ieeexplore.ieee.org/abstract/document/9682696', venue='TCSVT 2022', year=2022),
 P(A, 71, 'Adaptive Action Assessment', MR + '2021', url='https://ieeexplore.ieee.org/abstract/document/9609694', venue='TPAMI 2021', year=2021),
 P(A, 74, 'TSA-Net: Tube Self-Attention Network for Action Quality Assessment', MR + '2021', arxiv='2201.03746', venue='ACM-MM 2021 Oral', year=2021, code='https://github.com/Shunli-Wang/TSA-Net'),
 P(A, 89, 'Action Assessment by Joint Relation Graph', MR + '2019', url='http://openaccess.thecvf.com/content_ICCV_2019/papers/Pan_Action_Assessment_by_Joint_Relation_Graphs_ICCV_2019_paper.pdf', venue='ICCV 2019 Oral', year=2019),
 P(A, 92, 'What and How Well You Performed? A Multitask Learning Approach to Action Quality Assessment', MR + '2019', url='http://openaccess.thecvf.com/content_CVPR_2019/papers/Parmar_What_and_How_Well_You_Performed_A_Multitask_Learning_Approach_CVPR_2019_paper.pdf', venue='CVPR 2019', year=2019, code='https://github.com/ParitoshParmar/MTL-AQA'),
 P(A, 100, 'Am I a Baller? Basketball Performance Assessment from First-Person Videos', MR + '2017', url='https://openaccess.thecvf.com/content_ICCV_2017/papers/Bertasius_Am_I_a_ICCV_2017_paper.pdf', venue='ICCV 2017', year=2017),
 P(A, 107, 'Ego-Exo4D: Understanding Skilled Human Activity from First- and Third-Person Perspectives', SIM + 'Datasets', url='https://ego-exo4d-data.org/paper/ego-exo4d.pdf', venue='CVPR 2024', year=2024, code='https://github.com/EGO4D?tab=repositories'),
 P(A, 118, 'Video-STaR: Self-Training Enables Video Instruction Tuning with Any Supervision', SIM + 'Narrative Action Assessment', arxiv='2407.06189', venue='arXiv 2024', year=2024, code='https://github.com/orrzohar/Video-STaR'),
 P(A, 122, 'Differentiable Task Graph Learning: Procedural Activity Representation and Online Mistake Detection from Egocentric Videos', SIM + 'Mistake Detection', arxiv='2406.01486', venue='NeurIPS 2024', year=2024, code='https://github.com/fpv-iplab/Differentiable-Task-Graph-Learning'),
 P(A, 126, 'IndustReal: A Dataset for Procedure Step Recognition Handling Execution Errors in Egocentric Videos in an Industrial-Like Setting', SIM + 'Mistake Detection', arxiv='2310.17323', venue='WACV 2023', year=2023, code='https://github.com/TimSchoonbeek/IndustReal'),
 P(A, 128, 'HoloAssist: an Egocentric Human Interaction Dataset for Interactive AI Assistants in the Real World', SIM + 'Mistake Detection', url='http://openaccess.thecvf.com/content/ICCV2023/html/Wang_HoloAssist_an_Egocentric_Human_Interaction_Dataset_for_Interactive_AI_Assistants_ICCV_2023_paper.html', venue='ICCV 2023', year=2023),
]
Y = 'Papers by the year of publications / '
L += [
 # ---- avijit9 / awesome-computer-vision-in-sports
 P(V, 8, 'LoL-V2T: Large-Scale Esports Video Description Dataset', Y + '2021', url='https://openaccess.thecvf.com/content/CVPR2021W/CVSports/papers/Tanaka_LoL-V2T_Large-Scale_Esports_Video_Description_Dataset_CVPRW_2021_paper.pdf', venue='CVPRW 2021', year=2021),
 P(V, 12, 'Detecting and Matching Related Objects With One Proposal Multiple Predictions', Y + '2021', url='https://openaccess.thecvf.com/content/CVPR2021W/CVSports/papers/Liu_Detecting_and_Matching_Related_Objects_With_One_Proposal_Multiple_Predictions_CVPRW_2021_paper.pdf', venue='CVPRW 2021', year=2021),
 P(V, 14, 'Table Tennis Stroke Recognition Using Two-Dimensional Human Pose Estimation', Y + '2021', url='https://openaccess.thecvf.com/content/CVPR2021W/CVSports/papers/Kulkarni_Table_Tennis_Stroke_Recognition_Using_Two-Dimensional_Human_Pose_Estimation_CVPRW_2021_paper.pdf', venue='CVPRW 2021', year=2021),
 P(V, 17, 'DeepDarts: Modeling Keypoints as Objects for Automatic Scorekeeping in Darts Using a Single Camera', Y + '2021', url='https://openaccess.thecvf.com/content/CVPR2021W/CVSports/papers/McNally_DeepDarts_Modeling_Keypoints_as_Objects_for_Automatic_Scorekeeping_in_Darts_CVPRW_2021_paper.pdf', venue='CVPRW 2021', year=2021),
 P(V, 24, 'Progressive Relation Learning for Group Activity Recognition', Y + '2020', arxiv='1908.02948', venue='CVPR 2020', year=2020),
 P(V, 28, 'FALCONS: FAst Learner-grader for CONtorted poses in Sports', Y + '2020', url='https://openaccess.thecvf.com/content_CVPRW_2020/papers/w53/Nekoui_FALCONS_FAst_Learner-Grader_for_CONtorted_Poses_in_Sports_CVPRW_2020_paper.pdf', venue='CVPRW 2020', year=2020),
 P(V, 30, 'As Seen on TV: Automatic Basketball Video Production using Gaussian-based Actionness and Game States Recognition', Y + '2020', url='https://openaccess.thecvf.com/content_CVPRW_2020/papers/w53/Quiroga_As_Seen_on_TV_Automatic_Basketball_Video_Production_Using_Gaussian-Based_CVPRW_2020_paper.pdf', venue='CVPRW 2020', year=2020),
 P(V, 34, 'Utilizing Mask R-CNN for Waterline Detection in Canoe Sprint Video Analysis', Y + '2020', url='https://openaccess.thecvf.com/content_CVPRW_2020/papers/w53/von_Braun_Utilizing_Mask_R-CNN_for_Waterline_Detection_in_Canoe_Sprint_Video_CVPRW_2020_paper.pdf', venue='CVPRW 2020', year=2020),
 P(V, 47, 'Egocentric Basketball Motion Planning From a Single First-Person Image', Y + '2018', arxiv='1803.01413', venue='CVPR 2018', year=2018),
 P(V, 60, 'What will Happen Next? Forecasting Player Moves in Sports Videos', Y + '2017', url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Felsen_What_Will_Happen_ICCV_2017_paper.pdf', venue='ICCV 2017', year=2017),
 P(V, 64, 'SmartTennisTV: An automatic indexing system for tennis', Y + '2017', url='https://researchweb.iiit.ac.in/~anurag.ghosh/static/smarttennistv-automatic-indexing.pdf', venue='NCVPRIPG 2017', year=2017),
 P(V, 72, 'Chalkboarding: A new spatiotemporal query paradigm for sports play retrieval', Y + '2016', url='https://dl.acm.org/citation.cfm?id=2856772', venue='ACM IUI 2016', year=2016),
 P(V, 82, 'Mimicking human camera operators', Y + '2015', url='https://pdfs.semanticscholar.org/e73b/4b7c48a4aeca81ec132e9e147dc19d103ded.pdf', venue='WACV 2015', year=2015),
 P(V, 84, 'Quality vs Quantity\u201d- Improved Shot Prediction in Soccer using Strategic Features from Spatiotemporal Data-Paper', Y + '2015', url='https://s3-us-west-1.amazonaws.com/disneyresearch/wp-content/uploads/20150308192147/Quality-vs-Quantity%E2%80%9D-Improved-Shot-Prediction-in-Soccer-using-Strategic-Features-from-Spatiotemporal-Data-Paper.pdf', venue='MIT Sloan Sports Analytics Conference 2015', year=2015),
 P(V, 88, 'How to get an open shot: Analyzing team movement in basketball using tracking data', Y + '2014', url='https://s3-us-west-1.amazonaws.com/disneyresearch/wp-content/uploads/20141125014436/How-to-Get-an-Open-Shot-Analyzing-Team-Movement-in-Basketball-using-Tracking-Data-Paper.pdf', venue='MIT SLOAN 2014', year=2014),
 P(V, 92, 'Take your eyes off the ball: Improving ball-tracking by focusing on team play', Y + '2013', url='https://infoscience.epfl.ch/record/185107/files/top_infosci_1.pdf', venue='CVIU 2013', year=2013),
 P(V, 94, 'Detecting and tracking sports players with random forests and context-conditioned motion models', Y + '2013', url='https://www.cv-foundation.org/openaccess/content_cvpr_2013/papers/Liu_Tracking_Sports_Players_2013_CVPR_paper.pdf', venue='CVPR 2013', year=2013),
 P(V, 96, 'Representing and discovering adversarial team behaviors using player roles', Y + '2013', url='http://openaccess.thecvf.com/content_cvpr_2013/papers/Lucey_Representing_and_Discovering_2013_CVPR_paper.pdf', venue='CVPR 2013', year=2013),
 P(V, 98, 'Recognising team activities from noisy data', Y + '2013', url='https://www.cv-foundation.org/openaccess/content_cvpr_workshops_2013/W19/papers/Bialkowski_Recognising_Team_Activities_2013_CVPR_paper.pdf', venue='CVPRW 2013', year=2013),
 P(V, 102, 'Point-less calibration: Camera parameters from gradient-based alignment to edge images', Y + '2012', url='http://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=6163012', venue='WACV 2012', year=2012),
]
H = 'Papers / Homography Estimation for Planar Scenarios'
D = 'Papers / Dealing with Lens Distortion'
T = 'Papers / Pan-Tilt-Zoom (PTZ) Camera Calibration'
R = 'Papers / Real-time Camera Pose Tracking'
M = 'Papers / Misc'
L += [
 # ---- cemunds / awesome-sports-camera-calibration
 N(C, 11, 'Table of Contents'),
 P(C, 25, 'Robust incremental rectification of sports video sequences', H, url='https://iis.uibk.ac.at/public/papers/Hayet-2004-BMVC.pdf', year=2004, authors=['J. Hayet', 'J. Piater', 'J. Verly']),
 P(C, 28, 'Using line and ellipse features for rectification of broadcast hockey video', H, url='https://www.cs.ubc.ca/labs/lci/thesis/ankgupta/gupta11crv.pdf', year=2011, authors=['A. Gupta', 'J. J. Little', 'R. J. Woodham']),
 P(C, 32, 'An algebraic approach to lens distortion by line rectification', D, url='http://ami.dis.ulpgc.es/biblio/bibliography/documentos/AlvarezSendraLensDistortionModel.pdf', year=2009, authors=['L. Alvarez', 'R. Sendra']),
 P(C, 33, 'Algebraic lens distortion model estimation', D, url='https://www.ipol.im/pub/art/2011/ags-alde/article.pdf', year=2010, authors=['L. Alvarez', 'L. Gomez', 'R. Sendra']),
 P(C, 40, 'Soccer video mosaicking using self-calibration and line tracking', T, url='https://ieeexplore.ieee.org/document/905407', year=2000, authors=['H. Kim', 'K. S. Hong']),
 P(C, 42, 'Self-calibration of rotating and zooming cameras', T, url='https://www.researchgate.net/profile/Lourdes_Agapito/publication/225865990_Self-Calibration_of_Rotating_and_Zooming_Cameras/links/00b49528a1f46081ad000000.pdf', year=2001, authors=['L. Agapito']),
 P(C, 47, 'Fast camera calibration for the analysis of sport sequences', T, url='http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.76.6647&rep=rep1&type=pdf', year=2005, authors=['D. Farin', 'J. Han', 'P. de With']),
 P(C, 50, 'Online calibration of two zoom-pan-tilt units for planar dynamic events', T, url='https://egemenozden.files.wordpress.com/2016/08/dagm06.pdf', year=2006, authors=[]),
 P(C, 59, 'Keeping a pan-tilt-zoom camera calibrated', T, url='https://www.researchgate.net/publication/240308786_Keeping_a_Pan-Tilt-Zoom_Camera_Calibrated', year=2013, authors=['Z. Wu', 'R. Radke']),
 P(C, 60, 'Camera calibration in sport event scenarios', T, url='http://clok.uclan.ac.uk/18033/1/18033-Camera_calibration_in_sport_event_scenarios.pdf', year=2014, authors=['M. Aleman-Flores', 'L. Alvarez', 'L. Gomez', 'P. Henriquez Castellano', 'L. Mazorra']),
 P(C, 61, 'Method for pan-tilt camera calibration using single control point', T, url='https://www.researchgate.net/publication/269935858_Method_for_pan-tilt_camera_calibration_using_single_control_point', year=2015, authors=['Y. Li', 'J. Zhang', 'W. Hu', 'J. Tian']),
 P(C, 64, 'Sports field localization via deep structured models', T, url='http://www.cs.toronto.edu/~namdar/pdfs/sports_cvpr_2017.pdf', year=2017, authors=['N. Homayounfar', 'S. Fidler', 'R. Urtasun'], code='https://nhoma.github.io/papers/sports_soccer_code.zip'),
 P(C, 67, 'Sports Camera Calibration via Synthetic Data', T, url='http://openaccess.thecvf.com/content_CVPRW_2019/papers/CVSports/Chen_Sports_Camera_Calibration_via_Synthetic_Data_CVPRW_2019_paper.pdf', year=2019, authors=['J. Chen', 'J. J. Little'], code='https://github.com/lood339/SCCvSD'),
 P(C, 70, 'A soccer field tracking method with wire frame model from TV images', R, url='https://ieeexplore.ieee.org/document/1421382', year=2004, authors=['T. Watanabe', 'M. Haseyama', 'H. Kitajima']),
 P(C, 72, 'Realtime camera motion tracking in planar view scenarios', R, url='https://www.researchgate.net/publication/237842364_Real-Time_Camera_Motion_Tracking_in_Planar_View_Scenarios', year=2013, authors=['L. Alvarez', 'L. Gomez', 'P. Henriquez', 'J. Sánchez']),
 P(C, 90, 'Automated top view registration of broadcast football videos', M, arxiv='1703.01437', year=2017, authors=['R. A. Sharma', 'B. Bhat', 'V. Gandhi', 'C. V. Jawahar']),
 P(C, 91, 'Soccer on your tabletop', M, url='https://grail.cs.washington.edu/projects/soccer/soccer_on_your_tabletop.pdf', year=2018, authors=['K. Rematas', 'I. Kemelmacher-Shlizerman', 'B. Curless', 'S. Seitz']),
 N(C, 96, 'Datasets'),
 N(C, 97, 'Datasets'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
sample = {(d['list'], d['line']): d['raw'] for d in json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))}
assert len(L) == len(sample) == 60, (len(L), len(sample))
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in L:
        d['raw'] = sample[(d['list'], d['line'])]
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print('wrote', len(L))

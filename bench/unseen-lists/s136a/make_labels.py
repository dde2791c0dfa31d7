import json
D='/work/main/bench/unseen-lists/s136a/'
A='AIprogrammer__vehicle-trajectory-prediction.README.md'
F='Firmament8__awesome-trajectory-centric-e2e-ad.README.md'
H='hzy1721__ai-notes.README.md'
files={k:open(D+k,encoding='utf-8').read().split('\n') for k in (A,F,H)}
def NP(lst,line,section,n=1):
    return dict(list=lst,line=line,n=n,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
def P(lst,line,title,section,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=(),code=None,n=1):
    return dict(list=lst,line=line,n=n,is_paper=True,title=title,arxiv_id=arxiv_id,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section)
L=[]
s1='基础知识 / 开源数据集 / motion forecasting dataset'
L+= [NP(A,9,s1),NP(A,10,s1),NP(A,11,s1)]
L+= [NP(A,21,'基础知识 / 资料'),NP(A,22,'基础知识 / 资料')]
L.append(P(A,39,'Vehicle trajectory prediction based on motion model and maneuver recognition','vehicle trajectory prediction / Paper List',url='https://ieeexplore.ieee.org/abstract/document/6696982',venue='IROS 2013',year=2013))
s='vehicle trajectory prediction / 近几年进展'
L.append(P(A,56,'Argoverse: 3D Tracking and Forecasting with Rich Maps',s,url='https://openaccess.thecvf.com/content_CVPR_2019/html/Chang_Argoverse_3D_Tracking_and_Forecasting_With_Rich_Maps_CVPR_2019_paper.html',venue='CVPR 2019',year=2019,code='https://github.com/argoai/argoverse-api'))
L.append(P(A,62,'Multi-head attention for multi-modal joint vehicle motion forecasting',s,arxiv_id='1910.03650',venue='ICRA 2020',year=2020))
L.append(P(A,65,'Reciprocal Learning Networks for Human Trajectory Prediction',s,url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Sun_Reciprocal_Learning_Networks_for_Human_Trajectory_Prediction_CVPR_2020_paper.pdf',venue='CVPR 2020',year=2020))
L.append(P(A,68,'Recursive Social Behavior Graph for Trajectory Prediction',s,url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Sun_Recursive_Social_Behavior_Graph_for_Trajectory_Prediction_CVPR_2020_paper.pdf',venue='CVPR 2020',year=2020))
L.append(P(A,69,'Social-STGCNN: A Social Spatio-Temporal Graph Convolutional Neural Network for Human Trajectory Prediction',s,venue='CVPR 2020',year=2020))
L.append(P(A,70,'PnPNet: End-to-End Perception and Prediction with Tracking in the Loop',s,arxiv_id='2005.14711',venue='CVPR 2020',year=2020))
L.append(P(A,71,'The Garden of Forking Paths: Towards Multi-Future Trajectory Prediction',s,arxiv_id='1912.06445',venue='CVPR 2020',year=2020,code='https://github.com/JunweiLiang/Multiverse'))
L.append(NP(A,74,'vehicle trajectory prediction / leaderboard&benchmark'))
L.append(NP(A,78,'vehicle trajectory prediction / Evaluation Metric'))
L.append(NP(A,80,'vehicle trajectory prediction / Evaluation Metric'))
s='Lane Change Detection/Intention prediction / paper list'
L.append(P(A,94,'Long short term memory for driver intent prediction',s,url='https://ieeexplore.ieee.org/document/7995919',venue='IV 2017',year=2017))
L.append(P(A,95,'Generalizable intention prediction of human drivers at intersections',s,url='https://ieeexplore.ieee.org/document/7995948',venue='IV 2017',year=2017))
L.append(P(A,96,'Convolution neural network-based lane change intention prediction of surrounding vehicles',s,url='https://ywpkwon.github.io/pdf/17itsc.pdf',venue='ITSC 2017',year=2017))
L.append(NP(A,99,'Lane Change Detection/Intention prediction / project list'))
s='Surveys and Positioning'
L.append(P(F,10,'CoVLA: Comprehensive vision-language-action dataset for autonomous driving',s,venue='WACV 2025',year=2025,authors=['Hidehisa Arai']))
L.append(P(F,14,'Vision-language models for vision tasks: A survey',s,venue='IEEE Trans. Pattern Anal. Mach. Intell. 2024',year=2024,authors=['Jingyi Zhang']))
L.append(P(F,17,'Recent advancements in end-to-end autonomous driving using deep learning: A survey',s,venue='IEEE Trans. Intell. Vehicles 2023',year=2023,authors=['Pranav Singh Chib']))
L.append(P(F,18,'Traffic prediction using artificial intelligence: Review of recent advances and emerging opportunities',s,doi='10.1016/j.trc.2022.103921',venue='Transportation Research Part C: Emerging Technologies 2022',year=2022,authors=['Maryam Shaygan']))
L.append(P(F,19,'Milestones in autonomous driving and intelligent vehicles: Survey of surveys',s,venue='IEEE Trans. Intell. Vehicles 2022',year=2022,authors=['Long Chen']))
L.append(P(F,20,'A survey on autonomous vehicle control in the era of mixed-autonomy: From physics-based to AI-guided driving policy learning',s,doi='10.1016/j.trc.2021.103008',venue='Transportation Research Part C: Emerging Technologies 2021',year=2021,authors=['Xuan Di']))
s='VLM, VLA, Language, and Reasoning'
L.append(P(F,26,'DriveWorld-VLA: Unified latent-space world modeling with vision-language-action for autonomous driving',s,arxiv_id='2602.06521',venue='arXiv 2026',year=2026,authors=['Lin Liu']))
L.append(P(F,28,'WorldVLA: Towards Autoregressive Action World Model',s,arxiv_id='2506.21539',venue='arXiv 2025',year=2025,authors=['Jun Cen']))
L.append(P(F,37,'Vision-language model-driven scene understanding and robotic object manipulation',s,venue='CASE 2024',year=2024,authors=['Sichao Liu']))
CV='Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. 2024'
L.append(P(F,44,'MapLM: A real-world large-scale vision-language benchmark for map and traffic scene understanding',s,venue=CV,year=2024,authors=['Xu Cao']))
L.append(P(F,46,'LamPilot: An open benchmark dataset for autonomous driving with language model programs',s,venue=CV,year=2024,authors=['Yunsheng Ma']))
L.append(P(F,48,'From pixels to graphs: Open-vocabulary scene graph generation with vision-language models',s,venue=CV,year=2024,authors=['Rongjie Li']))
L.append(P(F,49,'DriveLM: Driving with graph visual question answering',s,venue='ECCV 2024',year=2024,authors=['Chonghao Sima']))
L.append(P(F,50,'DriveGPT4: Interpretable end-to-end autonomous driving via large language model',s,doi='10.1109/LRA.2024.3440097',venue='IEEE Robot. Autom. Lett. 2024',year=2024,authors=['Zhenhua Xu']))
L.append(P(F,52,'Dolphins: Multimodal language model for driving',s,venue='ECCV 2024',year=2024,authors=['Yingzi Ma']))
s='World Models, Rollout, and Generative Simulation'
L.append(P(F,60,'Drive-JEPA: Video JEPA meets multimodal trajectory distillation for end-to-end driving',s,arxiv_id='2601.22032',venue='arXiv 2026',year=2026,authors=['Linhan Wang']))
L.append(P(F,62,'Muvo: A multimodal generative world model for autonomous driving with geometric representations',s,venue='IV 2025',year=2025,authors=['Daniel Bogdoll']))
L.append(P(F,63,'Gaia-2: A controllable multi-view generative world model for autonomous driving',s,arxiv_id='2503.20523',venue='arXiv 2025',year=2025,authors=['Lloyd Russell']))
L.append(P(F,68,'DriveArena: A closed-loop generative simulation platform for autonomous driving',s,venue='ICCV 2025',year=2025,authors=['Xuemeng Yang']))
L.append(P(F,69,'Cardreamer: Open-source learning platform for world model based autonomous driving',s))
hz=[(3,'DESIRE: Distant Future Prediction in Dynamic Scenes with Interacting Agents','CVPR 2017',2017,'https://github.com/tdavchev/DESIRE'),
(7,'TraPHic: Trajectory Prediction in Dense and Heterogeneous Traffic Using Weighted Interactions','CVPR 2019',2019,'https://github.com/rohanchandra30/TrackNPred'),
(11,'Trajectory Forecasts in Unknown Environments Conditioned on Grid-Based Plans',None,2020,'https://github.com/nachiket92/P2T'),
(15,'Trajectron++: Dynamically-Feasible Trajectory Forecasting With Heterogeneous Data','ECCV 2020',2020,'https://github.com/StanfordASL/Trajectron-plus-plus'),
(19,'TNT: Target-driveN Trajectory Prediction',None,2020,'https://github.com/henry1iu/tnt-trajectory-prediction'),
(23,'DenseTNT: End-to-end Trajectory Prediction from Dense Goal Sets','ICCV 2021',2021,'https://github.com/Tsinghua-MARS-Lab/DenseTNT'),
(27,'AgentFormer: Agent-Aware Transformers for Socio-Temporal Multi-Agent Forecasting','ICCV 2021',2021,'https://github.com/Khrylx/AgentFormer'),
(31,'Multimodal Trajectory Prediction Conditioned on Lane-Graph Traversals','CoRL 2021',2021,'https://github.com/nachiket92/PGP'),
(35,'Pishgu: Universal Path Prediction Network Architecture for Real-time Cyber-physical Edge Systems','ICCPS 2023',2023,'https://github.com/TeCSAR-UNCC/Pishgu')]
for ln,t,v,y,c in hz:
    L.append(P(H,ln,t,None,venue=v,year=y,code=c,n=4))
keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in L:
        lines=files[o['list']]
        o['raw']='\n'.join(lines[o['line']-1:o['line']-1+o['n']])
        f.write(json.dumps({k:o[k] for k in keys},ensure_ascii=False)+'\n')
print(len(L))

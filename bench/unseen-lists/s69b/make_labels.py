import json
Q='QuenithAI__Video-Generation-Paper-List.README.md'
R='rkuo2000__AI-course.README.md'
S='showlab__Awesome-Video-Diffusion.README.md'
QT='Papers & Models / Text-to-Video (T2V) Generation / 2026 / Published Papers'
QS='Papers & Models / Survey Papers'
SB='Evaluation Benchmarks and Metrics'; SG='Video Generation'; SO='Open-source Toolboxes and Foundation Models'
def P(title, arxiv=None, url=None, venue=None, year=None, code=None, section=None):
    return dict(is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=[],code=code,summary=None,section=section)
def N(section):
    return dict(is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
L={
(Q,93):P('FlashVideo: Flowing Fidelity to Detail for Efficient High-Resolution Video Generation','2502.05179',None,'AAAI 2026',2026,'https://github.com/FoundationVision/FlashVideo',QT),
(Q,99):P('GenMAC: Compositional Text-to-Video Generation with Multi-Agent Collaboration','2412.04440',None,'AAAI 2026',2026,'https://github.com/Karine-Huang/GenMAC',QT),
(Q,52):N('Table of Contents'),
(Q,41):N('Latest Updates'),
(Q,145):P('BrandFusion: A Multi-Agent Framework for Seamless Brand Integration in Text-to-Video Generation','2603.02816',None,'CVPR 2026 Findings',2026,None,QT),
(Q,62):N('Table of Contents'),
(Q,102):P('EmoVid: A Multimodal Emotion Video Dataset for Emotion-Centric Video Understanding and Generation','2511.11002',None,'AAAI 2026',2026,None,QT),
(Q,72):P('Controllable Video Generation: A Survey','2507.16869',section=QS),
(Q,78):P('Survey of Video Diffusion Models: Foundations, Implementations, and Applications','2504.16081',section=QS),
(Q,75):P('A Comprehensive Survey on Human Video Generation: Challenges, Methods, and Insights','2407.08428',section=QS),
(Q,63):N('Table of Contents'),
(Q,74):P('From Sora What We Can See: A Survey of Text-to-Video Generation','2405.10674',section=QS),
(Q,142):P('Geometry-as-context: Modulating Explicit 3D in Scene-consistent Video Generation to Geometry Context','2602.21929',None,'CVPR 2026',2026,None,QT),
(Q,150):P('VideoRepair: Self-Correcting Text-to-Video Generation with Misalignment Detection and Localized Refinement',None,'https://openreview.net/forum?id=05pfP2khzx','ICLR 2026',2026,'https://github.com/daeunni/VideoRepair',QT),
(Q,42):N('Latest Updates'),
(Q,44):N('Latest Updates'),
(Q,139):P('CineScene: Implicit 3D as Effective Scene Representation for Cinematic Video Generation','2602.06959',None,'CVPR 2026',2026,None,QT),
(Q,152):P('M4V: Multimodal Mamba for Efficient Text-to-Video Generation',None,'https://openreview.net/forum?id=LvyDiPIBw4','ICLR 2026',2026,'https://github.com/huangjch526/M4V',QT),
(Q,79):P('Video Diffusion Generation: Comprehensive Review and Open Problems',None,'https://link.springer.com/article/10.1007/s10462-025-11331-6',section=QS),
(Q,65):N('Table of Contents'),
(R,52):P('MotionDirector: Motion Customization of Text-to-Video Diffusion Models','2310.08465',section='Text-to-Motion'),
(R,140):P('InfiniteTalk: Audio-driven Video Generation for Sparse-Frame Video Dubbing','2508.14033',code='https://github.com/MeiGen-AI/InfiniteTalk',section='Audio-to-Video'),
(R,56):P('GPT4Motion: Scripting Physical Motions in Text-to-Video Generation via Blender-Oriented GPT Planning','2311.12631',section='Text-to-Motion'),
(R,14):P('Tune-A-Video: One-Shot Tuning of Image Diffusion Models for Text-to-Video Generation','2212.11565',code='https://github.com/showlab/Tune-A-Video',section='Image-to-Video'),
(R,146):P('Wan-S2V: Audio-Driven Cinematic Video Generation','2508.18621',section='Audio-to-Video'),
(R,113):N('Text-to-Video'),
(R,76):P('AnimateDiff: Animate Your Personalized Text-to-Image Diffusion Models without Specific Tuning','2307.04725',code='https://github.com/guoyww/AnimateDiff',section='Text-to-Video'),
(R,43):P('Text-to-Motion Retrieval: Towards Joint Understanding of Human Motion Data and Natural Language','2305.15842',code='https://github.com/mesnico/text-to-motion-retrieval',section='Text-to-Motion'),
(R,83):P('Animate Anyone: Consistent and Controllable Image-to-Video Synthesis for Character Animation','2311.17117',section='Text-to-Video'),
(R,93):N('Text-to-Video'),
(R,134):P('Let Them Talk: Audio-Driven Multi-Person Conversational Video Generation','2505.22647',code='https://github.com/MeiGen-AI/MultiTalk',section='Audio-to-Video'),
(R,98):P('SignLLM: Sign Languages Production Large Language Models','2405.10718',code='https://github.com/SignLLM/Prompt2Sign',section='Text-to-Video'),
(R,87):P('StyleCrafter: Enhancing Stylized Text-to-Video Generation with Style Adapter','2312.00330',code='https://github.com/GongyeLiu/StyleCrafter',section='Text-to-Video'),
(R,31):P('DyST: Towards Dynamic Neural Scene Representations on Real-World Videos',section='Image-to-Video'),
(R,24):P('Open-VCLIP: Transforming CLIP to an Open-vocabulary Video Model via Interpolated Weight Optimization','2302.00624',code='https://github.com/wengzejia1/Open-VCLIP',section='Image-to-Video'),
(R,38):P('TMR: Text-to-Motion Retrieval Using Contrastive 3D Human Motion Synthesis','2305.00976',code='https://github.com/Mathux/TMR',section='Text-to-Motion'),
(R,67):N('Text-to-Video'),
(R,70):P('Stable Video Diffusion: Scaling Latent Video Diffusion Models to Large Datasets','2311.15127',code='https://github.com/nateraw/stable-diffusion-videos',section='Text-to-Video'),
(R,103):P('Improving Dynamic Object Interactions in Text-to-Video Generation with AI Feedback','2412.02617',section='Text-to-Video'),
(R,125):P('Wan-Animate: Unified Character Animation and Replacement with Holistic Replication','2509.14055',section='Text-to-Video'),
(S,363):P('VideoLCM: Video Latent Consistency Model','2312.09109',year=2023,section=SG),
(S,61):N(SO),
(S,245):P('TRIP: Temporal Residual Learning with Image Noise Prior for Image-to-Video Diffusion Models','2403.17005',venue='CVPR 2024',year=2024,section=SG),
(S,371):P('FreeInit: Bridging Initialization Gap in Video Diffusion Models','2312.07537',year=2023,code='https://github.com/TianxingWu/FreeInit',section=SG),
(S,57):N(SO),
(S,29):N('Table of Contents'),
(S,121):P('EvalCrafter: Benchmarking and Evaluating Large Video Generation Models','2310.11440',year=2023,code='https://github.com/EvalCrafter/EvalCrafter',section=SB),
(S,270):P('Magic-Me: Identity-Specific Video Customized Diffusion','2402.09368',year=2024,code='https://github.com/Zhen-Dong/Magic-Me',section=SG),
(S,297):P('ActAnywhere: Subject-Aware Video Background Generation','2401.10822',year=2024,section=SG),
(S,186):P('Text-Animator: Controllable Visual Text Video Generation','2406.17777',year=2024,section=SG),
(S,275):P('ConsistI2V: Enhancing Visual Consistency for Image-to-Video Generation','2402.04324',year=2024,code='https://github.com/TIGER-AI-Lab/ConsistI2V',section=SG),
(S,112):P('VBench: Comprehensive Benchmark Suite for Video Generative Models','2311.17982',year=2023,code='https://github.com/Vchitect/VBench',section=SB),
(S,35):N('Table of Contents'),
(S,32):N('Table of Contents'),
(S,97):P('ChronoMagic-Bench: A Benchmark for Metamorphic Evaluation of Text-to-Time-lapse Video Generation','2406.18522',year=2024,code='https://github.com/PKU-YuanGroup/ChronoMagic-Bench',section=SB),
(S,150):P('VEnhancer: Generative Space-Time Enhancement for Video Generation','2407.07667',year=2024,code='https://github.com/Vchitect/VEnhancer',section=SG),
(S,78):N(SO),
(S,182):P('MotionBooth: Motion-Aware Customized Text-to-Video Generation','2406.17758',year=2024,section=SG),
(S,354):P('VideoPoet: A Large Language Model for Zero-Shot Video Generation','2312.14125',year=2023,section=SG),
(S,102):P('PEEKABOO: Interactive Video Generation via Masked-Diffusion','2312.07509',venue='CVPR 2024',year=2024,code='https://github.com/microsoft/Peekaboo',section=SB),
}
out=[]
seen=set()
for l in open('sample.jsonl',encoding='utf-8'):
    o=json.loads(l); k=(o['list'],o['line']); seen.add(k)
    d={'list':o['list'],'line':o['line'],'raw':o['raw']}; d.update(L[k]); out.append(d)
assert seen==set(L), (set(L)-seen, seen-set(L))
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out), sum(d['is_paper'] for d in out))

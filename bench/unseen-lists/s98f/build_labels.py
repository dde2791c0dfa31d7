import json
D='/work/main/bench/unseen-lists/s98f/'
S='Shaosifan__Interactive-Segmentation-Papers.README.md'
E='earth-insights__awesome-MLLM-for-image-segmentation.README.md'
M='mc-lan__Awesome-MLLM-Segmentation.README.md'
files={f: open(D+f,encoding='utf-8').read().split('\n') for f in (S,E,M)}
out=[]
def L(lst,line,n,is_paper,section,title=None,arxiv=None,url=None,venue=None,year=None,authors=None,code=None,summary=None):
    raw='\n'.join(files[lst][line-1:line-1+n])
    if not is_paper:
        d=dict(list=lst,line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
    else:
        d=dict(list=lst,line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section)
    out.append(d)

# ---- Shaosifan (all 16 candidates)
L(S,4,2,True,'2016','Deep Interactive Object Selection',url='https://openaccess.thecvf.com/content_cvpr_2016/papers/Xu_Deep_Interactive_Object_CVPR_2016_paper.pdf',venue='CVPR 2016',year=2016,
  summary='first deep-learning-based method, Euclidean distant maps, sampling strategies, refinement by graph cut')
L(S,8,2,True,'2017','Regional Interactive Image Segmentation Networks',url='https://openaccess.thecvf.com/content_iccv_2017/html/Liew_Regional_Interactive_Image_ICCV_2017_paper.html',venue='ICCV 2017',year=2017,
  summary='local regional refinement, ROIs sampling, the combination of the global context and local regional segmentation, click discounting factor for training')
L(S,11,2,True,'2017','Deep GrabCut for Object Selection',arxiv='1707.00243',venue='BMVC 2017',year=2017,code='https://github.com/jfzhang95/DeepGrabCut-PyTorch',
  summary='transform the loosely-played rectangle as a Euclidean distance map,  convolutional encoder-decoder network')
L(S,15,2,True,'2018','Deep Extreme Cut: From Extreme Points to Object Segmentation',url='https://openaccess.thecvf.com/content_cvpr_2018/html/Maninis_Deep_Extreme_Cut_CVPR_2018_paper.html',venue='CVPR 2018',year=2018,code='https://github.com/scaelles/DEXTR-PyTorch',
  summary='exploit extreme points(left-most, right-most, top, bottom pixels), extensive experiemnts on four tasks')
L(S,18,2,True,'2018','Interactive Image Segmentation with Latent Diversity',url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Li_Interactive_Image_Segmentation_CVPR_2018_paper.pdf',venue='CVPR 2018',year=2018,code='https://github.com/intel-isl/Intseg',
  summary='multi-modality exploration, plausible segmentations, selection network')
L(S,21,2,True,'2018','Iteratively Trained Interactive Segmentation',arxiv='1805.04398',venue='BMVC 2018',year=2018,code='https://github.com/sabarim/itis',
  summary='iterative training strategy')
L(S,25,2,True,'2019','Interactive Image Segmentation via Backpropagating Refinement Scheme',url='https://vcg.seas.harvard.edu/publications/interactive-image-segmentation-via-backpropagating-refinement-scheme/paper',venue='CVPR 2019',year=2019,code='https://github.com/wdjang/BRS-Interactive_segmentation',
  summary='backpropagating refinement scheme in the test phase to enforce user-specified locations to have correct labels, small adjustments in interaction maps')
L(S,28,2,True,'2019','Content-Aware Multi-Level Guidance for Interactive Instance Segmentation',url='https://openaccess.thecvf.com/content_CVPR_2019/papers/Majumder_Content-Aware_Multi-Level_Guidance_for_Interactive_Instance_Segmentation_CVPR_2019_paper.pdf',venue='CVPR 2019',year=2019,
  summary='superpixel-based guidance map rather than distant/gaussian map')
L(S,32,2,True,'2020','f-BRS: Rethinking Backpropagating Refinement for Interactive Segmentation',arxiv='2001.10331',venue='CVPR 2020',year=2020,code='https://github.com/saic-vul/fbrs_interactive_segmentation/tree/master',
  summary='based on BRS, auxiliary variables acting on features are involed, only a small part of network are passed to accelerate')
L(S,35,2,True,'2020','Interactive Object Segmentation with Inside-Outside Guidance',url='http://openaccess.thecvf.com/content_CVPR_2020/papers/Zhang_Interactive_Object_Segmentation_With_Inside-Outside_Guidance_CVPR_2020_paper.pdf',venue='CVPR 2020',year=2020,code='https://github.com/shiyinzhang/Inside-Outside-Guidance',
  summary='inside-outside-guidance(click three points), extensive experiments on different datasets and domains')
L(S,38,2,True,'2020','Interactive Image Segmentation With First Click Attention',url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Lin_Interactive_Image_Segmentation_With_First_Click_Attention_CVPR_2020_paper.pdf',venue='CVPR 2020',year=2020,code='https://github.com/frazerlin/fcanet',
  summary='first click attention, click loss(weighted binary cross entropy), structural integrity strategy')
L(S,41,2,True,'2020','Getting to 99% Accuracy in Interactive Segmentation',arxiv='2003.07932',venue='arXiv 2020',year=2020,code='https://github.com/MarcoForte/DeepInteractiveSegmentation',
  summary='leverage each user interaction, click by click training regime, very high IoU discussions (up to 99%), image/interaction stream design')
L(S,46,2,False,'Summary')
L(S,49,2,False,'Summary')
L(S,52,3,False,'Summary')
L(S,56,2,False,'Summary')

# ---- earth-insights
for ln in (11,13,16,21,24):
    L(E,ln,1,False,'Related Task')
L(E,32,1,True,'Survey','Reasoning Segmentation for Images and Videos: A Survey',arxiv='2505.18816',venue='arXiv 2025',year=2025)
G1='General / MLLM with Segmentation Capability'; G2='General / Segmentation Model with LLM/MLLM'
R1='Remote sensing / MLLM with Segmentation Capability'; R2='Remote sensing / Segmentation Model with LLM/MLLM'
L(E,42,1,True,G1,'PaliGemma: A versatile 3B VLM for transfer',arxiv='2407.07726',venue='arXiv 2024',year=2024,code='https://github.com/google-research/big_vision')
L(E,50,1,True,G2,'GSVA: Generalized Segmentation via Multimodal Large Language Models',url='https://openaccess.thecvf.com/content/CVPR2024/html/Xia_GSVA_Generalized_Segmentation_via_Multimodal_Large_Language_Models_CVPR_2024_paper.html',venue='CVPR 2024',year=2024,code='https://github.com/LeapLabTHU/GSVA')
L(E,52,1,True,G2,'GLaMM: Pixel Grounding Large Multimodal Model',url='https://openaccess.thecvf.com/content/CVPR2024/html/Rasheed_GLaMM_Pixel_Grounding_Large_Multimodal_Model_CVPR_2024_paper.html',venue='CVPR 2024',year=2024,code='https://github.com/mbzuai-oryx/groundingLMM')
L(E,53,1,True,G2,'GROUNDHOG: Grounding Large Language Models to Holistic Segmentation',url='https://openaccess.thecvf.com/content/CVPR2024/html/Zhang_GROUNDHOG_Grounding_Large_Language_Models_to_Holistic_Segmentation_CVPR_2024_paper.html',venue='CVPR 2024',year=2024)
L(E,54,1,True,G2,'LLM-Seg: Bridging Image Segmentation and Large Language Model Reasoning',url='https://openaccess.thecvf.com/content/CVPR2024W/MMFM/html/Wang_LLM-Seg_Bridging_Image_Segmentation_and_Large_Language_Model_Reasoning_CVPRW_2024_paper.html',venue='CVPRW 2024',year=2024,code='https://github.com/wangjunchi/LLMSeg')
L(E,66,1,True,G2,'HiMTok: Learning Hierarchical Mask Tokens for Image Segmentation with Large Multimodal Model',arxiv='2503.13026',venue='ICCV 2025',year=2025,code='https://github.com/yayafengzi/LMM-HiMTok')
L(E,67,1,True,G2,'Pixel-SAIL: Single Transformer For Pixel-Grounded Understanding',arxiv='2504.10465',venue='arXiv 2025',year=2025)
L(E,70,1,True,G2,'POPEN: Preference-Based Optimization and Ensemble for LVLM-Based Reasoning Segmentation',arxiv='2504.00640',venue='arXiv 2025',year=2025)
L(E,81,1,True,G2,'VIDEOMOLMO: Spatio-Temporal Grounding Meets Pointing',arxiv='2506.05336',venue='arXiv 2025',year=2025,code='https://github.com/mbzuai-oryx/VideoMolmo?tab=readme-ov-file')
L(E,94,1,True,R1,'RSUniVLM: A Unified Vision Language Model for Remote Sensing via Granularity-oriented Mixture of Experts',arxiv='2412.05679',venue='arXiv 2024',year=2024,code='https://github.com/xuliu-cyber/RSUniVLM')
L(E,97,1,True,R1,'Falcon: A Remote Sensing Vision-Language Foundation Model',arxiv='2503.11070',venue='arXiv 2025',year=2025,code='https://github.com/TianHuiLab/Falcon')
L(E,103,1,True,R2,'SegEarth-R1: Geospatial Pixel Reasoning via Large Language Model',arxiv='2504.09644',venue='arXiv 2025',year=2025,code='https://github.com/earth-insights/SegEarth-R1')
L(E,104,1,True,R2,'LISAt: Language-Instructed Segmentation Assistant for Satellite Imagery',arxiv='2505.02829',venue='arXiv 2025',year=2025,code='https://github.com/lisat-bair/LISAt_code')
L(E,120,1,False,'Related Links')

# ---- mc-lan
RE='Image Segmentation / Referring Expression Segmentation'; OV='Image Segmentation / Open-Vocabulary Semantic Segmentation'; VS='Video Segmentation'
def m(ln,sec,title,ax,venue,year,code=None):
    L(M,ln,1,True,sec,title,arxiv=ax,venue=venue,year=year,code=code)
m(22,RE,'LISA: Reasoning Segmentation via Large Language Model','2308.00692','CVPR 2024',2024,'https://github.com/dvlab-research/LISA')
m(24,RE,'PixelLM: Pixel Reasoning with Large Multimodal Model','2312.02228','CVPR 2024',2024,'https://github.com/MaverickRen/PixelLM')
m(26,RE,'Multi-modal Instruction Tuned LLMs with Fine-grained Visual Perception','2403.02969','CVPR 2024',2024,'https://github.com/jwh97nn/AnyRef')
m(37,RE,'Empowering Segmentation Ability to Multi-modal Large Language Models','2403.14141','arXiv 2024',2024)
m(40,RE,'Towards Semantic Equivalence of Tokenization in Multimodal LLM','2406.05127','ICLR 2025',2025,'https://github.com/ChocoWu/SeTok')
m(43,RE,'Emerging Pixel Grounding in Large Multimodal Models Without Grounding Supervision','2410.08209','arXiv 2024',2024,'https://github.com/Shengcao-Cao/groundLMM')
m(48,RE,'GeoGround: A Unified Large Vision-Language Model for Remote Sensing Visual Grounding','2411.11904','arXiv 2024',2024,'https://github.com/zytx121/GeoGround')
m(50,RE,'Text4Seg: Reimagining Image Segmentation as Text Generation','2410.09855','ICLR 2025',2025,'https://github.com/mc-lan/Text4Seg')
m(52,RE,'Pixel-Level Reasoning Segmentation via Multi-turn Conversations','2502.09447','arXiv 2025',2025,'https://github.com/ccccai239/PixelRIST')
m(60,RE,'SegEarth-R1: Geospatial Pixel Reasoning via Large Language Model','2504.09644','arXiv 2025',2025,'https://github.com/earth-insights/SegEarth-R1')
m(61,RE,'Pixel-SAIL: Single Transformer For Pixel-Grounded Understanding','2504.10465','arXiv 2025',2025,'https://github.com/magic-research/Sa2VA')
m(62,RE,'Ground-V: Teaching VLMs to Ground Complex Instructions in Pixels','2505.13788','CVPR 2025',2025)
m(70,RE,'PixelThink: Towards Efficient Chain-of-Pixel Reasoning','2505.23727','arXiv 2025',2025,'https://github.com/songw-zju/PixelThink')
m(72,RE,'HRSeg: High-Resolution Visual Perception and Enhancement for Reasoning Segmentation','2507.12883','arXiv 2025',2025,'https://github.com/WeihuangLin/HRSeg')
m(79,OV,'HyperSeg: Towards Universal Visual Segmentation with Large Language Model','2411.17606','arXiv 2024',2024,'https://github.com/congvvc/HyperSeg')
m(87,VS,'One Token to Seg Them All: Language Instructed Reasoning Segmentation in Videos','2409.19603','NeurIPS 2024',2024,'https://github.com/showlab/VideoLISA')
m(88,VS,'Vitron: A Unified Pixel-level Vision LLM for Understanding, Generating, Segmenting, Editing','2412.19806','NeurIPS 2024',2024,'https://github.com/SkyworkAI/Vitron')
m(89,VS,'ViLLa: Video Reasoning Segmentation with Large Language Model','2407.14500','arXiv 2024',2024,'https://github.com/rkzheng99/ViLLa')
m(92,VS,'Sa2VA: Marrying SAM2 with LLaVA for Dense Grounded Understanding of Images and Videos','2501.04001','arXiv 2025',2025,'https://github.com/magic-research/Sa2VA')
m(95,VS,'Decoupled Seg Tokens Make Stronger Reasoning Video Segmenter and Grounder','2506.22880','arXiv 2025',2025,'https://github.com/longmalongma/DeSa2VA')

# consistency: labels must cover exactly the sample
samp=[json.loads(l) for l in open(D+'sample.jsonl')]
assert [(s['list'],s['line']) for s in samp]==[(o['list'],o['line']) for o in out], 'sample mismatch'
# every paper title must occur in its raw
for o in out:
    if o['is_paper']:
        assert o['title'] in o['raw'], o
        if o['arxiv_id']: assert o['arxiv_id'] in o['raw'], o
        if o['code']: assert o['code'] in o['raw'], o
        if o['url']: assert o['url'] in o['raw'], o
        if o['summary']: assert o['summary'] in o['raw'], o
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))

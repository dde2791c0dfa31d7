# Hand-typed labels for s53c (values read by eye from the files); raw text is copied from sample.json.
import json
D="/work/main/bench/unseen-lists/s53c/"
S={(r['list'],r['line']):r['raw'] for r in json.load(open(D+'sample.json'))}
order=[(r['list'],r['line']) for r in json.load(open(D+'sample.json'))]
L="lzhbrian__image-to-image-papers.README.md"
W="weihaox__awesome-image-translation.README.md"
Y="ycjing__Neural-Style-Transfer-Papers.README.md"
def P(lst,line,title,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None,summary=None):
    return dict(list=lst,line=line,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section)
def N(lst,line,section):
    return dict(list=lst,line=line,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
SUP="Supervised"; GEN="Unsupervised / Unsupervised - General"; ATT="Unsupervised / Unsupervised - Attention/Instance guided"
MANY="Unsupervised / Unsupervised - Many-to-many (Attributes)"; DIS="Unsupervised / Unsupervised - Disentangled (and/or Exemplar guided)"
labs=[
P(L,90,"AttGAN: Facial Attribute Editing by Only Changing What You Want","1711.10678",code="https://github.com/LynnHo/AttGAN-Tensorflow",section=MANY),
N(L,14,"TOC"), N(L,13,"TOC"),
P(L,35,"Mode Seeking Generative Adversarial Networks for Diverse Image Synthesis","1903.05628",venue="CVPR 2019",year=2019,code="https://github.com/HelenMao/MSGAN",section=SUP),
P(L,91,"ComboGAN: Unrestrained Scalability for Image Domain Translation","1712.06909",venue="CVPRW 2018",year=2018,code="https://github.com/AAnoosheh/ComboGAN",section=MANY),
P(L,73,"Generative Semantic Manipulation with Mask-Contrasting GAN","1708.00315",venue="ECCV 2018",year=2018,section=ATT),
P(L,55,"NAM: Non-Adversarial Unsupervised Domain Mapping","1806.00804",venue="ECCV 2018",year=2018,code="https://github.com/facebookresearch/nam",section=GEN),
P(L,27,"Image Generation from Sketch Constraint Using Contextual GAN","1711.08972",venue="ECCV 2018",year=2018,section=SUP),
P(L,49,"Learning to Discover Cross-Domain Relations with Generative Adversarial Networks","1703.05192",venue="ICML 2017",year=2017,code="https://github.com/SKTBrain/DiscoGAN",section=GEN),
P(L,48,"Unsupervised image-to-image translation networks","1703.00848",venue="NIPS 2017",year=2017,code="https://github.com/mingyuliutw/UNIT",section=GEN),
P(L,88,"Conditional CycleGAN for Attribute Guided Face Image Generation","1705.09966",venue="ECCV 2018",year=2018,section=MANY),
P(L,92,"Augmented CycleGAN: Learning Many-to-Many Mappings from Unpaired Data","1802.10151",venue="ICML 2018",year=2018,code="https://github.com/aalmah/augmented_cyclegan",section=MANY),
P(L,53,"Triangle Generative Adversarial Networks","1709.06548",venue="NIPS 2017",year=2017,code="https://github.com/LiqunChen0606/Triangle-GAN",section=GEN),
P(L,32,"Image-to-image translation for cross-domain disentanglement","1805.09730",venue="NIPS 2018",year=2018,section=SUP),
P(L,79,"Towards Instance-level Image-to-Image Translation","1905.01744",venue="CVPR 2019",year=2019,section=ATT),
P(L,37,"Semantic Image Synthesis with Spatially-Adaptive Normalization","1903.07291",venue="CVPR 2019",year=2019,code="https://github.com/NVlabs/SPADE",section=SUP),
P(L,61,"Harmonic Unpaired Image-to-image Translation","1902.09727",venue="ICLR 2019",year=2019,section=GEN),
N(L,17,"TOC"),
P(L,116,"Image-to-Image Translation via Group-wise Deep Whitening and Coloring Transformation","1812.09912",venue="CVPR 2019",year=2019,code="https://github.com/WonwoongCho/GDWCT",section=DIS),
P(L,111,"Exemplar Guided Unsupervised Image-to-Image Translation","1805.11145",venue="ICLR 2019",year=2019,section=DIS),
# weihaox
P(W,330,"Guided Variational Autoencoder for Disentanglement Learning","2004.01255",venue="CVPR 2020",year=2020,authors=["Zheng Ding","Yifan Xu","Weijian Xu","Gaurav Parmar","Yang Yang","Max Welling","Zhuowen Tu"],section="2020 / CVPR 2020"),
P(W,787,"Mocycle-GAN: Unpaired Video-to-Video Translation","1908.09514",venue="ACM MM 2019",year=2019,authors=["Yang Chen","Yingwei Pan","Ting Yao","Xinmei Tian","Tao Mei"],section="2019 / Others 2019"),
P(W,278,"CouncilGAN: Breaking The Cycle: Colleagues Are All You Need","1911.10538",venue="CVPR 2020",year=2020,authors=["Ori Nizan","Ayellet Tal"],code="https://github.com/Onr/Council-GAN",section="2020 / CVPR 2020"),
P(W,695,"Art2Real: Unfolding the Reality of_Artworks via Semantically-Aware Image-To-Image Translation",url="http://openaccess.thecvf.com/content_CVPR_2019/html/Tomei_Art2Real_Unfolding_the_Reality_of_Artworks_via_Semantically-Aware_Image-To-Image_Translation_CVPR_2019_paper.html",venue="CVPR 2019",year=2019,authors=["Matteo Tomei","Marcella Cornia","Lorenzo Baraldi","Rita Cucchiara"],section="2019 / CVPR 2019"),
P(W,716,"EG-UNIT: Exemplar Guided Unsupervised Image-to-Image Translation with Semantic Consistency",url="https://openreview.net/forum?id=S1lTg3RqYQ",venue="ICLR 2019",year=2019,authors=["Liqian Ma","Xu Jia","Stamatios Georgoulis","Tinne Tuytelaars","Luc Van Gool"],section="2019 / ICLR 2019"),
P(W,803,"AttentionGAN: Attention-Guided Generative Adversarial Networks for Unsupervised Image-to-Image Translation",venue="IJCNN 2019",year=2019,authors=["Hao Tang","Dan Xu","Nicu Sebe","Yan Yan"],code="https://github.com/Ha0Tang/AttentionGAN",section="2019 / Others 2019"),
P(W,873,"Fader Networks: Manipulating Images by Sliding Attributes","1706.00409",venue="NIPS 2017",year=2017,authors=["Guillaume Lample","Neil Zeghidour","Nicolas Usunier","Antoine Bordes","Ludovic Denoyer","Marc'Aurelio Ranzato"],code="https://github.com/facebookresearch/FaderNetworks",section="Before 2018"),
P(W,767,"Stylizing Video by Example",url="https://dcgi.fel.cvut.cz/home/sykorad/Jamriska19-SIG.pdf",venue="SIGGRAPH 2019",year=2019,authors=["Ondřej Jamriška","Šárka Sochorová","Ondřej Texler","Michal Lukáč","Jakub Fišer","Jingwan Lu","Eli Shechtman","Daniel Sýkora"],section="2019 / Others 2019"),
P(W,398,"From Design Draft to Real Attire: Unaligned Fashion Image Translation","2008.01023",venue="ACM MM 2020",year=2020,authors=["Yu Han","Shuai Yang","Wenjing Wang","Jiaying Liu"],section="2020 / ACM MM 2020"),
P(W,625,"Sym-Parameterized Dynamic Inference for Mixed-Domain Image Translation",url="http://openaccess.thecvf.com/content_ICCV_2019/html/Chang_Sym-Parameterized_Dynamic_Inference_for_Mixed-Domain_Image_Translation_ICCV_2019_paper.html",venue="ICCV 2019",year=2019,authors=["Simyung Chang","SeongUk Park","John Yang","Nojun Kwak"],section="2019 / ICCV 2019"),
P(W,857,"Image to Image Translation for Domain Adaptation",url="http://openaccess.thecvf.com/content_cvpr_2018/papers/Murez_Image_to_Image_CVPR_2018_paper.pdf",venue="CVPR 2018",year=2018,authors=["Zak Murez","Soheil Kolouri","David Kriegman","Ravi Ramamoorthi","Kyungnam Kim"],section="Before 2018"),
P(W,655,"SMIT: Stochastic Multi-Label Image-to-Image Translation","1812.03704",venue="ICCV 2019 Workshops",year=2019,authors=["Andrés Romero","Pablo Arbeláez","Luc Van Gool","Radu Timofte"],code="https://github.com/BCV-Uniandes/SMIT",section="2019 / ICCV 2019"),
P(W,449,"Stylized Neural Painting","2011.08114",venue="arXiv 2020",year=2020,authors=["Zhengxia Zou","Tianyang Shi","Shuang Qiu","Yi Yuan","Zhenwei Shi"],code="https://github.com/jiupinjia/stylized-neural-painting",section="2020 / Others 2020"),
P(W,680,"TraVeLGAN: Image-To-Image Translation by Transformation Vector Learning",url="http://openaccess.thecvf.com/content_CVPR_2019/html/Amodio_TraVeLGAN_Image-To-Image_Translation_by_Transformation_Vector_Learning_CVPR_2019_paper.html",venue="CVPR 2019",year=2019,authors=["Matthew Amodio","Smita Krishnaswamy"],section="2019 / CVPR 2019"),
N(W,37,"Table of Contents"),
P(W,342,"LGGAN: Local Class-Specific and Global Image-Level Generative Adversarial Networks for Semantic-Guided Scene Generation","1912.12215",venue="CVPR 2020",year=2020,authors=["Hao Tang","Dan Xu","Yan Yan","Philip H. S. Torr","Nicu Sebe"],code="https://github.com/Ha0Tang/LGGAN",section="2020 / CVPR 2020"),
P(W,815,"DeepHist: Differentiable Joint and Color Histogram Layers for Image-to-Image Translation","2005.03995",venue="arXiv 2019",year=2019,authors=["Mor Avi-Aharon","Assaf Arbelle","Tammy Riklin Raviv"],section="2019 / Others 2019"),
P(W,429,"Lipschitz Regularized CycleGAN for Improving Semantic Robustness in Unpaired Image-to-image Translation","2012.04932",venue="arXiv 2020",year=2020,authors=["Zhiwei Jia","Bodi Yuan","Kangkang Wang","Hong Wu","David Clifford","Zhiqiang Yuan","Hao Su"],section="2020 / Others 2020"),
P(W,395,"DAGAN: Dual Attention GANs for Semantic Image Synthesis","2008.13024",venue="ACM MM 2020",year=2020,authors=["Hao Tang","Song Bai","Nicu Sebe"],code="https://github.com/Ha0Tang/DAGAN",section="2020 / ACM MM 2020"),
N(W,41,"Table of Contents"),
]
T="A Taxonomy of Current Methods"
S11=T+" / 1. Image-Optimisation-Based Online Neural Methods / 1.1. Parametric Neural Methods with Summary Statistics"
S21=T+" / 2. Model-Optimisation-Based Offline Neural Methods / 2.1. Per-Style-Per-Model Neural Methods"
S23=T+" / 2. Model-Optimisation-Based Offline Neural Methods / 2.3. Arbitrary-Style-Per-Model Neural Methods"
IE="Improvements and Extensions"
labs+=[
P(Y,197,"Universal Style Transfer via Feature Transforms","1705.08086",venue="NIPS 2017",year=2017,code="https://github.com/Yijunmaverick/UniversalStyleTransfer",section=S23),
P(Y,392,"Pictory - Neural Style Transfer and Editing with coreML",url="https://www.researchgate.net/publication/320035123_Demo_Pictory_-_Neural_Style_Transfer_and_Editing_with_CoreML",section="Application Papers"),
N(Y,398,"Blogs"),
P(Y,67,"A Neural Algorithm of Artistic Style","1508.06576",code="https://github.com/jcjohnson/neural-style",section=S11),
P(Y,351,"Fashion Style Generator",url="https://www.ijcai.org/proceedings/2017/0520.pdf",venue="IJCAI 2017",year=2017,section=IE),
N(Y,374,"Application"),
P(Y,118,"Perceptual Losses for Real-Time Style Transfer and Super-Resolution","1603.08155",venue="ECCV 2016",year=2016,code="https://github.com/jcjohnson/fast-neural-style",section=S21),
N(Y,59,"Materials corresponding to Our Paper"),
N(Y,366,"Application"),
N(Y,13,"News!"),
P(Y,339,"Neural Font Style Transfer",url="http://ieeexplore.ieee.org/document/8270274/",venue="ICDAR 2017",year=2017,section=IE),
P(Y,302,"Characterizing and Improving Stability in Neural Style Transfer","1705.02092",venue="ICCV 2017",year=2017,section=IE),
P(Y,206,"Meta Networks for Neural Style Transfer","1709.04111",venue="CVPR 2018",year=2018,code="https://github.com/FalongShen/styletransfer",section=S23),
P(Y,189,"Arbitrary Style Transfer in Real-time with Adaptive Instance Normalization","1703.06868",venue="ICCV 2017",year=2017,code="https://github.com/xunhuang1995/AdaIN-style",section=S23),
N(Y,378,"Application"),
N(Y,55,"Materials corresponding to Our Paper"),
P(Y,263,"Multimodal Transfer: A Hierarchical Deep Convolutional Neural Network for Fast Artistic Style Transfer","1612.01895",venue="CVPR 2017",year=2017,code="https://github.com/fullfanta/multimodal_transfer",section=IE),
P(Y,318,"A Closed-form Solution to Photorealistic Image Stylization","1802.06474",venue="ECCV 2018",year=2018,code="https://github.com/NVIDIA/FastPhotoStyle",section=IE),
P(Y,81,"Incorporating Long-range Consistency in CNN-based Texture Generation","1606.01286",venue="ICLR 2017",year=2017,code="https://github.com/guillaumebrg/texture_generation",section=S11),
P(Y,386,"Bringing Impressionism to Life with Neural Style Transfer in Come Swim","1701.04928",section="Application Papers"),
]
keys=["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
got={(d['list'],d['line']):d for d in labs}
assert len(got)==len(labs)==60, len(labs)
assert set(got)==set(order), set(order)^set(got)
with open(D+'labels.jsonl','w',encoding='utf-8') as fh:
    for k in order:
        d=dict(got[k]); d['raw']=S[k]
        fh.write(json.dumps({x:d[x] for x in keys},ensure_ascii=False)+"\n")
print("ok")

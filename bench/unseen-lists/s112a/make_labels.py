import json
D='/work/main/bench/unseen-lists/s112a/'
G='Shanthika__Awesome-3D-Garments.README.md'
H='Zhuoyang-Pan__Awesome-Hair-and-Fur-Modeling-Papers.README.md'
F='lzhbrian__Cool-Fashion-Papers.README.md'
files={k:open(D+k,encoding='utf-8').read().split('\n') for k in (G,H,F)}
out=[]
def L(lst,line,n=1,is_paper=False,title=None,arxiv=None,url=None,venue=None,year=None,authors=None,code=None,section=None,doi=None,summary=None):
    raw='\n'.join(files[lst][line-1:line-1+n])
    out.append(dict(list=lst,line=line,raw=raw,is_paper=is_paper,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section))
# --- garments
PC='Papers / Classical Cloth Simulation'
L(G,12,section=None); L(G,18,section=None); L(G,21,section=None); L(G,22,section=None)
L(G,31,section='Cloth Simulation / Courses')
L(G,34,section='Cloth Simulation / Courses')
L(G,39,is_paper=True,title='Large Steps in Cloth Simulation',url='https://www.cs.cmu.edu/~baraff/papers/sig98.pdf',section=PC)
L(G,41,is_paper=True,title='Implicit and Explicit Methods of Cloth Simulation',url='https://www.cs.ru.ac.za/research/groups/vrsig/pastprojects/052cloth/paper03.pdf',section=PC)
L(G,46,section=PC+' / Implementation')
L(G,51,section=PC+' / Implementations')
L(G,57,is_paper=True,title='NeuralClothSim: Neural Deformation Fields Meet the Kirchhoff-Love Thin Shell Theory',arxiv='2308.12970',section='Papers / Neural Cloth Simulation')
CH='Papers / Collision Handling and Contact Friction Modeling'
L(G,65,is_paper=True,title='Inverse Elastic Shell Design with Contact and Friction',url='https://inria.hal.science/hal-01883655/file/inverseShellModeling.pdf',section=CH)
L(G,72,is_paper=True,title='HOOD: Hierarchical Graphs for Generalized Modelling of Clothing Dynamics',arxiv='2212.07242',code='https://github.com/Dolorousrtur/HOOD/tree/main',section='Papers / DL for Simulation')
L(G,73,is_paper=True,title='GenSim: Unsupervised Generic Garment Simulator',url='https://openaccess.thecvf.com/content/CVPR2023W/DLGC/papers/Tiwari_GenSim_Unsupervised_Generic_Garment_Simulator_CVPRW_2023_paper.pdf',section='Papers / DL for Simulation')
L(G,79,is_paper=True,title='DiffXPBD : Differentiable Position-Based Simulation of Compliant Constraint Dynamics',arxiv='2301.01396',section='Papers / Inverse Cloth Simulation')
HG='Papers / Human and Garment Reconstruction Simulation and Rendering'
L(G,82,is_paper=True,title='CaPhy: Capturing Physical Properties for Animatable Human Avatars',url='https://suzhaoqi.github.io/assets/pdf/CaPhy.pdf',section=HG)
L(G,84,is_paper=True,title='PhysAvatar: Learning the Physics of Dressed 3D Avatars from Visual Observations',arxiv='2404.04421',section=HG)
L(G,91,is_paper=True,title='Garment3DGen: 3D Garment Stylization and Texture Generation',arxiv='2404.04421',section='Papers / Garment Generation')
L(G,94,is_paper=True,title='ANIM: Accurate Neural Implicit Model for Human Reconstruction from a single RGB-D image',url='https://marcopesavento.github.io/ANIM/ANIM_camera_ready.pdf',section='Papers / Single View Clothed Human Reconstruction')
L(G,97,is_paper=True,title='CloSET: Modeling Clothed Humans on Continuous Surface with Explicit Template Decomposition',arxiv='2304.03167',section='Papers / Learning Clothed Human Skinning')
# --- hair
for n in (6,7,8): L(H,n,section='Catalogue')
S24=dict(venue='SIGGRAPH 2024',year=2024,section='SIGGRAPH2024')
S23=dict(venue='SIGGRAPH 2023',year=2023,section='SIGGRAPH2023')
L(H,13,5,is_paper=True,title='Real-time Physically Guided Hair Interpolation',url='https://dl.acm.org/doi/pdf/10.1145/3658176',**S24)
L(H,19,6,is_paper=True,title='Real-Time Hair Rendering with Hair Meshes',url='https://dl.acm.org/doi/pdf/10.1145/3641519.3657521',**S24)
L(H,26,8,is_paper=True,title='Modeling Hair Strands with Roving Capsules',url='https://dl.acm.org/doi/pdf/10.1145/3641519.3657450',code='https://www.shadertoy.com/view/4ffXWs',**S24)
L(H,38,6,is_paper=True,title='Sag-free Initialization for Strand-based Hybrid Hair Simulation',url='https://graphics.cs.utah.edu/research/projects/sag-free-hair/sig23_sagfree-hair.pdf',**S23)
L(H,45,5,is_paper=True,title='CT2Hair: High-Fidelity 3D Hair Modeling using Computed Tomography',code='https://github.com/facebookresearch/CT2Hair',**S23)
L(H,51,5,is_paper=True,title='Interactive Hair Simulation on the GPU Using ADMM',url='https://d1qx31qr3h6wln.cloudfront.net/publications/Interactive%20Hair%20Simulation%20on%20the%20GPU%20Using%20ADMM.pdf',**S23)
L(H,57,5,is_paper=True,title='A Practical Wave Optics Reflection Model for Hair and Fur',url='https://mandyxmq.github.io/research/assets/WaveFiber3d_paper_compress.pdf',**S23)
L(H,63,6,is_paper=True,title='NeRF-Texture: Texture Synthesis with Neural Radiance Fields',code='https://github.com/yihua7/NeRF-Texture',**S23)
L(H,73,5,is_paper=True,title='Neural Strands: Learning Hair Geometry and Appearance from Multi-View Images',arxiv='2207.14067',venue='ECCV 2022',year=2022,section='ECCV2022')
# --- fashion
L(F,9,section=None)
for n in (10,11,13): L(F,n,section='TOC')
PS='Papers / Synthesis'
L(F,31,is_paper=True,title='SwapNet: Image Based Garment Transfer',url='http://openaccess.thecvf.com/content_ECCV_2018/papers/Amit_Raj_SwapNet_Garment_Transfer_ECCV_2018_paper.pdf',venue='ECCV 2018',year=2018,section=PS)
L(F,35,is_paper=True,title='DesIGN: Design Inspiration from Generative Networks',arxiv='1804.00921',venue='ECCVW 2018',year=2018,section=PS)
PCl='Papers / Classification'
L(F,43,is_paper=True,title='Brand > Logo: Visual Analysis of Fashion Brands',arxiv='1810.09941',venue='ECCVW 2018',year=2018,section=PCl)
L(F,45,is_paper=True,title="FashionBrain Project: A Vision for Understanding Europe's Fashion Data Universe",arxiv='1710.09788',venue='KDDW 2017',year=2017,section=PCl)
L(F,47,is_paper=True,title='Fashion Landmark Detection in the Wild',arxiv='1608.03049',venue='ECCV 2016',year=2016,code='https://github.com/liuziwei7/fashion-landmarks',section=PCl)
L(F,56,is_paper=True,title='Learning Fashion Compatibility with Bidirectional LSTMs',arxiv='1707.05691',venue='MM 2017',year=2017,code='https://github.com/xthan/polyvore',section='Papers / Recommendation')
L(F,60,is_paper=True,title='Understanding Fashionability: What drives sales of a style?',arxiv='1806.11424',venue='KDDW 2018',year=2018,section='Papers / Forecast')
L(F,62,is_paper=True,title='Fashion Forward: Forecasting Visual Style in Fashion',arxiv='1705.06394',venue='ICCV 2017',year=2017,section='Papers / Forecast')
L(F,73,section='Related Events')
L(F,79,section='Datasets'); L(F,83,section='Datasets')
for n in (93,96,97,98,99): L(F,n,section='Companies')
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))

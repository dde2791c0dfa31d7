import json, os
D='/work/main/bench/unseen-lists/s104f/'
def lines_of(f):
    t=open(D+f,encoding='utf-8',newline='').read()
    return [l[:-1] if l.endswith('\r') else l for l in t.split('\n')]
CM='CMLab-Korea__Awesome-3D-Low-Level-Vision.README.md'
QY='Quyans__Awesome-3D-Editing.README.md'
TC='TsingyuanChou__Awesome-3D-Non-Lambertian.README.md'
L={f:lines_of(f) for f in (CM,QY,TC)}
out=[]
def lab(f,start,end,is_paper,section,title=None,arxiv_id=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,doi=None):
    raw='\n'.join(L[f][start-1:end])
    out.append(dict(list=f,line=start,raw=raw,is_paper=is_paper,title=title,arxiv_id=arxiv_id,doi=doi,url=url,venue=venue,year=year,authors=authors or ([] if is_paper else None),code=code,summary=summary,section=section))
def np(f,line,section): lab(f,line,line,False,section)
def tr(start):
    # html row: <tr> .. first </tr>
    i=start
    while L[CM][i-1].strip()!='</tr>': i+=1
    return i
S4='4.Low-Level Vision For Robust 3D Rendering'
def cmrow(start,section,title,venue,year,url=None,arxiv_id=None):
    lab(CM,start,tr(start),True,section,title=title,arxiv_id=arxiv_id,url=url,venue=venue,year=year)
# ---- CMLab
np(CM,37,'Contents')
cmrow(132,S4+' / 4.1. Super-Resolution (SR) in 3D LLV / 4.1.1. Predictive Method','Cross-Guided Optimization of Radiance Fields With Multi-View Image Super-Resolution for High-Resolution Novel View Synthesis','CVPR 2023',2023,url='https://openaccess.thecvf.com/content/CVPR2023/html/Yoon_Cross-Guided_Optimization_of_Radiance_Fields_With_Multi-View_Image_Super-Resolution_for_CVPR_2023_paper.html')
G=S4+' / 4.1. Super-Resolution (SR) in 3D LLV / 4.1.2. Generative-based / 4.1.2.1. Image-based'
cmrow(220,G,'DiSR-NeRF: Diffusion-Guided View-Consistent Super-Resolution NeRF','CVPR 2024',2024,url='https://openaccess.thecvf.com/content/CVPR2024/html/Lee_DiSR-NeRF_Diffusion-Guided_View-Consistent_Super-Resolution_NeRF_CVPR_2024_paper.html')
cmrow(250,G,'Grid4D: 4D Decomposed Hash Encoding for High-Fidelity Dynamic Gaussian Splatting','NeurIPS 2024',2024,arxiv_id='2410.20815')
M=S4+' / 4.2. Deblurring in 3D LLV / 4.2.1. Motion Deblurring'
cmrow(277,M,'BAD-NeRF: Bundle Adjusted Deblur Neural Radiance Fields','CVPR 2023',2023,url='https://openaccess.thecvf.com/content/CVPR2023/html/Wang_BAD-NeRF_Bundle_Adjusted_Deblur_Neural_Radiance_Fields_CVPR_2023_paper.html')
cmrow(317,M,'Deblur4DGS: 4D Gaussian Splatting from Blurry Monocular Video','arXiv 2024',2024,arxiv_id='2412.06424')
cmrow(327,M,'CoMoGaussian: Continuous Motion-Aware Gaussian Splatting from Motion-Blurred Images','arXiv 2025',2025,arxiv_id='2503.05332')
cmrow(398,M,'EvaGaussians: Event Stream Assisted Gaussian Splatting from Blurry Images','arXiv 2024',2024,arxiv_id='2405.20224')
cmrow(574,S4+' / 4.3. Weather Degradation Removal on 3D LLV / 4.3.1. Pysics-based','DehazeGS: Seeing Through Fog with 3D Gaussian Splatting','arXiv 2025',2025,arxiv_id='2501.03659')
cmrow(637,S4+' / 4.4. Restoration / 4.4.1. Reference-based','NeRFLiX: High-Quality Neural View Synthesis by Learning a Degradation-Driven Inter-Viewpoint MiXer','CVPR 2023',2023,url='https://openaccess.thecvf.com/content/CVPR2023/html/Zhou_NeRFLix_High-Quality_Neural_View_Synthesis_by_Learning_a_Degradation-Driven_Inter-Viewpoint_CVPR_2023_paper.html')
E=S4+' / 4.5. Enhancement in 3D LLV / 4.5.2. Detail Enhancement'
cmrow(855,E,'Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields','CVPR 2022',2022,url='https://openaccess.thecvf.com/content/CVPR2022/html/Barron_Mip-NeRF_360_Unbounded_Anti-Aliased_Neural_Radiance_Fields_CVPR_2022_paper.html')
cmrow(865,E,'Zip-NeRF: Anti-Aliased Grid-Based Neural Radiance Fields','ICCV 2023',2023,url='https://openaccess.thecvf.com/content/ICCV2023/html/Barron_Zip-NeRF_Anti-Aliased_Grid-Based_Neural_Radiance_Fields_ICCV_2023_paper.html')
cmrow(885,E,'Mip-Splatting: Alias-free 3D Gaussian Splatting','CVPR 2024',2024,url='https://openaccess.thecvf.com/content/CVPR2024/html/Yu_Mip-Splatting_Alias-free_3D_Gaussian_Splatting_CVPR_2024_paper.html')
cmrow(895,E,'BungeeNeRF: Progressive Neural Radiance Field for Extreme Multi-scale Scene Rendering','ECCV 2022',2022,url='https://link.springer.com/chapter/10.1007/978-3-031-19824-3_7')
cmrow(925,E,'Multi-Scale 3D Gaussian Splatting for Anti-Aliased Rendering','CVPR 2024',2024,url='https://openaccess.thecvf.com/content/CVPR2024/html/Yan_Multi-Scale_3D_Gaussian_Splatting_for_Anti-Aliased_Rendering_CVPR_2024_paper.html')
cmrow(972,S4+' / 4.5. Enhancement in 3D LLV / 4.5.3. Texture Enhancement','3DGS-Enhancer: Enhancing Unbounded 3D Gaussian Splatting with View-consistent 2D Diffusion Priors','NeurIPS 2024',2024,url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/f0b42291ddab77dcb2ef8a3488301b62-Abstract-Conference.html')
for n in (1005,1006,1008,1009): np(CM,n,'5. Experimental Setup / 5.1. Datasets & Benchmarks')
# ---- Quyans
for n in (23,25,31,37,39,43,58): np(QY,n,'Table of Contents')
lab(QY,71,73,True,'Survey Papers / 2023',title='Neural 3D Scene Reconstruction and Editing: A Survey',arxiv_id='2303.09505',venue='arXiv 2023',year=2023)
lab(QY,89,91,True,'Core Technologies / Object Editing',title='VoxHammer: Training-Free Precise and Coherent 3D Editing in Native 3D Space',arxiv_id='2508.19247',venue='arXiv 2025',year=2025,summary='Training-free precise object editing')
lab(QY,120,122,True,'Core Technologies / Human Editing',title='FaceEdit3D: 3D Face Editing with Generative Neural Fields',arxiv_id='2303.09505',venue='ICCV 2023',year=2023,summary='3D face editing with neural fields')
lab(QY,124,126,True,'Core Technologies / Human Editing',title='HumanNeRF: Efficiently Generated Human Radiance Field from Sparse Inputs',arxiv_id='2201.04127',venue='CVPR 2022',year=2022,summary='Human body editing with NeRF')
lab(QY,137,139,True,'Core Technologies / Texture & Material Editing',title='TEXTure: Text-Guided Texturing of 3D Shapes',arxiv_id='2302.01721',venue='SIGGRAPH 2023',year=2023,summary='Text-guided 3D shape texturing')
lab(QY,175,175,True,'Application Domains / Object Editing / Multi-Object Editing',title='Compositional 3D Scene Generation using Locally Conditioned Diffusion')
np(QY,211,'Tools & Software / Commercial Software')
np(QY,218,'Tools & Software / Web Tools')
np(QY,219,'Tools & Software / Web Tools')
np(QY,235,'Datasets / 3D Scene Datasets')
np(QY,251,'Related Resources / Related Awesome Lists')
np(QY,266,'Contributing / How to Contribute')
np(QY,268,'Contributing / How to Contribute')
# ---- TsingyuanChou
for n in (18,20,22,28,29,37,40,42,43,44,47): np(TC,n,'Contents')
P='Papers / 3D Neural Representation'
A1=P+' / View-dependent Appearance Modeling / I. Decomposition of Transmitted and Reflected Radiance'
lab(TC,84,90,True,A1+' / 2023',title='Looking Through the Glass: Neural Surface Reconstruction Against High Specular Reflections',url='https://openaccess.thecvf.com/content/CVPR2023/html/Qiu_Looking_Through_the_Glass_Neural_Surface_Reconstruction_Against_High_Specular_CVPR_2023_paper.html',venue='CVPR 2023',year=2023,authors=['Jiaxiong Qiu','Peng-Tao Jiang','Yifan Zhu','Ze-Xin Yin','Ming-Ming Cheng','Bo Ren'],code='https://github.com/JiaxiongQ/NeuS-HSR')
lab(TC,92,98,True,A1+' / 2023',title='Seeing Through the Glass: Neural 3D Reconstruction of Object Inside a Transparent Container',url='https://openaccess.thecvf.com/content/CVPR2023/html/Tong_Seeing_Through_the_Glass_Neural_3D_Reconstruction_of_Object_Inside_CVPR_2023_paper.html',venue='CVPR 2023',year=2023,authors=['Jinguang Tong','Sundaram Muthu','Fahira Afzal Maken','Chuong Nguyen','Hongdong Li'],code='https://github.com/hirotong/ReNeuS')
lab(TC,145,151,True,A1+' / 2024',title='Localised-NeRF: Specular Highlights and Colour Gradient Localising in NeRF',url='https://openaccess.thecvf.com/content/CVPR2024W/NRI/html/Selvaratnam_Localised-NeRF_Specular_Highlights_and_Colour_Gradient_Localising_in_NeRF_CVPRW_2024_paper.html',venue='CVPRW 2024',year=2024,authors=['Dharmendra Selvaratnam','Dena Bazazian'],code='https://github.com/Dharmendra04/Localised-NeRF')
lab(TC,270,276,True,P+' / View-dependent Appearance Modeling / III. Other Methods / 2023',title='ABLE-NeRF: Attention-Based Rendering With Learnable Embeddings for Neural Radiance Field',url='https://openaccess.thecvf.com/content/CVPR2023/html/Tang_ABLE-NeRF_Attention-Based_Rendering_With_Learnable_Embeddings_for_Neural_Radiance_Field_CVPR_2023_paper.html',venue='CVPR 2023',year=2023,authors=['Zhe Jun Tang','Tat-Jen Cham','Haiyu Zhao'],code='https://github.com/TangZJ/able-nerf')
R=P+' / Reflection and Refraction Ray Tracing'
lab(TC,340,343,True,R+' / I. Reflection-aware Ray Tracing / 2025',title='RS-SpecSDF: Reflection-supervised Surface Reconstruction and Material Estimation for Specular Indoor Scenes',url='https://www.sciencedirect.com/science/article/pii/S1524070325000244',venue='GMOD 2025',year=2025,authors=['Dong-Yu Chen','Hao-Xiang Chen','Qun-Ce Xu','Tai-Jiang Mu'])
R2=R+' / II. Refraction-aware Ray Tracing'
lab(TC,417,426,True,R2+' / 2023',title='NEMTO: Neural Environment Matting for Novel View and Relighting Synthesis of Transparent Objects',url='https://openaccess.thecvf.com/content/ICCV2023/html/Wang_NEMTO_Neural_Environment_Matting_for_Novel_View_and_Relighting_Synthesis_ICCV_2023_paper.html',venue='ICCV 2023',year=2023,authors=['Dongqing Wang','Tong Zhang','Sabine Süsstrunk'],code='https://github.com/IVRL/NEMTO')
lab(TC,461,464,True,R2+' / 2025',title='Efficient Multi-Bounce Ray Tracing for Specular and Transparent Materials in NeRF',url='https://ieeexplore.ieee.org/abstract/document/10896123',venue='AIxVR 2025',year=2025,authors=['Haozhe Liu','Yu Wei Tan','Anand Bhojan'])
lab(TC,467,470,True,R2+' / 2025',title='An Index of Refraction Adaptive Neural Refractive Radiance Field for Transparent Scenes',url='https://www.mdpi.com/2079-9292/14/6/1073',venue='Electronics 2025',year=2025,authors=['Jiangnan Wei','Ziyi Yue','Shuai Li','Zhiqi Cheng','Zhouhui Lian','Mengxiao Song','Yinqian Cheng','Hongying Zhao'])
lab(TC,520,522,True,P+' / Inverse Rendering / I. Inverse Rendering for Surfaces of Arbitrary Reflectance / 2021',title='PhySG: Inverse Rendering With Spherical Gaussians for Physics-Based Material Editing and Relighting',url='https://openaccess.thecvf.com/content/CVPR2021/html/Zhang_PhySG_Inverse_Rendering_With_Spherical_Gaussians_for_Physics-Based_Material_Editing_CVPR_2021_paper.html',venue=None,year=2021,authors=['Kai Zhang','Fujun Luan','Qianqian Wang','Kavita Bala','Noah Snavely'])
for o in out:
    if not o['is_paper']:
        for k in ('title','arxiv_id','doi','url','venue','year','code','summary'): o[k]=None
        o['authors']=[]
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))

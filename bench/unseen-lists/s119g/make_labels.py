import json
P='Lihui-Chen__Awesome-Pansharpening.README.md'
U='OucCVLab__awesome-UAV-vision.README.md'
H='rebeccaeexu__Awesome-High-Dynamic-Range-Imaging.README.md'
def L(lst,line,is_paper=True,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,section=None,nlines=1):
    lines=open(lst,encoding='utf-8').read().split('\n')
    raw='\n'.join(lines[line-1:line-1+nlines])
    return dict(list=lst,line=line,raw=raw,is_paper=is_paper,title=title,arxiv_id=arxiv_id,doi=doi,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section)
def NP(lst,line,section):
    d=L(lst,line,is_paper=False,section=section); return d
def doi(d): return 'https://doi.org/'+d
JS='IEEE Journal of Selected Topics in Applied Earth Observations and Remote Sensing'
S='Performance-Assessment'
DLS='Deep Learning Based Pansharpening / Supervised Methods'
out=[
NP(P,10,'Contents'),
L(P,26,title='A Benchmarking Protocol for Pansharpening: Dataset, Pre-processing, and Quality Assessment',venue=JS+' 2021',year=2021,authors=['G. Vivone','M. Dalla Mura','A. Garzelli','F. Pacifici'],section='Datasets'),
L(P,46,title='A Deep-Shallow Fusion Network With Multidetail Extractor and Spectral Attention for Hyperspectral Pansharpening',venue=JS+' 2022',year=2022,authors=['Yu-Wei Zhuo','Tian-Jing Zhang','Jin-Fan Hu','Hong-Xia Dou','Ting-Zhu Huang','Liang-Jian Deng'],summary='A easy-to-use dataset "HyperPanCollection" for hyperspectral pansharpening',section='Datasets'),
L(P,63,title='Review of the pansharpening methods for remote sensing images based on the idea of meta-analysis: Practical discussion and challenges',doi='10.1016/j.inffus.2018.05.006',url=doi('10.1016/j.inffus.2018.05.006'),venue='Information Fusion 2019',year=2019,authors=['X. Meng','H. Shen','H. Li','L. Zhang','R. Fu'],section='Survey'),
L(P,66,title='Machine Learning in Pansharpening: A Benchmark, from Shallow to Deep Networks',venue='IEEE Geoscience and Remote Sensing Magazine 2022',year=2022,authors=['Liang-Jian Deng','Gemine Vivone','Mercedes E. Paoletti','Giuseppe Scarpa','Jiang He','Yongjun Zhang','Jocelyn Chanussot','Antonio Plaza'],code='https://github.com/liangjiandeng/DLPan-Toolbox',summary='A bechmark and easy-to-use code toolbox for pansharpening',section='Survey'),
L(P,84,title='Comparing distances for quality assessment of fused images',url='https://hal.archives-ouvertes.fr/hal-00395062',venue='EARSeL Symposium 2006',year=2006,authors=['C. Thomas','L. Wald'],section=S),
L(P,94,title='A novel approach to quantitative evaluation of hyperspectral image fusion techniques',doi='10.1016/j.inffus.2011.03.008',url=doi('10.1016/j.inffus.2011.03.008'),venue='Information Fusion 2013',year=2013,authors=['K. Kotwal','S. Chaudhuri'],section=S),
L(P,98,title='Quality Assessment of Panchromatic and Multispectral Image Fusion for the ZY-3 Satellite: From an Information Extraction Perspective',doi='10.1109/LGRS.2013.2278551',url=doi('10.1109/LGRS.2013.2278551'),venue='IEEE Geoscience and Remote Sensing Letters 2014',year=2014,authors=['X. Huang','D. Wen','J. Xie','L. Zhang'],section=S),
L(P,104,title='Joint Quality Measure for Evaluation of Pansharpening Accuracy',doi='10.3390/rs70709292',url=doi('10.3390/rs70709292'),venue='Remote Sensing 2015',year=2015,authors=['G. Palubinskas'],section=S),
L(P,110,title='Image Degradation for Quality Assessment of Pan-Sharpening Methods',doi='10.3390/rs10010154',url=doi('10.3390/rs10010154'),venue='Remote Sensing 2018',year=2018,authors=['W. Dou'],section=S),
L(P,124,title='The use of intensity-hue-saturation transformations for merging SPOT panchromatic and multispectral image data',venue='Photogrammetric Engineering and remote sensing 1990',year=1990,authors=['W. Carper','T. Lillesand','R. Kiefer'],section='Component Substitute (CS)-Based Pansharpening'),
L(P,139,title='Bayesian Pan-Sharpening With Multiorder Gradient-Based Deep Network Constraints',doi='10.1109/JSTARS.2020.2975000',url=doi('10.1109/JSTARS.2020.2975000'),venue=JS+' 2020',year=2020,authors=['Penghao Guo','Peixian Zhuang','Yecai Guo'],section='Model Optimization Based Pansharpening'),
L(P,146,title='A New Pan-Sharpening Method With Deep Neural Networks',doi='10.1109/LGRS.2014.2376034',url=doi('10.1109/LGRS.2014.2376034'),venue='IEEE Geosci. Remote Sensing Lett. 2015',year=2015,authors=['Wei Huang','Liang Xiao','Zhihui Wei','Hongyi Liu','Songze Tang'],section=DLS),
L(P,154,title='Psgan: A Generative Adversarial Network for Remote Sensing Image Pan-Sharpening',doi='10.1109/ICIP.2018.8451049',url=doi('10.1109/ICIP.2018.8451049'),venue='ICIP 2018',year=2018,authors=['X. Liu','Y. Wang','Q. Liu'],section=DLS),
L(P,155,title='Target-Adaptive CNN-Based Pansharpening',doi='10.1109/TGRS.2018.2817393',url=doi('10.1109/TGRS.2018.2817393'),venue='IEEE Trans. Geosci. Remote Sensing 2018',year=2018,authors=['G. Scarpa','S. Vitale','D. Cozzolino'],section=DLS),
L(P,172,title='Band-Independent Encoder–Decoder Network for Pan-Sharpening of Remote Sensing Images',doi='10.1109/TGRS.2020.2975230',url=doi('10.1109/TGRS.2020.2975230'),venue='IEEE Transactions on Geoscience and Remote Sensing 2020',year=2020,authors=['C. Liu'],section=DLS),
L(P,182,title='Hyperspectral Pansharpening Using Deep Prior and Dual Attention Residual Network',doi='10.1109/TGRS.2020.2986313',url=doi('10.1109/TGRS.2020.2986313'),venue='IEEE Trans. Geosci. Remote Sensing 2020',year=2020,authors=['Y. Zheng','J. Li','Y. Li','J. Guo','X. Wu','J. Chanussot'],section=DLS),
L(P,184,title='Deep Gradient Projection Networks for Pan-sharpening',venue='CVPR 2021',year=2021,authors=['S. Xu','J. Zhang','Z. Zhao','K. Sun','J. Liu','C. Zhang'],section=DLS),
L(P,187,title='SSconv: Explicit Spectral-to-Spatial Convolution for Pansharpening',url='https://liangjiandeng.github.io/papers/2021/mucnn_mm2021/mucnn_mm2021.pdf',venue='ACM International Conference on Multimedia 2021',year=2021,authors=['Y. Wang','L.-J. Deng','T.-J. Zhang','X. Wu'],code='https://github.com/liangjiandeng/MUCNN',section=DLS),
L(P,193,title='Pansharpening via Unsupervised Convolutional Neural Networks',venue='IEEE JOURNAL OF SELECTED TOPICS IN APPLIED EARTH OBSERVATIONS AND REMOTE SENSING 2020',year=2020,authors=['S. Luo','S. Zhou','Y. Feng','J. Xie'],section='Deep Learning Based Pansharpening / Unsupervised Methods'),
# UAV
L(U,7,title='无人机视角下的目标检测研究进展',url='http://www.cjig.cn/jig/ch/reader/view_abstract.aspx?flag=2&file_no=202208160000003&journal_id=jig',venue='中国图像图形学报 2023',year=2023,section='2023'),
L(U,13,title='Pareto Refocusing for Drone-view Object Detection',url='https://ieeexplore.ieee.org/document/9905640',venue='TCSVT 2022',year=2022,section='2022'),
L(U,14,title='QueryDet: Cascaded Sparse Query for Accelerating High-Resolution Small Object Detection',arxiv_id='2103.09136',venue='CVPR 2022',year=2022,code='https://github.com/ChenhongyiYang/QueryDet-PyTorch',section='2022'),
L(U,23,title='VistrongerDet: Stronger Visual Information for Object Detection in VisDrone Images',url='https://ieeexplore.ieee.org/document/9607555',venue='ICCVW 2021',year=2021,section='2021'),
L(U,24,title='Coarse-grained Density Map Guided Object Detection in Aerial Images',url='https://ieeexplore.ieee.org/document/9607840',venue='ICCVW 2021',year=2021,section='2021'),
L(U,25,title='TPH-YOLOv5: Improved YOLOv5 Based on Transformer Prediction Head for Object Detection on Drone-captured Scenarios',arxiv_id='2108.11539',venue='ICCVW 2021',year=2021,code='https://github.com/cv516Buaa/tph-yolov5',section='2021'),
L(U,27,title='Towards Resolving the Challenge of Long-tail Distribution in UAV Images for Object Detection',url='https://ieeexplore.ieee.org/document/9423170',venue='WACV 2021',year=2021,code='https://github.com/we1pingyu/DSHNet',section='2021'),
L(U,35,title='Density Map Guided Object Detection in Aerial Images',arxiv_id='2004.05520',venue='CVPRW 2020',year=2020,section='2020'),
L(U,42,title='How to Fully Exploit The Abilities of Aerial Image Detectors',url='https://ieeexplore.ieee.org/document/9022557',venue='ICCVW 2019',year=2019,section='2019'),
L(U,43,title='The Power of Tiling for Small Object Detection',url='https://ieeexplore.ieee.org/document/9025422',venue='CVPRW 2019',year=2019,section='2019'),
L(U,45,title='Simultaneously Detecting and Counting Dense Vehicles From Drone Images',url='https://ieeexplore.ieee.org/document/8648370',venue='TIE 2019',year=2019,section='2019'),
L(U,46,title='Clustered Object Detection in Aerial Images',arxiv_id='1904.08008',venue='ICCV 2019',year=2019,code='https://github.com/fyangneil/Clustered-Object-Detection-in-Aerial-Image',section='2019'),
L(U,47,title='R2-CNN: Fast Tiny Object Detection in Large-Scale Remote Sensing Images',arxiv_id='1902.06042',venue='TGRS 2019',year=2019,section='2019'),
L(U,48,title='Hierarchical and Robust Convolutional Neural Network for Very High-Resolution Remote Sensing Object Detection',url='https://ieeexplore.ieee.org/document/8676107',venue='TGRS 2019',year=2019,section='2019'),
L(U,54,title='Multiscale Visual Attention Networks for Object Detection in VHR Remote Sensing Images',url='https://ieeexplore.ieee.org/document/8513990',venue='GRSL 2018',year=2018,section='2018'),
L(U,60,title='Accurate Object Localization in Remote Sensing Images Based on Convolutional Neural Networks',url='https://ieeexplore.ieee.org/document/7827088',venue='TGRS 2017',year=2017,section='2017'),
L(U,61,title='Random Access Memories: A New Paradigm for Target Detection in High Resolution Aerial Remote Sensing Images',url='https://ieeexplore.ieee.org/document/8106808',venue='TIP 2017',year=2017,section='2017'),
L(U,67,title='Dynamic Zoom-in Network for Fast Object Detection in Large Images',arxiv_id='1711.05187',venue='CVPR 2018',year=2018,section='其他'),
L(U,74,title='ISDNet: Integrating Shallow and Deep Networks for Efficient Ultra-high Resolution Segmentation',arxiv_id='2211.11316',venue='CVPR 2022',year=2022,code='https://github.com/cedricgsh/ISDNet',section='高分辨处理相关'),
L(U,77,title='Patch Proposal Network for Fast Semantic Segmentation of High-Resolution Images',url='https://ojs.aaai.org/index.php/AAAI/article/view/6926',venue='AAAI 2020',year=2020,section='高分辨处理相关'),
# HDR
L(H,11,title='Robust Real-world Image Enhancement Based on Multi-Exposure LDR Images',url='https://openaccess.thecvf.com/content/WACV2023/html/Ren_Robust_Real-World_Image_Enhancement_Based_on_Multi-Exposure_LDR_Images_WACV_2023_paper.html',venue='WACV 2023',year=2023,section='Multi-Frame HDRI'),
L(H,14,title='Ghost-free High Dynamic Range Imaging with Context-aware Transformer',arxiv_id='2208.05114',venue='ECCV 2022',year=2022,code='https://github.com/megvii-research/HDR-Transformer',section='Multi-Frame HDRI'),
L(H,15,title='A Lightweight Network for High Dynamic Range Imaging',url='https://openaccess.thecvf.com/content/CVPR2022W/NTIRE/papers/Yan_A_Lightweight_Network_for_High_Dynamic_Range_Imaging_CVPRW_2022_paper.pdf',venue='CVPRW 2022',year=2022,section='Multi-Frame HDRI'),
L(H,16,title='Gamma-Enhanced Spatial Attention Network for Efficient High Dynamic Range Imaging',url='https://openaccess.thecvf.com/content/CVPR2022W/NTIRE/papers/Li_Gamma-Enhanced_Spatial_Attention_Network_for_Efficient_High_Dynamic_Range_Imaging_CVPRW_2022_paper.pdf',venue='CVPRW 2022',year=2022,section='Multi-Frame HDRI'),
L(H,17,title='Bidirectional Motion Estimation With Cyclic Cost Volume for High Dynamic Range Imaging',url='https://openaccess.thecvf.com/content/CVPR2022W/NTIRE/papers/Vien_Bidirectional_Motion_Estimation_With_Cyclic_Cost_Volume_for_High_Dynamic_CVPRW_2022_paper.pdf',venue='CVPRW 2022',year=2022,section='Multi-Frame HDRI'),
L(H,20,title='High Dynamic Range Imaging of Dynamic Scenes with Saturation Compensation but without Explicit Motion Compensation',url='https://openaccess.thecvf.com/content/WACV2022/supplemental/Chung_High_Dynamic_Range_WACV_2022_supplemental.pdf',venue='WACV 2022',year=2022,code='https://github.com/haesoochung/hdri-saturation-compensation',section='Multi-Frame HDRI'),
L(H,25,title='HDR-GAN: HDR Image Reconstruction from Multi-Exposed LDR Images with Large Motions',arxiv_id='2007.01628',venue='TIP 2021',year=2021,code='https://github.com/nonu116/HDR-GAN',section='Multi-Frame HDRI'),
L(H,26,title='Ghost-Free Deep High-Dynamic-Range Imaging Using Focus Pixels for Complex Motion Scenes',url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9429936',venue='TIP 2021',year=2021,section='Multi-Frame HDRI'),
L(H,28,title='ADNet: Attention-guided Deformable Convolutional Network for High Dynamic Range Imaging',arxiv_id='2105.10697',venue='CVPRW 2021',year=2021,code='https://github.com/liuzhen03/ADNet',section='Multi-Frame HDRI'),
L(H,30,title='Merging-ISP: Multi-Exposure High Dynamic Range Image Signal Processing',url='https://link.springer.com/chapter/10.1007/978-3-030-92659-5_21',venue='GCPR 2021',year=2021,section='Multi-Frame HDRI'),
L(H,40,title='Multi-scale Dense Networks for Deep High Dynamic Range Imaging',url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8658831&tag=1',venue='WACV 2019',year=2019,section='Multi-Frame HDRI'),
L(H,46,title='Deep HDR Reconstruction of Dynamic Scenes',url='https://ieeexplore.ieee.org/abstract/document/8492856',venue='ICIVC 2018',year=2018,section='Multi-Frame HDRI'),
L(H,53,title='A Two-stage Deep Network for High Dynamic Range Image Reconstruction',arxiv_id='2104.09386',venue='CVPRW 2021',year=2021,code='https://github.com/sharif-apu/twostageHDR_NTIRE21',section='Single-Frame HDRI'),
L(H,61,title='Deep HDR Video from Sequences with Alternating Exposures',url='https://people.engr.tamu.edu/nimak/Data/Eurographics19_HDRVideo_LoRes.pdf',venue='Eurographics 2019',year=2019,section='HDR Video'),
L(H,69,title='HDR Deghosting: How to deal with saturation?',url='http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.365.7215&rep=rep1&type=pdf',venue='CVPR 2013',year=2013,section='Traditional Multi-frame HDR Imaging'),
NP(H,83,'HDR Datasets'),
NP(H,87,'HDR Datasets'),
NP(H,88,'HDR Datasets'),
NP(H,90,'HDR Datasets'),
NP(H,98,'Interesting HDR Reading Materials'),
]
for d in out:
    if not d['is_paper']:
        d['authors']=[]
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
# sanity: same (list,line) as sample
s=[(json.loads(l)['list'],json.loads(l)['line']) for l in open('sample.jsonl')]
assert s==[(d['list'],d['line']) for d in out], 'mismatch with sample'
print(len(out),'labels;',sum(d['is_paper'] for d in out),'papers')

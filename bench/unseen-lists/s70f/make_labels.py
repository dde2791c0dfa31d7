# Hand-written labels (read by eye from the files); raw is copied from sample.jsonl.
import json
M='MatrixBrain__awesome-NeRF.README.md'; I='imbinwang__awesome-nerf-3d-reconstruction.README.md'; O='oy05__awesome-NeRF.README.md'
G='https://github.com/'
def P(title, venue, year, authors=(), arxiv=None, url=None, code=None, section=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)
def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)
CV='https://openaccess.thecvf.com/content/'
L = {
(M,143): P('AD-NeRF: Audio Driven Neural Radiance Fields for Talking Head Synthesis','ICCV 2021',2021,url=CV+'ICCV2021/papers/Guo_AD-NeRF_Audio_Driven_Neural_Radiance_Fields_for_Talking_Head_Synthesis_ICCV_2021_paper.pdf',code=G+'YudongGuo/AD-NeRF',section='Papers / Task / Face'),
(M,156): P('Surface-Aligned Neural Radiance Fields for Controllable 3D Human Synthesis','CVPR 2022',2022,url=CV+'CVPR2022/papers/Xu_Surface-Aligned_Neural_Radiance_Fields_for_Controllable_3D_Human_Synthesis_CVPR_2022_paper.pdf',code=G+'pfnet-research/surface-aligned-nerf',section='Papers / Task / Human'),
(M,68): P('Putting NeRF on a Diet: Semantically Consistent Few-Shot View Synthesis','ICCV 2021',2021,url=CV+'ICCV2021/papers/Jain_Putting_NeRF_on_a_Diet_Semantically_Consistent_Few-Shot_View_Synthesis_ICCV_2021_paper.pdf',code=G+'ajayjain/DietNeRF',section='Papers / NeRF / Few Shot'),
(M,57): P('Aug-NeRF: Training Stronger Neural Radiance Fields with Triple-Level Physically-Grounded Augmentations','CVPR 2022',2022,url=CV+'CVPR2022/papers/Chen_Aug-NeRF_Training_Stronger_Neural_Radiance_Fields_With_Triple-Level_Physically-Grounded_Augmentations_CVPR_2022_paper.pdf',code=G+'VITA-Group/Aug-NeRF',section='Papers / NeRF / Data Augmentation'),
(M,20): N('Table of Contents'),
(M,103): P('KiloNeRF: Speeding up Neural Radiance Fields with Thousands of Tiny MLPs','ICCV 2021',2021,url=CV+'ICCV2021/papers/Reiser_KiloNeRF_Speeding_Up_Neural_Radiance_Fields_With_Thousands_of_Tiny_ICCV_2021_paper.pdf',code=G+'creiser/kilonerf',section='Papers / NeRF / Training & Inference Efficiency'),
(M,78): P('GeoNeRF: Generalizing NeRF with Geometry Priors','CVPR 2022',2022,url=CV+'CVPR2022/papers/Johari_GeoNeRF_Generalizing_NeRF_With_Geometry_Priors_CVPR_2022_paper.pdf',code=G+'idiap/GeoNeRF',section='Papers / NeRF / Rendering Performance'),
(M,76): P('Ref-NeRF: Structured View-Dependent Appearance for Neural Radiance Fields','CVPR 2022',2022,url=CV+'CVPR2022/papers/Verbin_Ref-NeRF_Structured_View-Dependent_Appearance_for_Neural_Radiance_Fields_CVPR_2022_paper.pdf',section='Papers / NeRF / Rendering Performance'),
(M,30): N('Table of Contents'),
(M,120): P('AR-NeRF: Unsupervised Learning of Depth and Defocus Effects from Natural Images with Aperture Rendering Neural Radiance Fields','CVPR 2022',2022,url=CV+'CVPR2022/papers/Kaneko_AR-NeRF_Unsupervised_Learning_of_Depth_and_Defocus_Effects_From_Natural_CVPR_2022_paper.pdf',section='Papers / Task / Depth Estimation'),
(M,34): N('Table of Contents'),
(M,142): P('Pix2NeRF: Unsupervised Conditional π-GAN for Single Image to NeuralRadiance Fields Translation','CVPR 2022',2022,url=CV+'CVPR2022/papers/Cai_Pix2NeRF_Unsupervised_Conditional_p-GAN_for_Single_Image_to_Neural_Radiance_CVPR_2022_paper.pdf',code=G+'primecai/Pix2NeRF',section='Papers / Task / Face'),
(M,31): N('Table of Contents'),
(M,65): P('AutoRF: Learning 3D Object Radiance Fields from Single View Observation','CVPR 2022',2022,url=CV+'CVPR2022/papers/Muller_AutoRF_Learning_3D_Object_Radiance_Fields_From_Single_View_Observations_CVPR_2022_paper.pdf',section='Papers / NeRF / Few Shot'),
(M,101): P('Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields','ICCV 2021',2021,url=CV+'ICCV2021/papers/Barron_Mip-NeRF_A_Multiscale_Representation_for_Anti-Aliasing_Neural_Radiance_Fields_ICCV_2021_paper.pdf',code=G+'google/mipnerf',section='Papers / NeRF / Training & Inference Efficiency'),
(M,155): P('Structured Local Radiance Fields for Human Avatar Modeling','CVPR 2022',2022,url=CV+'CVPR2022/papers/Zheng_Structured_Local_Radiance_Fields_for_Human_Avatar_Modeling_CVPR_2022_paper.pdf',section='Papers / Task / Human'),
(M,213): P('CodeNeRF: Disentangled Neural Radiance Fields for Object Categories','ICCV 2021',2021,url=CV+'ICCV2021/papers/Jang_CodeNeRF_Disentangled_Neural_Radiance_Fields_for_Object_Categories_ICCV_2021_paper.pdf',code=G+'wbjang/code-nerf',section='Papers / Unclassified'),
(M,160): P('Neural Articulated Radiance Field','ICCV 2021',2021,url=CV+'ICCV2021/papers/Noguchi_Neural_Articulated_Radiance_Field_ICCV_2021_paper.pdf',code=G+'nogu-atsu/NARF',section='Papers / Task / Human'),
(M,12): N('Table of Contents'),
(M,97): P('Fourier PlenOctrees for Dynamic Radiance Field Rendering in Real-time','CVPR 2022',2022,url=CV+'CVPR2022/papers/Wang_Fourier_PlenOctrees_for_Dynamic_Radiance_Field_Rendering_in_Real-Time_CVPR_2022_paper.pdf',section='Papers / NeRF / Training & Inference Efficiency'),

(I,80): P('UNISURF: Unifying Neural Implicit Surfaces and Radiance Fields for Multi-View Reconstruction','ICCV 2021',2021,['Michael Oechsle','Songyou Peng','Andreas Geiger'],arxiv='2104.10078',code=G+'autonomousvision/unisurf',section='Papers'),
(I,32): P('NeuRIS: Neural Reconstruction of Indoor Scenes Using Normal Priors','arXiv 2022',2022,['Jiepeng Wang','Peng Wang','Xiaoxiao Long','Christian Theobalt','Taku Komura','Lingjie Liu','Wenping Wang'],arxiv='2206.13597',section='Papers'),
(I,123): N('Related Resources / Open Source Framework (for Nerf)'),
(I,68): P('iSDF: Real-Time Neural Signed Distance Fields for Robot Perception','RSS 2022',2022,['Joseph Ortiz','Alexander Clegg','Jing Dong','Edgar Sucar','David Novotny','Michael Zollhoefer','Mustafa Mukadam'],arxiv='2204.02296',code=G+'facebookresearch/iSDF',section='Papers'),
(I,44): P('BNV-Fusion: Dense 3D Reconstruction using Bi-level Neural Volume Fusion','CVPR 2022',2022,['Kejie Li','Yansong Tang','Victor Adrian Prisacariu','Philip H.S. Torr'],arxiv='2204.01139',code=G+'likojack/bnv_fusion',section='Papers'),
(I,125): N('Related Resources / Open Source Framework (for Nerf)'),
(I,56): P('Neural RGB-D Surface Reconstruction','CVPR 2022',2022,['Dejan Azinović','Ricardo Martin-Brualla','Dan B Goldman','Matthias Nießner','Justus Thies'],arxiv='2104.04532',code=G+'dazinovic/neural-rgbd-surface-reconstruction',section='Papers'),
(I,52): P('Urban Radiance Fields','CVPR 2022',2022,['Konstantinos Rematas','Andrew Liu','Pratul P. Srinivasan','Jonathan T. Barron','Andrea Tagliasacchi','Thomas Funkhouser','Vittorio Ferrari'],arxiv='2111.14643',section='Papers'),
(I,137): N('Other Awesome Lists'),
(I,24): P('HF-NeuS: Improved Surface Reconstruction Using High-Frequency Details','NeurIPS 2022',2022,['Yiqun Wang','Ivan Skorokhodov','Peter Wonka'],arxiv='2206.07850',code=G+'yiqun-wang/HFS',section='Papers'),
(I,127): N('Related Resources / Open Source Framework (for Nerf)'),
(I,100): N('Related Resources / Survey/Course'),

(O,102): P('PoRF: Pose Residual Field for Accurate Neural Surface Reconstruction','ICLR 2024',2024,['Bian'],code=G+'ActiveVisionLab/porf',section='Papers / Pose Estimation'),
(O,169): N('Implementations / Tensorflow'),
(O,27): P('Hardware Acceleration of Neural Graphics','ISCA 2023',2023,['Mubarik'],arxiv='2303.05735',section='Papers / Faster Inference'),
(O,26): P('Real-Time Neural Light Field on Mobile Devices','arXiv 2022',2022,['Cao'],arxiv='2212.08057',code=G+'snap-research/MobileR2L',section='Papers / Faster Inference'),
(O,62): P('HumanNeRF: Free-viewpoint Rendering of Moving People from Monocular Video','CVPR 2022',2022,['Weng'],code=G+'chungyiweng/humannerf',section='Papers / Deformable'),
(I,92): P('DeepSDF: Learning Continuous Signed Distance Functions for Shape Representation','CVPR 2019',2019,['Jeong Joon Park','Peter Florence','Julian Straub','Richard Newcombe','Steven Lovegrove'],arxiv='1901.05103',code=G+'facebookresearch/DeepSDF',section='Papers'),
(I,60): P('Neural 3D Scene Reconstruction with the Manhattan-world Assumption','CVPR 2022',2022,['Haoyu Guo','Sida Peng','Haotong Lin','Qianqian Wang','Guofeng Zhang','Hujun Bao','Xiaowei Zhou'],arxiv='2205.02836',code=G+'zju3dv/manhattan_sdf',section='Papers'),
(I,20): N('Table of Contents'),
(I,19): N('Table of Contents'),
(I,76): P('NeuS: Learning Neural Implicit Surfaces by Volume Rendering for Multi-view Reconstruction','NeurIPS 2021',2021,['Peng Wang','Lingjie Liu','Yuan Liu','Christian Theobalt','Taku Komura','Wenping Wang'],arxiv='2106.10689',code=G+'Totoro97/NeuS',section='Papers'),
(I,131): N('Other Awesome Lists'),
(I,48): P('NeRFusion: Fusing Radiance Fields for Large-Scale Scene Reconstruction','CVPR 2022',2022,['Xiaoshuai Zhang','Sai Bi','Kalyan Sunkavalli','Hao Su','Zexiang Xu'],arxiv='2203.11283',code=G+'jetd1/NeRFusion',section='Papers'),
(I,103): P('Advances in Neural Rendering','EUROGRAPHICS 2022 State of the Art Report',2022,['Ayush Tewari','Justus Thies','Ben Mildenhall','Pratul Srinivasan','Edgar Tretschk','Yifan Wang','Christoph Lassner','Vincent Sitzmann','Ricardo Martin-Brualla','Stephen Lombardi','Tomas Simon','Christian Theobalt','Matthias Niessner','Jonathan T. Barron','Gordon Wetzstein','Michael Zollhoefer','Vladislav Golyanik'],arxiv='2111.05849',section='Related Resources / Survey/Course'),
(O,133): P('Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields','arXiv 2022',2022,['Barron'],section='Papers / Multi-scale'),
(O,181): N('Implementations / Jax'),
(O,60): P('CLA-NeRF: Category-Level Articulated Neural Radiance Field','ICRA 2022',2022,['Tseng'],arxiv='2202.00181',section='Papers / Deformable'),
(O,38): P('TensoRF: Tensorial Radiance Fields','ECCV 2022',2022,['Chen'],code=G+'apchenstu/TensoRF',section='Papers / Faster Training'),
(O,100): P('Robust Camera Pose Refinement for Multi-Resolution Hash Encoding','ICML 2023',2023,['Heo'],arxiv='2302.01571',section='Papers / Pose Estimation'),
(O,11): N('Table of Contents'),
(O,82): P('SinNeRF: Training Neural Radiance Fields on Complex Scenes from a Single Image','ECCV 2022',2022,['Xu'],code=G+'VITA-Group/SinNeRF',section='Papers / Generalization'),
(O,176): N('Implementations / PyTorch'),
(O,87): P('UFORecon: Generalizable Sparse-View Surface Reconstruction from Arbitrary and Unfavorable Sets','CVPR 2024',2024,['Na'],arxiv='2403.05086',code=G+'Youngju-Na/UFORecon',section='Papers / Generalization'),
(O,17): P('NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis','ECCV 2020',2020,['Mildenhall'],code=G+'bmild/nerf',section='Papers'),
(O,117): P('Unsupervised Discovery and Composition of Object Light Fields','TMLR 2023',2023,['Smith'],code=G+'cameronosmith/COLF',section='Papers / Compositionality'),
(O,180): N('Implementations / Jax'),
(O,63): P('AligNeRF: High-Fidelity Neural Radiance Fields via Alignment-Aware Training','CVPR 2023',2023,['Jiang'],section='Papers / Deformable'),
(O,126): P('Contrastive Lift: 3D Object Instance Segmentation by Slow-Fast Contrastive Fusion','NeurIPS 2023',2023,['Bhalgat'],section='Papers / Scene Labelling and Understanding'),
(O,103): P('Neural Refinement for Absolute Pose Regression with Feature Synthesis','CVPR 2024',2024,['Chen'],code=G+'ActiveVisionLab/NeFeS',section='Papers / Pose Estimation'),
}
out = []
for l in open('sample.jsonl', encoding='utf-8'):
    s = json.loads(l)
    lab = L.pop((s['list'], s['line']))
    o = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
    o.update(lab)
    out.append(o)
assert not L, L
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps({k: o[k] for k in keys}, ensure_ascii=False) + '\n')
print(len(out), sum(o['is_paper'] for o in out))

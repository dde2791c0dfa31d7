"""Build labels.jsonl from hand-read labels (fields typed below after reading each entry).

raw: the sampled line, extended over the following non-blank lines of the same entry for
the multi-line yangzf-1023 entries (title / authors / date+links / TL;DR); section: the
heading path above the entry, the lone H1 title of each file left out.
"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
X = 'XiaomingX__awesome-nerf.README.md'
S = 'sychina__awesome-3DGS-SLAM-and-Datasets.README.md'
Y = 'yangzf-1023__awesome-gaussian-splatting.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary)
N = dict(is_paper=False)

L = {
 (X, 12): P('NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis',
            url='https://dl.acm.org/doi/pdf/10.1145/3503250', venue='ECCV 2020', year=2020,
            code='https://github.com/bmild/nerf'),
 (X, 18): P('Advances in Neural Rendering', arxiv='2111.05849', venue='Computer Graphics Forum 2022', year=2022),
 (X, 19): P('NeRF: Neural Radiance Field in 3D Vision, A Comprehensive Review', arxiv='2210.00379', year=2022),
 (X, 20): P('Neural Fields in Visual Computing and Beyond', arxiv='2111.11426', venue='Computer Graphics Forum 2022', year=2022),
 (X, 28): P('Neural-Sim: Learning to Generate Training Data with NeRF', arxiv='2207.11368', venue='ECCV 2022', year=2022,
            code='https://github.com/gyhandy/Neural-Sim-NeRF'),
 (X, 29): P('Aug-NeRF: Training Stronger Neural Radiance Fields with Triple-Level Physically-Grounded Augmentations',
            url='https://openaccess.thecvf.com/content/CVPR2022/papers/Chen_Aug-NeRF_Training_Stronger_Neural_Radiance_Fields_With_Triple-Level_Physically-Grounded_Augmentations_CVPR_2022_paper.pdf',
            venue='CVPR 2022', year=2022, code='https://github.com/VITA-Group/Aug-NeRF'),
 (X, 35): P('D^2NeRF: Self-Supervised Decoupling of Dynamic and Static Objects from a Monocular Video', arxiv='2205.15838',
            venue='NeurIPS 2022', year=2022, code='https://github.com/d2nerf/d2nerf'),
 (X, 36): P('GeoAug: Data Augmentation for Few-Shot NeRF with Geometry Constrains',
            url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136770326.pdf', venue='ECCV 2022', year=2022),
 (X, 37): P('Putting NeRF on a Diet: Semantically Consistent Few-Shot View Synthesis',
            url='https://openaccess.thecvf.com/content/ICCV2021/papers/Jain_Putting_NeRF_on_a_Diet_Semantically_Consistent_Few-Shot_View_Synthesis_ICCV_2021_paper.pdf',
            venue='ICCV 2021', year=2021, code='https://github.com/ajayjain/DietNeRF'),
 (X, 43): P('MobileNeRF: Efficient Neural Field Rendering on Mobile Architectures', arxiv='2208.00277', venue='arXiv 2022', year=2022,
            code='https://github.com/google-research/jax3d/tree/main/jax3d/projects/mobilenerf'),
 (X, 44): P('TensoRF: Tensorial Radiance Fields', arxiv='2203.09517', venue='ECCV 2022', year=2022,
            code='https://github.com/apchenstu/TensoRF'),
 (X, 50): P('PeRFception: Perception using Radiance Fields', url='https://openreview.net/pdf?id=MzaPEKHv-0J', year=2022),
 (X, 51): P('NeuS: Learning Neural Implicit Surfaces', arxiv='2106.10689', year=2021),
 (X, 57): N, (X, 58): N, (X, 59): N,

 (S, 17): N, (S, 19): N, (S, 31): N, (S, 32): N, (S, 41): N, (S, 44): N, (S, 45): N,
 (S, 55): P('How NeRFs and 3D Gaussian Splatting are Reshaping SLAM: a Survey', arxiv='2402.13255', venue='arXiv 2024', year=2024,
            summary='Reviews neural/radiance-field SLAM progress and positions 3DGS as a key explicit radiance-field representation for SLAM.'),
 (S, 65): P('2DGS-SLAM: Globally Consistent RGB-D SLAM with 2D Gaussian Splatting', arxiv='2506.00970', venue='arXiv 2025', year=2025,
            code='https://github.com/PRBonn/2DGS-SLAM',
            summary='Focuses on globally consistent RGB-D SLAM with surface-aligned 2D Gaussian primitives.'),
 (S, 71): P('Gaussian Splatting SLAM', venue='CVPR 2024 Highlight', year=2024, code='https://github.com/muskie82/MonoGS',
            summary='First monocular SLAM system solely based on 3DGS; repository also supports stereo/RGB-D modes.'),
 (S, 78): P('RGD-SLAM: Robust Gaussian Splatting SLAM for Dynamic Environments', venue='Pattern Recognition 2026', year=2026,
            summary='Robust 3DGS-based dense SLAM for dynamic scenes; track separately because dynamic filtering metrics differ from static reconstruction metrics.'),
 (S, 79): P('LangGS-SLAM: Real-Time Language-Feature Gaussian Splatting SLAM', venue='arXiv 2026', year=2026,
            summary='Adds language/open-vocabulary feature fields to Gaussian SLAM; useful for semantic map querying.'),
 (S, 86): N, (S, 99): N, (S, 108): N, (S, 112): N, (S, 114): N, (S, 115): N, (S, 116): N, (S, 158): N,
}

YT = {  # title, arXiv id, authors line as written, date, TL;DR as written
 25: ('AnythingReality: Robust Online Gaussian Splatting SLAM for Open-Vocabulary VR Scene Exploration', '2607.09260',
      'Timofei Kozlov, Dmitrii Maliukov, Andrey Marchenko, Miguel Altamirano Cabrera, Dzmitry Tsetserukou', 2026, None),
 37: ('Fast 3D Foundation Model Initialized Gaussian Splatting', '2607.03209',
      'Anurag Dalal, Daniel Hagen, Kjell G. Robbersmyr, Kristian Muri Knausgård', 2026,
      '利用3D基础模型初始化位姿和点云，联合深度引导优化与MLP位姿细化，实现无SfM的3分钟高质量3DGS重建。'),
 50: ('FastBridge: Closing the Model-Based Realization Gap in Safety Filters on 3D Gaussian Splatting for Fast Quadrotor Flight', '2607.01200',
      'Tscholl Dario, Nakka Yashwanth Kumar, Gunter Brian', 2026,
      '针对3DGS安全滤波器忽略执行器限制问题，提出全四旋翼动力学的执行器感知碰撞锥CBF，降低急动度47%、加速2.25倍。'),
 63: ('AugSplat: Radiance Field-Informed Gaussian Splatting for Sparse-View Settings', '2606.31556',
      'Lorenzo Lazzaroni, Riccardo Bollati, Daniel Barath, Michael Niemeyer, Keisuke Tateno', 2026,
      '利用辐射场合成新视图辅助高斯溅射优化，解决稀疏视图下初始几何敏感问题，提升重建质量并保持实时渲染。'),
 74: ('GRay: Ray Tracing 3D Gaussians Near the Speed of Splats', '2606.30869',
      'Yohan Poirier-Ginter, Jean-François Lalonde, George Drettakis', 2026,
      '利用射线追踪仅相交评估的对数缩放特性，通过密集初始化加速，实现接近光栅化速度的3D高斯射线追踪。'),
 85: ('GaussLite: Online Task-Conditioned 3D Gaussian Splatting for Real-Time Robotic Mapping', '2606.30809',
      'Annika Thomas, Mason Peterson, Jonathan P. How', 2026,
      '现有3DGS均匀分配容量浪费资源，GaussLite提出任务驱动的稀疏化映射，通过LLM解析和开放词汇检测按需分配密度，在资源受限硬件上实时重建，ROI PSNR提升超2.7dB。'),
 98: ('StereoGS: Sparse-View 3D Gaussian Splatting via Stereo Priors', '2606.30545',
      'Wenhao Yuan, Yiyuan Ge, Deli Cai', 2026, '针对稀疏视图下3DGS过拟合与几何缺陷，引入立体先'),
 109: ('UniTriSplat: A Unified 3D Gaussian Splatting Framework with Uniform Spherical Rasterization for Universal Cameras', '2606.29794',
       'Yipeng Zhu, Huajian Huang, Tristan Braud, Sai-Kit Yeung', 2026,
       '针对不同相机模型采样不一致问题，提出基于HEALPix球面均匀光栅化的统一3DGS框架，提升跨相机泛化与重建质量。'),
 120: ('MyGO-Splat: Multi-Objective Closed-Loop Geometric Feedback for RGB-Only Gaussian SLAM', '2606.29738',
       'Fan Zhu, Ziyu Chen, Zhenjun Zhao, Zhisong Xu, Hui Zhu, Mingrui Li, Chunmao Jiang, Javier Civera', 2026,
       '单目SLAM尺度模糊且缺少几何自校正，MyGO-Splat通过闭环Gaussian光栅化深度与法线及尺度自适应对齐，提升尺度稳定性，性能媲美RGB-D。'),
 131: ('Resonant Brane Splatting for Arbitrary-Scale Super-Resolution', '2606.29453',
       'Giulio Federico, Giuseppe Amato, Claudio Gennaro, Fabio Carrara, Marco Di Benedetto', 2026,
       '针对高斯平滑导致的稀疏性问题，RBS引入带高斯-埃尔'),
 144: ('Vis4GS: A Visual Analytic Tool for 3D Gaussian Splatting Reconstruction', '2606.26985',
       'Kai-Yuan Lin, Aryabima Mandala Putra, Jui-Chi Lee, Shih-Hsuan Hung', 2026,
       '提出Vis4GS多视图可视分析工具，连接3DGS伪影与高斯属性及优化历史，实现原始级诊断。'),
 157: ('Open-Vocabulary BEV Segmentation with 3D-Aware Geometric Constraints', '2606.24353',
       'Hojun Choi, Seulbin Hwang, Dae Jung Kim, Kisung Kim, Hyunjung Shim, Jinhan Lee', 2026,
       '开放词汇BEV分割存在3D几何不一致，提出基于高斯泼溅和几何约束的OVBEVSeg，实现SOTA性能并提升效率。'),
 170: ('Learning Stable Canonical Worlds for Novel View Synthesis and Beyond', '2606.23027',
       'Xiaoyu Xu, Jian Zou, Sheyang Tang, Zhihua Wang, Jing Liao, Kede Ma', 2026,
       '前馈高斯泼溅在视图增多时易积累噪声，通过不确定性感知融合构建规范潜在世界，新视图合成PSNR提升2.5dB，语义分割准确率提升11%。'),
 181: ('Mesh2GS: White-Box 3DGS Construction via Plenoptic Sampling', '2606.21898',
       'Haoran Zhu, Youcheng Cai, Huangsheng Du, Jingyang Meng, Ligang Liu', 2026,
       '针对网格转3DGS问题，提出基于全光采样理论的白盒框架，通过最小采样率推导和反照率-着色分解更新实现奈奎斯特级全局光照渲染。'),
 192: ('Single-Event Upsets in 3D Gaussian Splatting Rendering: Bit-Level Criticality, Spatial Extent, and a Parallel Support Guard', '2606.21791',
       'Faruk Alpay, Baris Basaran', 2026, '分析3DGS渲染中单比特翻转的位'),
 203: ('Spectral GS-SLAM: Observability-Aware, Degeneracy-Robust Tracking for Real-Time 3D Gaussian Splatting SLAM', '2606.21258',
       'Edward Beng Wai Tan, Siew-Kei Lam, Dongshuo Zhang', 2026,
       '针对纹理缺失或几何退化场景中跟踪易失效问题，提出结合ICP与特征约束并引入高斯感知平面性加权的实时鲁棒SLAM方法。'),
 216: ('LIT-GS: LiDAR-Inertial-Thermal Gaussian Splatting for Illumination-Robust Mapping', '2606.20424',
       'Shikuan Shi, Chunran Zheng, Jiaming Xu, Tianyong Ye, Tao Yu, Yukang Cui', 2026,
       '针对光照变化场景，LIT-GS通过LiDAR平面约束和热-LiDAR关联优化位姿与结构，提升几何与渲染质量。'),
 229: ('Splaxel: Efficient Distributed Training of 3D Gaussian Splatting for Large-scale Scene Reconstruction via Pixel-level Communication', '2606.18588',
       'Wenqi Jia, Zhewen Hu, Ying Huang, Yu Gong, Stavros Kalafatis, Yuke Wang, Wei Niu, Chengming Zhang, Ang Li, Sheng Di, Yuede Ji, Bo Fang, Miao Yin', 2026,
       '分布式训练3DGS通信成本高，提出Splaxel，通过像素级局部渲染与全局组合减少交换，实现7.6倍加速并保持高质量。'),
 240: ('MoonSplat: Monocular Online Gaussian Splatting with Sim(3) Global Optimization', '2606.17935',
       'Guo Pu, Yixuan Han, Haofeng Li, Yao Zhang, Hui Zhou, Zhouhui Lian', 2026,
       '通过全局Sim(3)优化和颜色残差学习，实现鲁棒高效的在线单目体素化3DGS重建，提升姿态精度与渲染质量。'),
}
for ln, (t, a, au, yr, tl) in YT.items():
    L[(Y, ln)] = P(t, arxiv=a, year=yr, authors=au.split(', '), summary=tl)

HEAD = re.compile(r'^(#{1,6})\s+(.*?)\s*#*\s*$')

def sections(lines):
    out, stack, fence = [], [], False
    for line in lines:
        if line.strip().startswith('```'):
            fence = not fence
        m = None if fence else HEAD.match(line)
        if m:
            lvl = len(m.group(1))
            stack = [s for s in stack if s[0] < lvl] + [(lvl, m.group(2).strip())]
        out.append(' / '.join(t for l, t in stack if l > 1) or None)
    return out

rows = []
for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')):
    f, ln = r['list'], r['line']
    lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    i = j = ln - 1
    if f == Y:
        while j + 1 < len(lines) and lines[j + 1].strip() != '':
            j += 1
    lab = dict(L[(f, ln)])
    full = dict(list=f, line=ln, raw='\n'.join(lines[i:j + 1]), is_paper=lab['is_paper'],
                title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=[],
                code=None, summary=None, section=sections(lines)[i])
    full.update(lab)
    rows.append(full)
assert len(rows) == len(L), (len(rows), len(L))
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'labels;', sum(r['is_paper'] for r in rows), 'papers')

"""Hand labels for the 60 sampled entries (read by eye from the saved READMEs).

`raw` is cut from the file: a paper-title heading in Awesome3DGS runs down to the last non-blank
line under it (its four detail bullets); every other entry is its one source line.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
A = 'Awesome3DGS__3D-Gaussian-Splatting-Papers.README.md'
H = 'heshuting555__Awesome-3DGS-Applications.README.md'
M = 'moriyaya__awesome-3dgs-for-low-level-vision.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=None, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


def au(s):
    return [a.strip() for a in s.split(',')]


LABELS = {
    # ---- Awesome3DGS: "#### [N] Title" headings, Chinese detail bullets; no section headings
    (A, 105): P('Depth-Regularized Optimization for 3D Gaussian Splatting in Few-Shot Images', '2311.13398',
                venue='arXiv', authors=au('Jaeyoung Chung, Jeongtaek Oh, Kyoung Mu Lee')),
    (A, 123): P('GaussianEditor: Swift and Controllable 3D Editing with Gaussian Splatting', '2311.14521',
                venue='arXiv', authors=au('Yiwen Chen, Zilong Chen, Chi Zhang, Feng Wang, Xiaofeng Yang, Yikai Wang, Zhongang Cai, Lei Yang, Huaping Liu, Guosheng Lin'),
                code='https://github.com/buaacyw/GaussianEditor'),
    (A, 129): P('GaussianEditor: Editing 3D Gaussians Delicately with Text Instructions', '2311.16037',
                venue='arXiv', authors=au('Jiemin Fang, Junjie Wang, Xiaopeng Zhang, Lingxi Xie, Qi Tian')),
    (A, 153): P('Animatable 3D Gaussian: Fast and High-Quality Reconstruction of Multiple Human Avatars', '2311.16482',
                venue='arXiv', authors=au('Yang Liu, Xiang Huang, Minghan Qin, Qinwei Lin, Haoqian Wang'),
                code='https://github.com/jimmyYliu/Animatable-3D-Gaussian'),
    (A, 213): P('Scaffold-GS: Structured 3D Gaussians for View-Adaptive Rendering', '2312.00109',
                venue='arXiv', authors=au('Tao Lu, Mulin Yu, Linning Xu, Yuanbo Xiangli, Limin Wang, Dahua Lin, Bo Dai'),
                code='https://github.com/city-super/Scaffold-GS'),
    (A, 219): P('DynMF: Neural Motion Factorization for Real-time Dynamic View Synthesis with 3D Gaussian Splatting', '2312.00112',
                venue='arXiv', authors=au('Agelos Kratimenos, Jiahui Lei, Kostas Daniilidis'),
                code='https://github.com/agelosk/dynmf'),
    (A, 243): P('Gaussian Grouping: Segment and Edit Anything in 3D Scenes', '2312.00732',
                venue='arXiv', authors=au('Mingqiao Ye, Martin Danelljan, Fisher Yu, Lei Ke'),
                code='https://github.com/lkeab/gaussian-grouping'),
    (A, 261): P('Neural Parametric Gaussians for Monocular Non-Rigid Object Reconstruction', '2312.01196',
                venue='arXiv', authors=au('Devikalyan Das, Christopher Wewer, Raza Yunus, Eddy Ilg, Jan Eric Lenssen')),
    (A, 273): P('GaussianAvatars: Photorealistic Head Avatars with Rigged 3D Gaussians', '2312.02069',
                venue='arXiv', authors=au('Shenhan Qian, Tobias Kirschstein, Liam Schoneveld, Davide Davoli, Simon Giebenhain, Matthias Nießner')),
    (A, 285): P('SplaTAM: Splat, Track & Map 3D Gaussians for Dense RGB-D SLAM', '2312.02126',
                venue='arXiv', authors=au('Nikhil Keetha, Jay Karhade, Krishna Murthy Jatavallabhula, Gengshan Yang, Sebastian Scherer, Deva Ramanan, Jonathon Luiten'),
                code='https://github.com/spla-tam/SplaTAM'),
    (A, 291): P('GaussianAvatar: Towards Realistic Human Avatar Modeling from a Single Video via Animatable 3D Gaussians', '2312.02134',
                venue='arXiv', authors=au('Liangxiao Hu, Hongwen Zhang, Yuxiang Zhang, Boyao Zhou, Boning Liu, Shengping Zhang, Liqiang Nie'),
                code='https://github.com/huliangxiao/GaussianAvatar'),
    (A, 297): P('MANUS: Markerless Hand-Object Grasp Capture using Articulated 3D Gaussians', '2312.02137',
                venue='arXiv', authors=au('Chandradeep Pokhariya, Ishaan N Shah, Angela Xing, Zekun Li, Kefan Chen, Avinash Sharma, Srinath Sridhar')),
    (A, 363): P('Gaussian Splatting SLAM', '2312.06741',
                venue='arXiv', authors=au('Hidenobu Matsuki, Riku Murai, Paul H.J. Kelly, Andrew J. Davison')),
    (A, 375): P('DrivingGaussian: Composite Gaussian Splatting for Surrounding Dynamic Autonomous Driving Scenes', '2312.07920',
                venue='arXiv', authors=au('Xiaoyu Zhou, Zhiwei Lin, Xiaojun Shan, Yongtao Wang, Deqing Sun, Ming-Hsuan Yang')),
    (A, 399): P('Text2Immersion: Generative Immersive Scene with 3D Gaussians', '2312.09242',
                venue='arXiv', authors=au('Hao Ouyang, Kathryn Heal, Stephen Lombardi, Tiancheng Sun')),
    (A, 405): P('GauFRe: Gaussian Deformation Fields for Real-time Dynamic Novel View Synthesis', '2312.11458',
                venue='arXiv', authors=au('Yiqing Liang, Numair Khan, Zhengqin Li, Thu Nguyen-Phuoc, Douglas Lanman, James Tompkin, Lei Xiao')),
    (A, 411): P('pixelSplat: 3D Gaussian Splats from Image Pairs for Scalable Generalizable 3D Reconstruction', '2312.12337',
                venue='arXiv', authors=au('David Charatan, Sizhe Li, Andrea Tagliasacchi, Vincent Sitzmann'),
                code='https://github.com/dcharatan/pixelsplat'),
    (A, 471): P('LangSplat: 3D Language Gaussian Splatting', '2312.16084',
                venue='arXiv', authors=au('Minghan Qin, Wanhua Li, Jiawei Zhou, Haoqian Wang, Hanspeter Pfister'),
                code='https://github.com/minghanqin/LangSplat'),
    (A, 495): P('Deblurring 3D Gaussian Splatting', '2401.00834',
                venue='arXiv', authors=au('Byeonghyeon Lee, Howoong Lee, Xiangyu Sun, Usman Ali, Eunbyung Park'),
                code='https://github.com/benhenryL/Deblurring-3D-Gaussian-Splatting'),
    (A, 501): P('Street Gaussians for Modeling Dynamic Urban Scenes', '2401.01339',
                venue='arXiv', authors=au('Yunzhi Yan, Haotong Lin, Chenxu Zhou, Weijie Wang, Haiyang Sun, Kun Zhan, Xianpeng Lang, Xiaowei Zhou, Sida Peng'),
                code='https://github.com/zju3dv/street_gaussians'),

    # ---- heshuting555: TOC bullets, dataset tables, method tables (Year | Venue | Abbr | Title | Project/Code)
    (H, 36): N('Table of Contents'),
    (H, 40): N('Table of Contents'),
    (H, 50): N('Existing Datasets for 3DGS Segmentation'),
    (H, 69): N('Existing Datasets for 3DGS Editing'),
    (H, 70): N('Existing Datasets for 3DGS Editing'),
    (H, 71): N('Existing Datasets for 3DGS Editing'),
    (H, 116): P('Language Embedded 3D Gaussians for Open-Vocabulary Scene Understanding', '2311.18482',
                venue='CVPR 2024', year=2024, section='Existing Methods for 3DGS Segmentation'),
    (H, 121): P('OpenGaussian: Towards Point-Level 3D Gaussian-based Open Vocabulary Understanding', '2406.02058',
                venue='NeurIPS 2024', year=2024, section='Existing Methods for 3DGS Segmentation'),
    (H, 185): P('TIGER: Text-Instructed 3D Gaussian Retrieval and Coherent Editing', '2405.14455',
                venue='arXiv 2024', year=2024, section='Existing Methods for 3DGS Editing'),
    (H, 187): P('FruitNinja: 3D Object Interior Texture Generation with Gaussian Splatting', '2411.12089',
                venue='CVPR 2024', year=2024, section='Existing Methods for 3DGS Editing'),
    (H, 200): P('GSEditPro: 3D Gaussian Splatting Editing with Attention\u2010based Progressive Localization',
                url='https://onlinelibrary.wiley.com/doi/abs/10.1111/cgf.15215',
                venue='Computer Graphics Forum 2024', year=2024, section='Existing Methods for 3DGS Editing'),
    (H, 201): P('\U0001d4a2\u2010Style: Stylized Gaussian Splatting',
                url='https://onlinelibrary.wiley.com/doi/abs/10.1111/cgf.15259',
                venue='Computer Graphics Forum 2024', year=2024, section='Existing Methods for 3DGS Editing'),
    (H, 207): P('Neural Surface Priors for Editable Gaussian Splatting', '2411.18311',
                venue='arXiv 2024', year=2024, code='https://github.com/WJakubowska/NeuralSurfacePriors',
                section='Existing Methods for 3DGS Editing'),
    (H, 243): P('Dreamgaussian: Generative gaussian splatting for efficient 3d content creation', '2309.16653',
                venue='ICLR 2024', year=2024, section='Existing Methods for 3DGS Generation'),
    (H, 247): P('CompGS: Unleashing 2D Compositionality for Compositional Text-to-3D via Dynamically Optimizing 3D Gaussians', '2410.20723',
                venue='arXiv 2024', year=2024, section='Existing Methods for 3DGS Generation'),
    (H, 251): P('Dreamscene: 3d gaussian-based text-to-3d scene generation via formation pattern sampling',
                url='https://link.springer.com/chapter/10.1007/978-3-031-72904-1_13',
                venue='ECCV 2024', year=2024, section='Existing Methods for 3DGS Generation'),
    (H, 260): P('Art3d: 3d gaussian splatting for text-guided artistic scenes generation', '2405.10508',
                venue='CVPR 2024 Workshop', year=2024, section='Existing Methods for 3DGS Generation'),
    (H, 279): P('Fsgs: Real-time few-shot view synthesis using gaussian splatting',
                url='https://link.springer.com/chapter/10.1007/978-3-031-72933-1_9',
                venue='ECCV 2024', year=2024, section='Existing Methods for 3DGS Generation'),
    (H, 287): P('Diffgs: Functional gaussian splatting diffusion',
                url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/41fb2ecb5b7d1b505bca787de0a603dc-Abstract-Conference.html',
                venue='NeurIPS 2024', year=2024, section='Existing Methods for 3DGS Generation'),
    (H, 358): P('A Neural Representation Framework with LLM-Driven Spatial Reasoning for Open-Vocabulary 3D Visual Grounding',
                venue='ACM MM 2025', year=2025, section='Other Application Tasks / 3DGS Detection'),

    # ---- moriyaya: nested TOC bullets, "* Title, **Venue, Year**. [[Paper](..)] [[Code](..)]" bullets
    (M, 22): N('Overview'),
    (M, 23): N('Overview'),
    (M, 25): N('Overview'),
    (M, 27): N('Overview'),
    (M, 30): N('Overview'),
    (M, 44): P('Learn to Optimize Denoising Scores for 3D Generation: A Unified and Improved Diffusion Prior on NeRF and 3D Gaussian Splatting', '2312.04820',
               venue='ECCV 2024', year=2024, code='https://github.com/yangxiaofeng/LODS',
               section='3DGS LLV Model / Image Denoising'),
    (M, 47): P('Learn to Optimize Denoising Scores for 3D Generation: A Unified and Improved Diffusion Prior on NeRF and 3D Gaussian Splatting', '2312.04820',
               venue='arXiv', section='3DGS LLV Model / Image Denoising'),
    (M, 54): P('Aquatic-GS: A Hybrid 3D Representation for Underwater Scenes', '2411.00239',
               venue='arXiv', section='3DGS LLV Model / Underwater Image Enhancement'),
    (M, 55): P('RecGS: Removing Water Caustic with Recurrent Gaussian Splatting', '2407.10318',
               venue='arXiv', section='3DGS LLV Model / Underwater Image Enhancement'),
    (M, 69): P('Gaussian Splatting on the Move: Blur and Rolling Shutter Compensation for Natural Camera Motion', '2403.13327',
               venue='ECCV 2024', year=2024, section='3DGS LLV Model / Image Deblurring'),
    (M, 70): P('DeblurGS: Gaussian Splatting for Camera Motion Blur',
               venue='arXiv', code='https://github.com/taekkii/deblurgs', section='3DGS LLV Model / Image Deblurring'),
    (M, 71): P('Robust Gaussian Splatting', '2404.04211',
               venue='arXiv', section='3DGS LLV Model / Image Deblurring'),
    (M, 76): P('GaussianSR: 3D Gaussian Super-Resolution with 2D Diffusion Priors', '2406.10111',
               venue='arXiv', section='3DGS LLV Model / Super-resolution Reconstruction'),
    (M, 78): P('GaussianSR: High Fidelity 2D Gaussian Splatting for Arbitrary-Scale Image Super-Resolution', '2407.18046',
               venue='arXiv', section='3DGS LLV Model / Super-resolution Reconstruction'),
    (M, 80): P('FlashGS: Efficient 3D Gaussian Splatting for Large-scale and High-resolution Rendering', '2408.07967',
               venue='arXiv', section='3DGS LLV Model / Super-resolution Reconstruction'),
    (M, 83): P('SuperGS: Super-Resolution 3D Gaussian Splatting via Latent Feature Field and Gradient-guided Splitting', '2410.02571',
               venue='arXiv', section='3DGS LLV Model / Super-resolution Reconstruction'),
    (M, 95): P('DehazeNeRF: Multiple Image Haze Removal and 3D Shape Reconstruction using Neural Radiance Fields', '2303.11364',
               venue='3DV 2024', year=2024, section='3DGS LLV Model / Image dehaze'),
    (M, 100): P('HDRSplat: Gaussian Splatting for High Dynamic Range 3D Scene Reconstruction from Raw Images', '2407.16503',
                venue='arXiv', section='3DGS LLV Model / High Dynamic Range'),
    (M, 101): P('HDR-GS: Efficient High Dynamic Range Novel View Synthesis at 1000x Speed via Gaussian Splatting', '2405.15125',
                venue='NeurIPS 2024', year=2024, section='3DGS LLV Model / High Dynamic Range'),
    (M, 105): P('ThermalGaussian: Thermal 3D Gaussian Splatting', '2409.07200',
                venue='arXiv', section='3DGS LLV Model / Thermal Infrared'),
}


def raw_of(lines, name, line):
    if name == A and lines[line - 1].startswith('#### ['):
        j = line
        while j < len(lines) and lines[j].strip():
            j += 1
        return '\n'.join(lines[line - 1:j])
    return lines[line - 1]


def main():
    sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
    assert len(sample) == len(LABELS) == 60, (len(sample), len(LABELS))
    files = {}
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for s in sample:
            name, line = s['list'], s['line']
            if name not in files:
                files[name] = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
            rec = {'list': name, 'line': line, 'raw': raw_of(files[name], name, line)}
            rec.update(LABELS[(name, line)])
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()

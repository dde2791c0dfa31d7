# Hand labels for the sampled entries (written by hand, keyed by list and line); raw is copied from sample.json.
import json
G = "bcmi__Awesome-Generative-Image-Composition.README.md"
S = "bcmi__Awesome-Object-Shadow-Generation.README.md"
X = "xw-hu__Unveiling-Deep-Shadows.README.md"
NP = lambda sec: dict(is_paper=False, section=sec)
def P(title, venue, year, authors, section, arxiv=None, url=None, code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=authors, code=code, summary=summary, section=section)
XD = "Image Shadow Detection / Comparing image shadow detection methods on SBU-Refine and CUHK-Shadow: Results-Part1, Results-Part2"
XR = "Image Shadow Removal / Comparing image shadow removal methods on SRD and ISTD+: Results-Part1, Results-Part2, Results-Part3"
XV = "Video Shadow Detection / Comparison of video shadow detection methods on ViSha: Results"
L = {
 (G, 13): NP("Table of Contents"), (G, 14): NP("Table of Contents"), (G, 16): NP("Table of Contents"), (G, 17): NP("Table of Contents"),
 (G, 32): NP("Test Set"), (G, 34): NP("Test Set"), (G, 35): NP("Test Set"),
 (G, 121): P("Collage Diffusion", "WACV 2024", 2024, ["Vishnu Sarukkai", "Linden Li", "Arden Ma", "Christopher Re", "Kayvon Fatahalian"],
             "Papers / Object-to-Object", url="https://openaccess.thecvf.com/content/WACV2024/papers/Sarukkai_Collage_Diffusion_WACV_2024_paper.pdf",
             code="https://github.com/VSAnimator/collage-diffusion"),
 (G, 122): P("CustomNet: Zero-shot Object Customization with Variable-Viewpoints in Text-to-Image Diffusion Models", "arXiv 2023", 2023,
             ["Ziyang Yuan", "Mingdeng Cao", "Xintao Wang", "Zhongang Qi", "Chun Yuan", "Ying Shan"], "Papers / Object-to-Object",
             arxiv="2310.19784", code="https://github.com/TencentARC/CustomNet"),
 (G, 123): P("ControlCom: Controllable Image Composition using Diffusion Model", "arXiv 2023", 2023,
             ["Bo Zhang", "Yuxuan Duan", "Jun Lan", "Yan Hong", "Huijia Zhu", "Weiqiang Wang", "Li Niu"], "Papers / Object-to-Object",
             arxiv="2308.10040", code="https://github.com/bcmi/ControlCom-Image-Composition"),
 (G, 125): P("Paste, Inpaint and Harmonize via Denoising: Subject-Driven Image Editing with Pre-Trained Diffusion Model", "arXiv 2023", 2023,
             ["Xin Zhang", "Jiaxian Guo", "Paul Yoo", "Yutaka Matsuo", "Yusuke Iwasawa"], "Papers / Object-to-Object", arxiv="2306.07596"),
 (G, 126): P("Cross-domain Compositing with Pretrained Diffusion Models", "arXiv 2023", 2023,
             ["Roy Hachnochi", "Mingrui Zhao", "Nadav Orzech", "Rinon Gal", "Ali Mahdavi-Amiri", "Daniel Cohen-Or", "Amit Haim Bermano"],
             "Papers / Object-to-Object", arxiv="2302.10167", code="https://github.com/roy-hachnochi/cross-domain-compositing"),
 (G, 147): P("Scene-Conditional 3D Object Stylization and Composition", "arXiv 2023", 2023,
             ["Jinghao Zhou", "Tomas Jakab", "Philip Torr", "Christian Rupprecht"], "Related Topics / Foreground: 3D;  Background: image",
             arxiv="2312.12419", code="https://github.com/shallowtoil/scene-cond-3d"),
 (G, 150): P("InseRF: Text-Driven Generative Object Insertion in Neural 3D Scenes", "arXiv 2024", 2024,
             ["Mohamad Shahbazi", "Liesbeth Claessens", "Michael Niemeyer", "Edo Collins", "Alessio Tonioni", "Luc Van Gool", "Federico Tombari"],
             "Related Topics / Foreground: 3D;  Background: 3D", arxiv="2401.05335"),
 (G, 151): P("Interactive Segmentation of Radiance Fields", "CVPR 2023", 2023,
             ["Rahul Goel", "Dhawal Sirikonda", "Saurabh Saini", "PJ Narayanan"], "Related Topics / Foreground: 3D;  Background: 3D",
             arxiv="2212.13545", code="https://github.com/rahul-goel/isrf_code"),
 (G, 153): P("Control-NeRF: Editable Feature Volumes for Scene Rendering and Manipulation", "WACV 2023", 2023,
             ["Verica Lazova", "Vladimir Guzov", "Kyle Olszewski", "Sergey Tulyakov", "Gerard Pons-Moll"],
             "Related Topics / Foreground: 3D;  Background: 3D", arxiv="2204.10850"),
 (G, 155): P("Learning Object-Compositional Neural Radiance Field for Editable Scene Rendering", "ICCV 2021", 2021,
             ["Bangbang Yang", "Yinda Zhang", "Yinghao Xu", "Yijin Li", "Han Zhou", "Hujun Bao", "Guofeng Zhang", "Zhaopeng Cui"],
             "Related Topics / Foreground: 3D;  Background: 3D", arxiv="2109.01847", code="https://github.com/zju3dv/object_nerf"),
 (G, 159): P("ActAnywhere: Subject-Aware Video Background Generation", "arXiv 2024", 2024,
             ["Boxiao Pan", "Zhan Xu", "Chun-Hao Paul Huang", "Krishna Kumar Singh", "Yang Zhou", "Leonidas J. Guibas", "Jimei Yang"],
             "Related Topics / Foreground: video;  Background: image", arxiv="2401.10822"),
 (G, 165): P("Inserting Videos into Videos", "CVPR 2019", 2019, ["Donghoon Lee", "Tomas Pfister", "Ming-Hsuan Yang"],
             "Related Topics / Foreground: video;  Background: video",
             url="https://openaccess.thecvf.com/content_CVPR_2019/papers/Lee_Inserting_Videos_Into_Videos_CVPR_2019_paper.pdf"),
 (G, 169): NP("Other Resources"),
 (S, 10): NP("Table of Contents"), (S, 11): NP("Table of Contents"), (S, 12): NP("Table of Contents"), (S, 13): NP("Table of Contents"),
 (S, 24): P("Shadow Generation for Composite Image in Real-world Scenes", "AAAI 2022", 2022, ["Yan Hong", "Li Niu", "Jianfu Zhang"],
            "Papers / Supervised deep learning methods", arxiv="2104.10338"),
 (S, 25): P("Controllable Shadow Generation Using Pixel Height Maps", "ECCV 2022", 2022,
            ["Yichen Sheng", "Yifan Liu", "Jianming Zhang", "Wei Yin", "Oztireli Cengiz", "He Zhang", "Lin Zhe", "Shechtman Eli", "Bedrich Benes"],
            "Papers / Supervised deep learning methods", arxiv="2207.05385"),
 (S, 26): P("SSN: Soft shadow network for image compositing", "CVPR 2021", 2021, ["Yichen Sheng", "Jianming Zhang", "Bedrich Benes"],
            "Papers / Supervised deep learning methods",
            url="https://openaccess.thecvf.com/content/CVPR2021/papers/Sheng_SSN_Soft_Shadow_Network_for_Image_Compositing_CVPR_2021_paper.pdf",
            code="https://github.com/ShengCN/SSN_SoftShadowNet"),
 (S, 27): P("ARshadowGAN: Shadow generative adversarial network for augmented reality in single light scenes", "CVPR 2020", 2020,
            ["Daquan Liu", "Chengjiang Long", "Hongpan Zhang", "Hanning Yu", "Xinzhi Dong", "Chunxia Xiao"], "Papers / Supervised deep learning methods",
            url="https://openaccess.thecvf.com/content_CVPR_2020/papers/Liu_ARShadowGAN_Shadow_Generative_Adversarial_Network_for_Augmented_Reality_in_Single_CVPR_2020_paper.pdf",
            code="https://github.com/ldq9526/ARShadowGAN"),
 (S, 28): P("ShadowGAN: Shadow synthesis for virtual objects with conditional adversarial networks", "Computational Visual Media 2019", 2019,
            ["Shuyang Zhang", "Runze Liang", "Miao Wang"], "Papers / Supervised deep learning methods",
            url="https://link.springer.com/content/pdf/10.1007/s41095-019-0136-1.pdf"),
 (S, 32): P("Adversarial Image Composition with Auxiliary Illumination", "ACCV 2020", 2020,
            ["Fangneng Zhan", "Shijian Lu", "Changgong Zhang", "Feiying Ma", "Xuansong Xie"], "Papers / Unsupervised deep learning methods",
            url="https://openaccess.thecvf.com/content/ACCV2020/papers/Zhan_Adversarial_Image_Composition_with_Auxiliary_Illumination_ACCV_2020_paper.pdf"),
 (S, 36): P("Illumination animating and editing in a single picture using scene structure estimation", "Computers & Graphics 2019", 2019,
            ["Bin Liao", "Yao Zhu", "Chao Liang", "Fei Luo", "Chunxia Xiao"], "Papers / Traditional methods",
            url="https://www.sciencedirect.com/science/article/abs/pii/S0097849319300627"),
 (S, 38): P("Static scene illumination estimation from videos with applications", "Journal of Computer Science and Technology 2017", 2017,
            ["Bin Liu", "Kun Xu", "Ralph R. Martin"], "Papers / Traditional methods",
            url="https://link.springer.com/content/pdf/10.1007/s11390-017-1734-y.pdf"),
 (S, 40): P("Automatic scene inference for 3d object compositing", "ACM Transactions on Graphics 2014", 2014,
            ["Kevin Karsch", "Kalyan Sunkavalli", "Sunil Hadap", "Nathan Carr", "Hailin Jin", "Rafael Fonte", "Michael Sittig", "David Forsyth"],
            "Papers / Traditional methods", arxiv="1912.12297"),
 (S, 42): P("Rendering synthetic objects into legacy photographs", "ACM Transactions on Graphics 2011", 2011,
            ["Kevin Karsch", "Varsha Hedau", "David Forsyth", "Derek Hoiem"], "Papers / Traditional methods", arxiv="1912.11565"),
 (S, 47): NP("Datasets"), (S, 48): NP("Datasets"), (S, 49): NP("Datasets"), (S, 53): NP("Other Resources"),
 (X, 16): NP("Highlights"),
 (X, 33): NP(XD), (X, 34): NP(XD), (X, 35): NP(XD), (X, 39): NP(XD), (X, 45): NP(XD), (X, 60): NP(XD),
 (X, 112): P("Make segment anything model perfect on shadow detection", "TGRS 2023", 2023, ["Chen"], "Image Shadow Detection / Papers"),
 (X, 132): NP(XV + " / Weights"), (X, 136): NP(XV + " / Notes"),
 (X, 151): P("Learning shadow correspondence for video shadow detection", "ECCV 2022", 2022, ["Ding"], "Video Shadow Detection / Papers"),
 (X, 157): P("Two-stage video shadow detection via temporal-spatial adaption", "ECCV 2024", 2024, ["Duan"], "Video Shadow Detection / Papers"),
 (X, 201): NP("Instance Shadow Detection / Metrics"),
 (X, 226): NP(XR), (X, 236): NP(XR),
 (X, 326): P("SpA-Former: An effective and lightweight transformer for image shadow removal", "IJCNN 2023", 2023, ["Liu"], "Image Shadow Removal / Papers"),
 (X, 333): P("SHARDS: Efficient shadow removal using dual stage network for high-resolution images", "WACV 2023", 2023, ["Sen"], "Image Shadow Removal / Papers"),
 (X, 335): P("Progressive recurrent network for shadow removal", "CVIU 2024", 2024, ["Wang"], "Image Shadow Removal / Papers"),
 (X, 352): NP("Document Shadow Removal / Comparing document shadow removal methods on RDD: Results"),
 (X, 380): P("SSN: Soft shadow network for image compositing", "CVPR 2021", 2021, ["Sheng"], "Image Shadow Generation"),
}
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
sample = json.load(open("sample.json", encoding="utf-8"))
assert len(sample) == len(L), (len(sample), len(L))
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for e in sample:
        lab = L[(e["list"], e["line"])]
        rec = dict(list=e["list"], line=e["line"], raw=e["raw"], is_paper=lab["is_paper"], title=None, arxiv_id=None, doi=None, url=None,
                   venue=None, year=None, authors=[], code=None, summary=None, section=lab["section"])
        rec.update(lab)
        f.write(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False) + "\n")
print("written", len(sample))

"""Hand labels for the 60 drawn entries. Every value below was typed by hand from
reading the file; the script only cuts `raw` (lines start..end) out of each file and
writes labels.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = 'PRIV-Creation__Awesome-Controllable-T2I-Diffusion-Models.README.md'
A = 'atfortes__Awesome-Controllable-Diffusion.README.md'
S = 'shogi880__awesome-controllable-stable-diffusion.README.md'
PSEC = 'Generation with Specific Condition / Personalization / Subject-Driven Generation'
ASEC = 'Papers / Diffusion Models'
SSEC = 'Paper List'

def paper(title, arxiv, venue, year, authors, url=None, code=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=authors, code=code, summary=None)

def non():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=None, code=None, summary=None)

L = []  # (list, start, end, section, fields)
def add(lst, start, end, section, f):
    L.append((lst, start, end, section, f))

# ---- PRIV-Creation: bold title<br> / *authors.*<br> / Venue. [[PDF](arXiv)] ----
add(P, 189, 191, PSEC, paper('DiffuseKronA: A Parameter Efficient Fine-tuning Method for Personalized Diffusion Models', '2402.17412', 'arXiv 2024', 2024,
    ['Shyam Marjit', 'Harshit Singh', 'Nityanand Mathur', 'Sayak Paul', 'Chia-Mu Yu', 'Pin-Yu Chen']))
add(P, 173, 175, PSEC, paper('StableGarment: Garment-Centric Generation via Stable Diffusion', '2403.10783', 'arXiv 2024', 2024,
    ['Rui Wang', 'Hailong Guo', 'Jiaming Liu', 'Huaxia Li', 'Haibo Zhao', 'Xu Tang', 'Yao Hu', 'Hao Tang', 'Peipei Li']))
add(P, 281, 283, PSEC, paper('DIFFNAT- Improving Diffusion Image Quality Using Natural Image  Statistics', '2311.09753', 'arXiv 2023', 2023,
    ['Aniket Roy', 'Maiterya Suin', 'Anshul Shah', 'Ketul Shah', 'Jiang Liu', 'Rama Chellappa']))
add(P, 273, 275, PSEC, paper('Lego- Learning to Disentangle and Invert Concepts Beyond Object Appearance in Text-to-Image Diffusion Models', '2311.13833', 'arXiv 2023', 2023,
    ['Saman Motamed', 'Danda Pani Paudel', 'Luc Van Gool']))
add(P, 185, 187, PSEC, paper('RealCustom: Narrowing Real Text Word for Real-Time Open-Domain Text-to-Image Customization', '2403.00483', 'arXiv 2024', 2024,
    ['Mengqi Huang', 'Zhendong Mao', 'Mingcong Liu', 'Qian He', 'Yongdong Zhang']))
add(P, 97, 99, PSEC, paper('RefDrop: Controllable Consistency in Image or Video Generation via Reference Feature Guidance', '2405.17661', 'arXiv 2024', 2024,
    ['Jiaojiao Fan', 'Haotian Xue', 'Qinsheng Zhang', 'Yongxin Chen']))
add(P, 63, 63, 'Contents', non())
add(P, 109, 111, PSEC, paper('Personalized Residuals for Concept-Driven Text-to-Image Generation', '2405.12978', 'arXiv 2024', 2024,
    ['Cusuh Ham', 'Matthew Fisher', 'James Hays', 'Nicholas Kolkin', 'Yuchen Liu', 'Richard Zhang', 'Tobias Hinz']))
add(P, 253, 255, PSEC, paper('VideoBooth: Diffusion-based Video Generation with Image Prompts', '2312.00777', 'arXiv 2023', 2023,
    ['Yuming Jiang', 'Tianxing Wu', 'Shuai Yang', 'Chenyang Si', 'Dahua Lin', 'Yu Qiao', 'Chen Change Loy', 'Ziwei Liu']))
add(P, 69, 69, 'Contents', non())
add(P, 157, 159, PSEC, paper('Harmonizing Visual and Textual Embeddings for Zero-Shot Text-to-Image Customization', '2403.14155', 'arXiv 2024', 2024,
    ['Yeji Song', 'Jimyeong Kim', 'Wonhark Park', 'Wonsik Shin', 'Wonjong Rhee', 'Nojun Kwak']))
add(P, 149, 151, PSEC, paper('MM-Diff: High-Fidelity Image Personalization via Multi-Modal Condition Integration', '2403.15059', 'arXiv 2024', 2024,
    ['Zhichao Wei', 'Qingkun Su', 'Long Qin', 'Weizhi Wang']))
add(P, 56, 56, 'Contents', non())
add(P, 47, 47, 'Contents', non())
add(P, 285, 287, PSEC, paper('A Data Perspective on Enhanced Identity Preservation for Diffusion  Personalization', '2311.04315', 'arXiv 2023', 2023,
    ['Xingzhe He', 'Zhiwen Cao', 'Nicholas Kolkin', 'Lantao Yu', 'Helge Rhodin', 'Ratheesh Kalarot']))
add(P, 48, 48, 'Contents', non())
add(P, 137, 139, PSEC, paper('Automated Black-box Prompt Engineering for Personalized Text-to-Image Generation', '2403.19103', 'arXiv 2024', 2024,
    ['Yutong He', 'Alexander Robey', 'Naoki Murata', 'Yiding Jiang', 'Joshua Williams', 'George J. Pappas', 'Hamed Hassani', 'Yuki Mitsufuji', 'Ruslan Salakhutdinov', 'J. Zico Kolter']))
add(P, 55, 55, 'Contents', non())
add(P, 297, 299, PSEC, paper('Navigating Text-To-Image Customization: From LyCORIS Fine-Tuning to Model Evaluation', '2309.14859', 'ICLR 2024', 2024,
    ['Shin-Ying Yeh', 'Yu-Guan Hsieh', 'Zhidong Gao', 'Bernard B W Yang', 'Giyeong Oh', 'Yanmin Gong']))
add(P, 61, 61, 'Contents', non())

# ---- atfortes: - **[Title.](arXiv)** / badges / *authors.* Venue ----
add(A, 91, 95, ASEC, paper('ControlVideo: Conditional Control for One-shot Text-driven Video Editing and Beyond', '2305.17098', 'arXiv 2023', 2023,
    ['Min Zhao', 'Rongzhen Wang', 'Fan Bao', 'Chongxuan Li', 'Jun Zhu']))
add(A, 163, 167, ASEC, paper('Cross-Image Attention for Zero-Shot Appearance Transfer', '2311.03335', 'arXiv 2023', 2023,
    ['Yuval Alaluf', 'Daniel Garibi', 'Or Patashnik', 'Hadar Averbuch-Elor', 'Daniel Cohen-Or']))
add(A, 393, 397, ASEC, paper('MoA: Mixture-of-Attention for Subject-Context Disentanglement in Personalized Image Generation', '2404.11565', 'arXiv 2024', 2024,
    ['Kuan-Chieh Wang', 'Daniil Ostashev', 'Yuwei Fang', 'Sergey Tulyakov', 'Kfir Aberman']))
add(A, 387, 391, ASEC, paper('MaxFusion: Plug&Play Multi-Modal Generation in Text-to-Image Diffusion Models', '2404.09977', 'arXiv 2024', 2024,
    ['Nithin Gopalakrishnan Nair', 'Jeya Maria Jose Valanarasu', 'Vishal M Patel']))
add(A, 293, 297, ASEC, paper('ComFusion: Personalized Subject Generation in Multiple Specific Scenes From Single Image', '2402.11849', 'arXiv 2024', 2024,
    ['Yan Hong', 'Jianfu Zhang']))
add(A, 77, 81, ASEC, paper('InstantBooth: Personalized Text-to-Image Generation without Test-Time Finetuning', '2304.03411', 'arXiv 2023', 2023,
    ['Jing Shi', 'Wei Xiong', 'Zhe Lin', 'Hyun Joon Jung']))
add(A, 287, 291, ASEC, paper('λ-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion Models by Leveraging CLIP Latent Space', '2402.05195', 'arXiv 2024', 2024,
    ['Maitreya Patel', 'Sangmin Jung', 'Chitta Baral', 'Yezhou Yang']))
add(A, 465, 465, 'Contributing', non())
add(A, 466, 466, 'Contributing', non())
add(A, 351, 355, ASEC, paper('Be Yourself: Bounded Attention for Multi-Subject Text-to-Image Generation', '2403.16990', 'arXiv 2024', 2024,
    ['Omer Dahary', 'Or Patashnik', 'Kfir Aberman', 'Daniel Cohen-Or']))
add(A, 233, 237, ASEC, paper('PALP: Prompt Aligned Personalization of Text-to-Image Models', '2401.06105', 'arXiv 2024', 2024,
    ['Qixun Wang', 'Xu Bai', 'Haofan Wang', 'Zekui Qin', 'Anthony Chen']))
add(A, 421, 423, 'Papers / Consistency Models', paper('PIXART-δ: Fast and Controllable Image Generation with Latent Consistency Models', '2401.05252', 'arXiv 2024', 2024,
    ['Junsong Chen', 'Yue Wu', 'Simian Luo', 'Enze Xie', 'Sayak Paul', 'Ping Luo', 'Hang Zhao', 'Zhenguo Li']))
add(A, 255, 259, ASEC, paper('UNIMO-G: Unified Image Generation through Multimodal Conditional Diffusion', '2401.13388', 'arXiv 2024', 2024,
    ['Wei Li', 'Xue Xu', 'Jiachen Liu', 'Xinyan Xiao']))
add(A, 55, 59, ASEC, paper('Adding Conditional Control to Text-to-Image Diffusion Models', '2302.05543', 'ICCV 2023', 2023,
    ['Lvmin Zhang', 'Anyi Rao', 'Maneesh Agrawala']))
add(A, 299, 303, ASEC, paper('Direct Consistency Optimization for Compositional Text-to-Image Personalization', '2402.12004', 'arXiv 2024', 2024,
    ['Kyungmin Lee', 'Sangkyung Kwak', 'Kihyuk Sohn', 'Jinwoo Shin']))
add(A, 313, 317, ASEC, paper('RealCompo: Dynamic Equilibrium between Realism and Compositionality Improves Text-to-Image Diffusion Models', '2402.12908', 'arXiv 2024', 2024,
    ['Xinchen Zhang', 'Ling Yang', 'Yaqi Cai', 'Zhaochen Yu', 'Jiake Xie', 'Ye Tian', 'Minkai Xu', 'Yong Tang', 'Yujiu Yang', 'Bin Cui']))
add(A, 337, 341, ASEC, paper('Continuous, Subject-Specific Attribute Control in T2I Models by Identifying Semantic Directions', '2403.17064', 'arXiv 2024', 2024,
    ['Stefan Andreas Baumann', 'Felix Krause', 'Michael Neumayr', 'Nick Stracke', 'Vincent Tao Hu', 'Björn Ommer']))
add(A, 437, 437, 'Other Resources', non())
add(A, 247, 251, ASEC, paper('Mastering Text-to-Image Diffusion: Recaptioning, Planning, and Generating with Multimodal LLMs', '2401.11708', 'arXiv 2024', 2024,
    ['Ling Yang', 'Zhaochen Yu', 'Chenlin Meng', 'Minkai Xu', 'Stefano Ermon', 'Bin Cui']))
add(A, 123, 127, ASEC, paper('IP-Adapter: Text Compatible Image Prompt Adapter for Text-to-Image Diffusion Models', '2308.06721', 'arXiv 2023', 2023,
    ['Hu Ye', 'Jun Zhang', 'Sibo Liu', 'Xiao Han', 'Wei Yang']))

# ---- shogi880: ### Title ([arxiv](abs), D Mon YYYY) + numbered Problem/Solution/Insight notes ----
def sp(title, arxiv, year):
    return paper(title, arxiv, f'arXiv {year}', year, None)
SH = [
    (162, 'Null-text Inversion for Editing Real Images using Guided Diffusion Models', '2211.09794', 2022),
    (156, 'Diffusion-Based Scene Graph to Image Generation with Masked Contrastive Pre-Training', '2211.11138', 2022),
    (78, 'MaskSketch: Unpaired Structure-guided Masked Image Generation', '2302.05496', 2023),
    (198, 'DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation', '2208.12242', 2022),
    (66, 'Universal Guidance for Diffusion Models', '2302.07121', 2023),
    (132, 'Sketch-Guided Text-to-Image Diffusion Models', '2211.13752', 2022),
    (34, 'Encoder-based Domain Tuning for Fast Personalization of Text-to-Image Models', '2302.12228', 2023),
    (21, 'X&Fuse: Fusing Visual Information in Text-to-Image Generation', '2303.01000', 2023),
    (144, 'Plug-and-Play Diffusion Features for Text-Driven Image-to-Image Translation', '2211.12572', 2022),
    (102, 'GLIGEN: Open-Set Grounded Text-to-Image Generation', '2301.07093', 2023),
    (204, 'Prompt-to-Prompt Image Editing with Cross Attention Control', '2208.01626', 2022),
    (126, 'Multi-Concept Customization of Text-to-Image Diffusion', '2212.04488', 2022),
    (150, 'DreamArtist: Towards Controllable One-Shot Text-to-Image Generation via Contrastive Prompt-Tuning', '2211.11337', 2022),
    (53, 'T2I-Adapter: Learning Adapters to Dig out More Controllable Ability for Text-to-Image Diffusion Models', '2302.08453', 2023),
    (120, 'Training-Free Structured Diffusion Guidance for Compositional Text-to-Image Synthesis', '2212.05032', 2022),
    (90, 'Design Booster: A Text-Guided Diffusion Model for Image Translation with Spatial Layout Preservation', '2302.02284', 2023),
    (114, 'SmartBrush: Text and Shape Guided Object Inpainting with Diffusion Model', '2212.05034', 2022),
    (96, 'SEGA: Instructing Diffusion using Semantic Dimensions', '2301.12247', 2023),
    (174, 'Direct Inversion: Optimization-Free Text-Driven Real Image Editing with Diffusion Models', '2211.07825', 2022),
    (138, 'Paint by Example: Exemplar-based Image Editing with Diffusion Models', '2211.13227', 2022),
]

def main():
    files = {}
    out = []
    for lst, start, end, section, f in L:
        lines = files.setdefault(lst, open(os.path.join(HERE, lst), encoding='utf-8').read().split('\n'))
        out.append((lst, start, '\n'.join(lines[start - 1:end]), section, f))
    lines = open(os.path.join(HERE, S), encoding='utf-8').read().split('\n')
    for start, title, arxiv, year in SH:
        end = start  # heading + its numbered notes, up to the line before the next blank-then-heading
        j = start
        while j < len(lines) and not (j > start - 1 and lines[j].startswith('### ')):
            if lines[j].strip():
                end = j + 1
            j += 1
        out.append((S, start, '\n'.join(lines[start - 1:end]), SSEC, sp(title, arxiv, year)))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lst, start, raw, section, f in out:
            rec = {'list': lst, 'line': start, 'raw': raw}
            rec.update(f)
            rec['section'] = section
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(len(out), 'labels')

if __name__ == '__main__':
    main()

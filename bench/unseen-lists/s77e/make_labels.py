# Hand-written labels; raw text is copied from the file at the given line (entry extent from sample.jsonl).
import json
S = {json.loads(l)['list'][:6] + str(json.loads(l)['line']): json.loads(l) for l in open('sample.jsonl')}
M = 'MingyuLiu1__Language-Driven-IR-and-IQA.README.md'
Z = 'ziqihuangg__Awesome-Evaluation-of-Visual-Generation.README.md'
def P(title, arxiv=None, url=None, venue=None, year=None, code=None, summary=None, authors=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary)
def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None)
MD = 'Dataset'
L = [
 (M, 355, N(), 'Dataset / Low-Light Image Enhancement'),
 (M, 182, P('Gans trained by a two time-scale update rule converge to a local nash equilibrium', arxiv='1706.08500'), 'Evaluation Metrics / Conventional IQA Methods'),
 (M, 94, P('LDP: Language-driven Dual-Pixel Image Defocus Deblurring Network', url='https://openaccess.thecvf.com/content/CVPR2024/papers/Yang_LDP_Language-driven_Dual-Pixel_Image_Defocus_Deblurring_Network_CVPR_2024_paper.pdf', venue='CVPR 2024', year=2024), 'Papers by Task / Deblurring'),
 (M, 141, P('RECTIWEATHER: PHOTO-REALISTIC ADVERSE WEATHER REMOVAL VIA ZERO-SHOT SOFT WEATHER PERCEPTION AND RECTIFIED FLOW', url='https://openreview.net/pdf?id=Fa3C0TkWYi', venue='ICLR 2026', year=2026), 'Papers by Task / All-in-One'),
 (M, 245, N(), 'Evaluation Metrics / Evaluation Protocols'),
 (M, 348, N(), 'Dataset / Low-Light Image Enhancement'),
 (M, 338, N(), 'Dataset / Deblurring'),
 (M, 153, P('Vision-language gradient descent-driven all-in-one deep unfolding networks', url='https://openaccess.thecvf.com/content/CVPR2025/papers/Zeng_Vision-Language_Gradient_Descent-driven_All-in-One_Deep_Unfolding_Networks_CVPR_2025_paper.pdf', venue='CVPR 2025', year=2025, code='http://github.com/xianggkl/VLU-Net'), 'Papers by Task / All-in-One'),
 (M, 176, P('On the performance evaluation of pan-sharpening techniques', url='https://www.researchgate.net/profile/Roger-King-4/publication/3449922_On_the_Performance_Evaluation_of_Pan-Sharpening_Techniques/links/0fcfd509845bd01bc9000000/On-the-Performance-Evaluation-of-Pan-Sharpening-Techniques.pdf'), 'Evaluation Metrics / Conventional IQA Methods'),
 (M, 214, P('UniQA: Unified vision-language pre-training for image quality and aesthetic assessment', arxiv='2406.01069'), 'Evaluation Metrics / Language-Driven IQA Methods'),
 (M, 127, P('Underwater Diffusion Attention Network with Contrastive Language-Image Joint Learning for Underwater Image Enhancement', arxiv='2505.19895', venue='arXiv 2025', year=2025), 'Papers by Task / Underwater Image Enhacenmebt'),
 (M, 151, P('MOERL: When Mixture-of-Experts Meet Reinforcement Learning for Adverse Weather Image Restoration', url='https://openaccess.thecvf.com/content/ICCV2025/html/Wang_MOERL_When_Mixture-of-Experts_Meet_Reinforcement_Learning_for_Adverse_Weather_Image_ICCV_2025_paper.html', venue='ICCV 2025', year=2025), 'Papers by Task / All-in-One'),
 (M, 227, P('Adaptive image quality assessment via teaching large multimodal model to compare', arxiv='2405.19298'), 'Evaluation Metrics / Language-Driven IQA Methods'),
 (M, 223, P('Q-align: Teaching lmms for visual scoring via discrete text-defined levels', arxiv='2312.17090'), 'Evaluation Metrics / Language-Driven IQA Methods'),
 (M, 369, N(), 'Dataset / Super-Resolution'),
 (M, 298, N(), 'Dataset / Deraining'),
 (M, 248, P('Interrater reliability and agreement of subjective judgments'), 'Evaluation Metrics / Evaluation Protocols'),
 (M, 280, N(), 'Dataset / Denoising'),
 (M, 372, N(), 'Dataset / Super-Resolution'),
 (M, 150, P('ClearAIR: A Human-Visual-Perception-Inspired All-in-One Image Restoration', arxiv='2601.02763', venue='AAAI 2026', year=2026), 'Papers by Task / All-in-One'),
 (Z, 56, P('Improved Techniques for Training GANs', arxiv='1606.03498', venue='NeurIPS 2016', year=2016), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 72, P('Unifying and extending Precision Recall metrics for assessing generative models', arxiv='2405.01611', year=2024), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 88, P('Attribute Based Interpretable Evaluation Metrics for Generative Models', arxiv='2310.17261', year=2023), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 93, P('Probabilistic Precision and Recall Towards Reliable Evaluation of Generative Models', arxiv='2309.01590', year=2023, code='https://github.com/kdst-team/Probablistic_precision_recall', summary='P-precision and P-recall introduced'), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 35, N(), 'Overview / Table of Contents'),
 (Z, 46, N(), 'Overview / Table of Contents'),
 (Z, 45, N(), 'Overview / Table of Contents'),
 (Z, 74, P('Enhancing Plausibility Evaluation for Generated Designs with Denoising Autoencoder', arxiv='2403.05352', year=2024, summary='Fréchet Denoised Distance introduced'), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 16, N(), "Overview / What You'll Find Here"),
 (Z, 153, P('On the Evaluation of Conditional GANs', arxiv='1907.08175', year=2019, summary='Fréchet Joint Distance (FJD), which is able to assess image quality, conditional consistency, and intra-conditioning diversity within a single metric.'), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 97, P('Learning to Evaluate the Artness of AI-generated Images', arxiv='2305.04923', year=2023, summary='ArtScore, metric for images resembling authentic artworks by artists'), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 28, N(), 'Overview / Table of Contents'),
 (Z, 161, P('Learning to Generate Images with Perceptual Similarity Metrics', arxiv='1511.06409', year=2015, summary='Multiscale structural-similarity score introduced'), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 24, N(), 'Overview / Updates'),
 (Z, 140, P('Text-To-Image Synthesis Method Evaluation Based On Visual Patterns', arxiv='1911.00077', year=2020), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 147, P('Reliable Fidelity and Diversity Metrics for Generative Models', arxiv='2002.09797', venue='ICML 2020', year=2020, code='https://github.com/clovaai/generative-evaluation-prdc'), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 15, N(), "Overview / What You'll Find Here"),
 (Z, 41, N(), 'Overview / Table of Contents'),
 (Z, 159, P('A domain agnostic measure for monitoring and evaluating GANs', arxiv='1811.05512', year=2018), '1. Evaluation Metrics of Generative Models / 1.1. Evaluation Metrics of Image Generation'),
 (Z, 190, P('CLIP Score (a.k.a. CLIPSIM)', arxiv='2103.00020', venue='ICML 2021', year=2021, code='https://github.com/openai/CLIP'), '2. Evaluation Metrics of Condition Consistency / 2.1 Evaluation Metrics of Multi-Modal Condition Consistency'),
]
assert len(L) == 40
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for lst, line, d, sec in L:
        s = S[lst[:6] + str(line)]
        o = {'list': lst, 'line': line, 'raw': s['raw']}
        o.update(d); o['section'] = sec
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

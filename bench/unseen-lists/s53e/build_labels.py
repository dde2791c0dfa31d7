"""Write labels.jsonl from hand-entered labels.

Every field value below was typed by hand after reading the entry in the README; the script only
copies each entry's exact source lines (`raw`, lines line..end) out of the file so that no
character of `raw` is retyped.  The entries are the 60 drawn by sample.py (seed 5351).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
FER = 'EvelynFan__AWESOME-FER.README.md'
JACK = 'jackchen69__Awesome-Emotion-Models.README.md'
YUN = 'yuntaoshou__Awesome-Emotion-Reasoning.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None,
      section=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary, section=section)


def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


S_ICCV = 'Facial Expression Recognition / International Conference on Computer Vision (ICCV)'
S_CVPR = ('Facial Expression Recognition / IEEE International Conference on Computer Vision and '
          'Pattern Recognition (CVPR)')
S_BMVC = 'Facial Expression Recognition / British Machine Vision Conference (BMVC)'
S_FG = ('Facial Expression Recognition / IEEE International Conference on Automatic Face & Gesture '
        'Recognition (FG)')
S_TAC = 'Facial Expression Recognition / IEEE Trans on Affective Computing'
S_ACCESS = 'Facial Expression Recognition / IEEE Access'

LABELS = [
    # ---------------- EvelynFan / AWESOME-FER ----------------
    (FER, 25, 25, N('FER Datasets')),
    (FER, 31, 31, N('FER Datasets')),
    (FER, 72, 72, N('Outstanding Researchers Or Groups')),
    (FER, 122, 123, P('Facial Expression Recognition via Joint Deep Learning of RGB-Depth Map Latent '
                      'Representations',
                      url='http://openaccess.thecvf.com/content_ICCV_2017_workshops/papers/w44/'
                          'Oyedotun_Facial_Expression_Recognition_ICCV_2017_paper.pdf',
                      venue='ICCV 2017 Workshop', year=2017, section=S_ICCV)),
    (FER, 142, 142, P('Facial Expression Recognition by De-expression Residue Learning',
                      url='http://openaccess.thecvf.com/content_cvpr_2018/papers/'
                          'Yang_Facial_Expression_Recognition_CVPR_2018_paper.pdf',
                      venue='CVPR 2018', year=2018, section=S_CVPR)),
    (FER, 154, 154, P('DyadGAN: Generating Facial Expressions in Dyadic Interactions',
                      url='http://openaccess.thecvf.com/content_cvpr_2017_workshops/w41/papers/'
                          'Khan_DyadGAN_Generating_Facial_CVPR_2017_paper.pdf',
                      venue='CVPR 2017 Workshop', year=2017, section=S_CVPR)),
    (FER, 155, 156, P('Personalized Automatic Estimation of Self-reported Pain Intensity from Facial '
                      'Expressions',
                      url='http://openaccess.thecvf.com/content_cvpr_2017_workshops/w41/papers/'
                          'Picard_Personalized_Automatic_Estimation_CVPR_2017_paper.pdf',
                      venue='CVPR 2017 Workshop', year=2017, section=S_CVPR)),
    (FER, 159, 160, P('EmotioNet: An accurate, real-time algorithm for the automatic annotation of a '
                      'million facial expressions in the wild',
                      url='http://openaccess.thecvf.com/content_cvpr_2016/papers/'
                          'Benitez-Quiroz_EmotioNet_An_Accurate_CVPR_2016_paper.pdf',
                      venue='CVPR 2016', year=2016, section=S_CVPR)),
    (FER, 190, 190, P('Feature Selection Mechanism in CNNs for Facial Expression Recognition',
                      url='http://bmvc2018.org/contents/workshops/iahfar2018/0011.pdf',
                      venue='BMVC 2018', year=2018, section=S_BMVC)),
    (FER, 213, 213, P('Discriminative Attention-based Convolutional Neural Network for 3D Facial '
                      'Expression Recognition',
                      url='https://ieeexplore-ieee-org/document/8756524',
                      venue='FG 2019', year=2019, section=S_FG)),
    (FER, 225, 225, P('Facial Expression Grounded Conversational Dialogue Generation',
                      url='https://ieeexplore.ieee.org/document/8373852',
                      venue='FG 2018', year=2018, section=S_FG)),
    (FER, 254, 254, P('Head Pose and Expression Transfer using Facial Status Score',
                      url='https://ieeexplore.ieee.org/document/7961793',
                      venue='FG 2017', year=2017, section=S_FG)),
    (FER, 260, 261, P('Pairwise Linear Regression: An Efficient and Fast Multi-view Facial Expression '
                      'Recognition',
                      url='https://ieeexplore-ieee-org.eproxy1.lib.hku.hk/stamp/stamp.jsp?tp=&'
                          'arnumber=7163101',
                      venue='FG 2015', year=2015, section=S_FG)),
    (FER, 278, 281, P('Multi-Objective based Spatio-Temporal Feature Representation Learning Robust to '
                      'Expression Intensity Variations for Facial Expression Recognition',
                      url='https://ieeexplore.ieee.org/document/7904596',
                      venue='IEEE Trans on Affective Computing 2018', year=2018, section=S_TAC)),
    (FER, 294, 294, P('A deep spatial and temporal aggregation framework for video-based facial '
                      'expression recognition',
                      url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8674456',
                      venue='IEEE Access 2019', year=2019, section=S_ACCESS)),
    (FER, 295, 295, P('cGAN Based Facial Expression Recognition for Human-Robot Interaction',
                      url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8606936',
                      venue='IEEE Access 2019', year=2019, section=S_ACCESS)),
    (FER, 406, 406, P('Cross-Corpus Speech Emotion Recognition Based on Domain-Adaptive Least-Squares '
                      'Regression',
                      url='https://ieeexplore-ieee-org.eproxy1.lib.hku.hk/stamp/stamp.jsp?tp=&'
                          'arnumber=7425198',
                      venue='IEEE SIGNAL PROCESSING LETTERS 2016', year=2016,
                      section='Cross-Dataset FER')),
    (FER, 442, 442, P('Deep Facial Action Unit Recognition from Partially Labeled Data',
                      url='http://openaccess.thecvf.com/content_ICCV_2017/papers/'
                          'Wu_Deep_Facial_Action_ICCV_2017_paper.pdf',
                      venue='ICCV 2017', year=2017, section='Facial Action Unit Recognition / ICCV')),
    (FER, 443, 444, P('Learning to transfer: transferring latent task structures and its application '
                      'to person-specific facial action unit detection',
                      url='http://openaccess.thecvf.com/content_iccv_2015/papers/'
                          'Almaev_Learning_to_Transfer_ICCV_2015_paper.pdf',
                      venue='ICCV 2015', year=2015, section='Facial Action Unit Recognition / ICCV')),
    (FER, 459, 460, P('Personalized Multiple Facial Action Unit Recognition through Generative '
                      'Adversarial Recognition Network',
                      url='https://dl.acm.org/citation.cfm?id=3240613',
                      venue='ACM MM 2018', year=2018, section='Facial Action Unit Recognition / ACM MM')),

    # ---------------- jackchen69 / Awesome-Emotion-Models ----------------
    (JACK, 16, 33, P('EmoBench-M: Benchmarking Emotional Intelligence for Multimodal Large Language '
                     'Models',
                     arxiv='2502.04424', code='https://github.com/Emo-gml/EmoBench-M',
                     summary='A representative evaluation benchmark for Emo.',
                     section='Our Emo works')),
    (JACK, 37, 38, P('1st Place Solution to Odyssey Emotion Recognition Challenge Task1: Tackling Class '
                     'Imbalance Problem',
                     arxiv='2405.20064', code='https://github.com/MingjieChen/ERC-speechbrain',
                     section='Our Emo works')),
    (JACK, 40, 41, P('Uncertain Multimodal Intention and Emotion Understanding in the Wild',
                     url='https://ieeexplore.ieee.org/document/11092537',
                     code='https://github.com/yan9qu/CVPR25-MINE', section='Our Emo works')),
    (JACK, 43, 46, P('Recent Trends of Multimodal Affective Computing: A Survey from NLP Perspective',
                     arxiv='2409.07388',
                     code='https://github.com/LeMei/Multimodal-Affective-Computing-Survey',
                     summary='This is the first work to comprehensive review of recent advancements in '
                             'both uni-modal and multi-modal emotion recognition systems.',
                     section='Our Emo works')),
    (JACK, 52, 52, N('Our Emo works / Table of Contents')),
    (JACK, 54, 54, N('Our Emo works / Table of Contents')),
    (JACK, 55, 55, N('Our Emo works / Table of Contents')),
    (JACK, 58, 58, N('Our Emo works / Table of Contents')),
    (JACK, 59, 59, N('Our Emo works / Table of Contents')),
    (JACK, 72, 72, P('Facial Emotion Recognition using CNN',
                     venue='arXiv 2023', year=2023,
                     code='https://github.com/priya-dwivedi/face_and_emotion_detection',
                     section='Awesome Papers / Uni-modal Emotion Recognition / Facial Emotion '
                             'Recognition')),
    (JACK, 79, 79, P('emotion2vec: Self-Supervised Pre-Training for Speech Emotion Representation',
                     venue='arXiv 2023', year=2023, code='https://github.com/ddlBoJack/emotion2vec',
                     section='Awesome Papers / Uni-modal Emotion Recognition / Speech Emotion '
                             'Recognition')),
    (JACK, 85, 85, P('Emotion Detection from Text using Machine Learning',
                     venue='arXiv 2025', year=2025,
                     code='https://github.com/rejonehridoy/Emotion_Detection_from_Text_using_Machine_'
                          'Learning',
                     section='Awesome Papers / Uni-modal Emotion Recognition / Text Emotion '
                             'Recognition')),
    (JACK, 91, 92, P('Multimodal Sentiment Analysis on CMU-MOSEI Dataset using Transformer-based Models',
                     venue='ACL', year=2017,
                     code='https://github.com/CMU-MultiComp-Lab/CMU-MultimodalSDK',
                     section='Awesome Papers / Multi-modal Emotion Recognition')),
    (JACK, 93, 93, P('Multimodal Transformer for Emotion Recognition',
                     venue='ACL', year=2020,
                     code='https://github.com/WasifurRahman/BERT_multimodal_transformer',
                     section='Awesome Papers / Multi-modal Emotion Recognition')),
    (JACK, 94, 94, P('TensorFusionNetworks',
                     venue='EMNLP', year=2017,
                     code='https://github.com/Justin1904/TensorFusionNetworks',
                     section='Awesome Papers / Multi-modal Emotion Recognition')),
    (JACK, 104, 104, P('Generative Multimodal Models are In-Context Learners',
                       arxiv='2312.13286', venue='CVPR', year=2023,
                       code='https://github.com/baaivision/Emu/tree/main/Emu2',
                       section='Awesome Papers / Datasets of Emotion Recognition')),
    (JACK, 108, 108, P('Link-Context Learning for Multimodal LLMs',
                       arxiv='2308.07891', venue='arXiv 2023', year=2023,
                       code='https://github.com/isekai-portal/Link-Context-Learning',
                       section='Awesome Papers / Datasets of Emotion Recognition')),
    (JACK, 109, 109, P('OpenFlamingo: An Open-Source Framework for Training Large Autoregressive '
                       'Vision-Language Models',
                       arxiv='2308.01390', venue='arXiv 2023', year=2023,
                       code='https://github.com/mlfoundations/open_flamingo',
                       section='Awesome Papers / Datasets of Emotion Recognition')),
    (JACK, 110, 110, P('Med-Flamingo: a Multimodal Medical Few-shot Learner',
                       arxiv='2307.15189', venue='arXiv 2023', year=2023,
                       code='https://github.com/snap-stanford/med-flamingo',
                       section='Awesome Papers / Datasets of Emotion Recognition')),
    (JACK, 111, 111, P('Generative Pretraining in Multimodality',
                       arxiv='2307.05222', venue='ICLR', year=2023,
                       code='https://github.com/baaivision/Emu/tree/main/Emu1',
                       section='Awesome Papers / Datasets of Emotion Recognition')),

    # ---------------- yuntaoshou / Awesome-Emotion-Reasoning ----------------
    (YUN, 17, 17, P('Attention Is All You Need', arxiv='1706.03762', year=2017,
                    section='Milestone Papers')),
    (YUN, 22, 22, P('Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer',
                    url='https://jmlr.org/papers/v21/20-074.html', year=2019,
                    section='Milestone Papers')),
    (YUN, 26, 26, P('Switch Transformers: Scaling to Trillion Parameter Models with Simple and '
                    'Efficient Sparsity', arxiv='2101.03961', year=2021, section='Milestone Papers')),
    (YUN, 45, 45, P('Beyond the Imitation Game: Quantifying and extrapolating the capabilities of '
                    'language models', code='https://github.com/google/BIG-bench', year=2022,
                    section='Milestone Papers')),
    (YUN, 50, 50, P('Holistic Evaluation of Language Models', arxiv='2211.09110', year=2022,
                    section='Milestone Papers')),
    (YUN, 58, 58, P('PaLM-E: An Embodied Multimodal Language Model', year=2023,
                    section='Milestone Papers')),
    (YUN, 119, 119, N('Open LLM / DeepSeek')),
    (YUN, 127, 127, N('Open LLM / Alibaba')),
    (YUN, 129, 129, N('Open LLM / Alibaba')),
    (YUN, 132, 132, N('Open LLM / Alibaba')),
    (YUN, 134, 134, N('Open LLM / Alibaba')),
    (YUN, 141, 141, N('Open LLM / Meta')),
    (YUN, 144, 144, N('Open LLM / Meta')),
    (YUN, 164, 164, N('Open LLM / Apple')),
    (YUN, 169, 169, N('Open LLM / Microsoft')),
    (YUN, 213, 213, N('Open LLM / OpenBMB')),
    (YUN, 246, 246, N('Open LLM / Shanghai AI Laboratory')),
    (YUN, 277, 277, N('Datasets')),
    (YUN, 284, 284, N('Datasets')),
    (YUN, 290, 290, N('Datasets')),
]


def main():
    cache = {}
    out = []
    for name, line, end, lab in LABELS:
        if name not in cache:
            cache[name] = open(os.path.join(HERE, name), encoding='utf-8',
                               newline='').read().split('\n')
        raw = '\n'.join(cache[name][line - 1:end])
        rec = {'list': name, 'line': line, 'raw': raw}
        rec.update(lab)
        out.append(rec)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'labels,', sum(r['is_paper'] for r in out), 'papers')


if __name__ == '__main__':
    main()

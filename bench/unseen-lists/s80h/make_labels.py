"""Hand labels (read by eye from the files); raw/line taken from sample.jsonl."""
import json
R = 'RevoSpeechTech__audio-generation-papers.README.md'
U = 'UNKNOWN__id1731620355.README.md'
L = 'liusongxiang__Large-Audio-Models.README.md'
def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)
def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)
G = 'https://github.com/'
S21, S22, S23 = '21年以及之前的文章', '22年的文章', '23年的文章'
PB = 'Contents / Prompt-based Audio Synthesis'
AL = 'Contents / Audio Language Models'
SS = 'Contents / Audio SSL and UL models'
lab = {
 (R, 8): P('RAVE: A variational autoencoder for fast and high-quality neural audio synthesis', '2111.05011', year=2021, code=G+'acids-ircam/RAVE'),
 (R, 18): P('Museformer: Transformer with Fine- and Coarse-Grained Attention for Music Generation', '2210.10349', year=2022, code=G+'microsoft/muzic/tree/main/museformer'),
 (R, 15): P('Mulan: A joint embedding of music audio and natural language', '2208.12415', year=2022, code=G+'lucidrains/musiclm-pytorch/blob/main/musiclm_pytorch/musiclm_pytorch.py'),
 (R, 24): P('Msanii: High Fidelity Music Synthesis on a Shoestring Budget', '2301.06468', year=2023, code=G+'Kinyugo/msanii'),
 (R, 17): P('AudioGen: Textually Guided Audio Generation', '2209.15352', year=2022),
 (R, 35): P('A Vector Quantized Approach for Text to Speech Synthesis on Real-World Spontaneous Speech', '2302.04215', year=2023, code=G+'b04901014/MQTTS'),
 (R, 29): P('SingSong: Generating musical accompaniments from singing', '2301.12662', year=2023),
 (R, 38): P('Speak Foreign Languages with Your Own Voice: Cross-Lingual Neural Codec Language Modeling', '2303.03926', year=2023),
 (R, 9): P('General-purpose, long-context autoregressive modeling with Perceiver AR', '2202.07765', year=2022, code=G+'google-research/perceiver-ar'),
 (R, 11): P('A3T: Alignment-Aware Acoustic and Text Pretraining for Speech Synthesis and Editing', '2203.09690', year=2022, code=G+'richardbaihe/a3t'),
 (R, 33): P('Speak, Read and Prompt: High-Fidelity Text-to-Speech with Minimal Supervision', '2302.03540', year=2023, code=G+'collabora/spear-tts-pytorch'),
 (R, 14): P('DelightfulTTS 2: End-to-End Speech Synthesis with Adversarial Vector-Quantized Auto-Encoders', '2207.04646', year=2022),
 (R, 6): P('Jukebox: A Generative Model for Music', '2005.00341', year=2020, code=G+'openai/jukebox'),
 (R, 25): P('MusicLM: Generating Music From Text', '2301.11325', year=2023, code=G+'lucidrains/musiclm-pytorch'),
 (R, 22): P('PromptTTS: Controllable Text-to-Speech with Text Descriptions', '2211.12171', year=2023),
 (R, 13): P('Multi-instrument Music Synthesis with Spectrogram Diffusion', '2206.05408', year=2022),
 (R, 28): P('Make-An-Audio: Text-To-Audio Generation with Prompt-Enhanced Diffusion Models', '2301.12661', year=2023),
 (R, 27): P('AudioLDM: Text-to-Audio Generation with Latent Diffusion Models', '2301.12503', year=2023, code=G+'haoheliu/AudioLDM'),
 (R, 12): P('VQTTS: High-Fidelity Text-to-Speech Synthesis with Self-Supervised VQ Acoustic Feature', '2204.00768', year=2022, code=G+'vliu15/speech-masters-thesis'),
 (R, 37): P('FoundationTTS: Text-to-Speech for ASR Customization with Generative Language Model', '2303.02939', year=2023),
 (U, 101): P('Styletts: A style-based generative model for natural and diverse text-to-speech synthesis', '2205.15439', year=2022, code=G+'yl4579/StyleTTS', section=S22),
 (U, 258): N('其他资源'),
 (U, 165): P('IMPROVING PROSODY FOR CROSS-SPEAKER STYLE TRANSFER BY SEMI-SUPERVISED STYLE EXTRACTOR AND HIERARCHICAL MODELING IN SPEECH SYNTHESIS', '2303.07711', venue='ICASSP 2023', year=2023, summary='该论文使用半监督的方法来学习style，其使用了一部分标注style的数据混合未标注的数据一起训练模型', section=S23),
 (U, 88): P('Self-supervised Context-aware Style Representation for Expressive Speech Synthesis', '2206.12559', venue='InterSpeech 2022', year=2022, section=S22),
 (U, 64): P('Gaussian Lpcnet for Multisample Speech Synthesis', venue='ICASSP 2020', year=2020, section=S21),
 (U, 19): P('Style Tokens: Unsupervised Style Modeling, Control and Transfer in End-to-End Speech Synthesis', '1803.09017', venue='ICML 2018', year=2018, code=G+'KinglittleQ/GST-Tacotron', section=S21),
 (U, 57): P('Bunched LPCNet : Vocoder for Low-cost Neural Text-To-Speech Systems', '2008.04574', venue='InterSpeech 2020', year=2020, section=S21),
 (U, 70): P('Conditional Variational Autoencoder with Adversarial Learning for End-to-End Text-to-Speech', '2106.06103', venue='ICML 2021', year=2021, code=G+'jaywalnut310/vits', section=S21),
 (U, 5): P('Efficient Neural Audio Synthesis', '1802.08435', venue='ICML 2018', year=2018, code=G+'fatchord/WaveRNN', section=S21),
 (U, 126): P('Glow-WaveGAN 2: High-quality Zero-shot Text-to-speech Synthesis and Any-to-any Voice Conversion', '2207.01832', venue='InterSpeech 2022', year=2022, summary='主要关注零样本音频合成', section=S22),
 (U, 187): P('LIGHTWEIGHT AND HIGH-FIDELITY END-TO-END TEXT-TO-SPEECH WITH MULTI-BAND GENERATION AND INVERSE SHORT-TIME FOURIER TRANSFORM', '2210.15975', venue='ICASSP 2023', year=2023, code=G+'MasayaKawamura/MB-iSTFT-VITS', section=S23),
 (U, 199): P('END-TO-END SPEECH SYNTHESIS BASED ON DEEP CONDITIONAL SCHRO \u0308 DINGER BRIDGES', url='https://openreview.net/pdf?id=K7YxdCYmd6w', year=2023, section=S23),
 (U, 79): P('ONE-SHOT VOICE CONVERSION FOR STYLE TRANSFER BASED ON SPEAKER ADAPTATION', '2111.12277', venue='ICASSP 2022', year=2022, section=S22),
 (U, 114): P('FastDiff: A Fast Conditional Diffusion Model for High-Quality Speech Synthesis', '2204.09934', venue='IJCAI 2022', year=2022, code=G+'Rongjiehuang/FastDiff', summary='加入Time-Aware LVC模块，用于提升音频合成速度', section=S22),
 (U, 242): P('Neural Codec Language Models are Zero-Shot Text to Speech Synthesizers', '2301.02111', year=2023, code=G+'microsoft/unilm', section=S23),
 (U, 236): P('InstructTTS: Modelling Expressive TTS in Discrete Latent Space with Natural Language Style Prompt', '2301.13662', year=2023, code=G+'yangdongchao/InstructTTS', section=S23),
 (U, 150): P('FINE-GRAINED STYLE CONTROL IN TRANSFORMER-BASED TEXT-TO-SPEECH SYNTHESIS', '2110.06306', venue='ICASSP 2022', year=2022, code=G+'b04901014/FG-transformer-TTS', summary='该论文使用了预训练模型Wave2Vec来提取音频风格和其他特征，通过GST和LST模块来抽取最终style表示；', section=S22),
 (U, 108): P('STYLETTS-VC: ONE-SHOT VOICE CONVERSION BY KNOWLEDGE TRANSFER FROM STYLE-BASED TTS MODELS', '2212.14227', venue='SLT 2022', year=2022, code=G+'yl4579/StyleTTS-VC', summary='上一篇论文的改进版，其主要用于单一样本的音频合成', section=S22),
 (U, 31): P('One-shot Voice Conversion by Separating Speaker and Content Representations with Instance Normalization', '2111.12277', venue='InterSpeech 2019', year=2019, code=G+'jjery2243542/adaptive_voice_conversion', section=S21),
 (U, 50): P('Improving LPCNet-based Text-to-Speech with Linear Prediction-structured Mixture Density Network', '2001.11686', venue='ICASSP 2020', year=2020, code=G+'nii-yamagishilab/project-NN-Pytorch-scripts', section=S21),
 (L, 19): P('ERNIE-Music: Text-to-Waveform Music Generation with Diffusion Models', '2302.04456', year=2023, authors=['Pengfei Zhu'], section=PB),
 (L, 27): P('Make-An-Audio: Text-To-Audio Generation with Prompt-Enhanced Diffusion Models', url='https://text-to-audio.github.io/paper.pdf', year=2023, authors=['Rongjie Huang'], section=PB),
 (L, 40): P('wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations', '2006.11477', year=2020, authors=['Alexei Baevski'], section=SS),
 (L, 41): P('W2v-BERT: Combining Contrastive Learning and Masked Language Modeling for Self-Supervised Speech Pre-Training', '2108.06209', year=2021, section=SS),
 (L, 22): P('SingSong: Generating musical accompaniments from singing', '2301.12662', year=2023, authors=['Chris Donahue'], section=PB),
 (L, 44): P('MuLan: A Joint Embedding of Music Audio and Natural Language', '2208.12415', year=2022, authors=['Qingqing Huang'], section=SS),
 (L, 8): N('Contents'),
 (L, 39): P('vq-wav2vec: Self-Supervised Learning of Discrete Speech Representations', '1910.05453', year=2019, authors=['Alexei Baevski'], section=SS),
 (L, 14): P('NaturalSpeech 2: Latent Diffusion Models are Natural and Zero-Shot Speech and Singing Synthesizers', '2304.09116', year=2023, authors=['Kai Shen'], section=PB),
 (L, 35): P('AudioLM: a Language Modeling Approach to Audio Generation', '2209.03143', year=2022, authors=['Zalán Borsos'], section=AL),
 (L, 20): P('Noise2Music: Text-conditioned Music Generation with Diffusion Models', '2302.03917', year=2023, authors=['Qingqing Huang'], section=PB),
 (L, 9): N('Contents'),
 (L, 26): P('Moûsai: Text-to-Music Generation with Long-Context Latent Diffusion', '2301.11757', year=2023, authors=['Flavio Schneider'], section=PB),
 (L, 15): P('AUDIT: Audio Editing by Following Instructions with Latent Diffusion Models', '2304.00830', year=2023, authors=['Yuancheng Wang'], section=PB),
 (L, 7): N('Contents'),
 (L, 25): P('AudioLDM: Text-to-Audio Generation with Latent Diffusion Models', '2301.12503', year=2023, authors=['Haohe Liu'], section=PB),
 (L, 16): P('Physics-Driven Diffusion Models for Impact Sound Synthesis from Videos', '2303.16897', year=2023, authors=['Kun Su'], section=PB),
 (L, 30): P('Diffsound: Discrete Diffusion Model for Text-to-sound Generation', '2207.09983', year=2022, authors=['Dongchao Yang'], section=PB),
 (L, 43): P('Data2vec: A general framework for self-supervised learning in speech, vision and language', '2202.03555', year=2022, authors=['Alexei Baevski'], section=SS),
 (L, 34): P('Pengi: An Audio Language Model for Audio Tasks', '2305.11834', year=2023, authors=['Soham Deshmukh'], section=AL),
}
out = []
for l in open('sample.jsonl', encoding='utf-8'):
    s = json.loads(l)
    k = (s['list'], s['line'])
    d = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
    d.update(lab.pop(k))
    out.append(d)
assert not lab, lab
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), sum(d['is_paper'] for d in out))

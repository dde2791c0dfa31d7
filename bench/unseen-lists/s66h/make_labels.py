# Hand-written labels (values typed by hand from reading the files); raw text is taken from sample.jsonl.
import json
S = {(d['list'], d['line']): d['raw'] for d in map(json.loads, open('sample.jsonl', encoding='utf-8'))}
L = 'LeoniusChen__leonius-me.README.md'; Y = 'YuChen-06__awesome-speech-ai.README.md'; W = 'seungwonpark__awesome-tts-samples.README.md'
def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, code=None, section=None, authors=()):
    return dict(list=lst, line=line, raw=S[(lst, line)], is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)
def N(lst, line, section):
    return dict(list=lst, line=line, raw=S[(lst, line)], is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)
AN, AP, VN, VP, PC, PF = ('Acoustic model / Non-Parallel', 'Acoustic model / Parallel', 'Vocoder / Non-Parallel',
                          'Vocoder / Parallel', 'Prosody Modeling / Coarse-Level', 'Prosody Modeling / Fine-Grained')
rows = [
 P(L, 40, 'Style Tokens: Unsupervised Style Modeling, Control and Transfer in End-to-End Speech Synthesis', url='http://proceedings.mlr.press/v80/wang18h/wang18h.pdf', venue='ICML 2018', year=2018, section=PC),
 P(L, 42, 'Using VAEs and Normalizing Flows for One-shot Text-To-Speech Synthesis of Expressive Speech', arxiv='1911.12760', venue='ICASSP 2020', year=2020, section=PC),
 P(L, 46, 'Fine-grained robust prosody transfer for single-speaker neural text-to-speech', arxiv='1907.02479', venue='Interspeech 2019', year=2019, section=PF),
 P(L, 26, 'WaveNet: A Generative Model for Raw Audio', url='https://www.isca-speech.org/archive/SSW_2016/pdfs/ssw9_DS-4_van_den_Oord.pdf', venue='ISCA SS Workshop 2016', year=2016, section=VN),
 P(L, 39, 'Towards End-to-End Prosody Transfer for Expressive Speech Synthesis with Tacotron', url='http://proceedings.mlr.press/v80/skerry-ryan18a/skerry-ryan18a.pdf', venue='ICML 2018', year=2018, section=PC),
 P(L, 18, 'Glow-TTS: A Generative Flow for Text-to-Speech via Monotonic Alignment Search', arxiv='2005.11129', venue='NIPS 2020', year=2020, section=AP),
 P(L, 45, 'Robust and Fine-Grained Prosody Control of End-to-End Speech Synthesis', arxiv='1811.02122', venue='ICASSP 2019', year=2019, section=PF),
 P(L, 31, 'WaveGlow: A Flow-based Generative Network for Speech Synthesis', url='http://128.84.4.18/abs/1811.00002', venue='ICASSP 2019', year=2019, section=VP),
 P(L, 28, 'Efficient Neural Audio Synthesis', url='http://proceedings.mlr.press/v80/kalchbrenner18a/kalchbrenner18a.pdf', venue='ICML 2018', year=2018, code='https://github.com/fatchord/WaveRNN', section=VN),
 P(L, 47, 'CopyCat: Many-to-Many Fine-Grained Prosody Transfer for Neural Text-to-Speech', url='http://www.interspeech2020.org/uploadfile/pdf/Thu-2-9-1.pdf', venue='Interspeech 2020', year=2020, section=PF),
 P(L, 20, 'Bidirectional Variational Inference for Non-Autoregressive Text-to-Speech', url='https://openreview.net/pdf?id=o3iritJHLfO', venue='ICLR 2021', year=2021, section=AP),
 P(L, 41, 'Learning Latent Representations for Style Control and Transfer in End-to-End Speech Synthesis', arxiv='1812.04342', venue='ICASSP 2019', year=2019, section=PC),
 P(L, 17, 'FastSpeech 2: Fast and High-Quality End-to-End Text to Speech', arxiv='2006.04558', venue='arXiv 2020', year=2020, section=AP),
 P(L, 19, 'EfficientTTS: An Efficient and High-Quality Text-to-Speech Architecture', arxiv='2012.03500', venue='arXiv 2020', year=2020, section=AP),
 P(L, 32, 'MelGAN: Generative Adversarial Networks for Conditional Waveform Synthesis', arxiv='1910.06711', venue='NIPS 2019', year=2019, code='https://github.com/descriptinc/melgan-neurips', section=VP),
 P(L, 33, 'HiFi-GAN: Generative Adversarial Networks for Efficient and High Fidelity Speech Synthesis', arxiv='2010.05646', venue='NIPS 2020', year=2020, code='https://github.com/jik876/hifi-gan', section=VP),
 P(L, 12, 'Tacotron: Towards End-to-End Speech Synthesis', arxiv='1703.10135', venue='Interspeech 2017', year=2017, section=AN),
 P(L, 13, 'Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions', arxiv='1712.05884', venue='ICASSP 2018', year=2018, section=AN),
 P(L, 16, 'FastSpeech: Fast, Robust and Controllable Text to Speech', url='https://openreview.net/pdf/c2b7c145443ef7be7946e5dc58f88f12d442e307.pdf', venue='NIPS 2019', year=2019, section=AP),
 P(L, 27, 'FFTNet: a Real-Time Speaker-Dependent Neural Vocoder', url='https://gfx.cs.princeton.edu/pubs/Jin_2018_FAR/fftnet-jin2018.pdf', venue='ICASSP 2018', year=2018, section=VN),
]
TF, TZ, TL, TS, TT = ('Text-to-Speech (TTS) / TTS > Foundation Models', 'Text-to-Speech (TTS) / TTS > Zero-Shot / Few-Shot',
                      'Text-to-Speech (TTS) / TTS > Low-Latency / Real-time', 'Text-to-Speech (TTS) / TTS > Server / Deployment',
                      'Text-to-Speech (TTS) / TTS > Text Frontend (G2P / Text Normalization)')
rows += [
 N(Y, 96, TL), N(Y, 51, TF), N(Y, 30, 'Foundation Models & Frameworks / End-to-End Toolkits'),
 N(Y, 37, 'Foundation Models & Frameworks / Self-supervised Pretraining'), N(Y, 74, TZ), N(Y, 3, None),
 N(Y, 53, TF), N(Y, 64, TF), N(Y, 54, TF), N(Y, 17, 'Contents'), N(Y, 55, TF), N(Y, 94, TL), N(Y, 10, 'Contents'),
 N(Y, 107, TS), N(Y, 14, 'Contents'), N(Y, 104, TS), N(Y, 15, 'Contents'), N(Y, 92, TL), N(Y, 12, 'Contents'), N(Y, 117, TT),
]
rows += [
 P(W, 19, 'Multi-speaker Tacotron2', arxiv='1806.04558', year=2018, section='2018'),
 P(W, 11, 'GAN-TTS', url='https://openreview.net/forum?id=r1gfQgSFDr', year=2019, section='2019'),
 P(W, 23, 'Tacotron2', arxiv='1712.05884', year=2017, section='2017'),
 P(W, 6, 'Glow-TTS', arxiv='2005.11129', year=2020, section='2020'),
 P(W, 20, 'Tacotron2+GST', arxiv='1803.09017', year=2018, section='2018'),
 P(W, 7, 'Flowtron', arxiv='2005.05957', year=2020, section='2020'),
 P(W, 10, 'Tacotron2+DCA', arxiv='1910.10288', year=2019, section='2019'),
 P(W, 15, 'ParaNet', arxiv='1905.08459', year=2019, section='2019'),
 P(W, 14, 'FastSpeech', arxiv='1905.09263', year=2019, section='2019'),
 P(W, 12, 'Multi-lingual Tacotron2', arxiv='1907.04448', year=2019, section='2019'),
 P(W, 13, 'MelNet', arxiv='1906.01083', year=2019, section='2019'),
 P(W, 18, 'Transformer-TTS', arxiv='1809.08895', year=2018, section='2018'),
 P(W, 24, 'Tacotron', arxiv='1703.10135', year=2017, section='2017'),
]
assert len(rows) == len(S) == len({(r['list'], r['line']) for r in rows})
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), sum(r['is_paper'] for r in rows))

"""Write labels.jsonl from hand-made labels; raw is cut from the saved lists by line span."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
J = "JeffC0628__awesome-voice-conversion.README.md"
Q = "LqNoob__LqNoob.github.io.README.md"
M = "metame-ai__awesome-audio-plaza.README.md"
K = "Jackson-Kang__Awesome-DL-based-Text-to-speech-Papers-and-Resources.README.md"

JV = "Overview / Voice Conversion / 3. Method"
JD = JV + " / 3.2 Non-parallel VC / 3.2.1 Direct Conversion："
JF = JV + " / 3.2 Non-parallel VC / 3.2.2 Feature Disentangle:"
JP = JV + " / 4. Paper & Projects"


def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None,
      summary=None, section=None, end=None):
    return dict(list=lst, line=line, end=end or line, is_paper=True, title=title, arxiv_id=arxiv,
                doi=None, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


def N(lst, line, section, end=None):
    return dict(list=lst, line=line, end=end or line, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


L = [
    # ---- JeffC0628 (citation style, emoji-bullet paragraphs)
    N(J, 9, "Overview"),
    P(J, 47, "CycleGAN-VC2", arxiv="1904.04631", venue="ICASSP 2019", year=2019,
      authors=["Takuhiro Kaneko", "Hirokazu Kameoka", "Kou Tanaka", "Nobukatsu Hojo"], section=JD),
    P(J, 59, "AUTO-VC", arxiv="1905.05879", venue="arXiv 2019", year=2019,
      authors=["Kaizhi Qian", "Yang Zhang", "Shiyu Chang", "Xuesong Yang", "Mark Hasegawa-Johnson"], section=JF),
    P(J, 67, "AGAIN-VC: A One-shot Voice Conversion using Activation Guidance and Adaptive Instance Normalization",
      year=2020, section=JF),
    N(J, 73, JF),
    P(J, 105, "Transfer Learning from Monolingual ASR to Transcription-free Cross-lingual Voice Conversion",
      authors=["Che-Jui Chang"], section=JF),
    P(J, 125, "Voice Conversion With Just Nearest Neighbors", arxiv="2305.18975", venue="arXiv 2023", year=2023,
      authors=["Matthew Baas", "Benjamin van Niekerk", "Herman Kamper"], code="https://github.com/bshall/knn-vc", section=JP),
    P(J, 133, "FreeVC: Towards High-Quality Text-Free One-Shot Voice Conversion", arxiv="2210.15418",
      authors=["Jingyi Li", "Weiping Tu", "Li Xiao"], code="https://github.com/OlaWod/FreeVC", section=JP),
    P(J, 141, "Nvc-net: End-to-end adversarial voice conversion", arxiv="2106.00992", venue="ICASSP 2022", year=2022,
      authors=["Bac Nguyen", "Fabien Cardinaux"], code="https://github.com/sony/ai-research-code/tree/master/nvcnet", section=JP),
    P(J, 171, "Unsupervised speech decomposition via triple information bottleneck", arxiv="2004.11284",
      venue="arXiv 2020", year=2020, authors=["Kaizhi Qian"], section=JP),
    P(J, 185, "The Academia Sinica Systems of Voice Conversion for VCC2020", arxiv="2010.02669", venue="arXiv 2020",
      year=2020, authors=["Yu-Huai Peng"], section=JP),
    P(J, 197, "Non-parallel voice conversion based on vector-quantized variational autoencoder with adversarial learning",
      authors=["Kazuhiro Kobayashi", "Wen-Chin Huang", "Tomoki Toda"], section=JP),
    N(J, 207, JP),
    P(J, 217, "Audio style transfer", url="https://hal.archives-ouvertes.fr/hal-01626389/document", venue="ICASSP 2018",
      year=2018, authors=["Eric Grinstein"], code="https://github.com/inzva/Audio-Style-Transfer", section=JP),
    P(J, 227, "Improving the Speaker Identity of Non-Parallel Many-to-Many Voice Conversion with Adversarial Speaker Recognition",
      url="http://www.interspeech2020.org/uploadfile/pdf/Mon-2-7-2.pdf", venue="Interspeech 2020", year=2020,
      authors=["Shaojin Ding", "Guanlong Zhao", "Ricardo Gutierrez-Osuna"],
      code="https://github.com/shaojinding/Adversarial-Many-to-Many-VC", section=JP),
    P(J, 243, "Blow: a single-scale hyperconditioned flow for non-parallel raw-audio voice conversion", arxiv="1906.00794",
      url="https://www.dropbox.com/s/6bovin589qr78l8/Blow.pdf?dl=0", venue="arXiv 2019", year=2019,
      authors=["Joan Serrà", "Santiago Pascual", "Carlos Segura"], section=JP),
    P(J, 274, "Hierarchical disentangled representation learning for singing voice conversion", arxiv="2101.06842",
      venue="arXiv 2021", year=2021, authors=["Naoya Takahashi", "Mayank Kumar Singh", "Yuki Mitsufuji"],
      section="Overview / Singing Voice Conversion"),
    P(J, 290, "Self-supervised audio representation learning for mobile devices", arxiv="1905.11796", year=2019,
      authors=["Marco Tagliasacchi"], section="Overview / Interesting papers"),
    P(J, 292, "SinGAN: Learning a Generative Model from a Single Natural Image",
      url="http://openaccess.thecvf.com/content_ICCV_2019/papers/Shaham_SinGAN_Learning_a_Generative_Model_From_a_Single_Natural_Image_ICCV_2019_paper.pdf",
      year=2019, authors=["Tamar Rott Shaham"], section="Overview / Interesting papers"),
    P(J, 297, "Speak Like a Dog: Human to Non-human creature Voice Conversion", arxiv="2206.04780", year=2022,
      authors=["Kohei Suzuki"], section="Overview / Interesting papers"),
    # ---- LqNoob codec post ([YYYY/MM] **Title** [[paper]][[code]][[demo]] *note*), no headings
    P(Q, 13, "TS3-Codec: Transformer-Based Simple Streaming Single Codec", arxiv="2411.18803", year=2024),
    P(Q, 15, "PyramidCodec: Hierarchical Codec for Long-form Music Generation in Audio Domain",
      url="https://aclanthology.org/2024.findings-emnlp.246/", year=2024, summary="Music Tokenizer, Similar to MsCodec"),
    P(Q, 16, "Wavehax: Aliasing-Free Neural Waveform Synthesis Based on 2D Convolution and Harmonic Prior for Reliable Complex Spectrogram Estimation",
      arxiv="2411.06807", year=2024, code="https://github.com/chomeyama/wavehax"),
    P(Q, 24, "DC-Spin: A Speaker-invariant Speech Tokenizer for Spoken Language Models", arxiv="2410.24177", year=2024),
    P(Q, 25, "A Closer Look at Neural Codec Resynthesis: Bridging the Gap between Codec and Waveform Generation",
      arxiv="2410.22448", year=2024, summary="Is predicting the remaining RVQ codes necessary?"),
    P(Q, 31, "Code Drift: Towards Idempotent Neural Audio Codecs", arxiv="2410.11025", year=2024,
      summary="Idempotence – the stability of a codec’s decoded output under multiple rounds of encoding and decoding"),
    P(Q, 32, "WavLM: Large-Scale Self-Supervised Pre-Training for Full Stack Speech Processing", arxiv="2110.13900",
      year=2021, code="https://github.com/microsoft/unilm/tree/master/wavlm"),
    P(Q, 33, "W2v-BERT: Combining Contrastive Learning and Masked Language Modeling for Self-Supervised Speech Pre-Training",
      arxiv="2108.06209", year=2021),
    P(Q, 34, "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units",
      arxiv="2106.07447", year=2021, code="https://github.com/facebookresearch/fairseq/tree/main/examples/hubert"),
    P(Q, 36, "Low Bitrate High-Quality RVQGAN-based Discrete Speech Tokenizer", arxiv="2410.08325", year=2024,
      summary="finetuned-version of DAC"),
    P(Q, 40, "FlowMAC: Conditional Flow Matching for Audio Coding at Low Bit Rates", arxiv="2409.17635", year=2024),
    P(Q, 46, "SoCodec: A Semantic-Ordered Multi-Stream Speech Codec for Efficient Language Model Based Text-to-Speech Synthesis",
      arxiv="2409.00933", year=2024, code="https://github.com/hhguo/SoCodec"),
    P(Q, 47, "Codec Does Matter: Exploring the Semantic Shortcoming of Codec for Audio Language Model",
      arxiv="2408.17175", year=2024, code="https://github.com/zhenye234/xcodec"),
    P(Q, 50, "SimpleSpeech 2: Towards Simple and Efficient Text-to-Speech with Flow-based Scalar Latent Transformer Diffusion Models",
      arxiv="2408.13893", year=2024),
    P(Q, 52, "Language-Codec: Reducing the Gaps Between Discrete Codec Representation and Speech Language Models",
      arxiv="2402.12208", year=2024, code="https://github.com/jishengpeng/Languagecodec"),
    P(Q, 59, "Vocos: Closing the gap between time-domain and Fourier-based neural vocoders for high-quality audio synthesis",
      arxiv="2306.00814", year=2023, code="https://github.com/gemelo-ai/vocos"),
    P(Q, 68, "Addressing Index Collapse of Large-Codebook Speech Tokenizer with Dual-Decoding Product-Quantized Variational Auto-Encoder",
      arxiv="2406.02940", year=2024),
    P(Q, 69, "Coding Speech through Vocal Tract Kinematics", arxiv="2406.12998", year=2024,
      code="https://github.com/Berkeley-Speech-Group/Speech-Articulatory-Coding"),
    P(Q, 75, "Acoustic BPE for Speech Generation with Discrete Tokens", arxiv="2310.14580", year=2023,
      code="https://github.com/AbrahamSanders/codec-bpe"),
    P(Q, 80, "Soundstorm: Efficient parallel audio generation", url="https://openreview.net/forum?id=KknWbD5j95", year=2023),
    # ---- metame-ai natural TTS (bold title wrapped over 2 lines, `arXiv, ID`, tab-indented italic authors)
    N(M, 4, None),
    N(M, 10, None),
    P(M, 21, "Multi-Scale Sub-Band Constant-Q Transform Discriminator for High-Fidelity Vocoder", arxiv="2311.14957",
      venue="arXiv", authors=["Yicheng Gu", "Xueyao Zhang", "Liumeng Xue", "Zhizheng Wu"],
      code="https://github.com/open-mmlab/Amphion/blob/main/models/vocoders/gan/discriminator/mssbcqtd.py",
      section="Vocoder", end=24),
    N(M, 37, "Emotional TTS", end=39),
    P(M, 47, "BASE TTS: Lessons from building a billion-parameter Text-to-Speech model on 100K hours of data",
      arxiv="2402.08093", venue="arXiv",
      authors=["Mateusz Łajszczak", "Guillermo Cámbara", "Yang Li", "Fatih Beyhan", "Arent van Korlaar", "Fan Yang",
               "Arnaud Joly", "Álvaro Martín-Cortinas", "Ammar Abbas", "Adam Michalski"],
      section="Natural TTS", end=52),
    P(M, 75, "DPP-TTS: Diversifying prosodic features of speech via determinantal point processes", arxiv="2310.14663",
      venue="arXiv", authors=["Seongho Joo", "Hyukhun Koh", "Kyomin Jung"], section="Natural TTS", end=78),
    P(M, 82, "DC CoMix TTS: An End-to-End Expressive TTS with Discrete Code Collaborated with Mixer", arxiv="2305.19567",
      venue="arXiv", authors=["Yerin Choi", "Myoung-Wan Koo"], code="https://github.com/lakahaga/dc-comix-tts",
      section="Natural TTS", end=85),
    P(M, 98, "CLAPSpeech: Learning Prosody from Text Context with Contrastive Language-Audio Pre-training",
      arxiv="2305.10763", venue="arXiv",
      authors=["Zhenhui Ye", "Rongjie Huang", "Yi Ren", "Ziyue Jiang", "Jinglin Liu", "Jinzheng He", "Xiang Yin", "Zhou Zhao"],
      section="Natural TTS", end=101),
    P(M, 105, "PortaSpeech: Portable and High-Quality Generative Text-to-Speech", arxiv="2109.15166", venue="arXiv",
      authors=["Yi Ren", "Jinglin Liu", "Zhou Zhao"], section="Natural TTS", end=107),
    P(M, 117, "Extending Multilingual Speech Synthesis to 100+ Languages without Transcribed Data", arxiv="2402.18932",
      venue="arXiv",
      authors=["Takaaki Saeki", "Gary Wang", "Nobuyuki Morioka", "Isaac Elias", "Kyle Kastner", "Andrew Rosenberg",
               "Bhuvana Ramabhadran", "Heiga Zen", "Françoise Beaufays", "Hadar Shemtov"],
      section="MultiLingual TTS", end=120),
    N(M, 127, "MultiLingual TTS"),
    P(M, 132, "Scaling Speech Technology to 1,000+ Languages",
      url="https://scontent-hkg4-2.xx.fbcdn.net/v/t39.8562-6/348836647_265923086001014_6878005808275791319_n.pdf?_nc_cat=104&ccb=1-7&_nc_sid=ae5e01&_nc_ohc=5exJiCqt0Y4AX-gUgT_&_nc_ht=scontent-hkg4-2.xx&oh=00_AfA82VNjMcz4sukDglzRUxbHcDa1eHwx8a3iRZ7sE-Rrnw&oe=6471ACCF",
      section="MultiLingual TTS"),
    N(M, 135, "MultiLingual TTS"),
    P(M, 154, "Bag of Tricks for Unsupervised Text-to-Speech", url="https://openreview.net/forum?id=SbR9mpTuBn",
      section="Unsupervised TTS"),
    N(M, 155, "Unsupervised TTS"),
    P(M, 171, "PromptTTS: Controllable Text-to-Speech with Text Descriptions", arxiv="2211.12171", venue="arXiv",
      authors=["Zhifang Guo", "Yichong Leng", "Yihan Wu", "Sheng Zhao", "Xu Tan"], section="Prompt TTS", end=173),
    P(M, 186, "Expressive TTS Driven by Natural Language Prompts Using Few Human Annotations", arxiv="2311.01260",
      venue="arXiv", authors=["Hanglei Zhang", "Yiwei Guo", "Sen Liu", "Xie Chen", "Kai Yu"], section="Misc", end=189),
    P(M, 196, "VoiceLDM: Text-to-Speech with Environmental Context", arxiv="2309.13664", venue="arXiv",
      authors=["Yeonghyeon Lee", "Inmo Yeon", "Juhan Nam", "Joon Son Chung"], section="Misc", end=198),
    P(M, 202, "ComedicSpeech: Text To Speech For Stand-up Comedies in Low-Resource Scenarios", arxiv="2305.12200",
      venue="arXiv", authors=["Yuyue Wang", "Huan Xiao", "Yihan Wu", "Ruihua Song"], section="Misc", end=205),
    N(M, 220, "OpenTTS", end=222),
]

KA = "Mel-spectrogram Generator / [Autoregressive]"
KN = "Mel-spectrogram Generator / [Non-autoregressive]"
for line, title, ax, au, yr, sec, url in [
    (12, "Char2Wav", None, "J. Soleto", 2017, KA + " / RNN", "https://mila.quebec/wp-content/uploads/2017/02/end-end-speech.pdf"),
    (13, "Tacotron", "1703.10135", "Y. Wang", 2017, KA + " / RNN", None),
    (19, "Deep Voice 3", "1710.07654", "W. Ping", 2017, KA + " / CNN", None),
    (20, "Deep Convolutional Text-to-speech", "1710.08969", "H. Tachibana", 2017, KA + " / CNN", None),
    (25, "Transformer TTS", "1809.08895", "N. Li", 2018, KA + " / Transformer", None),
    (30, "ParaNet", "1905.08459", "K. Peng", 2019, KN + " / CNN", None),
    (33, "Fast Speech", "1905.09263", "Y. Ren", 2019, KN + " / Transformer", None),
    (34, "Align TTS", "2003.01950", "Z. Zeng", 2020, KN + " / Transformer", None),
    (37, "Monotonic Attention", "1704.00784", "C. Raffel", 2017, "Mel-spectrogram Generator / [Attention Improvement]", None),
    (39, "Stepwise Monotonic Attention", "1906.00672", "M. He", 2019, "Mel-spectrogram Generator / [Attention Improvement]", None),
    (53, "SampleRNN", "1612.07837", "S. Mehri", 2016, "Neural Vocoder / [Autoregressive Model]", None),
    (56, "Parallel WaveNet", "1711.10433", "A. V. Oord", 2017, "Neural Vocoder / [Inverse Autoregressive Flow Model]", None),
    (57, "ClariNet", "1807.07281", "W. Ping", 2018, "Neural Vocoder / [Inverse Autoregressive Flow Model]", None),
    (58, "WaveGlow", "1811.00002", "R. Prenger", 2018, "Neural Vocoder / [Inverse Autoregressive Flow Model]", None),
    (70, "Uncovering Latent Style Factors for Expressive Speech Synthesis", "1711.00520", "Y. Wang", 2017, "Style Modeling / [Style Token]", None),
    (71, "GST Tacotron", "1803.09017", "Y. Wang", 2018, "Style Modeling / [Style Token]", None),
    (72, "TP-GST Tacotron", "1808.01410", "D. Santon", 2018, "Style Modeling / [Style Token]", None),
    (76, "TTS-GAN", None, "S. Ma", 2019, "Style Modeling / [Generative Adversarial Network]", "https://openreview.net/pdf?id=ByzcS3AcYX"),
    (77, "Learning to Speak Fluently in a Foreign Language: Multilingual Speech Synthesis and Cross-Language Voice Cloning",
     "1907.04448", "Y. Zhang", 2019, "Style Modeling / [Generative Adversarial Network]", None),
    (83, "Semi-supervised Training for Improving Data Efficiency in End-to-end Speech Synthesis", "1808.10128", "Y.A. Chung",
     2018, "Style Modeling / [Data-Efficient]", None),
]:
    L.append(P(K, line, title, arxiv=ax, url=url, year=yr, authors=[au], section=sec))

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code",
        "summary", "section"]
files = {}
with open(HERE / "labels.jsonl", "w", encoding="utf-8") as out:
    for d in L:
        if d["list"] not in files:
            files[d["list"]] = (HERE / d["list"]).read_text(encoding="utf-8").split("\n")
        lines = files[d["list"]]
        d["raw"] = "\n".join(lines[d["line"] - 1:d["end"]])
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L), "labels")

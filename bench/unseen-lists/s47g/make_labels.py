# Hand-written labels for s47g (every value typed by hand after reading the entry); only `raw` is cut from the list file by line number.
import json
D = "/work/main/bench/unseen-lists/s47g/"
K = "ChuanMeng__Knowledge-Grounded-Conversation.README.md"
S = "snakeztc__NeuralDialogPapers.README.md"
Y = "yizhen20133868__Awesome-SLU-Survey.README.md"
files = {f: open(D + f, encoding="utf-8").read().split("\n") for f in (K, S, Y)}

def P(lst, line, title, venue=None, year=None, arxiv=None, url=None, authors=(), code=None, summary=None, section=None, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)

def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

L = []
# ---- ChuanMeng
L += [
 P(K, 11, "The Dialogue Dodecathlon Open-Domain Knowledge and Image Grounded Conversational Agents", "ACL 2020", 2020,
   authors=["Kurt Shuster", "Da Ju", "Stephen Roller", "Emily Dinan", "Y-Lan Boureau", "Jason Weston"], section="2020"),
 P(K, 12, "Conversational Graph Grounded Policy Learning for Open-Domain Conversation Generation", "ACL 2020", 2020, section="2020"),
 P(K, 13, "A Chinese Multi-domain Dialogue Dataset Towards Multi-turn Knowledge-driven Conversation", "ACL 2020", 2020, arxiv="2004.04100", section="2020"),
 P(K, 18, "Knowledge Graph Grounded Goal Planning for Open-Domain Conversation", "AAAI 2020", 2020, section="2020"),
 P(K, 19, "Dynamic Knowledge Routing Network For Target-Guided Open-Domain Conversation", "AAAI 2020", 2020, arxiv="2002.01196", section="2020"),
 P(K, 21, "Towards information-rich, logical text generation with knowledge-enhanced neural models", "arXiv 2020", 2020, arxiv="2003.00814", section="2020"),
 P(K, 24, "Proactive Human-Machine Conversation with Explicit Conversation Goals", "ACL 2019", 2019, url="https://www.aclweb.org/anthology/P19-1369",
   code="https://github.com/PaddlePaddle/Research/tree/master/NLP/ACL2019-DuConv", section="2019"),
 P(K, 27, "Learning to Select Knowledge for Response Generation in Dialog Systems", "IJCAI 2019", 2019, url="https://www.ijcai.org/proceedings/2019/0706.pdf", section="2019"),
 P(K, 28, "Wizard of Wikipedia: Knowledge-Powered Conversational agents", "ICLR 2019", 2019, arxiv="1811.01241", section="2019"),
 P(K, 29, "Skeleton-to-Response: Dialogue Generation Guided by Retrieval Memory", "NAACL 2019", 2019, url="https://www.aclweb.org/anthology/N19-1124",
   code="https://github.com/jcyk/Skeleton-to-Response", section="2019"),
 P(K, 31, "Knowledge Aware Conversation Generation with Explainable Reasoning over Augmented Graphs", "EMNLP 2019", 2019, section="2019"),
 P(K, 32, "On Knowledge distillation from complex networks for response prediction", "NAACL 2019", 2019, section="2019"),
 P(K, 33, "Improving Background Based Conversation with Context-aware Knowledge Pre-selection", "SCAI 2019", 2019, section="2019"),
 P(K, 34, "Memory Grounded Conversational Reasoning", "EMNLP 2019", 2019, section="2019"),
 P(K, 39, "A Knowledge-Grounded Neural Conversation Model", "AAAI 2018", 2018, arxiv="1702.01932", section="2018"),
 P(K, 40, "Knowledge Diffusion for Neural Dialogue Generation", "ACL 2018", 2018, url="https://www.aclweb.org/anthology/P18-1138", section="2018"),
 P(K, 43, "Extending neural generative conversational model using external knowledge sources", "EMNLP 2018", 2018, section="2018"),
 P(K, 48, "Flexible End-to-End Dialogue System for Knowledge Grounded Conversation", "arXiv 2017", 2017, arxiv="1709.04264", section="Before 2018"),
 P(K, 49, "Get To The Point: Summarization with Pointer-Generator Networks", "ACL 2017", 2017, arxiv="1704.04368", section="Before 2018"),
 P(K, 50, "Incorporating Copying Mechanism in Sequence-to-Sequence Learning", "ACL 2016", 2016, arxiv="1603.06393", section="Before 2018"),
]
# ---- snakeztc
TG = "Task Bots / General"; RL = "Task Bots / Reinforcement Learning and Adversarial"
L += [
 P(S, 26, "Incorporating Unstructured Textual Knowledge Sources into Neural Dialogue", None, 2016,
   url="http://media.wix.com/ugd/b6d786_137894b7b3a341a09ed0c0b45b46dbb6.pdf", authors=["Ryan Lowe"], section=TG),
 P(S, 32, "End-to-End Joint Learning of Natural Language Understanding and Dialogue Manager", None, 2016, arxiv="1612.00913", authors=["Xuesong Yang"], section=TG),
 P(S, 34, "Hybrid Code Networks: practical and efficient end-to-end dialog control with supervised and reinforcement learning", None, 2017,
   arxiv="1702.03274", authors=["Jason D. Williams"], section=TG),
 P(S, 36, "Learning Symmetric Collaborative Dialogue Agents with Dynamic Knowledge Graph Embeddings", None, 2017, arxiv="1704.07130", authors=["He He"], section=TG),
 P(S, 42, "Generative Encoder-Decoder Models for Task-Oriented Spoken Dialog Systems with Chatting Capability", None, 2017, arxiv="1706.08476",
   authors=["Tiancheng Zhao"], section=TG),
 P(S, 46, "End-to-End Recurrent Entity Network for Entity-Value Independent Goal-Oriented Dialog Learning", None, 2017,
   url="http://workshop.colips.org/dstc6/papers/track1_paper02_wu.pdf", authors=["CS Wu"], section=TG, nlines=2),
 P(S, 54, "Mem2Seq: Effectively Incorporating Knowledge Bases into End-to-End Task-Oriented Dialog Systems", None, 2018, arxiv="1804.08217",
   authors=["Andrea Madotto"], section=TG),
 P(S, 78, "Deep Reinforcement Learning for Dialogue Generation", "arXiv 2016", 2016, arxiv="1606.01541", authors=["Jiwei Li"], section=RL),
 P(S, 86, "Strategic Dialogue Management via Deep Reinforcement Learning", None, 2015, arxiv="1511.08099", authors=["Heriberto Cuayáhuitl"], section=RL),
 P(S, 90, "Deep Reinforcement Learning with a Natural Language Action Space", "arXiv 2016", 2016, arxiv="1511.04636", authors=["Ji He"], section=RL),
 P(S, 92, "Language Understanding for Text-based Games using Deep Reinforcement Learning", "arXiv 2016", 2016, arxiv="1506.08941",
   authors=["Karthik Narasimhan"], section=RL),
 P(S, 98, "Sub-domain Modelling for Dialogue Management with Hierarchical Reinforcement Learning", None, 2017, arxiv="1706.06210",
   authors=["Paweł Budzianowski"], section=RL),
 P(S, 104, "Deep Dyna-Q: Integrating Planning for Task-Completion Dialogue Policy Learning", None, 2018, arxiv="1801.06176", authors=["Baolin Peng"], section=RL),
 P(S, 129, "MojiTalk: Generating Emotional Responses at Scale", None, 2018, arxiv="1711.04090", authors=["Xianda Zhou"], section="Chat Bots / General"),
 P(S, 134, "A Persona-Based Neural Conversation Model", "arXiv 2016", 2016, arxiv="1603.06155", authors=["Jiwei Li"], section="Chat Bots / Rich Dialog Context"),
 P(S, 136, "Conversational Contextual Cues: The Case of Personalization and History for Response Ranking", None, 2016, arxiv="1606.00372",
   authors=["Rami Al-Rfou"], section="Chat Bots / Rich Dialog Context"),
 P(S, 142, "Personalizing Dialogue Agents: I have a dog, do you have pets too?", None, 2018, arxiv="1801.07243", authors=["Saizheng Zhang"],
   section="Chat Bots / Rich Dialog Context"),
 P(S, 146, "Teaching Machines to Read and Comprehend", "arXiv 2015", 2015, arxiv="1506.03340", authors=["Karl Moritz Hermann"],
   summary="Deep LSTM/Attentive Reader/Impatient Reader", section="Chat Bots / Rich Dialog Context", nlines=2),
 P(S, 162, "A Neural Network Approach to Context-Senstive Generation of Conversational Responses", None, 2015,
   url="https://michaelauli.github.io/papers/chitchat.pdf", authors=["Alessandro Sordoni"], section="Chat Bots / Rich Dialog Context"),
 P(S, 186, "DialogWAE: Multimodal Response Generation with Conditional Wasserstein Auto-Encoder", None, 2018, arxiv="1805.12352", authors=["Xiaodong Gu"],
   section="Chat Bots / Diversity"),
]
# ---- SLU
SF = "Frontiers / Single Slot Filling"; IJ = "Frontiers / Joint Model / Implicit joint modeling"; EJ = "Frontiers / Joint Model / Explicit joint modeling"
L += [
 N(Y, 23, "Introduction"),
 N(Y, 39, "Quick path"),
 N(Y, 53, "Quick path"),
 P(Y, 83, "SlotRefine: A Fast Non-Autoregressive Model for Joint Intent Detection and Slot Filling", "EMNLP 2020", 2020,
   url="https://www.aclweb.org/anthology/2020.emnlp-main.152.pdf", code="https://github.com/moore3930/SlotRefine", section="Resources / Joint Model"),
 N(Y, 115, "Dataset"),
 N(Y, 117, "Dataset"),
 N(Y, 119, "Dataset"),
 P(Y, 138, "Data Augmentation with Atomic Templates for Spoken Language Understanding", "EMNLP 2019", 2019, arxiv="1908.10770", section=SF),
 P(Y, 139, "A New Concept of Deep Reinforcement Learning based Augmented General Sequence Tagging System", "COLING 2018", 2018,
   url="https://www.aclweb.org/anthology/C18-1143.pdf", section=SF),
 P(Y, 141, "Sequence-to-Sequence Data Augmentation for Dialogue Language Understanding", "COLING 2018", 2018, arxiv="1807.01554",
   code="https://github.com/AtmaHou/Seq2SeqDataAugmentationForLU", section=SF),
 P(Y, 144, "Bi-directional recurrent neural network with ranking loss for spoken language understanding", "IEEE 2016", 2016,
   url="https://ieeexplore.ieee.org/abstract/document/7472841/", section=SF),
 P(Y, 150, "Using Recurrent Neural Networks for Slot Filling in Spoken Language Understanding", "IEEE/ACM TASLP 2015", 2015,
   url="https://ieeexplore.ieee.org/document/6998838", section=SF),
 P(Y, 153, "Spoken Language Understanding Using Long Short-Term Memory Neural Networks", "IEEE 2014", 2014,
   url="https://groups.csail.mit.edu/sls/publications/2014/Zhang_SLT_2014.pdf", section=SF),
 P(Y, 169, "Adversarial Training for Multi-task and Multi-lingual Joint Modeling of Utterance Intent Classification", "ACL 2018", 2018,
   url="https://www.aclweb.org/anthology/D18-1064.pdf", section="Frontiers / Single Intent Detection"),
 P(Y, 181, "Multi-Domain Joint Semantic Frame Parsing using Bi-directional RNN-LSTM", "INTERSPEECH 2016", 2016,
   url="https://pdfs.semanticscholar.org/d644/ae996755c803e067899bdd5ea52498d7091d.pdf", section=IJ),
 P(Y, 182, "Attention-Based Recurrent Neural Network Models for Joint Intent Detection and Slot Filling", "INTERSPEECH 2016", 2016, arxiv="1609.01454", section=IJ),
 P(Y, 183, "Multi-domain joint semantic frame parsing using bi-directional RNN-LSTM", "INTERSPEECH 2016", 2016,
   url="https://www.microsoft.com/en-us/research/wp-content/uploads/2016/06/IS16_MultiJoint.pdf", section=IJ),
 P(Y, 193, "A Stack-Propagation Framework with Token-Level Intent Detection for Spoken Language Understanding", "EMNLP 2019", 2019, arxiv="1909.02188",
   code="https://github.com/LeePleased/StackPropagation-SLU", section=EJ),
 P(Y, 196, "A Novel Bi-directional Interrelated Model for Joint Intent Detection and Slot Filling", "ACL 2019", 2019,
   url="https://www.aclweb.org/anthology/P19-1544.pdf", code="https://github.com/ZephyrChenzf/SF-ID-Network-For-NLU", section=EJ),
 P(Y, 197, "Joint Multiple Intent Detection and Slot Labeling for Goal-Oriented Dialog", "NAACL 2019", 2019,
   url="https://www.aclweb.org/anthology/N19-1055.pdf", section=EJ),
]
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
with open(D + "labels.jsonl", "w", encoding="utf-8") as fh:
    for e in L:
        lines = files[e["list"]]
        e["raw"] = "\n".join(lines[e["line"] - 1: e["line"] - 1 + e.pop("nlines")])
        fh.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(L))

"""Write labels.jsonl: raw text is cut from the saved README (lines start..end), fields by hand."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = 'primihub__Awesome-Privacy-Computing.README.md'
M = 'michele17284__Awesome-Privacy-Preserving-LLMs.README.md'
X = 'Plankson__awesome-explainable-reinforcement-learning.README.md'
J = 'jvpoulos__causal-ml.README.md'

def paper(title, arxiv=None, url=None, venue=None, year=None, authors=None, code=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary)
def non():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None)

OT = '1 Secure Multiparty Computation (SMPC) / 1.1 Primitive / 1.1.1 Oblivious Transfer (OT)'
GC = '1 Secure Multiparty Computation (SMPC) / 1.1 Primitive / 1.1.2 Garbled Circuit'
AB = '1 Secure Multiparty Computation (SMPC) / 1.1 Primitive / 1.1.3 Arithmetic/Boolean Circuit'
BK = '1 Secure Multiparty Computation (SMPC) / 1.3 Books'
CO = '1 Secure Multiparty Computation (SMPC) / 1.4 Courses'
FP = '4 Homomorphic Encryption (HE) / FHE Papers'
PP = '7 Privacy-Preserving Machine Learning (PPML)'
E = []  # (list, start, end, section, fields)
E += [
 (P, 17, 17, OT, paper("Efficient two-round OT extension and silent non-interactive secure computation", url="https://eprint.iacr.org/2019/1159.pdf", venue="CCS 2019", year=2019)),
 (P, 19, 19, OT, paper("Silver: Silent VOLE and Oblivious Transfer from Hardness of Decoding Structured LDPC Codes", url="https://eprint.iacr.org/2021/1150.pdf", venue="CRYPTO 2021", year=2021)),
 (P, 28, 28, GC, paper("FleXOR: Flexible Garbling for XOR Gates That Beats Free-XOR", url="https://eprint.iacr.org/2014/460.pdf", venue="CRYPTO 2014", year=2014)),
 (P, 31, 31, GC, paper("Three Halves Make a Whole? Beating the Half-Gates Lower Bound for Garbled Circuits", url="https://eprint.iacr.org/2021/749.pdf", venue="CRYPTO 2021", year=2021)),
 (P, 35, 35, AB, paper("How to play ANY mental game", url="https://www.researchgate.net/publication/234778924_How_to_play_ANY_mental_game/link/0deec5232112523fc5000000/download", venue="STOC 1987", year=1987)),
 (P, 76, 76, BK, non()),
 (P, 78, 78, BK, non()),
 (P, 80, 80, BK, non()),
 (P, 91, 91, CO, non()),
 (P, 101, 101, '1.5 Open Source Framework', non()),
 (P, 152, 152, '4 Homomorphic Encryption (HE) / FHE Applications', non()),
 (P, 153, 153, '4 Homomorphic Encryption (HE) / FHE Applications', non()),
 (P, 165, 165, FP, paper("Fully homomorphic encryption with polylog overhead", url="https://link.springer.com/chapter/10.1007/978-3-642-29011-4_28", venue="EUROCRYPT 2012", year=2012)),
 (P, 166, 166, FP, paper("Fully Homomorphic Encryption without Modulus Switching from Classical GapSVP", url="http://link.springer.com/10.1007/978-3-642-32009-5_50", venue="CRYPTO 2012", year=2012)),
 (P, 173, 173, FP, paper("A Full RNS Variant of FV Like Somewhat Homomorphic Encryption Schemes", url="http://link.springer.com/10.1007/978-3-319-69453-5_23", venue="SAC 2017", year=2017)),
 (P, 176, 176, FP, paper("Bootstrapping for Approximate Homomorphic Encryption", url="https://link.springer.com/chapter/10.1007/978-3-319-78381-9_14", venue="EUROCRYPT 2018", year=2018)),
 (P, 196, 196, PP, paper("MiniONN: Oblivious Neural Network Predictions via MiniONN Transformations", url="https://acmccs.github.io/papers/p619-liuA.pdf", venue="CCS 2017", year=2017)),
 (P, 198, 198, PP, paper("DeepSecure: Scalable Provably-Secure Deep Learning", arxiv="1705.08963", venue="DAC 2017", year=2017)),
 (P, 204, 204, PP, paper("New Primitives for Actively-Secure MPC over Rings with Applications to Private Machine Learning", url="https://eprint.iacr.org/2019/599.pdf", venue="S&P 2019", year=2019)),
 (P, 211, 211, PP, paper("SoK: Modular and Efficient Private Decision Tree Evaluation", url="https://eprint.iacr.org/2018/1099.pdf", venue="PETS 2019", year=2019)),
]
E += [
 (M, 10, 10, 'Table of Contents', non()),
 (M, 28, 28, 'Data Extraction', paper("Quantifying Memorization Across Neural Language Models", arxiv="2202.07646", summary="Shows that it is possible to reconstruct training data with black-box access.")),
 (M, 38, 38, 'Data Extraction', paper("Controlling the Extraction of Memorized Data from Large Language Models via Prompt-Tuning", arxiv="2305.11759", summary="Similar approach to ETHICIST but based on soft propmpt tuning.")),
 (M, 41, 41, 'Data Extraction', paper('"Do Anything Now": Characterizing and Evaluating In-The-Wild Jailbreak Prompts on Large Language Models', arxiv="2308.03825", summary="Characterize a large set of jailbreak prompts and evaluate their effectiveness against different LLMs.")),
 (M, 47, 47, 'Membership Inference Attacks', paper("Membership inference attack susceptibility of clinical language models", arxiv="2104.08305", summary="Conduct attacks against BERT and GPT-2 trained on clinical data and show that DP helps mitigate privacy leakage.")),
 (M, 51, 51, 'Membership Inference Attacks', paper("Detecting Pretraining Data from Large Language Models", arxiv="2310.16789", summary="Design attacks that threshold the average log likelihood of the top k rarest words to ascertain whether or not the example is part of the training data.")),
 (M, 63, 63, 'Model Inversion', paper("Canary Extraction in Natural Language Understanding Models", arxiv="2203.13920", summary="Very similar to the previous work but uses a different reconstruction method.")),
 (M, 72, 72, 'Re-Identification from Anonymized Data', paper("Robust de-anonymization of large sparse datasets", arxiv="cs/0610105", summary="Show that an attacker can use background knowledge or external data to reconstruct the identity of a user in a sparse dataset describing users preferences or transactions.")),
 (M, 74, 74, 'Re-Identification from Anonymized Data', paper("Clinical Text Anonymization, its Influence on Downstream NLP Tasks and the Risk of Re-Identification", url="https://aclanthology.org/2023.eacl-srw.11/", summary="Re-ID patiens from their anonymized history.")),
 (M, 77, 77, 'Attacks against Synthetic Data Generators', paper("Synthetic Data -- Anonymisation Groundhog Day", arxiv="2011.07018", summary="Empirically show that synthetic data does not provide a better tradeoff between privacy and utility than traditional anonymisation techniques.")),
 (M, 78, 78, 'Attacks against Synthetic Data Generators', paper("TAPAS: A toolbox for adversarial privacy auditing of synthetic data", arxiv="2211.06550", summary="Present a toolbox for performing attacks against synthetic data generators.")),
 (M, 83, 83, 'Data anonymization', paper("Guaranteeing anonymity when sharing medical data, the Datafly System", url="https://pubmed.ncbi.nlm.nih.gov/9357587/#:~:text=We%20present%20a%20computer%20program,details%20found%20within%20the%20data.", summary="Foundational paper for k-anonymity")),
 (M, 102, 102, 'Data anonymization with Differential Privacy', paper("A Customized Text Sanitization Mechanism with Differential Privacy", arxiv="2207.01193", summary="They propose CUSTEXT to replace sensitive tokens.")),
 (M, 103, 103, 'Data anonymization with Differential Privacy', paper("InferDPT: Privacy-Preserving Inference for Black-box Large Language Model", url="https://cs.paperswithcode.com/paper/privinfer-privacy-preserving-inference-for", summary="They propose RANTEXT to replace sensitive tokens.")),
 (M, 121, 122, 'Fine-tuning with Differential Privacy', paper("Making the Shoe Fit: Architectures, Initializations, and Tuning for Learning with Privacy", url="https://openreview.net/forum?id=rJg851rYwH", summary="Propose different architectures, initializations and hyperparameter tuning methods explicitly devised for private learning.")),
 (M, 150, 150, 'Federated Learning with Differential Privacy', paper("Can Public Large Language Models Help Private Cross-device Federated Learning?", arxiv="2305.12132", summary="Introduce DP-FTRL and use LLMs to improve privacy/utility tradeoff of the local LM in DP-FL.")),
 (M, 165, 165, 'Machine Unlearning', paper("Knowledge Sanitization of Large Language Models", arxiv="2309.11852", summary="Sanitization approach to limit hallucinations deriving from unlearning.")),
 (M, 174, 174, 'Tools and Frameworks', non()),
 (M, 176, 176, 'Tools and Frameworks', non()),
 (M, 179, 179, 'Tools and Frameworks', non()),
]
ME = 'Explainability in RL / Model Explaining / Self-Explainable'
EG = 'Explainability in RL / Model Explaining / Explanation Generating'
E += [
 (X, 30, 30, 'Table of Contents', non()),
 (X, 47, 47, 'Overview', non()),
 (X, 48, 48, 'Overview', non()),
 (X, 83, 84, ME, paper("Particle swarm optimization for generating interpretable fuzzy reinforcement learning policies", arxiv="1610.05984", venue="EAAI 2017", year=2017, authors=["D. Hein", "A. Hentschel", "T Runkler", "S Udluft"])),
 (X, 85, 86, ME, paper("Toward Interpretable Deep Reinforcement Learning with Linear Model U-Trees", arxiv="1807.05887", venue="ECML PKDD 2018", year=2018, authors=["G. Liu", "O. Schulte", "W. Zhu", "Q. Li"], code="https://github.com/Guiliang/uTree_mimic_mountain_car")),
 (X, 103, 104, ME, paper("Conservative q-improvement: Reinforcement learning for an interpretable decision-tree policy", arxiv="1907.01180", venue="arXiv 2019", year=2019, authors=["A. Roth", "N. Topin", "P. Jamshidi", "M. Veloso"], code="https://github.com/AMR-/Conservative-Q-Improvement")),
 (X, 115, 116, ME, paper("Learning to synthesize programs as interpretable and generalizable policies", url="https://proceedings.neurips.cc/paper/2021/file/d37124c4c79f357cb02c655671a432fa-Paper.pdf", venue="NeurIPS 2021", year=2021, authors=["D. Trivedi", "J. Zhang", "S. Sun", "J. Lim"], code="https://github.com/clvrai/leaps")),
 (X, 133, 134, EG, paper("Explainable Reinforcement Learning through a Causal Lens", url="https://ojs.aaai.org/index.php/AAAI/article/view/5631/5487", venue="AAAI 2020", year=2020, authors=["P. Madumal", "T. Miller", "L. Sonenberg", "F. Vetere"], code="https://github.com/NinaPi/Lunar_Causal_Network")),
 (X, 137, 138, EG, paper("Autonomous self-explanation of behavior for interactive reinforcement learning agents", arxiv="1810.08811", venue="HAI 2017", year=2017, authors=["Y. Fukuchi", "M. Osawa", "H. Yamakawa", "M. Imai"])),
 (X, 141, 142, EG, paper("Improving Robot Controller Transparency Through Autonomous Policy Explanation", url="https://dspace.mit.edu/bitstream/handle/1721.1/116013/hri17.pdf?sequence=1&isAllowed=y", venue="HRI 2017", year=2017, authors=["B. Hayes", "J. Shah"])),
 (X, 151, 152, EG, paper("A CEGAR-Driven Training and Verification Framework for Safe Deep Reinforcement Learning", url="https://link.springer.com/chapter/10.1007/978-3-031-13185-1_10", venue="CAV 2022", year=2022, authors=["P. Jin", "J. Tian", "D. Zhi", "X. Wen", "M. Zhang"], code="https://github.com/aptx4869tjx/RL_verification")),
 (X, 179, 180, 'Explainability in RL / Reward Explaining / Reward Shaping', paper("Tree-structured policy based progressive reinforcement learning for temporally language grounding in video", url="https://ojs.aaai.org/index.php/AAAI/article/download/6924/6778", venue="AAAI 2020", year=2020, authors=["J. Wu", "G. Li", "S. Liu", "L. Lin"], code="https://github.com/WuJie1010/TSP-PRL")),
 (X, 223, 224, 'Explainability in RL / State Explaining / Current Observation', paper("Towards better interpretability in deep q-networks", url="https://ojs.aaai.org/index.php/AAAI/article/view/4377/4255", venue="AAAI 2019", year=2019, authors=["R. Annasamy", "K. Sycara"], code="https://github.com/maraghuram/I-DQN")),
 (X, 242, 243, 'Explainability in RL / State Explaining / Future Prediction', paper("Semantic Predictive Control for Explainable and Efficient Policy Learning", url="https://ieeexplore.ieee.org/abstract/document/8794437/", venue="ICRA 2019", year=2019, authors=["X. Pan", "X. Chen", "Q. Cai", "J. Canny", "F. Yu"])),
 (X, 259, 260, 'Explainability in RL / Task Explaining / Whole Top-down Structure', paper("A Boolean task algebra for reinforcement learning", url="https://proceedings.neurips.cc/paper/2020/file/6ba3af5d7b2790e73f0de32e5c8c1798-Paper.pdf", venue="NeurIPS 2020", year=2020, authors=["G. Nangue Tasse", "S. James", "B. Rosman"], code="https://github.com/geraudnt/boolean_composition")),
 (X, 268, 269, 'Explainability in RL / Task Explaining / Simple Task Division', paper("Dot-to-dot: Explainable hierarchical reinforcement learning for robotic manipulation", arxiv="1904.06703", venue="IROS 2019", year=2019, authors=["B. Beyret", "A. Shafti", "A. Faisal"])),
 (X, 281, 282, 'Human knowledge for RL paradigm', paper("In the Eye of Beholder: Joint Learning of Gaze and Actions in First Person Video", url="http://openaccess.thecvf.com/content_ECCV_2018/papers/Yin_Li_In_the_Eye_ECCV_2018_paper.pdf", venue="ECCV 2018", year=2018, authors=["Y. Li", "M. Liu", "J. Rehg"])),
 (X, 283, 284, 'Human knowledge for RL paradigm', paper("Using Natural Language for Reward Shaping in Reinforcement Learning", arxiv="1903.02020", venue="arXiv 2019", year=2019, authors=["P. Goyal", "S. Niekum", "R. Mooney"], code="https://github.com/prasoongoyal/rl-learn")),
 (X, 306, 306, 'Explainable AI Library', non()),
]
HT = 'Individual treatment effects / Heterogeneous treatment effects'
CR = 'Causal recommendation / comments'
E += [
 (J, 50, 52, 'Survey papers', paper("Toward Causal Representation Learning", url="https://ieeexplore.ieee.org/abstract/document/9363924", venue="IEEE 2021", year=2021, authors=["Bernhard Schölkopf", "Francesco Locatello", "Stefan Bauer", "Nan Rosemary Ke", "Nal Kalchbrenner", "Anirudh Goyal", "Yoshua Bengio"])),
 (J, 82, 84, HT, paper("Machine Learning Estimation of Heterogeneous Treatment Effects with Instruments", arxiv="1905.10176", venue="NeurIPS 2019", year=2019, authors=["Vasilis Syrgkanis", "Victor Lei", "Miruna Oprescu", "Maggie Hei", "Keith Battocchi", "Greg Lewis"])),
 (J, 106, 108, HT, paper("Transfer Learning for Estimating Causal Effects using Neural Networks", arxiv="1808.07804", venue="arXiv 2018", year=2018, authors=["Sören R. Künzel", "Bradly C. Stadie", "Nikita Vemuri", "Varsha Ramakrishnan", "Jasjeet S. Sekhon", "Pieter Abbeel"])),
 (J, 149, 151, 'Individual treatment effects / Static data', paper("GANITE: Estimation of Individualized Treatment Effects using Generative Adversarial Nets", url="https://openreview.net/pdf?id=ByKWUeWA-", venue="ICLR 2018", year=2018, authors=["Jinsung Yoon", "James Jordon", "Mihaela van der Schaar"], code="https://github.com/jsyoon0823/GANITE")),
 (J, 179, 181, 'Individual treatment effects / Temporal data', paper("Generative Learning of Counterfactual for Synthetic Control Applications in Econometrics", arxiv="1910.07178", venue="arXiv 2019", year=2019, authors=["Chirag Modi", "Uros Seljak"])),
 (J, 191, 193, 'Individual treatment effects / Temporal data', paper("Forecasting Treatment Responses Over Time Using Recurrent Marginal Structural Networks", url="https://papers.nips.cc/paper/7977-forecasting-treatment-responses-over-time-using-recurrent-marginal-structural-networks", venue="NIPS 2018", year=2018, authors=["Sonali Parbhoo", "Stefan Bauer", "Patrick Schwab"], code="https://github.com/sjblim/rmsn_nips_2018")),
 (J, 217, 219, 'Representation learning', paper("Learning Representations for Counterfactual Inference", arxiv="1605.03661", venue="arXiv 2018", year=2018, authors=["Fredrik D. Johansson", "Uri Shalit", "David Sontag"], code="https://github.com/clinicalml/cfrnet")),
 (J, 227, 229, 'Semiparametric / double robust inference', paper("Deep Neural Networks for Estimation and Inference", arxiv="1809.09953", venue="arXiv 2019", year=2019, authors=["Max H. Farrell", "Tengyuan Liang", "Sanjog Misra"])),
 (J, 261, 263, 'Policy learning / causal discovery', paper("Causal Discovery with Reinforcement Learning", arxiv="1906.04477", venue="arXiv 2019", year=2019, authors=["Shengyu Zhu", "Zhitang Chen"])),
 (J, 269, 271, 'Policy learning / causal discovery', paper("Learning When-to-Treat Policies", arxiv="1905.09751", venue="arXiv 2019", year=2019, authors=["Xinkun Nie", "Emma Brunskill", "Stefan Wager"])),
 (J, 301, 303, CR, paper("Comment: Reflections on the Deconfounder", arxiv="1910.08042", venue="arXiv 2019", year=2019, authors=["Alexander D'Amour"])),
 (J, 313, 315, CR, paper("The Blessings of Multiple Causes: A Reply to Ogburn et al. (2019)", arxiv="1910.07320", venue="arXiv 2019", year=2019, authors=["Yixin Wang", "David M. Blei"])),
 (J, 369, 371, 'Applications / Text', paper("Causal Effects of Linguistic Properties", arxiv="2010.12919", venue="arXiv 2021", year=2021, authors=["Reid Pryzant", "Dallas Card", "Dan Jurafsky", "Victor Veitch", "Dhanya Sridhar"])),
 (J, 377, 379, 'Applications / Text', paper("Counterfactual Generator: A Weakly-Supervised Method for Named Entity Recognition", url="https://github.com/xijiz/cfgen/blob/master/docs/cfgen.pdf", venue="EMNLP 2020", year=2020, authors=["Xiangji Zeng", "Yunliang Li", "Yuchen Zhai", "Yin Zhang"], code="https://github.com/xijiz/cfgen")),
 (J, 381, 383, 'Applications / Text', paper("Using Text Embeddings for Causal Inference", arxiv="1905.12741", venue="arXiv 2019", year=2019, authors=["Victor Veitch", "Dhanya Sridhar", "David M. Blei"], code="https://github.com/blei-lab/causal-text-embeddings")),
 (J, 405, 405, 'Resources / Workshops', non()),
 (J, 423, 423, 'Resources / Workshops', non()),
 (J, 453, 453, 'Resources / Courses', non()),
 (J, 463, 463, 'Resources / Groups', non()),
 (J, 469, 469, 'Resources / Lists', non()),
]
files = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for lst, a, b, sec, f in E:
        if lst not in files:
            files[lst] = open(os.path.join(HERE, lst), encoding='utf-8').read().split('\n')
        raw = '\n'.join(files[lst][a - 1:b])
        rec = dict(list=lst, line=a, raw=raw)
        rec.update(f)
        rec['section'] = sec
        keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
        out.write(json.dumps({k: rec[k] for k in keys}, ensure_ascii=False) + '\n')
print(len(E), 'labels')

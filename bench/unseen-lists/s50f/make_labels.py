"""Hand labels for the 60 sampled entries (read by eye from the files). `raw` is copied from the
file at `line` (every sampled entry is a single line); every other field is written by hand below.
Writes labels.jsonl next to this script."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
D = 'Dakingrai__awesome-mechanistic-interpretability-lm-papers.README.md'
J = 'JShollaj__awesome-llm-interpretability.README.md'
R = 'ruizheliUOA__Awesome-Interpretability-in-Large-Language-Models.README.md'

KEYS = ['title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary']


def NP(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, section=section)


def P(lst, line, section, title, arxiv_id=None, url=None, venue=None, year=None, code=None,
      summary=None, authors=None):
    return dict(list=lst, line=line, is_paper=True, section=section, title=title,
                arxiv_id=arxiv_id, doi=None, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary)


DT = 'Paper Collection / Techniques'
DF = 'Paper Collection / Findings and Applications / Findings on Features'
DB = 'Paper Collection / Findings and Applications / Findings on circuits / Interpreting LM Behaviors'
DC = 'Paper Collection / Findings and Applications / Findings on circuits / Interpreting Transformer Components'
DU = 'Paper Collection / Findings and Applications / Findings on Universality'
DM = 'Paper Collection / Findings and Applications / Findings on Model Capabilities'
DL = 'Paper Collection / Findings and Applications / Findings on Learning Dynamics'
DA = 'Paper Collection / Findings and Applications / Applications of MI'

JT = 'Table of Contents / LLM Interpretability Tools'
JP = 'Table of Contents / LLM Interpretability Papers'
JA = 'Table of Contents / LLM Interpretability Articles'

RS = 'Awesome Interpretability Papers / Survey Papers'
RP = 'Awesome Interpretability Papers / Position Papers'
RA = 'Awesome Interpretability Papers / Interpretable Analysis of LLMs'
RD = 'Awesome Interpretability Papers / SAE and Dictionary Learning'

LABELS = [
    # ---- Dakingrai: tables `| [Title (Venue'YY)](link) | Techniques | Evaluation | TL;DR |`
    NP(D, 18, None),   # **How to Contribute:** note
    NP(D, 21, None),   # **Questions/Comments/Suggestions:** note
    NP(D, 39, 'Table of Contents'),
    NP(D, 44, 'Table of Contents'),
    NP(D, 47, 'Table of Contents'),
    NP(D, 48, 'Table of Contents'),
    NP(D, 64, DT),     # Causal Scrubbing: LessWrong post (blog), no paper link
    P(D, 88, DF, 'Knowledge Neurons in Pretrained Transformers',
      url='https://aclanthology.org/2022.acl-long.581.pdf', venue='ACL 2022', year=2022,
      summary='A gradient-based attribution score was designed, which discovered "knowledge neurons" in the FF layer of BERT.'),
    P(D, 105, DB, 'Towards automated circuit discovery for mechanistic interpretability',
      url='https://proceedings.neurips.cc/paper_files/paper/2023/file/34e1dbe95d34d7ebaf99b9bcaeb5b2be-Paper-Conference.pdf',
      venue='NeurIPS 2023', year=2023, summary='greater-than operations'),
    P(D, 107, DB, 'Progress measures for grokking via mechanistic interpretability',
      arxiv_id='2301.05217', venue='ICLR 2023', year=2023, summary='modular addition'),
    P(D, 126, DC, 'Locating and editing factual associations in gpt',
      arxiv_id='2202.05262', venue='NeurIPS 2022', year=2022,
      summary='FF sublayers are responsible for storing pre-trained knowledge.'),
    P(D, 139, DU, 'The clock and the pizza: Two stories in mechanistic explanation of neural networks',
      url='https://openreview.net/forum?id=S5wmbQc1We', venue='NeurIPS 2023', year=2023,
      summary='Paper discovered that two LMs trained with different initialization can develop qualitatively different circuits for the modular addition task.'),
    P(D, 141, DU, 'Universal neurons in gpt2 language models', arxiv_id='2401.12181',
      summary='The paper found that only about 1-5% of neurons from GPT-2 models trained with random initialization exhibit universality.'),
    P(D, 151, DM, 'Identifying Semantic Induction Heads to Understand In-Context Learning',
      arxiv_id='2402.13055', venue='ACL 2024', year=2024,
      summary='The paper investigated few-shot ICL and identified "semantic induction heads", which, unlike prior induction heads, model the semantic relationship between the input and the output token (e.g., "I have a nice pen for writing. The pen is nice to" -> "write").'),
    P(D, 152, DM, 'A Mechanistic Interpretation of Arithmetic Reasoning in Language Models using Causal Mediation Analysis',
      url='https://aclanthology.org/2023.emnlp-main.435.pdf', venue='EMNLP 2023', year=2023,
      summary='The paper studied arithmetic reasoning and found that attention heads are responsible for transferring information from operand and operator tokens to the RS of the answer or output token, with FF modules subsequently calculating the answer token.'),
    P(D, 153, DM, 'How to think step-by-step: A mechanistic understanding of chain-of-thought reasoning',
      url='https://openreview.net/pdf?id=uHLDkQVtyC', venue='TMLR 2024', year=2024,
      summary='The paper studied chain-of-thought (CoT) multi-step reasoning over fictional ontologies and found that LLMs seem to deploy multiple different neural pathways in parallel to compute the final answer.'),
    P(D, 167, DL, 'Fine-tuning enhances existing mechanisms: A case study on entity tracking',
      arxiv_id='2402.14811', venue='ICLR 2024', year=2024,
      summary='The paper investigated the underlying changes in mechanisms (e.g., task-relevant circuits) to understand performance enhancements in finetuned LMs. The authors found that fine-tuning does not fundamentally change the mechanisms but enhances existing ones.'),
    P(D, 175, DA, 'Locating and editing factual associations in mamba', arxiv_id='2404.03646',
      summary='The paper explored locating, recalling, and editing facts in Mamba.'),
    P(D, 178, DA, 'Emergent linear representations in world models of self-supervised sequence models',
      url='https://aclanthology.org/2023.blackboxnlp-1.2.pdf', venue='ACL 2023 BlackboxNLP', year=2023,
      summary='The paper demonstrated that an LM’s output can be altered (e.g., flipping a player turn in the game of Othello from YOURS to MINE) by pushing its activation in the direction of a linear vector representing the desired behavior, which was identified using a linear probe.'),
    NP(D, 180, DA),    # section of the July 2023 Circuits Update note, not a paper

    # ---- JShollaj: `1. [Title](link) - description`
    NP(J, 8, 'Table of Contents'),
    NP(J, 10, 'Table of Contents'),
    NP(J, 17, JT),     # LIT (tool)
    NP(J, 19, JT),     # Pythia repository
    NP(J, 23, JT),     # Attention Analysis repository
    NP(J, 24, JT),     # SpellGPT repository
    NP(J, 35, JT),     # TransformerViz tool
    NP(J, 36, JT),     # TransformerLens library
    P(J, 49, JP, 'Copy Suppression: Comprehensively Understanding an Attention Head', arxiv_id='2310.04625',
      summary='Investigates a specific attention head in GPT-2 Small, revealing its primary role in copy suppression.'),
    P(J, 52, JP, 'Towards Automated Circuit Discovery for Mechanistic Interpretability', arxiv_id='2304.14997',
      summary='Introduces the Automatic Circuit Discovery (ACDC) algorithm for identifying important units in neural networks.'),
    P(J, 54, JP, 'Causal Mediation Analysis for Interpreting Neural NLP: The Case of Gender Bias', arxiv_id='2004.12265',
      summary='Causal mediation analysis as a method for interpreting neural models in natural language processing.'),
    P(J, 62, JP, 'Successor Heads: Recurring, Interpretable Attention Heads In The Wild',
      url='https://openreview.net/forum?id=kvcbV8KQsi',
      summary="Introduces 'successor heads,' attention heads that increment tokens with a natural ordering, such as numbers and days, in LLM’s."),
    P(J, 67, JP, 'The Devil is in the Neurons: Interpreting and Mitigating Social Biases in Language Models',
      url='https://openreview.net/forum?id=SQGUDc9tC8',
      summary="Presents a novel approach for identifying and mitigating social biases in language models, introducing the concept of 'Social Bias Neurons'."),
    P(J, 71, JP, 'Spine: Sparse interpretable neural embeddings', arxiv_id='1711.08792',
      summary='Presents SPINE, a method transforming dense word embeddings into sparse, interpretable ones using denoising autoencoders.'),
    P(J, 77, JP, 'An Overview of Early Vision in InceptionV1', url='https://distill.pub/2020/circuits/early-vision/',
      summary='A comprehensive exploration of the initial five layers of the InceptionV1 neural network, focusing on early vision.'),
    P(J, 83, JP, 'Emergent and Predictable Memorization in Large Language Models', arxiv_id='2310.11207',
      summary='Investigates the use of sparse autoencoders for enhancing the interpretability of features in LLMs.'),
    P(J, 92, JP, 'From Understanding to Utilization: A Survey on Explainability for Large Language Models',
      arxiv_id='2401.12874',
      summary='A survey delves into the burgeoning field of explainability for Large Language Models (LLMs), a critical yet challenging aspect of natural language processing.'),
    NP(J, 102, JA),    # Quanta Magazine article
    NP(J, 109, JA),    # LessWrong post
    P(J, 110, JA, 'Discovering Latent Knowledge in Language Models Without Supervision', arxiv_id='2212.03827',
      summary='Examines a specific neural circuit within a 4-layer transformer model responsible for generating Python docstrings.'),

    # ---- ruizheliUOA: `| badge <br> [**Title**](link) <br>| Venue | YYYY-MM-DD | [Github](repo) | Blog |`
    NP(R, 6, 'Awesome Interpretability Libraries'),   # SAE Lens library
    P(R, 14, RS, 'Mechanistic Interpretability for AI Safety -- A Review', arxiv_id='2404.14082',
      venue='arXiv 2024', year=2024),
    P(R, 15, RS, 'From Understanding to Utilization: A Survey on Explainability for Large Language Models',
      arxiv_id='2401.12874', venue='arXiv 2024', year=2024),
    P(R, 24, RP, 'Position Paper: Toward New Frameworks for Studying Model Representations',
      arxiv_id='2402.03855', venue='arXiv 2024', year=2024),
    P(R, 34, RA, 'Interpretability Illusions in the Generalization of Simplified Models',
      arxiv_id='2406.02128', venue='arXiv 2024', year=2024),
    P(R, 37, RA, 'Explorations of Self-Repair in Language Models', arxiv_id='2402.15390',
      venue='ICML 2024', year=2024, code='https://github.com/starship006/backup_research'),
    P(R, 38, RA, "Anchored Answers: Unravelling Positional Bias in GPT-2's Multiple-Choice Questions",
      arxiv_id='2405.03205', venue='arXiv 2024', year=2024,
      code='https://github.com/ruizheliUOA/Anchored_Bias_GPT2'),
    P(R, 39, RA, 'Using Degeneracy in the Loss Landscape for Mechanistic Interpretability',
      arxiv_id='2405.10927', venue='arXiv 2024', year=2024),
    P(R, 40, RA, 'How does GPT-2 Predict Acronyms? Extracting and Understanding a Circuit via Mechanistic Interpretability',
      arxiv_id='2405.04156', venue='AISTATS 2024', year=2024, code='https://github.com/jgcarrasco/acronyms_paper'),
    P(R, 43, RA, 'How to use and interpret activation patching', arxiv_id='2404.15255',
      venue='arXiv 2024', year=2024),
    P(R, 46, RA, 'What needs to go right for an induction head? A mechanistic study of in-context learning circuits and their formation',
      arxiv_id='2404.07129', venue='ICML 2024', year=2024, code='https://github.com/aadityasingh/icl-dynamics'),
    P(R, 50, RA, "A Language Model's Guide Through Latent Space", arxiv_id='2402.14433',
      venue='arXiv 2024', year=2024),
    P(R, 60, RA, 'Is This the Subspace You Are Looking for? An Interpretability Illusion for Subspace Activation Patching',
      arxiv_id='2311.17030', venue='ATTRIB@NeurIPS 2023', year=2023,
      code='https://github.com/amakelov/activation-patching-illusion'),
    P(R, 64, RA, 'Tracr: Compiled Transformers as a Laboratory for Interpretability', arxiv_id='2301.05062',
      venue='NeurIPS 2023', year=2023, code='https://github.com/google-deepmind/tracr'),
    P(R, 67, RA, 'Towards Automated Circuit Discovery for Mechanistic Interpretability', arxiv_id='2304.14997',
      venue='NeurIPS 2023', year=2023, code='https://github.com/ArthurConmy/Automatic-Circuit-Discovery'),
    P(R, 69, RA, 'Progress measures for grokking via mechanistic interpretability', arxiv_id='2301.05217',
      venue='ICLR 2023', year=2023,
      code='https://github.com/mechanistic-interpretability-grokking/progress-measures-paper'),
    P(R, 73, RA, 'N2G: A Scalable Approach for Quantifying Interpretable Neuron Representations in Large Language Models',
      arxiv_id='2304.12918', venue='ICLR 2023 Workshop', year=2023),
    P(R, 76, RA, 'Scaling Laws and Interpretability of Learning from Repeated Data', arxiv_id='2205.10487',
      venue='arXiv 2022', year=2022),
    P(R, 82, RD, 'Interpreting Attention Layer Outputs with Sparse Autoencoders', arxiv_id='2406.17759',
      venue='arXiv 2024', year=2024),
    P(R, 85, RD, 'Improving Dictionary Learning with Gated Sparse Autoencoders', arxiv_id='2404.16014',
      venue='arXiv 2024', year=2024),
]


def main():
    order = ['list', 'line', 'raw', 'is_paper'] + KEYS + ['section']
    cache = {}
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in LABELS:
            lines = cache.setdefault(lab['list'], open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n'))
            rec = {k: None for k in order}
            rec['authors'] = []
            rec.update(lab)
            rec['raw'] = lines[lab['line'] - 1]
            f.write(json.dumps({k: rec[k] for k in order}, ensure_ascii=False) + '\n')
    print(len(LABELS), 'labels')


if __name__ == '__main__':
    main()

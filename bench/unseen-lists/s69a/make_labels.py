# Hand labels (read by eye); raw and line are taken from sample.jsonl.
import json
S = {(o['list'], o['line']): o for o in map(json.loads, open('sample.jsonl', encoding='utf-8'))}
SH = 'ShuChixun__bioinfor.README.md'
BK = 'briankimstudio__awesome-drug-response-prediction.README.md'
EC = 'everycure-org__awesome-ai-drug-repurposing.README.md'
KEYS = ['is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']

def P(lst, line, title, section, url=None, venue=None, year=None, authors=None, code=None, summary=None, doi=None, arxiv_id=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue,
                year=year, authors=authors or [], code=code, summary=summary, section=section)

def N(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)

HET_AUTH = ["Daniel Scott Himmelstein", "Antoine Lizee", "Christine Hessler", "Leo Brueggeman", "Sabrina L Chen",
            "Dexter Hadley", "Ari Green", "Pouya Khankhanian", "Sergio E Baranzini"]
MK_AUTH = ["Aleksandra Foksinska", "Camerron M Crowder", "Andrew B Crouse", "Jeff Henrikson", "William E Byrd",
           "Gregory Rosenblatt", "Michael J Patton", "Kaiwen He", "Thi K Tran-Nguyen", "Marissa Zheng",
           "Stephen A Ramsey", "Nada Amin", "John Osborne", "Matthew Might"]
L = [
 P(SH, 5, "Identifying drug–target interactions based on graph convolutional network and deep neural network", "DTI article",
   year=2021, code="https://github.com/zty2009/GCN-DNN/"),
 P(SH, 6, "AMGDTI: drug–target interaction prediction based on adaptive meta-graph learning in heterogeneous network", "DTI article",
   year=2024, code="https://github.com/ahu-bioinf-lab/AMGDTI"),
 P(SH, 7, "A network integration approach for drug-target interaction prediction and computational drug repositioning from heterogeneous information", "DTI article",
   year=2017, code="https://github.com/luoyunan/DTINet"),
 P(SH, 13, "HINGRL: predicting drug–disease associations with graph representation learning on heterogeneous information networks", "DDA article",
   year=2021, code="https://github.com/stevejobws/HINGRL"),

 N(BK, 45, "Methods / Type of data / Features"),
 N(BK, 58, "Methods / Public data for training / Database for preclinical data"),
 P(BK, 81, "Machine learning approaches to drug response prediction: Challenges and recent progress", "References / Survey",
   doi="10.1038/s41698-020-0122-1", url="https://doi.org/10.1038/s41698-020-0122-1", venue="Npj Precision Oncology 2020", year=2020,
   authors=["G. Adam", "L. Rampášek", "Z. Safikhani", "P. Smirnov", "B. Haibe-Kains", "A. Goldenberg"]),
 N(BK, 71, "Methods / Machine learning algorithms"),
 N(BK, 42, "Methods / Type of data / Features"),
 N(BK, 59, "Methods / Public data for training / Database for preclinical data"),
 N(BK, 72, "Methods / Machine learning algorithms"),
 N(BK, 41, "Methods / Type of data / Features"),
 N(BK, 20, "Challenges / 1. Volume of data"),
 N(BK, 43, "Methods / Type of data / Features"),
 N(BK, 49, "Methods / Type of data / Label (class)"),
 P(BK, 82, "A survey and systematic assessment of computational methods for drug response prediction", "References / Survey",
   doi="10.1093/bib/bbz164", url="https://doi.org/10.1093/bib/bbz164", venue="Briefings in Bioinformatics 2021", year=2021,
   authors=["J. Chen", "L. Zhang"]),
 P(BK, 94, "Evaluating the molecule-based prediction of clinical drug responses in cancer", "References / Datasets",
   doi="10.1093/bioinformatics/btw344", url="https://doi.org/10.1093/bioinformatics/btw344", venue="Bioinformatics 2016", year=2016,
   authors=["Z. Ding", "S. Zu", "J. Gu"]),
 N(BK, 25, "Challenges / 2. Characteristics of data"),
 N(BK, 44, "Methods / Type of data / Features"),
 N(BK, 73, "Methods / Machine learning algorithms"),
 N(BK, 75, "Methods / Machine learning algorithms"),
 N(BK, 30, "Challenges / 2. Characteristics of data"),
 N(BK, 15, "Challenges / 1. Volume of data"),
 P(BK, 89, "A Deep Learning Framework for Predicting Response to Therapy in Cancer", "References / Algorithms / Deep learning",
   doi="10.1016/j.celrep.2019.11.017", url="https://doi.org/10.1016/j.celrep.2019.11.017", venue="Cell Reports 2019", year=2019,
   authors=["T. Sakellaropoulos", "K. Vougas", "S. Narang", "F. Koinis", "A. Kotsinas", "A. Polyzos", "T. J. Moss", "S. Piha-Paul",
            "H. Zhou", "E. Kardala", "E. Damianidou", "L. G. Alexopoulos", "I. Aifantis", "P. A. Townsend", "M. I. Panayiotidis",
            "P. Sfikakis", "J. Bartek", "R. C. Fitzgerald", "D. Thanos", "V. G. Gorgoulis"]),

 P(EC, 280, "Hetionet: Integrative Heterogeneous Network", "Data Resources & Knowledge Graphs",
   url="https://elifesciences.org/articles/26726", venue="eLife 2017", year=2017, authors=HET_AUTH,
   code="https://github.com/hetio/hetionet", summary="Connects diseases, drugs, genes, anatomies, pathways, and biological processes"),
 N(EC, 213, "Network Medicine & Systems Biology"),
 P(EC, 266, "PrimeKG: Precision Medicine Knowledge Graph", "Data Resources & Knowledge Graphs",
   url="https://www.nature.com/articles/s41597-023-01960-3", venue="Nature Scientific Data 2023", year=2023,
   authors=["Payal Chandak", "Kexin Huang", "Marinka Zitnik"], code="https://github.com/mims-harvard/PrimeKG",
   summary="Integrates 20+ biomedical data sources"),
 P(EC, 197, "Drug Repurposing via Knowledge Graph Completion for COVID-19", "Large Language Models for Repurposing / Biomedical NLP for Drug-Disease Extraction",
   url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7869625/", summary="BERT variant for accuracy classification of semantic triples"),
 P(EC, 131, "DREAMwalk: Guilt-by-Association Multi-Layer Extension", "Knowledge Graph-Based Methods / Random Walk & Embedding Methods",
   url="https://www.nature.com/articles/s41467-023-39301-y", venue="Nature Communications 2023", year=2023,
   authors=["Dongmin Bang", "Sangsoo Lim", "Sangseon Lee", "Sun Kim"], code="https://github.com/eugenebang/DREAMwalk",
   summary="Extends guilt-by-association to multiple knowledge graph layers"),
 P(EC, 412, "Applications of Artificial Intelligence in Drug Repurposing", "Reviews",
   url="https://advanced.onlinelibrary.wiley.com/doi/10.1002/advs.202411325", venue="Advanced Science 2025", year=2025,
   summary="Comprehensive review of AI frameworks and multimodal datasets for repurposing"),
 P(EC, 109, "DeepDrug: Expert-led AI-Driven Drug Repurposing", "Knowledge Graph-Based Methods / Graph Neural Networks (GNNs)",
   url="https://www.medrxiv.org/content/10.1101/2024.07.06.24309990v1", venue="medRxiv 2024", year=2024,
   summary="Signed directed heterogeneous biomedical graph with node/edge weighting"),
 P(EC, 83, "mediKanren: Precision Medicine for Rare Diseases", "Landmark Methods & Foundation Models",
   url="https://pubmed.ncbi.nlm.nih.gov/36248623/", authors=MK_AUTH, code="https://github.com/webyrd/mediKanren",
   summary="Biomedical reasoning system for ultra-rare diseases"),
 N(EC, 395, "Key Research Organizations / Industry"),
 N(EC, 383, "Key Research Organizations / Academic Labs"),
 N(EC, 37, "Clinical Successes"),
 N(EC, 233, "Transcriptomics-Based Repurposing"),
 P(EC, 337, "DeepPurpose: Deep Learning Library for DTI Prediction", "Tools & Software",
   url="https://academic.oup.com/bioinformatics/article/36/22-23/5545/6020256", venue="Bioinformatics 2020", year=2020,
   authors=["Kexin Huang", "Tianfan Fu", "Lucas M Glass", "Marinka Zitnik", "Cao Xiao", "Jimeng Sun"],
   code="https://github.com/kexinhuang12345/DeepPurpose", summary="15 compound and protein encoders, 50+ neural architectures"),
 P(EC, 75, "Hetionet: Systematic Biomedical Knowledge Integration", "Landmark Methods & Foundation Models",
   url="https://elifesciences.org/articles/26726", venue="eLife 2017", year=2017, authors=HET_AUTH,
   code="https://github.com/hetio/hetionet", summary="Integrative network connecting drugs, diseases, genes, anatomies, pathways, and more"),
 N(EC, 308, "Databases & Compound Libraries"),
 P(EC, 420, "Artificial Intelligence in Drug Repurposing for Rare Diseases: A Mini-Review", "Reviews",
   url="https://www.frontiersin.org/journals/medicine/articles/10.3389/fmed.2024.1404338/full", venue="Frontiers in Medicine 2024", year=2024,
   summary="Focused review on rare disease applications"),
 P(EC, 153, "mediKanren: Precision medicine process using AI", "Knowledge Graph-Based Methods / Rule-Based & Logic Methods",
   url="https://pubmed.ncbi.nlm.nih.gov/36248623/", authors=MK_AUTH, code="https://github.com/webyrd/mediKanren"),
 P(EC, 246, "scDrug+: Single-Cell Transcriptomics + Molecular Structure", "Transcriptomics-Based Repurposing",
   url="https://www.sciencedirect.com/science/article/pii/S0753332224009545", year=2024,
   summary="Comprehensive pipeline integrating scRNA-seq with drug-response prediction"),
 N(EC, 17, "Table of Contents"),
 N(EC, 301, "Databases & Compound Libraries"),
]
assert len(L) == len(S) == len({(d['list'], d['line']) for d in L}), (len(L), len(S))
with open('labels.jsonl', 'w', encoding='utf-8') as fh:
    for d in L:
        s = S[(d['list'], d['line'])]
        o = {'list': d['list'], 'line': d['line'], 'raw': s['raw']}
        o.update({k: d[k] for k in KEYS})
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print('wrote', len(L))

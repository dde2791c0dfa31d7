#!/usr/bin/env python3
"""Write labels.jsonl from hand-written labels below; raw is cut from the file at the hand-chosen line span."""
import json
R='RomanticGodVAN__AWESOME-OCR-LLM-666.README.md'
J='jiangnanboy__paper_read_note.README.md'
Z='zhxlia__Awesome-TableReasoning-LLM-Survey.README.md'
def P(lst, line, end, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, doi=None):
    return dict(list=lst, line=line, end=end, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)
def N(lst, line, end, section):
    return dict(list=lst, line=line, end=end, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)
VTP='Visual Text Parsing'; VTU='Visual Text Understanding'
JS='一. cv / 1.table structure recognition'
WT='Benchmarks and Leaderboard / WikiTableQuestions'; TF='Benchmarks and Leaderboard / TabFact'
FQ='Benchmarks and Leaderboard / FeTaQA'; SP='Benchmarks and Leaderboard / Spider'
L=[
 N(R,7,7,'News'),
 N(R,15,15,'Contents'), N(R,16,16,'Contents'), N(R,18,18,'Contents'),
 N(R,30,30,'Emerging Trends'), N(R,36,36,'Emerging Trends'),
 N(R,48,48,VTP),
 P(R,53,53,'OCRVerse: Towards Holistic OCR in End-to-End Vision-Language Models','2601.21639',year=2026,code='https://github.com/DocTron-hub/OCRVerse',section=VTP),
 P(R,59,59,'DOCR-Inspector: Fine-Grained and Automated Evaluation of Document Parsing with VLM','2512.10619',year=2025,code='https://github.com/ZZZZZQT/DOCR-Inspector',section=VTP),
 N(R,68,68,VTP),
 N(R,78,78,VTP),
 P(R,81,81,'Dolphin: Document Image Parsing via Heterogeneous Anchor Prompting',url='https://aclanthology.org/2025.findings-acl.1130//',venue='ACL 2025 Findings',year=2025,code='https://github.com/bytedance/dolphin',section=VTP),
 P(R,83,83,'SmolDocling: An ultra-compact vision-language model for end-to-end multi-modal document conversion','2503.11576',year=2025,code='https://github.com/docling-project/docling',section=VTP),
 P(R,85,85,'PaddleOCR 3.0 Technical Report','2507.05595',year=2025,code='https://github.com/PaddlePaddle/PaddleOCR',section=VTP),
 P(R,91,91,'Nougat: Neural Optical Understanding for Academic Documents','2308.13418',year=2023,code='https://github.com/facebookresearch/nougat',section=VTP),
 P(R,105,105,'NVIDIA Nemotron Nano V2 VL','2511.03929',year=2025,section=VTU),
 P(R,108,108,'LLaVA-OneVision-1.5: Fully Open Framework for Democratized Multimodal Training','2509.23661',year=2025,code='https://github.com/EvolvingLMMs-Lab/LLaVA-OneVision-1.5',section=VTU),
 P(R,110,110,'SAIL-VL2 Technical Report','2509.14033',year=2025,code='https://github.com/BytedanceDouyinContent/SAIL-VL2',section=VTU),
 P(R,121,121,'SparseMM: Head Sparsity Emerges from Visual Concept Responses in MLLMs',url='https://openaccess.thecvf.com/content/ICCV2025/papers/Wang_SparseMM_Head_Sparsity_Emerges_from_Visual_Concept_Responses_in_MLLMs_ICCV_2025_paper.pdf',venue='ICCV 2025',year=2025,code='https://github.com/CR400AF-A/SparseMM',section=VTU),
 P(R,127,127,'PP-DocBee: Improving Multimodal Document Understanding Through a Bag of Tricks','2503.04065',year=2025,code='https://github.com/PaddlePaddle/PaddleMIX',section=VTU),
 P(J,7,7,'An End-to-End Multi-Task Learning Model for Image-based Table Recognition',venue='VISIGRAPP 2023',year=2023,section=JS),
 P(J,9,9,'Divide Rows and Conquer Cells Towards Structure Recognition for Large Tables',venue='IJCAI 2023',year=2023,section=JS),
 P(J,11,11,'TRACE Table Reconstruction Aligned to Corner and Edges',venue='ICDAR 2023',year=2023,section=JS),
 P(J,13,13,'An End-to_End Local Attention Based Model for Table Recognition',venue='ICDAR 2023',year=2023,section=JS),
 P(J,15,15,'High-Performance Transformers for Table Structure Recognition Need Early Convolutions',venue='NeurIPS 2023 Workshop',year=2023,section=JS),
 P(J,17,17,'Rethinking Image-based Table Recognition Using Weakly Supervised Methods',venue='ICPRAM 2023',year=2023,section=JS),
 P(J,19,19,'PP-StructureV2 A Stronger Document Analysis System',venue='arXiv 2022',year=2022,section=JS),
 P(J,21,21,'PINGAN-VCGROUP’S SOLUTION FOR ICDAR 2021 COMPETITION ON SCIENTIFIC LITERATURE PARSING TASK B TABLE RECOGNITION TO HTML',venue='arXiv 2021',year=2021,section=JS),
 N(J,33,33,'六.contact'), N(J,35,35,'六.contact'), N(J,37,37,'六.contact'),
 P(Z,35,44,'OmniTab','2207.03637',year=2022,section=WT),
 P(Z,45,54,'TableLlama','2311.09206',year=2023,section=WT),
 P(Z,55,64,'ReAcTable','2310.00815',year=2023,section=WT),
 P(Z,120,128,None,'2210.06710',year=2023,authors=['Chen'],section=WT),
 P(Z,155,162,'LKA','2204.08753',year=2022,section=TF),
 P(Z,193,199,'ReAcTable','2310.00815',year=2023,section=TF),
 P(Z,207,213,None,'2210.06710',year=2023,authors=['Chen'],section=TF),
 P(Z,214,220,'TAP4LLM','2312.09039',year=2023,section=TF),
 P(Z,257,269,'HELLaMA','2311.08896',year=2023,section=FQ),
 P(Z,270,281,'TableLlama','2311.09206',year=2023,section=FQ),
 P(Z,282,294,'Dater','2301.13808',year=2023,section=FQ),
 P(Z,295,305,'Chain-of-Table','2401.04398',section=FQ),
 P(Z,306,316,'ReAcTable','2310.00815',section=FQ),
 P(Z,341,351,'RESDSQL','2302.05965',section=SP),
 P(Z,352,362,'DBCopilot','2312.03463',section=SP),
 P(Z,363,372,'DB-GPT','2312.17449',section=SP),
 P(Z,384,409,'MAC-SQL','2312.11242',section=SP),
 P(Z,438,447,None,'2310.14687',year=2023,authors=['Cao'],section=SP),
 P(Z,448,457,'SQLPrompt','2311.02883',section=SP),
 P(Z,458,467,'IRR','2305.09645',section=SP),
]
KEYS=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as out:
    for d in L:
        lines=open(d['list'],encoding='utf-8').read().split('\n')
        d['raw']='\n'.join(lines[d['line']-1:d['end']])
        out.write(json.dumps({k:d[k] for k in KEYS},ensure_ascii=False)+'\n')
print(len(L))

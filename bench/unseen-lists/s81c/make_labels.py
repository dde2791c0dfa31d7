"""Hand-written labels (values typed by hand from reading the files); raw is cut from the file."""
import json

A = 'Applied-AI-Research-Lab__Segment-Anything-Models-SAM1-SAM2-SAM3-SAM-3D.README.md'
J = 'JerryX1110__awesome-segment-anything-extensions.README.md'
B = 'bhllx__On-Efficient-Variants-of-Segment-Anything-Model.README.md'
FILES = {n: open(n, encoding='utf-8').read().split('\n') for n in (A, J, B)}

def P(lst, line, nlines, title, authors=(), arxiv=None, url=None, venue=None, year=None, code=None, summary=None, section=None):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)

def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

FU = 'Follow-up Papers'
E = []
# --- Applied-AI-Research-Lab paper_list_2023.md: bullet "**key:** authors.<br />", quoted title + venue (year), blank, "[2023]"
E += [
 P(A, 85, 4, 'AICropCAM: Deploying classification, segmentation, detection, and counting deep-learning models for crop monitoring on the edge',
   ['Nipuna Chamara', 'Geng Bai', 'Yufeng Ge'], venue='Computers and Electronics in Agriculture 2023', year=2023, section=FU),
 P(A, 80, 4, 'Sam for poultry science',
   ['Xiao Yang', 'Haixing Dai', 'Zihao Wu', 'Ramesh Bist', 'Sachin Subedi', 'Jin Sun', 'Guoyu Lu', 'Changying Li', 'Tianming Liu', 'Lilong Chai'],
   arxiv='2305.10254', venue='arXiv 2023', year=2023, section=FU),
 P(A, 70, 4, 'A survey on segment anything model (sam): Vision foundation model meets prompt engineering',
   ['Chaoning Zhang', 'Joseph Cho', 'Fachrina Dewi Puspitasari', 'Sheng Zheng', 'Chenghao Li', 'Yu Qiao', 'Taegoo Kang', 'Xinru Shan', 'Chenshuang Zhang', 'Caiyan Qin'],
   arxiv='2306.06211', venue='arXiv 2023', year=2023, section=FU),
 P(A, 140, 4, 'Segment anything model for medical image analysis: an experimental study',
   ['Maciej A Mazurowski', 'Haoyu Dong', 'Hanxue Gu', 'Jichen Yang', 'Nicholas Konz', 'Yixin Zhang'],
   venue='Medical Image Analysis 2023', year=2023, section=FU),
 P(A, 25, 4, 'Semantic segmentation based crowd tracking and anomaly detection via neuro-fuzzy classifier in smart surveillance system',
   ['Faisal Abdullah', 'Ahmad Jalal'], venue='Arabian Journal for Science and Engineering 2023', year=2023, section=FU),
 P(A, 30, 4, 'An overview of intelligent image segmentation using active contour models',
   ['Yiyang Chen', 'Pengqiang Ge', 'Guina Wang', 'Guirong Weng', 'Hongtian Chen'], venue='Intelligence & Robotics 2023', year=2023, section=FU),
 P(A, 120, 4, 'Can SAM recognize crops? Quantifying the zero-shot performance of a semantic segmentation foundation model on generating crop-type maps using satellite imagery for precision agriculture',
   ['Rutuja Gurav', 'Het Patel', 'Zhuocheng Shang', 'Ahmed Eldawy', 'Jia Chen', 'Elia Scudiero', 'Evangelos Papalexakis'],
   arxiv='2311.15138', venue='arXiv 2023', year=2023, section=FU),
 P(A, 75, 4, 'The Segment Anything Model (SAM) for accelerating the smart farming revolution',
   ['Alberto Carraro', 'Marco Sozzi', 'Francesco Marinello'], venue='Smart agricultural technology 2023', year=2023, section=FU),
 P(A, 155, 4, 'Samedoct: Adapting segment anything model (sam) for retinal oct',
   ['Botond Fazekas', 'José Morano', 'Dmitrii Lachinov', 'Guilherme Aresta', 'Hrvoje Bogunović'],
   arxiv='2308.09331', venue='arXiv 2023', year=2023, section=FU),
 P(A, 125, 4, 'When sam meets medical images: An investigation of segment anything model (sam) on multi-phase liver tumor segmentation',
   ['Chuanfei Hu', 'Tianyi Xia', 'Shenghong Ju', 'Xinde Li'], arxiv='2304.08506', venue='arXiv 2023', year=2023, section=FU),
 P(A, 65, 4, 'Segment anything model (sam) for medical image segmentation: A preliminary review',
   ['Leying Zhang', 'Xiaokang Deng', 'Yu Lu'],
   venue='2023 IEEE international conference on bioinformatics and biomedicine (BIBM) 2023', year=2023, section=FU),
 P(A, 110, 4, 'A SAM-based method for large-scale crop field boundary delineation', ['Xuanyu Liu'],
   venue='2023 20th Annual IEEE International Conference on Sensing, Communication, and Networking (SECON) 2023', year=2023, section=FU),
 P(A, 185, 4, 'The segment anything model (sam) for remote sensing applications: From zero to one shot',
   ['Lucas Prado Osco', 'Qiusheng Wu', 'Eduardo Lopes De Lemos', 'Wesley Nunes Gonçalves', 'Ana Paula Marques Ramos', 'Jonathan Li', 'José Marcato Junior'],
   venue='International Journal of Applied Earth Observation and Geoinformation 2023', year=2023, section=FU),
 P(A, 145, 4, 'Can sam segment polyps?', ['Tao Zhou', 'Yizhe Zhang', 'Yi Zhou', 'Ye Wu', 'Chen Gong'],
   arxiv='2304.07583', venue='arXiv 2023', year=2023, section=FU),
 P(A, 15, 4, 'Edge intelligence empowered vehicle detection and image segmentation for autonomous vehicles',
   ['Chen Chen', 'Chenyu Wang', 'Bin Liu', 'Ci He', 'Li Cong', 'Shaohua Wan'],
   venue='IEEE Transactions on Intelligent Transportation Systems 2023', year=2023, section=FU),
 P(A, 180, 4, 'Segment anything in non-euclidean domains: Challenges and opportunities',
   ['Yongcheng Jing', 'Xinchao Wang', 'Dacheng Tao'], arxiv='2304.11595', venue='arXiv 2023', year=2023, section=FU),
 P(A, 130, 4, 'Sam-unetr: Clinically significant prostate cancer segmentation using transfer learning from large model',
   ['Jesus Alejandro Alzate-Grisales', 'Alejandro Mora-Rubio', 'Francisco García-García', 'Reinel Tabares-Soto', 'Maria De La Iglesia-Vayá'],
   venue='IEEE Access 2023', year=2023, section=FU),
 P(A, 105, 4, 'Enhancing agricultural image segmentation with an agricultural segment anything model adapter',
   ['Yaqin Li', 'Dandan Wang', 'Cao Yuan', 'Hao Li', 'Jing Hu'], venue='Sensors 2023', year=2023, section=FU),
 P(A, 150, 4, 'Adapting segment anything model (sam) for retinal oct',
   ['Botond Fazekas', 'José Morano', 'Dmitrii Lachinov', 'Guilherme Aresta', 'Hrvoje Bogunović'],
   venue='International Workshop on Ophthalmic Medical Image Analysis 2023', year=2023, section=FU),
 P(A, 135, 4, 'Use of Segment Anything Model (SAM) and MedSAM in the optic disc Segmentation of colour retinal fundus images: Experimental Finding',
   ['Ravi Bhushan Bhardwaj', 'Anum Haneef'], venue='Indian Journal of Health Care, Medical & Pharmacy Practice 2023', year=2023, section=FU),
]
# --- JerryX1110: "- Name (note) [Repo](..) [ArXiv](..)" bullets, screenshots between
RW, RR = 'Recent Works', 'Relevant Repos'
E += [
 N(J, 296, RR), N(J, 210, RW), N(J, 106, RW), N(J, 58, RW), N(J, 72, RW),
 P(J, 33, 1, 'Segment Any Point Cloud Sequences', arxiv='2306.09347', code='https://github.com/youquanl/Segment-Any-Point-Cloud',
   summary='SAM for self-supervised learning on large-scale 3D point clouds', section=RW),
 N(J, 160, RW), N(J, 77, RW), N(J, 245, RW), N(J, 67, RW), N(J, 100, RW), N(J, 144, RW), N(J, 128, RW),
 N(J, 231, RW), N(J, 156, RW), N(J, 124, RW), N(J, 221, RW), N(J, 185, RW),
 P(J, 53, 1, 'SEEM: Segment Everything Everywhere All at Once', code='https://github.com/UX-Decoder/Segment-Everything-Everywhere-All-At-Once', section=RW),
 N(J, 48, RW),
]
# --- bhllx: | Model | Paper | Code | Key Features | tables
SA, SE = 'Efficient SAM Variants / Accelerating SegAny', 'Efficient SAM Variants / Accelerating SegEvery'
E += [
 P(B, 35, 1, 'PQ-SAM', url='https://www.ecva.net/papers/eccv_2024/papers_ECCV/papers/01627.pdf', venue='ECCV 2024', year=2024,
   summary='Transfer the activation distribution into quantization-friendly distribution by truncating, grouping and learnable transformation.', section=SA),
 P(B, 21, 1, 'EfficientSAM', url='https://openaccess.thecvf.com/content/CVPR2024/papers/Xiong_EfficientSAM_Leveraged_Masked_Image_Pretraining_for_Efficient_Segment_Anything_CVPR_2024_paper.pdf',
   venue='CVPR 2024', year=2024, code='https://github.com/yformer/EfficientSAM',
   summary='Leverage SAMI pre-trained ViT-T/ViT-S as lightweight image encoder', section=SA),
 P(B, 33, 1, 'TinySAM', arxiv='2312.13789', venue='arXiv', code='https://github.com/xinghaochen/TinySAM',
   summary='Leverage full-stage distillation with TinyViT as backbone, and adopt 8-bit quantization on encoder to get Q-TinySAM, and propose the hierarchical sampling strategy to accelerate SegEvery task.', section=SA),
 P(B, 49, 1, 'TinySAM', arxiv='2312.13789', venue='arXiv', code='https://github.com/xinghaochen/TinySAM',
   summary='Hierarchical sampling strategy for efficient prompts selection.', section=SE),
 P(B, 34, 1, 'PTQ4SAM', url='https://openaccess.thecvf.com/content/CVPR2024/papers/Lv_PTQ4SAM_Post-Training_Quantization_for_Segment_Anything_CVPR_2024_paper.pdf',
   venue='CVPR 2024', year=2024, code='https://github.com/chengtao-lv/PTQ4SAM',
   summary='Eliminate the detrimental modal distribution and take the adaptive quantization on different distribution.', section=SA),
 P(B, 27, 1, 'RepViT-SAM', arxiv='2312.05760', venue='arXiv', code='https://github.com/THU-MIG/RepViT/tree/main/sam',
   summary='Substitute the image encoder with pure CNN-based RepViT and leverage MobileSAM’s distillation pipeline.', section=SA),
 P(B, 19, 1, 'FastSAM', arxiv='2306.12156', venue='arXiv', code='https://github.com/CASIA-IVA-Lab/FastSAM',
   summary='Reformulate SAM’s pipeline with YOLOv8-Seg for SegEvery and the later prompts-guided selection for SegAny.', section=SA),
 N(B, 38, SA),  # SAMfast: PyTorch blog post + repository, no paper
 P(B, 23, 1, 'SAM 2', arxiv='2408.00714', venue='arXiv', code='https://github.com/facebookresearch/sam2',
   summary='Apply Hiera as backbone and introduce memory mechanism for video tasks.', section=SA),
 P(B, 20, 1, 'SqueezeSAM', arxiv='2312.06736', venue='arXiv',
   summary='Substitute SAM’s architecture with UNet-based encoder-decoder.', section=SA),
 P(B, 29, 1, 'EfficientViT-SAM', url='https://openaccess.thecvf.com/content/CVPR2024W/ELVM/papers/Zhang_EfficientViT-SAM_Accelerated_Segment_Anything_Model_Without_Performance_Loss_CVPRW_2024_paper.pdf',
   venue='CVPR 2024', year=2024, code='https://github.com/mit-han-lab/efficientvit/tree/master/applications/efficientvit_sam',
   summary='Adopt the EfficientViT with ReLU linear attention as backbone and distill it from ViT-H.', section=SA),
 P(B, 51, 1, 'AoP-SAM', url='https://openreview.net/forum?id=mrs7Z7eoyT', venue='OpenReview',
   summary='Generate prompts iteratively by coarse prediction and fine-grained filtering.', section=SE),
 P(B, 28, 1, 'EdgeSAM', arxiv='2312.06660', venue='arXiv', code='https://github.com/chongzhou96/EdgeSAM',
   summary='Substitue SAM’s image encoder with RepViT and adopt a novel prompt-in-the-loop distillation', section=SA),
 P(B, 25, 1, 'ESAM', url='https://www.researchgate.net/publication/375895620_Efficient_SAM_for_Medical_Image_Analysis',
   summary='Replace the image encoder with EfficientFormerV2 and conduct holistic distillation from a expert model.', section=SA),
 P(B, 48, 1, 'MobileSAMV2', code='https://github.com/ChaoningZhang/MobileSAM',
   summary='Object-aware prompt sampling based on the external YOLOv8 detector.', section=SE),
 P(B, 36, 1, 'SlimSAM', url='https://nips.cc/virtual/2024/poster/94649', venue='NeurIPS 2024', year=2024, code='https://github.com/czg1225/SlimSAM',
   summary='Divide image encoder into two substructures and conduct structured pruning in an alternative manner.', section=SA),
 N(B, 26, SA),  # NanoSAM: NVIDIA repository, no paper
 P(B, 47, 1, 'FastSAM', arxiv='2306.12156', venue='arXiv', code='https://github.com/CASIA-IVA-Lab/FastSAM',
   summary='Directly leverage YOLOv8-Seg to segment everything in high efficiency.', section=SE),
 N(B, 53, SE),  # **Note**: contribution/explanation line
 P(B, 30, 1, 'FastSAM3D', url='https://papers.miccai.org/miccai-2024/312-Paper2456.html', venue='MICCAI 2024', year=2024, code='https://github.com/arcadelab/FastSAM3D',
   summary='Replace the image encoder with a ViT-Tiny variant and incorporate the Dilated Attention and FlashAttention for efficiency.', section=SA),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for e in E:
        lines = FILES[e['list']]
        e['raw'] = '\n'.join(lines[e['line'] - 1: e['line'] - 1 + e['nlines']])
        f.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(E))

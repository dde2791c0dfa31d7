#!/usr/bin/env python3
"""Write labels.jsonl from hand-written labels (below) and the raw text of each sampled
entry (sample.jsonl, whose raw extents were checked by eye against the files)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = 'ChenHsing__Awesome-Video-Diffusion-Models.README.md'
E = 'Eyeline-Research__Survey-Video-Diffusion.README.md'
Y = 'yzhang2016__video-generation-survey.README.md'

def P(title, arxiv=None, venue=None, year=None, code=None, url=None, section=None, authors=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=None, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

TOC = 'Table of Contents'
VG = 'Video Generation'
L = {
 (C, 43): N(TOC), (C, 48): N(TOC), (C, 54): N(TOC), (C, 55): N(TOC), (C, 64): N(TOC), (C, 67): N(TOC),
 (C, 94): P('CelebV-Text: A Large-Scale Facial Text-Video Dataset', '2303.14717', 'CVPR 2023', 2023,
            'https://github.com/CelebV-Text/CelebV-Text', section=f'{VG} / Data / Caption-level'),
 (C, 119): P('UCF101: A Dataset of 101 Human Actions Classes From Videos in The Wild', '1212.0402', None, 2012,
             section=f'{VG} / Data / Category-level'),
 (C, 146): P('Preserve Your Own Correlation: A Noise Prior for Video Diffusion Models', '2305.10474', None, 2023,
             section=f'{VG} / General Text-to-Video Generation / Training-based'),
 (C, 276): P('Dancing Avatar: Pose and Text-Guided Human Motion Videos Synthesis with Image Diffusion Model',
             '2308.07749', None, 2023, section=f'{VG} / Modality-Control Video Generation / Pose-guided'),
 (C, 365): P('Flexible Diffusion Modeling of Long Videos', '2205.11495', None, 2022,
             'https://github.com/plai-group/flexible-video-diffusion-modeling',
             section=f'{VG} / Video Completion / Long Video Generation'),
 (C, 388): P('McVd: Masked Conditional Video Diffusion for Prediction, Generation, and Interpolation', '2205.09853',
             'NeurIPS 2022', 2022, 'https://github.com/voletiv/mcvd-pytorch',
             section=f'{VG} / Video Completion / Video Prediction'),
 (C, 406): P('MovieFactory: Automatic Movie Creation from Text using LargeGenerative Models for Language and Images',
             '2306.07257', None, 2023, section=f'{VG} / Video Completion / UniModal Generation'),
 (C, 469): P('Tune-A-Video: One-Shot Tuning of Image Diffusion Models for Text-to-Video Generation', '2212.11565',
             None, 2022, 'https://github.com/showlab/Tune-A-Video',
             section=f'{VG} / Video Editing / One-shot Editing Model'),
 (C, 502): P('TokenFlow: Consistent Diffusion Features for Consistent Video Editing', '2307.10373', None, 2023,
             'https://github.com/omerbt/TokenFlow', section=f'{VG} / Video Editing / Training-free Editing Model'),
 (C, 511): P('Rerender A Video: Zero-Shot Text-Guided Video-to-Video Translation', '2306.07954', None, 2023,
             section=f'{VG} / Video Editing / Training-free Editing Model'),
 (C, 549): P('Speech Driven Video Editing via an Audio-Conditioned Diffusion Model', '2301.04474', None, 2023,
             section=f'{VG} / Video Editing / Sound-guided Video Editing'),
 (C, 589): P('Instruct-Video2Avatar: Video-to-Avatar Generation with Instructions', '2306.02903', None, 2023,
             'https://github.com/lsx0101/Instruct-Video2Avatar',
             section=f'{VG} / Video Editing / Domain-specific Editing Model'),
 (C, 610): P('INVE: Interactive Neural Video Editing', '2307.07663', None, 2023,
             section=f'{VG} / Video Editing / Non-diffusion Editing model'),
 (C, 643): P('DiffTAD: Temporal Action Detection with Proposal Denoising Diffusion', '2303.14863', None, 2023,
             'https://github.com/sauradip/DiffusionTAD', section=f'{VG} / Video Editing / Video Understanding'),
}
IND = 'Industrial and academic video diffusion models / Industrial models'
ACA = 'Industrial and academic video diffusion models / Academic models'
DS = 'Implementation / Datasets'
L.update({
 (E, 36): P('LTX-Video', '2403.10251', 'arXiv 2024', 2024, section=IND),
 (E, 43): P('VideoCrafter1', '2310.19512', 'arXiv 2023', 2023, 'https://github.com/AILab-CVC/VideoCrafter', section=IND),
 (E, 52): N(IND),
 (E, 55): P('Show-1', '2309.15818', 'NeurIPS 2023', 2023, 'https://github.com/showlab/Show-1', section=IND),
 (E, 64): P('Phenaki', '2210.02399', 'ICLR 2024', 2024, 'https://github.com/lucidrains/phenaki-pytorch', section=IND),
 (E, 65): P('W.A.L.T', '2403.06776', 'arXiv 2024', 2024, section=IND),
 (E, 66): P('Imagen video', '2210.02303', None, 2022, section=IND),
 (E, 77): P('RepVideo: Rethinking Cross-Layer Representation for Video Generation', '2501.08994', 'arXiv 2025', 2025,
            'https://github.com/Vchitect/RepVideo', section=ACA),
 (E, 78): P('CausVid: Causality-Aware Video Generation with Slow-Fast Diffusion Models', '2402.05602', 'CVPR 2025', 2025,
            'https://github.com/tianweiy/CausVid', section=ACA),
 (E, 79): P('Open-Sora Plan: Open-Source Large Video Generation Model', '2412.00131', 'arXiv 2024', 2024,
            'https://github.com/PKU-YuanGroup/Open-Sora-Plan', section=ACA),
 (E, 81): P('Snap Video: Scaled Spatiotemporal Transformers for Text-to-Video Synthesis', '2402.14797', 'arXiv 2024', 2024,
            section=ACA),
 (E, 86): P('SimDA: Simple Diffusion Adapter for Efficient Text-to-Video Generation', '2308.09710', 'arXiv 2023', 2023,
            'https://github.com/ChenHsing/SimDA', section=ACA),
 (E, 88): P('Animate-A-Story: Storytelling with Retrieval-Augmented Video Generation', '2307.06940', 'arXiv 2023', 2023,
            'https://github.com/AILab-CVC/Animate-A-Story', section=ACA),
 (E, 97): P('MagViT: Masked Generative Video Transformer', '2212.05199', 'arXiv 2022', 2022,
            'https://github.com/google-research/magvit', section=ACA),
 (E, 100): P('Video Diffusion Models', '2204.03458', 'arXiv 2022', 2022,
             'https://github.com/lucidrains/video-diffusion-pytorch', section=ACA),
 (E, 116): N(DS),
 (E, 120): P('InternVid: Learning Text-to-Video Generation from Web-scale Video-Text Data', '2307.06942', 'ICLR 2024', 2024,
             'https://github.com/OpenGVLab/InternVideo/tree/main/Data/InternVid',
             url='https://openreview.net/pdf?id=MLBdiWu4Fw', section=DS),
 (E, 121): P('MiraData: A Large-Scale Video Dataset with Long Durations and Structured Captions', '2407.06358',
             'NeurIPS 2024', 2024, 'https://github.com/mira-space/MiraData',
             url='https://openreview.net/forum?id=2myGfVgfva', section=DS),
 (E, 123): P('Vript: A Video Is Worth Thousands of Words', '2406.06040', 'NeurIPS 2024', 2024,
             'https://github.com/mutonix/Vript', url='https://openreview.net/forum?id=2dw3zQ3nk9', section=DS),
 (E, 131): P('AdaPool: Exponential Adaptive Poo', section=DS),
})
OS = 'Models to play with / Open source'
NOS = 'Models to play with / Non-open source'
TR = 'Models to play with / Translation'
DB = 'Databases'
L.update({
 (Y, 26): N(OS), (Y, 28): N(OS), (Y, 32): N(OS), (Y, 34): N(OS), (Y, 42): N(OS),
 (Y, 50): N(NOS), (Y, 54): N(NOS), (Y, 60): N(NOS), (Y, 66): N(NOS), (Y, 70): N(NOS), (Y, 76): N(NOS),
 (Y, 81): N(TR), (Y, 83): N(TR),
 (Y, 129): P('LAVIE: HIGH-QUALITY VIDEO GENERATION WITH CASCADED LATENT DIFFUSION MODELS', '2309.15103',
             'arXiv 2023', 2023, section=DB),
 (Y, 133): P('VideoFactory: Swap Attention in Spatiotemporal Diffusions for Text-to-Video Generation', '2305.10874',
             'arXiv 2023', 2023, 'https://github.com/daooshee/HD-VG-130M', section=DB),
 (Y, 143): N(DB),
 (Y, 149): P('Koala-36M: A Large-scale Video Dataset Improving Consistency between Fine-grained Conditions and Video Content',
             '2410.08260', 'arXiv 2024', 2024, section=DB),
 (Y, 154): P('LVD-2M: A Long-take Video Dataset with Temporally Dense Captions', '2410.10816', 'arXiv 2024', 2024,
             'https://github.com/SilentView/LVD-2M', section=DB),
 (Y, 158): P('MovieBench: A Hierarchical Movie Level Dataset for Long Video Generation', None, 'arXiv 2024', 2024,
             'https://github.com/showlab/MovieBench', section=DB),
 (Y, 161): P('VIVID-10M: A Dataset and Baseline for Versatile and Interactive Video Local Editing', '2411.15260',
             'arXiv 2024', 2024, section=DB),
})

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
out = []
seen = set()
for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'):
    s = json.loads(l)
    k = (s['list'], s['line'])
    lab = L[k]
    seen.add(k)
    d = {'list': s['list'], 'line': s['line'], 'raw': s['raw'], **lab}
    out.append({key: d[key] for key in KEYS})
assert seen == set(L), set(L) ^ seen
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(d['is_paper'] for d in out), 'papers')

# Rebuild of read_file page 1 (offset 0, 16000 chars) of will-rice/speech-enhancement-papers README.md
# The table's padding is regenerated: column widths 25/18/W/6, W solved from total length 16000.
ROWS = [
("2026-09-24T14:25:00+00:00","arxiv:2609.29867v1","[Does per-frame early exit pay? A compute-matched study of dynamic depth for on-device speech enhancement](https://arxiv.org/abs/2609.29867v1)"),
("2026-09-24T14:24:43+00:00","arxiv:2609.29866v1","[Beyond Model Size: Redesigning LiSenNet for embedded speech enhancement](https://arxiv.org/abs/2609.29866v1)"),
("2026-09-24T13:01:20+00:00","arxiv:2609.29749v1","[DAMSEP: Distance-Aware Monaural Source Separation using Multi-RIR Estimation](https://arxiv.org/abs/2609.29749v1)"),
("2026-09-24T12:22:23+00:00","arxiv:2609.29463v1","[Configurable-Bandwidth Time-Frequency Modeling for Efficient Full-Band Speech Enhancement Across Sampling Rates](https://arxiv.org/abs/2609.29463v1)"),
("2026-09-24T11:30:22+00:00","arxiv:2609.29405v1","[Transcript-Supervised Post-Training of Generative Speech Enhancement on Real Recordings via Reinforce Adjoint Matching](https://arxiv.org/abs/2609.29405v1)"),
("2026-09-24T05:17:12+00:00","arxiv:2609.29040v1","[The Vulnerability of Neural Audio Watermarks under Speech Enhancement](https://arxiv.org/abs/2609.29040v1)"),
("2026-09-22T11:04:44+00:00","arxiv:2609.26000v1","[SE-MSB: End-to-End Unpaired Speech Enhancement using Mamba Schrödinger Bridges](https://arxiv.org/abs/2609.26000v1)"),
("2026-09-22T09:55:11+00:00","arxiv:2609.25948v1","[Challenges of Multi-Speaker Extraction for Real Conversational Speech Enhancement](https://arxiv.org/abs/2609.25948v1)"),
("2026-09-21T05:47:28+00:00","arxiv:2609.24138v1","[P2Flow: Phoneme-aware Progressive Flow Matching for Extreme Speech Super-Resolution](https://arxiv.org/abs/2609.24138v1)"),
("2026-09-19T06:54:32+00:00","arxiv:2609.22824v1","[Adaptive Depth and Expert Refinement for Efficient Speech Enhancement](https://arxiv.org/abs/2609.22824v1)"),
("2026-09-18T15:26:30+00:00","arxiv:2609.21898v1","[BLINC: Blind Calibration For Training-Free Speech Enhancement Adaptation](https://arxiv.org/abs/2609.21898v1)"),
("2026-09-18T00:33:56+00:00","arxiv:2609.21171v1","[HAMMER: Harmonic-Aware Parallel Context Modeling and Discriminator-Free Perceptual Optimization for Speech Enhancement](https://arxiv.org/abs/2609.21171v1)"),
("2026-09-16T14:19:30+00:00","arxiv:2609.18714v1","[Absolute Quality Ratings of Speech Enhancement Systems by Listeners of Different Ages and Degrees of Hearing Loss](https://arxiv.org/abs/2609.18714v1)"),
("2026-09-16T12:00:48+00:00","arxiv:2609.18532v1","[Mask-Based Speech Enhancement for Spatial Audio: A Comparison of Ambisonics, Beamforming, and Microphone Channels](https://arxiv.org/abs/2609.18532v1)"),
("2026-09-16T02:00:09+00:00","arxiv:2609.18009v2","[SG-Mamba: Sparse Graph-Guided Mamba for Audio-Visual Speech Enhancement](https://arxiv.org/abs/2609.18009v2)"),
("2026-09-14T15:46:24+00:00","arxiv:2609.15760v1","[Directivity-Conditioned Low-Latency Neural Filtering for Speech Enhancement in Hearing Aids](https://arxiv.org/abs/2609.15760v1)"),
("2026-09-12T12:35:20+00:00","arxiv:2609.13911v1","[DualSpecSE: A Dual-Path Speech Enhancement Network Integrating Mel and Complex Spectrograms](https://arxiv.org/abs/2609.13911v1)"),
("2026-09-12T08:11:02+00:00","arxiv:2609.13792v1","[The VoiceMOS Challenge 2026: Evaluating Speech Enhancement, Emotional TTS and Accented TTS Systems](https://arxiv.org/abs/2609.13792v1)"),
("2026-09-10T22:17:31+00:00","arxiv:2609.12252v1","[DriftSE: Speech Enhancement with Generative Drifting](https://arxiv.org/abs/2609.12252v1)"),
("2026-09-10T05:03:11+00:00","arxiv:2609.11092v1","[Downstream-Task-Aware Unified Source Separation](https://arxiv.org/abs/2609.11092v1)"),
("2026-09-09T16:12:16+00:00","arxiv:2609.10392v1","[Teacher-Free Self-Distilled Consistency Trajectory Learning for Fast Speech Enhancement](https://arxiv.org/abs/2609.10392v1)"),
("2026-09-07T08:40:12+00:00","arxiv:2609.07226v1","[Iterative Audio Separation with Mixture Consistency via MIMO Model Extension](https://arxiv.org/abs/2609.07226v1)"),
("2026-09-03T22:28:55+00:00","arxiv:2609.04525v1","[Discriminative Flow Matching: Beyond Time-Conditioning in Generative Restoration via Flow-State Representations](https://arxiv.org/abs/2609.04525v1)"),
("2026-09-03T14:45:42+00:00","arxiv:2609.03940v1","[Masked Autoregressive Speech Enhancement with Continuous Neural Audio Codec Representations](https://arxiv.org/abs/2609.03940v1)"),
("2026-09-03T10:10:23+00:00","arxiv:2609.03622v1","[Test-time adaptation for speech enhancement with an autoregressive speech prior](https://arxiv.org/abs/2609.03622v1)"),
("2026-09-03T05:31:08+00:00","arxiv:2609.03381v1","[StreamWSR: Streamable and Lightweight Waveform-Domain Neural Speech Super-Resolution](https://arxiv.org/abs/2609.03381v1)"),
("2026-09-02T11:45:41+00:00","arxiv:2609.02474v1","[VAANI Noise Event Dataset: A curated spontaneous speech dataset annotated with timestamps for noise events](https://arxiv.org/abs/2609.02474v1)"),
("2026-09-01T09:21:00+00:00","arxiv:2609.00966v1","[ABSE-NET: A Lightweight Neural Model for Active Binaural Speech Enhancement in Open-Fit Hearing Aids](https://arxiv.org/abs/2609.00966v1)"),
("2026-08-31T22:08:36+00:00","arxiv:2609.00431v1","[U-PAST: A Phase-Aware Audio Spectrogram Transformer-U-Net for Single-Channel Speech Enhancement](https://arxiv.org/abs/2609.00431v1)"),
("2026-08-31T19:19:00+00:00","arxiv:2609.00276v1","[Cleaner Speech, Weaker Generalization: Revisiting Pitt-Derived Benchmarks for Alzheimer's Disease Detection](https://arxiv.org/abs/2609.00276v1)"),
("2026-08-31T13:08:26+00:00","arxiv:2608.30739v1","[Towards Balanced Spectral Reconstruction: Spectrally Adaptive Loss for Streaming Speech Enhancement](https://arxiv.org/abs/2608.30739v1)"),
("2026-08-31T07:06:13+00:00","arxiv:2608.30348v1","[Perceptually Better, Semantically Worse: Measuring Speech Enhancement Impact on LLM-Based Voice Systems](https://arxiv.org/abs/2608.30348v1)"),
("2026-08-31T06:46:41+00:00","arxiv:2608.30329v1","[Ouroboros: Self-Referential Backdoor Attacks on Speech Enhancement via Clean Audio Triggers](https://arxiv.org/abs/2608.30329v1)"),
("2026-08-31T06:43:17+00:00","arxiv:2608.30326v1","[Parallel Time-Band Mixing with Learned Observation-Adding for Robust ASR Front-Ends](https://arxiv.org/abs/2608.30326v1)"),
("2026-08-28T16:21:22+00:00","arxiv:2608.28493v1","[Low-Power End-to-End Cochlear Implant Speech Denoising with Spiking Neural Networks](https://arxiv.org/abs/2608.28493v1)"),
("2026-08-26T21:12:08+00:00","arxiv:2608.26403v1","[GAN-based Joint Dereverberation and Directional Filtering](papers/arxiv-2608-26403v1--3abf19d76b17.md)"),
("2026-08-24T18:52:23+00:00","arxiv:2608.23759v2","[The ISCSLP 2026 Real-World Audio-Visual Speech Enhancement Challenge](https://arxiv.org/abs/2608.23759v2)"),
("2026-08-24T09:40:16+00:00","arxiv:2608.23038v1","[LipsAM: Lipschitz-continuous Neural Networks for Convergent Plug-and-Play Audio Signal Recovery](https://arxiv.org/abs/2608.23038v1)"),
("2026-08-21T14:58:54+00:00","arxiv:2608.21188v1","[SlimDiffuSE: Towards Efficient Diffusion-Based Speech Enhancement using Slimmable Networks](https://arxiv.org/abs/2608.21188v1)"),
("2026-08-21T14:27:52+00:00","arxiv:2608.21155v1","[μNet: Ultra-Low-Memory and Low-Complexity Speech Enhancement for Embedded Digital Signal Processors](https://arxiv.org/abs/2608.21155v1)"),
("2026-08-21T13:55:59+00:00","arxiv:2609.04245v1","[Grounded Decoding for Autoregressive Speech Enhancement via Adaptive Code-Space Grounding and Local LLM Refinement](https://arxiv.org/abs/2609.04245v1)"),
("2026-08-21T10:50:00+00:00","arxiv:2608.20971v1","[Training DeepFilterNet with Accurate Room Acoustic Simulations Improves Single-Channel Speech Enhancement](https://arxiv.org/abs/2608.20971v1)"),
("2026-08-17T09:12:44+00:00","arxiv:2608.16299v1","[A Novel Binaural Cue Preservation Loss for DNN-Based Binaural Speech Enhancement](https://arxiv.org/abs/2608.16299v1)"),
("2026-08-17T05:29:02+00:00","arxiv:2608.16125v1","[Navigating Speech Enhancement for Real-Time MRI: A Systematic Assessment of Signal Quality, Source Preservation, and Downstream Tasks](https://arxiv.org/abs/2608.16125v1)"),
("2026-08-14T18:30:13+00:00","arxiv:2608.14812v1","[Separate First, Then Associate: A Two-Stage Approach for Real-World Audio-Visual Speech Enhancement](https://arxiv.org/abs/2608.14812v1)"),
("2026-08-13T02:00:52+00:00","arxiv:2608.12715v1","[HybridSB-MoE: Dual-Domain Schrödinger Bridges with Scene-Adaptive Expert Routing for Speech Enhancement](https://arxiv.org/abs/2608.12715v1)"),
("2026-08-12T14:21:05+00:00","arxiv:2608.12099v2","[RT-SEMamba: Real-Time Speech Enhancement Mamba via Progressive Knowledge Distillation](https://arxiv.org/abs/2608.12099v2)"),
("2026-08-12T14:04:37+00:00","arxiv:2608.12082v1","[Rethinking Language Model-Based Generative Speech Enhancement in the Latent Space of a Neural Audio Codec](https://arxiv.org/abs/2608.12082v1)"),
("2026-08-12T04:18:45+00:00","arxiv:2608.11627v1","[Deep Learning Based Relative Transfer Matrix Estimation for Multiple Sources and Multiple Microphones](https://arxiv.org/abs/2608.11627v1)"),
("2026-08-10T18:14:00+00:00","arxiv:2608.10106v1","[BiTSE: Binaural Target Speaker Extraction in Noisy Multi-Talker Environments for AR Glass Arrays](https://arxiv.org/abs/2608.10106v1)"),
("2026-08-10T08:41:28+00:00","arxiv:2608.09288v1","[DAVE: A Decoupled Audio-Visual Enhancement Framework for Real-World Speech Separation](https://arxiv.org/abs/2608.09288v1)"),
("2026-08-10T01:08:04+00:00","arxiv:2609.26183v1","[A Hybrid Classical-Learning Framework for Adaptive Decision Directed Speech Enhancement](https://arxiv.org/abs/2609.26183v1)"),
("2026-08-07T21:56:39+00:00","arxiv:2608.07781v1","[Mitigating Over-Suppression in Speech Enhancement via Inference-Time Rethink-and-Refine Correction Module](https://arxiv.org/abs/2608.07781v1)"),
("2026-08-07T17:11:35+00:00","arxiv:2608.07423v1","[Cloud-Boosted Low-Compute Multi-Channel Speech Enhancement](https://arxiv.org/abs/2608.07423v1)"),
]
HEAD = "# Speech Enhancement Papers\n\nStandalone paper discovery and conversion for Research papers on speech enhancement, denoising, dereverberation, and restoration.\n\n<!-- papers-index:start -->\n\n# Papers\n\n"
TAIL = "| 2026-08-01T21:31:45+00:00 | arxiv:2608.00875v1 | [DRONEAUDIONET"

def build(W):
    out = HEAD
    out += "| " + "Published".ljust(25) + " | " + "Identifier".ljust(18) + " | " + "Title".ljust(W) + " | Source |\n"
    out += "| " + "-"*25 + " | " + "-"*18 + " | " + "-"*W + " | " + "-"*6 + " |\n"
    for p, i, t in ROWS:
        out += "| " + p + " | " + i + " | " + t.ljust(W) + " | arxiv  |\n"
    return out + TAIL

if __name__ == "__main__":
    import sys
    mx = max(len(t) for _, _, t in ROWS)
    for W in range(mx, 400):
        if len(build(W)) == 16000:
            print("W =", W, "max title cell", mx)
            open(sys.argv[1], "w", encoding="utf-8").write(build(W))
            break
    else:
        print("no W fits", [(W, len(build(W))) for W in (mx, 200, 226)])

"""Hand labels for the sampled entries (sample.jsonl). raw is taken from sample.jsonl (cut from the files)."""
import json

T = 'MohamedNennouche__Paper-with-Code-of-Wireless-communication-Based-on-DL.README.md'
W = 'wYeaser079__Awesome-Wireless-Communications-Paper-Implementation.README.md'

def P(title, arxiv=None, url=None, code=None, section=None, venue=None, year=None, authors=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=None, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

L = {
 (T, 45): P('Deep Learning-Based Channel Estimation', arxiv='1810.05893', code='https://github.com/Mehran-Soltani/ChannelNet'),
 (T, 49): P('Deep Learning Models for Wireless Signal Classification With Distributed Low-Cost Spectrum Sensors', url='https://ieeexplore.ieee.org/abstract/document/8357902', code='https://github.com/zeroXzero/modulation_classif'),
 (T, 8): P('Deep Diffusion Models for Robust Channel Estimation', arxiv='2111.08177', code='https://github.com/utcsilab/diffusion-channels'),
 (T, 96): P('Deep energy autoencoder for noncoherent multicarrier MU-SIMO systems', url='https://ieeexplore.ieee.org/document/9036067', code='https://github.com/ThienVanLuong/energy_autoencoder'),
 (T, 10): P('On the Feasibility of Modeling OFDM Communication Signals with Unsupervised Generative Adversarial Networks', arxiv='2109.05107', code='https://github.com/usnistgov/OFDM-GAN'),
 (T, 58): P('Deep Learning for Direct Hybrid Precoding in Millimeter Wave Massive MIMO Systems', arxiv='1905.13212', code='https://github.com/lxf8519/DL-hybrid-precoder'),
 (T, 82): P('Aggregated Network for Massive MIMO CSI Feedback', arxiv='2101.06618', code='https://github.com/Kylin9511/ACRNet'),
 (T, 80): P('Deep Learning for Beamspace Channel Estimation in Millimeter-Wave Massive MIMO Systems', url='https://ieeexplore.ieee.org/document/9207745', code=None),
 (T, 36): P('Deep Learning for Massive MIMO CSI Feedback', arxiv='1712.08919', code='https://github.com/sydney222/Python_CsiNet'),
 (T, 31): P('Deep-Waveform: A Learned OFDM Receiver Based on Deep Complex-Valued Convolutional Networkss', url='https://ieeexplore.ieee.org/document/9448141', code='https://github.com/zhongyuanzhao/dl_ofdm'),
 (T, 16): P('Dilated Convolution based CSI Feedback Compression for Massive MIMO Systems', arxiv='2106.04043', code='https://github.com/recusant7/DCRNet'),
 (T, 17): P('Unsupervised Deep Learning for Massive MIMO Hybrid Beamforming', arxiv='2007.00038', code='https://github.com/HamedHojatian/HBF-Net'),
 (T, 56): P('Low-rank mmWave MIMO channel estimation in one-bit receivers', arxiv='1910.09141', code='https://github.com/nitinjmyers/Low-rank-MIMO-channel-estimation-from-one-bit-measurements'),
 (T, 27): P('Iterative Algorithm Induced Deep-Unfolding Neural Networks: Precoding Design for Multiuser MIMO Systems', url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9246287', code='https://github.com/hqyyqh888/DeepUnfolding_WMMSE'),
 (T, 67): P('Learned Conjugate Gradient Descent Network for Massive MIMO Detection', arxiv='1906.03814', code='https://github.com/YiWei0129/LcgNet'),
 (T, 13): P('ko codes: inventing nonlinear encoding and decoding for reliable wireless communication via deep-learning', arxiv='2108.12920', code='https://github.com/deepcomm/kocodes'),
 (T, 79): P('Generative Adversarial Estimation of Channel Covariance in Vehicular Millimeter Wave Systems', arxiv='1808.02208', code='https://github.com/lxf8519/GAN-cov-matrix'),
 (T, 92): P('A CNN-Based End-to-End Learning Framework Towards Intelligent Communication Systems', url='https://ieeexplore.ieee.org/document/8755977', code='https://github.com/ZhangKaiyao/Deepcom'),
 (T, 38): P('An Introduction to Deep Learning for the Physical Layer', arxiv='1702.00832', code='https://github.com/yashcao/RTN-DL-for-physical-layer'),
 (T, 61): P('Learning the MMSE Channel Estimator', arxiv='1707.05674', code='https://github.com/tum-msv/learning-mmse-est'),

 (W, 74): P('Deep Learning for Direct Hybrid Precoding in Millimeter Wave Massive MIMO Systems', section="Paper's List / HBF with DL"),
 (W, 79): N("Paper's List / HBF with DL"),
 (W, 71): P('Hybrid Beamforming for Multiuser MIMO mm Wave Systems Using Artificial Neural Networks', section="Paper's List / HBF with DL"),
 (W, 45): P('Hybrid Beamforming for Terahertz Multi-Carrier Systems Over Frequency Selective Fading', section="Paper's List"),
 (W, 24): P('Communication-Efficient Learning of Deep Networks from Decentralized Data', section='Examples:'),
 (W, 51): P('Hybrid Precoding in mmW Systems', section="Paper's List"),
 (W, 39): P('Hybrid Beamforming Design for Multiuser Massive MIMO-OFDM Systems', section="Paper's List"),
 (W, 60): P('Spectral Efficiency of Multiuser Massive MIMO-OFDM THz Wireless Systems with Hybrid Beamforming under Inter-carrier Interference', section="Paper's List"),
 (W, 36): P('Beamforming for Multiuser Massive MIMO Systems: Digital versus Hybrid Analog-Digital', section="Paper's List"),
 (W, 42): P('Hybrid Beamforming for MIMO-OFDM Terahertz Wireless Systems Over Frequency Selective Channels', section="Paper's List"),
 (W, 57): P('Alternating Minimization Algorithms for Hybrid Beamforming', section="Paper's List"),
 (W, 80): N("Paper's List / HBF with DL / Common Sources:"),
 (W, 54): P('Hybrid Beamforming for mmWave Systems Using the MMSE Criterion', section="Paper's List"),
 (W, 65): P('Machine Learning Aided Hybrid Beamforming in Massive-MIMO Millimeter Wave Systems', section="Paper's List / HBF with DL"),
 (W, 33): P('Hybrid Beamforming for Multi-User Massive MIMO Systems', section="Paper's List"),
 (W, 21): P('Federated Learning for Hybrid Beamforming in mm-Wave Massive MIMO', section='Examples:'),
 (W, 82): N("Paper's List / HBF with DL / Common Sources:"),
 (W, 84): N("Paper's List / HBF with DL / Common Sources:"),
 (W, 87): N("Paper's List / HBF with DL / Common Sources:"),
 (W, 83): N("Paper's List / HBF with DL / Common Sources:"),
}

rows = [json.loads(l) for l in open('sample.jsonl', encoding='utf-8')]
assert len(rows) == len(L), (len(rows), len(L))
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for r in rows:
        lab = L[(r['list'], r['line'])]
        out = {'list': r['list'], 'line': r['line'], 'raw': r['raw']}
        out.update(lab)
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print(len(rows), 'labels;', sum(1 for v in L.values() if v['is_paper']), 'papers')

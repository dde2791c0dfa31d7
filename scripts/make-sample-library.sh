#!/usr/bin/env bash
# Rebuild data/library.db, the small sample library shipped until the user's own
# reading lists can be imported (import arrives with `paperctl import`).
# Every paper here is from the user's reading lists (shared/seeds), with true metadata.
set -euo pipefail
cd "$(dirname "$0")/.."
db=data/library.db
rm -f "$db" "$db-wal" "$db-shm"
p() { paperctl --db "$db" "$@" >/dev/null; }

p add 2211.17192 --no-fetch --year 2022 \
  --title "Fast Inference from Transformers via Speculative Decoding" \
  --author "Yaniv Leviathan" --author "Matan Kalman" --author "Yossi Matias" \
  --tag "Efficiency and Optimization" --status read --venue "ICML 2023 Oral" \
  --summary "Use a small model to generate a sequence and feed to a large model in a batch to verify."
p add 2309.06180 --no-fetch --year 2023 \
  --title "Efficient Memory Management for Large Language Model Serving with PagedAttention" \
  --author "Woosuk Kwon" --author "Zhuohan Li" --author "Siyuan Zhuang" --author "Ying Sheng" \
  --author "Lianmin Zheng" --author "Cody Hao Yu" --author "Joseph E. Gonzalez" --author "Hao Zhang" \
  --author "Ion Stoica" --venue "SOSP 2023" \
  --tag "Efficiency and Optimization" --status read \
  --summary "Optimize the GPU cache as OS, allowing non-continuous storing for generating and prompts."
p link 2309.06180 code https://github.com/vllm-project/vllm
p add 2305.14314 --no-fetch --year 2023 \
  --title "QLoRA: Efficient Finetuning of Quantized LLMs" \
  --author "Tim Dettmers" --author "Artidoro Pagnoni" --author "Ari Holtzman" --author "Luke Zettlemoyer" \
  --tag "Efficiency and Optimization" --status read \
  --summary "4-bit NormalFloat Quantization and Double Quantization"
p add 2203.02155 --no-fetch --year 2022 \
  --title "Training language models to follow instructions with human feedback" \
  --author "Long Ouyang" --author "Jeff Wu" --author "Xu Jiang" --author "Diogo Almeida" \
  --tag "RLHF" --status read --summary "reinforcement learning for llm setting"
p add 2305.18290 --no-fetch --year 2023 \
  --title "Direct Preference Optimization: Your Language Model is Secretly a Reward Model" \
  --author "Rafael Rafailov" --author "Archit Sharma" --author "Eric Mitchell" --author "Stefano Ermon" \
  --author "Christopher D. Manning" --author "Chelsea Finn" --venue "NeurIPS 2023" \
  --tag "RLHF" --status read \
  --summary "Simplify from RLHF, showing the perference can be implicitly written as some kind of rewards."
p note 2305.18290 "More like a supervised contrastive learning"
p add 2309.17453 --no-fetch --year 2023 \
  --title "Efficient Streaming Language Models with Attention Sinks" \
  --author "Guangxuan Xiao" --author "Yuandong Tian" --author "Beidi Chen" --author "Song Han" \
  --author "Mike Lewis" --venue "ICLR 2024" \
  --tag "Attention Behaviors" --status read \
  --summary "Use initial several tokens (attention sink) and most recent several tokens: good and much faster on long texts."
p add 2310.03016 --no-fetch --year 2023 \
  --title "Understanding In-Context Learning in Transformers and LLMs by Learning to Learn Discrete Functions" \
  --author "Satwik Bhattamishra" --author "Arkil Patel" --author "Phil Blunsom" --author "Varun Kanade" \
  --venue "ICLR 2024 Oral" --tag "LLM/In-Context Learning" --status read \
  --summary "探究transformer在一系列离散任务上的能力。特别地，发现经过预训练的模型相比随机初始化的模型获得了更强的最近邻、disjunction和conjunction的能力。"
p add --no-fetch --title "Batch-ICL: Effective, Efficient, and Order-Agnostic In-Context Learning" \
  --venue "Arxiv Jan 2024" --tag "LLM/In-Context Learning" --status read \
  --summary "发现使用batch ICL，将N个example设置为N个one-shot inference，再把每个inference得到的token做平均，替换到query sample做aggregation最终再预测能带来提升。"
p add 2402.17762 --no-fetch --year 2024 --title "Massive Activations in Large Language Models" \
  --author "Mingjie Sun" --author "Xinlei Chen" --author "J. Zico Kolter" --author "Zhuang Liu" \
  --tag "Attention Behaviors" --status unread
p tags --alias "LLM/In-Context Learning" ICL
# Checkpoint the WAL so the shipped file is complete on its own.
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.execute('VACUUM'); c.close()" "$db"
echo "wrote $db"

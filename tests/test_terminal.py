"""What a person at a terminal, or a shell pipeline, sees: closed pipes, tables, the pager.

These run paperctl as a separate process (``processes.py``): behind a real pipe, or
on a pseudo-terminal of a given size, since CliRunner has neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paperctl import Library
from paperctl.models import Author, PaperData
from processes import run_into_closed_pipe


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    """Twelve real papers in two sections, one with a note."""
    path = tmp_path_factory.mktemp("terminal") / "library.db"
    titles = [
        ("2211.17192", "Fast Inference from Transformers via Speculative Decoding", "Yaniv Leviathan", 2022),
        ("2309.06180", "Efficient Memory Management for Large Language Model Serving with PagedAttention",
         "Woosuk Kwon", 2023),
        ("2310.03016", "Understanding In-Context Learning in Transformers and LLMs by Learning to Learn "
         "Discrete Functions", "Satwik Bhattamishra", 2023),
        ("2208.01066", "What Can Transformers Learn In-Context? A Case Study of Simple Function Classes",
         "Shivam Garg", 2022),
        ("2304.08485", "Visual Instruction Tuning", "Haotian Liu", 2023),
        ("2305.18290", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
         "Rafael Rafailov", 2023),
        ("2203.02155", "Training language models to follow instructions with human feedback", "Long Ouyang", 2022),
        ("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models", "Edward J. Hu", 2021),
        ("2305.14314", "QLoRA: Efficient Finetuning of Quantized LLMs", "Tim Dettmers", 2023),
        ("2205.14135", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
         "Tri Dao", 2022),
        ("2302.13971", "LLaMA: Open and Efficient Foundation Language Models", "Hugo Touvron", 2023),
        ("1706.03762", "Attention Is All You Need", "Ashish Vaswani", 2017),
    ]
    with Library(path) as lib:
        for n, (arxiv_id, title, author, year) in enumerate(titles):
            lib.add(PaperData(title=title, authors=[Author(author)], arxiv_id=arxiv_id, year=year,
                              tags=["LLM/Efficiency" if n % 2 else "Alignment"],
                              summary="用小模型生成，大模型并行验证" if n == 0 else None))
        lib.add_note("2211.17192", "2-3x faster on T5-XXL")
    return path


# -- a closed pipe ends the command quietly --------------------------------------------------------

CLOSED_PIPE_COMMANDS = [
    *(["list", "--format", fmt] for fmt in ("table", "tsv", "json", "csv", "ids")),
    *(["search", "language", "--format", fmt] for fmt in ("table", "tsv", "json", "csv", "ids")),
    ["show", "2211.17192"], ["tags"], ["tags", "--json"], ["info"], ["note", "2211.17192", "--list"],
    ["link", "2211.17192"], ["export", "--md"], ["export", "--bib"], ["export", "--csl"], ["export", "--jsonl"],
]


@pytest.mark.parametrize("args", CLOSED_PIPE_COMMANDS, ids=" ".join)
def test_a_closed_stdout_ends_the_command_quietly_with_status_0(library, args):
    """`paperctl list | head -1` under `set -o pipefail`: the reader leaving is not an error."""
    result = run_into_closed_pipe(library, *args)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr and b"Exception ignored" not in result.stderr
    assert b"Error" not in result.stderr

"""A character-frequency model of written Chinese, used to judge which decoding of some
bytes reads like Chinese (encoding detection, mojibake repair).

The counts come from jieba's dictionary (word frequencies spread over their characters),
so no extra data is shipped. Traditional characters are scored through OpenCC's t2s.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache

# Punctuation and symbols that ordinary Chinese text is full of, scored as common.
COMMON_PUNCT = "。,、;:?!“”‘’()《》〈〉【】—…·「」『』%"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, float], float, dict[str, float]]:
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    counts: dict[str, int] = {}
    words: dict[str, float] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split(" ")
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            if 2 <= len(word) <= 4 and freq >= 3:
                words[word] = math.log10(freq)
            for ch in word:
                counts[ch] = counts.get(ch, 0) + freq
    total = sum(counts.values())
    table = {ch: math.log(n / total) for ch, n in counts.items()}
    top = max(table.values())
    for ch in COMMON_PUNCT:
        table[ch] = top
    floor = math.log(1 / total) - 2.0  # unseen characters
    return table, floor, words


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def char_logprob(text: str) -> float:
    """Mean log-probability per non-ASCII character (higher reads more like Chinese).

    ASCII characters are ignored; control characters and the replacement character
    are scored as unseen. Returns ``-inf`` for text without non-ASCII characters.

    Examples
    --------
    >>> char_logprob("职业教育") > char_logprob("鄙钲谪")
    True
    """
    import numpy as np

    codes = np.frombuffer(_t2s().convert(text).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    codes = codes[codes > 127]
    if not len(codes):
        return float("-inf")
    # summed left to right (cumsum), as Python's sum() does: the same float to the bit
    return float(np.cumsum(_score_array()[codes])[-1]) / len(codes)


@lru_cache(maxsize=1)
def _score_array():
    """The log-probability of every code point (the floor for unseen ones), so that a
    text is scored with one array look-up."""
    import numpy as np

    table, floor, _ = _table()
    out = np.full(0x110000, floor, dtype=np.float64)
    for ch, v in table.items():
        out[ord(ch)] = v
    return out


def char_logprob_sum(text: str) -> float:
    """Total log-probability of the non-ASCII characters of ``text``."""
    table, floor, _ = _table()
    return sum(table.get(c, floor) for c in _t2s().convert(text) if ord(c) > 127)


def words_across(left: str, middle: str, right: str) -> float:
    """Evidence that ``middle`` reads as words with its neighbours: the summed
    log10 frequencies of dictionary words (2-4 characters) overlapping ``middle``.

    Used to choose between readings of a damaged span by its neighbours.

    Examples
    --------
    >>> words_across("高等", "科學", "校") > words_across("高等", "制學", "校")
    True
    """
    words = _table()[2]
    s = _t2s().convert(left + middle + right)
    lo, hi = len(left), len(left) + len(middle)
    n = 0.0
    for size in (2, 3, 4):
        for i in range(max(0, lo - size + 1), min(hi, len(s) - size + 1)):
            n += words.get(s[i : i + size], 0.0)
    return n

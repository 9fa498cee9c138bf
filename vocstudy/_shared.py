"""Per-text memos shared by the helpers that look at the same text.

``places``, ``collaborations`` and ``events`` all scan the same sentences for place
names; the scan of a given text is the same whoever asks. :func:`memo` wraps such a pure
function of one string so that the first caller computes the result and the others read
it back - within one process, for as long as the memo's character budget allows (least
recently used texts are dropped first). Results never depend on the memo: a miss only
costs time. With ``n_jobs`` > 1 each kept worker process (:mod:`vocstudy._parallel`)
holds the memos of the documents it is given, the same ones in every helper, so the
sharing holds there too. :func:`clear` empties every memo (:func:`vocstudy.analyze` does so after each
batch, so memory stays bounded by the batch).

A wrapped function must be pure (same string → same result) and its result must not be
mutated by callers; a ``list`` result is returned as a fresh shallow copy to be safe.

Examples
--------
>>> calls = []
>>> def length(text):
...     calls.append(text)
...     return len(text)
>>> f = memo("doc.length", length)
>>> f("产教融合"), f("产教融合"), len(calls)
(4, 4, 1)
>>> clear()
"""

from __future__ import annotations

import functools
import hashlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")

#: Characters of input text each memo keeps results for, by default.
DEFAULT_MAX_CHARS = 32_000_000
#: Texts longer than this are keyed by a 128-bit digest instead of the text itself.
_DIGEST_ABOVE = 256

_memos: dict[str, _Memo] = {}


class _Memo:
    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.data: OrderedDict[Any, tuple[int, Any]] = OrderedDict()
        self.chars = 0
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        self.data.clear()
        self.chars = 0

    def put(self, key: Any, n: int, result: Any) -> None:
        self.data[key] = (n, result)
        self.chars += n
        while self.chars > self.max_chars and len(self.data) > 1:
            _, (old, _) = self.data.popitem(last=False)
            self.chars -= old


def _key(text: str) -> Any:
    if len(text) <= _DIGEST_ABOVE:
        return text
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def memo(
    name: str,
    func: Callable[[str], R],
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Callable[[str], R]:
    """Wrap ``func(text)`` so that each distinct text is computed once per process.

    Parameters
    ----------
    name : str
        Name of the memo (one memo per name; :func:`stats` reports by name).
    func : callable
        A pure function of one string.
    max_chars : int
        Keep results for at most this many characters of input text.
    Returns
    -------
    callable
        Same signature and results as ``func``.
    """
    store = _memos.setdefault(name, _Memo(max_chars))

    @functools.wraps(func)
    def wrapper(text: str) -> R:
        if not isinstance(text, str):
            return func(text)
        key = _key(text)
        hit = store.data.get(key)
        if hit is not None:
            store.data.move_to_end(key)
            store.hits += 1
            result = hit[1]
        else:
            store.misses += 1
            result = func(text)
            store.put(key, len(text), result)
        return list(result) if isinstance(result, list) else result

    wrapper.__wrapped__ = func  # type: ignore[attr-defined]
    return wrapper


def clear() -> None:
    """Empty every memo of this process (results are unaffected)."""
    for m in _memos.values():
        m.clear()


def stats() -> dict[str, tuple[int, int, int]]:
    """``name -> (hits, misses, texts held)`` for every memo of this process."""
    return {k: (m.hits, m.misses, len(m.data)) for k, m in sorted(_memos.items())}


__all__ = ["clear", "memo", "stats"]

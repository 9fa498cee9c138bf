"""Per-text memos shared by the helpers that look at the same text.

``places``, ``collaborations`` and ``events`` all scan the same sentences for place
names; the scan of a given text is the same whoever asks. :func:`memo` wraps such a pure
function of one string so that the first caller computes the result and the others read
it back - within one process, for as long as the memo's character budget allows (least
recently used texts are dropped first). Results never depend on the memo: a miss only
costs time. :func:`clear` empties every memo (:func:`vocstudy.analyze` does so after each
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
        self.journal: list | None = None  # results computed while journaling

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
    pack: Callable[[R], Any] | None = None,
    unpack: Callable[[str, Any], R] | None = None,
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
    pack, unpack : callable, optional
        How a result travels between processes (:func:`take_journal`, :func:`merge`):
        ``pack(result)`` is what is sent, ``unpack(text, packed)`` gives the result back
        (only when it is asked for). A compact form - plain tuples, no copy of the text -
        is several times faster to send than the result's own objects.

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
            if isinstance(result, _Packed):  # merged from another process: unpack once
                result = unpack(text, result.value) if unpack is not None else func(text)
                store.data[key] = (hit[0], result)
        else:
            store.misses += 1
            result = func(text)
            store.put(key, len(text), result)
            if store.journal is not None:
                store.journal.append(
                    (key, len(text), result if pack is None else _Packed(pack(result)))
                )
        return list(result) if isinstance(result, list) else result

    wrapper.__wrapped__ = func  # type: ignore[attr-defined]
    return wrapper


class _Packed:
    """A result in the compact form its memo's ``pack`` gave it, until it is asked for."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def start_journal() -> None:
    """Record, from now on, every result computed (a worker process does this for a
    chunk of documents, so that its results can be handed to the parent)."""
    for m in _memos.values():
        m.journal = []


def take_journal() -> dict[str, list]:
    """The results recorded since :func:`start_journal`, by memo; recording stops."""
    out = {}
    for name, m in _memos.items():
        if m.journal:
            out[name] = m.journal
        m.journal = None
    return out


def merge(journal: dict[str, list]) -> None:
    """Keep results computed in another process (from :func:`take_journal`), so that
    processes forked later, and this one, read them back instead of computing them."""
    for name, rows in journal.items():
        store = _memos.get(name)
        if store is None:
            continue
        for key, n, result in rows:
            if key not in store.data:
                store.put(key, n, result)


def clear() -> None:
    """Empty every memo of this process (results are unaffected)."""
    for m in _memos.values():
        m.clear()


def stats() -> dict[str, tuple[int, int, int]]:
    """``name -> (hits, misses, texts held)`` for every memo of this process."""
    return {k: (m.hits, m.misses, len(m.data)) for k, m in sorted(_memos.items())}


__all__ = ["clear", "memo", "merge", "start_journal", "stats", "take_journal"]

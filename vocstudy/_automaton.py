"""Every occurrence of many literal keys in a text, in one pass.

The lexicon scans (places in :mod:`vocstudy.gazetteer`, policy-theme terms in
:mod:`vocstudy.policy_themes`) need, for a text, every span that is one of thousands of
keys, overlapping spans included, so that each can apply its own context rules. An
Aho-Corasick automaton (``ahocorasick_rs``, the Python binding of the Rust
``aho-corasick`` crate) finds them all in one pass over the text. Without it, a
pure-Python scan by first character and key length gives the same spans.

Offsets are Python string indexes (code points), also for characters outside the
Basic Multilingual Plane.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate


def join_parts(parts: list[str]) -> tuple[str, list[int]]:
    """The texts joined by newlines, and where each one starts in the joined text (one
    scan of the joined text stands for a scan of each, when no key or term holds a
    newline).

    Examples
    --------
    >>> join_parts(["甲乙", "丙"])
    ('甲乙\\n丙', [0, 3])
    """
    return "\n".join(parts), list(accumulate((len(p) + 1 for p in parts[:-1]), initial=0))


def part_at(starts: list[int], offset: int) -> int:
    """The index of the part (:func:`join_parts`) holding ``offset`` of the joined text."""
    return bisect_right(starts, offset) - 1


#: Up to this many keys the automaton is built as a DFA (faster scans, more memory). The
#: gazetteer with China's townships (about 42,000 keys) is above it: as a DFA it took 180 MiB
#: and as the library's NFA 66 MiB, for the same time of `vs.places` on the bench articles.
DFA_MAX_KEYS = 20_000


class Automaton:
    """All occurrences of literal ``keys`` in a text.

    Parameters
    ----------
    keys : iterable of str
        The keys (empty strings are ignored; duplicates count once).
    engine : {"auto", "ahocorasick_rs", "python"}
        ``"auto"``: ``ahocorasick_rs`` when installed, else the pure-Python scan. Both
        give the same spans.

    Examples
    --------
    >>> a = Automaton(["中国", "国", "中国人"])
    >>> a.spans("中国人民")
    [(0, 3), (0, 2), (1, 2)]
    >>> Automaton(["中国", "国", "中国人"], engine="python").spans("中国人民")
    [(0, 3), (0, 2), (1, 2)]
    """

    def __init__(self, keys: Iterable[str], engine: str = "auto") -> None:
        self.keys = tuple(dict.fromkeys(k for k in keys if k))
        self._newline_key = any("\n" in k for k in self.keys)
        self._rs = None
        self._ll = None  # the leftmost-longest automaton, built when first asked for
        if engine not in ("auto", "ahocorasick_rs", "python"):
            raise ValueError(f"unknown engine {engine!r}")
        if engine != "python" and self.keys:
            try:
                import ahocorasick_rs
            except ImportError:
                if engine == "ahocorasick_rs":
                    raise
            else:
                self._rs = _rs_automaton(self.keys, ahocorasick_rs.MatchKind.Standard)
        if self._rs is None:
            lengths: dict[str, set[int]] = {}
            for k in self.keys:
                lengths.setdefault(k[0], set()).add(len(k))
            self._keyset = frozenset(self.keys)
            self._lengths = {c: tuple(sorted(v, reverse=True)) for c, v in lengths.items()}

    def _leftmost(self):
        """The keys' automaton in leftmost-longest mode (non-overlapping), built once."""
        if self._ll is None:
            import ahocorasick_rs

            self._ll = _rs_automaton(self.keys, ahocorasick_rs.MatchKind.LeftmostLongest)
        return self._ll

    def __reduce__(self):
        """Pickled as its keys and engine, rebuilt on arrival (a worker process gets its
        own automaton, built once per process however many chunks of work carry it)."""
        return (_rebuilt, (self.keys, "auto" if self._rs is not None else "python"))

    @property
    def engine(self) -> str:
        """``"ahocorasick_rs"`` or ``"python"``."""
        return "python" if self._rs is None else "ahocorasick_rs"

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every occurrence of a key, overlapping ones included,
        ordered by start, then longest first."""
        if self._rs is not None:
            found = self._rs.find_matches_as_indexes(text, overlapping=True)
            if not found:
                return []
            if len(found) == 1:
                return [found[0][1:]]
            # by start, then longest first: sort (start, -end) pairs as they are
            order = sorted([(s, -e) for _, s, e in found])
            return [(s, -e) for s, e in order]
        out = []
        keyset, lengths, n = self._keyset, self._lengths, len(text)
        for i, ch in enumerate(text):
            for k in lengths.get(ch, ()):
                if i + k <= n and text[i : i + k] in keyset:
                    out.append((i, i + k))
        return out

    def spans_by_part(self, parts: list[str]) -> list[list[tuple[int, int]]]:
        """:meth:`spans` of each text of ``parts`` (offsets within that text), found in
        one scan of the texts joined by newlines - no key holds one, so no span crosses
        from one text to the next.

        Examples
        --------
        >>> Automaton(["中国", "国人"]).spans_by_part(["中国人", "美国", "国人"])
        [[(0, 2), (1, 3)], [], [(0, 2)]]
        """
        if len(parts) <= 1 or self._newline_key:
            return [self.spans(p) for p in parts]
        joined, starts = join_parts(parts)
        out: list[list[tuple[int, int]]] = [[] for _ in parts]
        # spans come by start: the part changes only when a start passes the next part's
        k, base, bound, last = 0, 0, starts[1], len(starts) - 1
        for s, e in self.spans(joined):
            if s >= bound:
                k = part_at(starts, s)
                base, bound = starts[k], starts[k + 1] if k < last else len(joined) + 1
            out[k].append((s - base, e - base))
        return out

    def leftmost_longest(
        self, text: str, accept: Callable[[int, int], bool] | None = None
    ) -> list[tuple[int, int]]:
        """Non-overlapping occurrences, left to right: at each start the longest key
        that ``accept(start, end)`` allows (all when ``accept`` is None), the scan going
        on after it - what an alternation of the keys, longest first, finds.

        Examples
        --------
        >>> Automaton(["中国", "中国人", "人民"]).leftmost_longest("中国人民")
        [(0, 3)]
        >>> Automaton(["中国", "中国人", "人民"]).leftmost_longest("中国人民", lambda i, j: j != 3)
        [(0, 2), (2, 4)]
        """
        if self._rs is not None:
            # the automaton's own leftmost-longest scan gives the same spans whenever
            # ``accept`` allows every one it returns (at each start it takes the longest,
            # as the loop below does); otherwise the loop decides
            found = [(s, e) for _, s, e in self._leftmost().find_matches_as_indexes(text)]
            if accept is None or all(accept(s, e) for s, e in found):
                return found
        out = []
        pos = 0
        for i, j in self.spans(text):  # by start, longest first
            if i >= pos and (accept is None or accept(i, j)):
                out.append((i, j))
                pos = j
        return out


def _rs_automaton(keys: tuple[str, ...], matchkind):
    """An ``ahocorasick_rs`` automaton of the keys. A DFA: built once (a tenth of a second
    for the gazetteer's ten thousand keys), it scans two to three times faster than the
    NFA; for very many keys the library's own choice keeps memory in bounds."""
    import ahocorasick_rs

    impl = {}
    if len(keys) <= DFA_MAX_KEYS:
        impl["implementation"] = ahocorasick_rs.Implementation.DFA
    return ahocorasick_rs.AhoCorasick(list(keys), matchkind=matchkind, **impl)


@lru_cache(maxsize=16)
def _rebuilt(keys: tuple[str, ...], engine: str) -> Automaton:
    """An unpickled automaton: one per distinct key set and engine in a process."""
    return Automaton(keys, engine)

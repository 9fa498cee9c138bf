"""Regular expressions that skip, at once, the positions where no match can start.

Python's regex engine jumps quickly to the next possible start only when a pattern
begins with a literal or a character class. A pattern whose alternatives begin with a
look-behind (``(?<![重主])要|应当|…``), or with different literals behind an optional
group, is instead tried at every character of the text. :func:`skipping` computes the
set of characters every match starts with and puts a look-ahead on that set in front of
the pattern: the matches are exactly the same (the look-ahead only rules out positions
where the pattern itself must fail), and the engine passes over the other positions
without entering the pattern.

Examples
--------
>>> p = skipping(r"(?<![重主])要(?![求素])|应当|必须")
>>> p.pattern.startswith("(?=[")
True
>>> [m.group(0) for m in p.finditer("必须重要,要应当")]
['必须', '要', '应当']
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _p  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


class _Unknown(Exception):
    """The first character of a match cannot be bounded (``.``, a negated class …)."""


def _first(items, flags: int) -> tuple[list[tuple[int, int]], bool]:
    """Code-point ranges a match of the sequence ``items`` can start with, and whether
    the sequence can match the empty string."""
    out: list[tuple[int, int]] = []
    for op, av in items:
        if op is _c.LITERAL:
            return out + [(av, av)], False
        if op is _c.IN:
            for kind, val in av:
                if kind is _c.LITERAL:
                    out.append((val, val))
                elif kind is _c.RANGE:
                    out.append(val)
                else:  # NEGATE, CATEGORY (\d, \w, \s): not bounded here
                    raise _Unknown
            return out, False
        if op is _c.SUBPATTERN:
            _group, add, _delete, sub = av
            if add & re.IGNORECASE and not flags & re.IGNORECASE:
                raise _Unknown
            got, empty = _first(sub, flags)
        elif op is _c.BRANCH:
            got, empty = [], False
            for alt in av[1]:
                g, e = _first(alt, flags)
                got += g
                empty = empty or e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            got, e = _first(sub, flags)
            empty = e or lo == 0
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width: the next item starts the match
        else:  # ANY, NOT_LITERAL, GROUPREF, ATOMIC_GROUP …
            raise _Unknown
        out += got
        if not empty:
            return out, False
    return out, True


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class (without brackets) holding every character a match of
    ``pattern`` can start with, or ``None`` when that cannot be bounded (the pattern
    can match the empty string, or starts with ``.``, ``\\w``, a negated class …).

    Examples
    --------
    >>> first_characters(r"(?<!a)要|应当|[0-9]年")
    '0-9应要'
    >>> first_characters(r"\\w+") is None
    True
    """
    parsed = _p.parse(pattern, flags)
    try:
        ranges, empty = _first(list(parsed), flags | parsed.state.flags)
    except _Unknown:
        return None
    if empty or not ranges:
        return None
    merged: list[list[int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    parts = []
    for lo, hi in merged:
        a, b = re.escape(chr(lo)), re.escape(chr(hi))
        parts.append(a if lo == hi else f"{a}-{b}")
    return "".join(parts)


#: Every pattern :func:`skipping` rewrote → the plain pattern and flags it stands for
#: (the tests check that both find the same matches).
REWRITTEN: dict[re.Pattern[str], tuple[str, int]] = {}


def skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with a look-ahead on :func:`first_characters` in
    front, when they can be bounded (the pattern unchanged otherwise)."""
    first = first_characters(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    fast = re.compile(f"(?=[{first}])(?:{pattern})", flags)
    REWRITTEN[fast] = (pattern, flags)
    return fast


__all__ = ["REWRITTEN", "first_characters", "skipping"]

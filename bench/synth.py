"""Deterministic synthetic corpus for benchmarks and parallelism tests.

Real sentences, fake pages: the article bodies are recombined from the cleaned sentences
of the seed articles (read with :func:`vocstudy.load_corpus`, split with
:func:`vocstudy.text.split_sentences`; the seeds themselves are never touched), and
each body is wrapped in the kind of web page the seeds come from - a site name,
breadcrumb, headline, a ``发布时间 | 来源 | 作者 | 责任编辑`` line, share widgets,
sometimes ``(完) 【编辑:…】``, a list of unrelated headlines (real ones, taken from
what cleaning removed from the seeds), copyright and ICP lines and a comment form.

Variety, in proportions close to what the loader has to cope with in the wild:

* body length drawn from a log-normal (median 2,600 characters) clipped to 1,000-8,000
  characters - the seeds' cleaned bodies run from 1,100 to 7,500;
* ``traditional`` (default 10 %) of the pages converted to Traditional script with
  OpenCC ``s2t`` (the installed ``opencc`` package); some of those saved as Big5;
* ``gbk`` (default 20 %) of the pages saved as GBK, a few as UTF-16 with BOM, the rest
  UTF-8; some with CRLF line endings;
* ``pinyin`` (default 2 %) of the pages carry pinyin after characters, ``業(yè)``, as
  seed 003 does.

Everything is drawn from ``random.Random(f"{seed}:{i}")`` for article ``i``, so the
output is byte-identical run after run and the first 100 articles of ``synth-1000`` are
the articles of ``synth-100``.

Usage::

    .venv/bin/python bench/synth.py 1000          # writes bench/out/synth-1000/
    .venv/bin/python bench/synth.py 20 --out some/folder

or from Python: ``generate(20, tmp_path)``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"

#: Bump when the output of :func:`make_article` changes, so cached folders are rebuilt.
GENERATOR_VERSION = 1

SITES = [
    "中国职业教育网",
    "职教资讯网",
    "教育新闻网",
    "山西大院资讯网",
    "西部教育报网",
    "浙江教育信息网",
    "川渝职教在线",
    "北方教育网",
]
SECTIONS = ["职业教育", "教育资讯", "地方新闻", "产教融合", "校园动态"]
NAMES = "李汀 杜燕 王小寒 刘进 冯君彦 夏雨 梁潇 张明 陈静 赵磊 周婷 吴海 孙悦 黄三好".split()
#: Pinyin for frequent characters, Simplified and Traditional forms.
PINYIN = {
    ch: py
    for pair, py in zip(
        "业業 动動 发發 进進 产產 区區 会會 术術 学學 职職 国國 现現".split(),
        "yè dòng fā jìn chǎn qū huì shù xué zhí guó xiàn".split(),
    )
    for ch in pair
}


@dataclass(frozen=True)
class Pools:
    """What articles are recombined from: seed sentences, titles, unrelated headlines."""

    sentences: tuple[str, ...]
    titles: tuple[str, ...]
    headlines: tuple[str, ...]


@lru_cache(maxsize=1)
def seed_pools() -> Pools:
    """Sentences, titles and unrelated headlines of the seed articles.

    Sentences come from the cleaned texts (:func:`vocstudy.load_corpus` then
    :func:`vocstudy.text.split_sentences`), minus the headline line, lines with an
    unrecoverable character (U+FFFD) and fragments shorter than eight characters.
    Headlines are the short lines cleaning removed as unrelated lists after the article.

    Examples
    --------
    >>> p = seed_pools()  # doctest: +SKIP
    >>> len(p.sentences) > 100  # doctest: +SKIP
    True
    """
    from vocstudy.cleaning import cjk_count, normalize_whitespace
    from vocstudy.loading import cleaning_audit, load_corpus
    from vocstudy.text import split_sentences

    corpus = load_corpus()  # the repository's seeds/, read-only
    sentences: dict[str, None] = {}
    titles: dict[str, None] = {}
    for title, text in zip(corpus["title"], corpus["text"]):
        if isinstance(title, str) and title:
            titles[title] = None
        for sent in split_sentences(text):
            if sent == title or "\ufffd" in sent or len(sent) < 8:
                continue
            sentences[sent] = None
    audit = cleaning_audit(corpus)
    removed = audit[audit["rule"].isin(["after_article_end", "related_list_heading"])]
    headlines: dict[str, None] = {}
    for line in removed["before"]:
        line = normalize_whitespace(re.sub(r"^[•·\s]+", "", line))
        if 6 <= cjk_count(line) and len(line) <= 40 and line not in titles:
            headlines[line] = None
    return Pools(tuple(sentences), tuple(titles), tuple(headlines))


# --------------------------------------------------------------------------- one page
def _body(rng: random.Random, pools: Pools) -> list[str]:
    """Paragraphs of seed sentences, 1,000-8,000 characters in all."""
    target = int(min(8000, max(1000, rng.lognormvariate(math.log(2600), 0.55))))
    order = list(range(len(pools.sentences)))
    rng.shuffle(order)
    paras: list[str] = []
    size = 0
    k = 0
    while size < target:
        if k >= len(order):  # pool used up: start another pass in a new order
            rng.shuffle(order)
            k = 0
        n = rng.randint(2, 6)
        para = "".join(pools.sentences[j] for j in order[k : k + n])
        k += n
        paras.append(para)
        size += len(para)
    return paras


def _published(rng: random.Random) -> tuple[int, int, int, int, int, int]:
    return (
        rng.randint(2019, 2024),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(7, 22),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )


def _page_lines(rng: random.Random, pools: Pools) -> list[str]:
    """The lines of one synthetic page, Simplified, before script and encoding."""
    site = rng.choice(SITES)
    title = rng.choice(pools.titles + pools.headlines[:8])
    y, mo, d, h, mi, s = _published(rng)
    author, editor = rng.sample(NAMES, 2)
    lines: list[str] = []
    if rng.random() < 0.8:
        lines.append(site)
    if rng.random() < 0.6:
        lines.append(f"首页 > {rng.choice(SECTIONS)} > 正文")
    lines += ["", title, ""]
    meta = rng.random()
    if meta < 0.5:
        lines.append(
            f"发布时间:{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}\u00a0\u00a0|\u00a0\u00a0"
            f"来源:{site}\u00a0\u00a0|\u00a0\u00a0作者:{author}\u00a0\u00a0|\u00a0\u00a0"
            f"责任编辑:{editor}"
        )
    elif meta < 0.8:
        lines.append(f"来源:{site} 作者:{author} {y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}")
    elif meta < 0.9:
        lines.append(f"创建时间:{y}年{mo}月{d}日")
    # else: no metadata line at all (no_published_date)
    if rng.random() < 0.7:
        lines += ["分享到:", rng.choice(["链接已复制", "微信", "微博", "扫一扫"])]
    lines.append("")
    paras = _body(rng, pools)
    if rng.random() < 0.3:
        paras[-1] += f"(完) 【编辑:{editor}】"
    for p in paras:
        indent = "\u3000\u3000" if rng.random() < 0.3 else ""
        lines += [indent + p, ""]
    if rng.random() < 0.4:
        lines.append(f"(责编:{editor} 审核:{author})")
    if rng.random() < 0.7:
        lines.append(rng.choice(["相关新闻", "推荐阅读", "热门文章", "阅读更多"]))
        k = rng.randint(5, 20)
        lines += [
            ("  • " if rng.random() < 0.5 else "") + x
            for x in rng.sample(pools.headlines, min(k, len(pools.headlines)))
        ]
        lines.append("")
    if rng.random() < 0.5:
        lines += ["留言与评论(共有 条评论)", "验证码:", ""]
    if rng.random() < 0.6:
        lines.append(f"版权所有 © {y} {site} 未经许可,不得转载")
    if rng.random() < 0.5:
        lines.append(
            f"{rng.choice('京沪浙川渝冀晋黑')}ICP备{rng.randint(10**7, 10**8 - 1)}号-{rng.randint(1, 9)}"
        )
    return lines


def _annotate_pinyin(line: str, rng: random.Random) -> str:
    """Write pinyin after some characters that have it: ``業`` → ``業(yè)``."""
    return "".join(c + f"({PINYIN[c]})" if c in PINYIN and rng.random() < 0.5 else c for c in line)


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC

    return OpenCC("s2t")


#: What a page saved in a legacy encoding shows instead of characters it has no code for.
_LEGACY = str.maketrans({"\u00a0": " ", "©": "(C)", "•": "·"})


def _encode(text: str, encoding: str) -> tuple[bytes, str]:
    """Encode; GBK falls back to GB18030 and anything else to UTF-8 when a character
    has no code in ``encoding``."""
    if encoding in ("gbk", "big5"):
        text = text.translate(_LEGACY)
    for enc in (encoding, "gb18030" if encoding == "gbk" else "utf-8"):
        try:
            return text.encode(enc), enc
        except UnicodeEncodeError:
            continue
    return text.encode("utf-8"), "utf-8"


def make_article(
    i: int,
    seed: int = 0,
    *,
    traditional: float = 0.10,
    gbk: float = 0.20,
    pinyin: float = 0.02,
    pools: Pools | None = None,
) -> tuple[bytes, dict]:
    """Bytes of synthetic article ``i`` and what was done to it.

    Parameters
    ----------
    i : int
        Article number; article ``i`` depends only on ``i``, ``seed`` and the rates.
    seed : int
        Seed of the whole corpus.
    traditional, gbk, pinyin : float
        Shares of pages in Traditional script, saved as GBK, with pinyin annotations.
    pools : Pools, optional
        Default :func:`seed_pools`.

    Returns
    -------
    tuple
        ``(data, info)``; ``info`` holds ``script``, ``encoding``, ``pinyin``, ``crlf``.
    """
    pools = pools or seed_pools()
    rng = random.Random(f"vocstudy-synth:{seed}:{i}")
    lines = _page_lines(rng, pools)
    is_trad = rng.random() < traditional
    has_pinyin = rng.random() < pinyin
    u = rng.random()
    if is_trad:
        lines = [_s2t().convert(x) for x in lines]
        enc = "big5" if u < 0.3 else "gbk" if u < 0.3 + gbk else "utf-8"
    else:
        enc = "gbk" if u < gbk else "utf-16" if u < gbk + 0.02 else "utf-8"
    if has_pinyin:
        lines = [_annotate_pinyin(x, rng) if len(x) > 40 else x for x in lines]
    crlf = rng.random() < 0.1
    text = ("\r\n" if crlf else "\n").join(lines)
    data, enc = _encode(text, enc)
    info = {
        "script": "traditional" if is_trad else "simplified",
        "encoding": enc,
        "pinyin": has_pinyin,
        "crlf": crlf,
    }
    return data, info


def generate(
    n: int,
    out: str | Path | None = None,
    seed: int = 0,
    *,
    traditional: float = 0.10,
    gbk: float = 0.20,
    pinyin: float = 0.02,
    force: bool = False,
) -> Path:
    """Write ``n`` synthetic articles ``synth_00000.txt`` … into ``out``.

    Parameters
    ----------
    n : int
        Number of articles.
    out : path, optional
        Folder to write (created). Default ``bench/out/synth-<n>/`` (git-ignored).
    seed : int
        Corpus seed; same arguments, same bytes.
    traditional, gbk, pinyin : float
        Shares of Traditional-script, GBK-encoded and pinyin-annotated pages.
    force : bool
        Rewrite even when ``out`` already holds this exact corpus (per ``manifest.json``).

    Returns
    -------
    Path
        The folder. It also holds ``manifest.json`` (parameters and per-file facts);
        :func:`vocstudy.load_corpus` reads only ``*.txt``.

    Examples
    --------
    >>> folder = generate(3, "some/folder")  # doctest: +SKIP
    >>> sorted(p.name for p in folder.glob("*.txt"))  # doctest: +SKIP
    ['synth_00000.txt', 'synth_00001.txt', 'synth_00002.txt']
    """
    folder = Path(out) if out is not None else OUT_DIR / f"synth-{n}"
    params = {
        "version": GENERATOR_VERSION,
        "n": n,
        "seed": seed,
        "traditional": traditional,
        "gbk": gbk,
        "pinyin": pinyin,
    }
    manifest = folder / "manifest.json"
    if not force and manifest.exists():
        try:
            old = json.loads(manifest.read_text(encoding="utf-8"))
        except ValueError:
            old = {}
        if old.get("params") == params and len(list(folder.glob("*.txt"))) == n:
            return folder
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("synth_*.txt"):
        stale.unlink()
    pools = seed_pools()
    files = {}
    width = max(5, len(str(n - 1)))
    for i in range(n):
        data, info = make_article(
            i, seed, traditional=traditional, gbk=gbk, pinyin=pinyin, pools=pools
        )
        name = f"synth_{i:0{width}d}"
        (folder / f"{name}.txt").write_bytes(data)
        files[name] = info
    manifest.write_text(
        json.dumps(
            {"params": params, "files": files}, ensure_ascii=False, indent=0, sort_keys=True
        ),
        encoding="utf-8",
    )
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``synth.py N [--out DIR] [--seed S] [--force]``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--out", help="folder (default bench/out/synth-N)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--force", action="store_true", help="rewrite even if up to date")
    args = ap.parse_args(argv)
    folder = generate(args.n, args.out, args.seed, force=args.force)
    try:
        shown = folder.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        shown = folder.name
    print(f"{args.n} articles in {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

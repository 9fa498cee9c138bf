"""First looks, replayed: each later batch scored by the code that existed before it was read.

The test half (24 pages) is the estimate the project reports first, and its intervals are
wide. The later dev batches give a second, larger one: a batch was unseen by the rules
until its errors were read, so the code of the commit made just before (the commit named
in ``README.md``, "First look") scores it as it would score a researcher's new pages.

This script replays those first looks on today's gold (with its later corrections) and
today's metrics: for each commit it exports that version of ``vocstudy/`` with
``git archive``, makes the batch's tables in a child process where ``vocstudy`` is that
version (``vocstudy/_tables.py`` of this tree, loaded by its path, calls it), and scores
them with this version's :func:`vocstudy.evaluation.evaluate`. It writes
``validation/first_look.csv`` - one row per batch × metric × measure with its counts -
which notebook 06 pools.

Usage (from the repository, with its git history; a few minutes)::

    .venv/bin/python validation/first_look.py          # writes validation/first_look.csv
"""

from __future__ import annotations

import importlib.util
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "first_look.csv"

#: The commit whose code first scored each batch (``README.md``, "First look"), in the
#: order the batches were read.
FIRST_LOOKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("3674e77", ("g", "h")),
    ("bbff4a2", ("k",)),
    ("b430876", ("m", "n")),
    ("09f6b7f", ("o", "p")),
    ("21efbe4", ("q", "r")),
    ("18042b0", ("s", "u")),
    ("a417713", ("v",)),
    ("37b3f7b", ("w",)),
    ("4c22854", ("x", "y")),
    ("71902e4", ("j", "z", "l")),
    ("364e482", ("a", "i", "b")),
    ("c91204e", ("bb",)),
    ("0a9742c", ("cc", "dd")),
    ("93144cb", ("ee",)),
    ("cd6802d", ("gg", "ff")),
    ("62c4ac4", ("hh", "ii")),
    ("38930ee", ("jj", "kk")),
    ("2339544", ("ll", "mm")),
    ("b63d291", ("nn", "oo")),
    ("d8ddf4f", ("pp", "qq")),
    ("f61f9d9", ("rr", "ss")),
    ("759ffab", ("tt", "uu")),
    ("e4b0c3b", ("vv", "ww")),
    ("4b45ff0", ("xx", "yy")),
    ("b898892", ("zz", "za")),
    ("10b1af4", ("zb", "zc")),
    ("ebb5132", ("zd", "ze")),
    ("0dd2047", ("zf", "zg")),
    ("9041749", ("zh", "zi")),
    ("7c3bff2", ("zj", "zk")),
    ("06da4ec", ("zl", "zm")),
    ("37f1de6", ("zn", "zo")),
    ("e200888", ("zp", "zq")),
    ("a5e8978", ("zr", "zs")),
    ("26a9689", ("zt", "zu")),
    ("6a763de", ("zv", "zw")),
    ("01f7c99", ("zx", "zy")),
    ("d27eee7", ("ya", "yb")),
    ("02688f4", ("yc", "yd")),
    ("2f76e65", ("ye", "yf")),
    ("957b445", ("yg", "yh")),
    ("6ecec0b", ("yi", "yj")),
    ("dd49a3b", ("yk", "yl")),
    ("9f5a7ee", ("ym", "yn")),
    ("bcea4bc", ("yo", "yp")),
    ("1243268", ("yq", "yr")),
    ("398c7a3", ("ys", "yt")),
    ("797dec5", ("yu", "yv")),
    ("bb961ba", ("yw", "yx")),
    ("db446d2", ("yz", "xa")),
    ("c00ae13", ("xb", "xc")),
    ("0fc4f14", ("xd", "xe")),
    ("7bca93b", ("xf", "xg")),
    ("656b284", ("xh", "xi")),
    ("68606e7", ("xj", "xk")),
    ("018b634", ("xl", "xm")),
    ("de3bef0", ("xn", "xo")),
    ("0ef6c0f", ("xp", "xq")),
    ("3a41cb1", ("xr", "xs")),
    ("7dae190", ("xt", "xu")),
    ("d6a529b", ("xv", "xw")),
    ("9688ec2", ("xy", "xz")),
    ("bcc1430", ("wa", "wb")),
    ("162af5b", ("wc", "wd")),
    ("eab5fa0", ("we", "wf")),
    ("23bcb00", ("wg", "wh")),
    ("5f55729", ("wi", "wj")),
    ("50147ce", ("wk", "wl")),
    ("273c7d0", ("wm", "wn")),
    ("72d9ff8", ("wo", "wp")),
    ("ad0e39f", ("wq", "wr")),
    ("f67e621", ("ws", "wt")),
    ("3b370e5", ("wu", "wv")),
    ("49f4da4", ("wx", "wy")),
    ("13f2bc9", ("wz", "va")),
    ("7be13bb", ("vb", "vc")),
    ("777017f", ("vd", "ve")),
    ("31b9f11", ("vf", "vg")),
    ("53cd270", ("vh", "vi")),
    ("b86eefb", ("vj", "vk")),
    ("0933c1d", ("vl", "vm")),
    ("641f105", ("vn", "vo")),
    ("38d3ac4", ("vp", "vq")),
    ("42900a8", ("vr", "vs")),
    ("7dcf439", ("vt", "vu")),
    ("11e54b1", ("vw", "vx")),
    ("be00d51", ("vy", "vz")),
    ("396b26b", ("ua", "ub")),
    ("282790d", ("uc", "ud")),
    ("8a78299", ("ue", "uf")),
    ("a55f9b7", ("ug", "uh")),
    ("0aef16e", ("ui", "uj")),
    ("c68bc8d", ("uk", "ul")),
    ("00e1e58", ("um", "un")),
    ("691394f", ("uo", "up")),
    ("e02e168", ("uq", "ur")),
    ("6d573c3", ("us", "ut")),
    ("dc79640", ("uv", "uw")),
)

#: Batches drawn plainly, in search order (``README.md``, "Known limits"); the others
#: were searched for pages hard for one helper.
PLAIN = frozenset(
    {"s", "u", "v", "w", "x", "y", "a", "i", "b", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii",
     "jj", "kk", "ll", "mm", "nn", "oo", "pp", "qq", "rr", "ss", "tt", "uu", "vv", "ww", "xx",
     "yy", "zz", "za", "zb", "zc", "zd", "ze", "zf", "zg", "zh", "zi", "zj", "zk", "zl", "zm", "zn", "zo", "zp", "zq", "zr", "zs", "zt", "zu", "zv", "zw", "zx", "zy", "ya", "yb", "yc", "yd", "ye", "yf", "yg", "yh", "yi", "yj", "yk", "yl", "ym", "yn", "yo", "yp", "yq", "yr", "ys", "yt", "yu", "yv", "yw", "yx", "yz", "xa", "xb", "xc", "xd", "xe", "xf", "xg", "xh", "xi", "xj", "xk", "xl", "xm", "xn", "xo", "xp", "xq", "xr", "xs", "xt", "xu", "xv", "xw", "xy", "xz", "wa", "wb", "wc", "wd", "we", "wf", "wg", "wh", "wi", "wj", "wk", "wl", "wm", "wn", "wo", "wp", "wq", "wr", "ws", "wt", "wu", "wv", "wx", "wy", "wz", "va", "vb", "vc", "vd", "ve", "vf", "vg", "vh", "vi", "vj", "vk", "vl", "vm", "vn", "vo", "vp", "vq", "vr", "vs", "vt", "vu", "vw", "vx", "vy", "vz", "ua", "ub", "uc", "ud", "ue", "uf", "ug", "uh", "ui", "uj", "uk", "ul", "um", "un", "uo", "up", "uq", "ur", "us", "ut", "uv", "uw"}
)

COLUMNS = ["batch", "code", "plain", "pages", "metric", "measure", "k", "n"]


def _child(articles: str, out: str) -> None:
    """In the child: make the tables with the ``vocstudy`` on the path, pickle them."""
    spec = importlib.util.spec_from_file_location("_tables_now", ROOT / "vocstudy" / "_tables.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    import vocstudy

    tables = mod.pipeline_tables(articles)
    tables["vocstudy_file"] = vocstudy.__file__
    with open(out, "wb") as f:
        pickle.dump(tables, f)


def _manifest() -> pd.DataFrame:
    """Every manifest row, with its batch (the manifest file's name)."""
    return pd.concat(
        [pd.read_csv(p, dtype=str, keep_default_na=False).assign(batch=p.stem)
         for p in sorted((HERE / "manifest").glob("*.csv"))]
    )


def _subset(tables: dict, ids: list[str]) -> dict:
    keep = set(ids)
    out = {}
    for k, v in tables.items():
        if k == "corpus":
            out[k] = v.loc[[i for i in v.index if i in keep]]
        elif isinstance(v, pd.DataFrame) and "doc_id" in v.columns:
            out[k] = v[v["doc_id"].isin(keep)]
        else:
            out[k] = v
    return out


def _folder(tmp: Path, ids: list[str], manifest_rows) -> Path:
    d = tmp / "pages"
    if d.exists():
        shutil.rmtree(d)
    for sub in ("articles", "gold", "manifest"):
        (d / sub).mkdir(parents=True)
    for i in ids:
        shutil.copy(HERE / "articles" / f"{i}.txt", d / "articles")
        shutil.copy(HERE / "gold" / f"{i}.json", d / "gold")
    manifest_rows.to_csv(d / "manifest" / "m.csv", index=False)
    return d


def replay() -> pd.DataFrame:
    sys.path.insert(0, str(ROOT))
    from vocstudy.evaluation import evaluate

    rows_all = _manifest()
    dev = rows_all[rows_all["split"] == "dev"]
    batches = {b: sorted(g["id"]) for b, g in dev.groupby("batch")}
    manifest = rows_all.drop(columns="batch")
    rows = []
    for commit, names in FIRST_LOOKS:
        with tempfile.TemporaryDirectory() as t:
            tmp = Path(t)
            code = tmp / "code"
            code.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "vocstudy"],
                check=True, capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
            ids = sorted(i for b in names for i in batches[b])
            pages = _folder(tmp, ids, manifest[manifest["id"].isin(ids)])
            env = dict(os.environ, PYTHONPATH=str(code), VOCSTUDY_CACHE=str(tmp / "cache"))
            subprocess.run(
                [sys.executable, __file__, "--tables", str(pages / "articles"), str(tmp / "t.pkl")],
                check=True, env=env, cwd=tmp,
            )
            with open(tmp / "t.pkl", "rb") as f:
                tables = pickle.load(f)
            if not tables.pop("vocstudy_file").startswith(str(code)):
                raise RuntimeError(f"the child did not import the code of {commit}")
            for b in names:
                bids = batches[b]
                folder = _folder(tmp, bids, manifest[manifest["id"].isin(bids)])
                r = evaluate(folder, n_boot=10, tables=_subset(tables, bids))
                m = r.metrics[r.metrics["measure"].isin(["share", "articles", "precision", "recall"])]
                for metric, measure, k, n in zip(m["metric"], m["measure"], m["k"], m["n"]):
                    if pd.isna(n) or int(n) == 0:
                        continue
                    rows.append((b, commit, b in PLAIN, len(bids), metric, measure, int(k), int(n)))
            print(commit, ", ".join(names), len(ids), "pages", flush=True)
    return pd.DataFrame(rows, columns=COLUMNS)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--tables"]:
        _child(argv[1], argv[2])
        return 0
    table = replay()
    table.to_csv(OUT, index=False, lineterminator="\n")
    print(json.dumps({"rows": len(table), "batches": int(table["batch"].nunique())}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

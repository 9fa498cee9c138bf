"""One plot style for every notebook, Chinese labels that render, byte-stable PNGs.

Nothing here runs at import: call :func:`use_style` in a notebook's setup cell.
"""

from __future__ import annotations

import re
from pathlib import Path

from .paths import figures_dir

#: The family names figures use. They are private names given to font files shipped by
#: the project's pip dependencies, so no system font (Debian's fonts-noto-cjk, a system
#: DejaVu) can match them, whatever matplotlib's font cache holds.
CJK_FAMILY = "vocstudy Noto Sans CJK SC"
LATIN_FAMILY = "vocstudy DejaVu Sans"
#: The one weight the figures use: the CJK font ships only its Regular face.
WEIGHT = "normal"
DPI = 120
_NAME_RE = re.compile(r"^\d{2}-[a-z0-9][a-z0-9-]*$")

# colour-blind-safe palette (Okabe & Ito)
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]

# matplotlib's own DejaVu files (inside the environment), for glyphs the CJK font lacks
_DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Oblique.ttf")


def font_files() -> dict[str, str]:
    """The font files the figures may use, by private family name.

    Both lie inside the Python environment: Noto Sans CJK SC Regular from the
    ``noto-cjk-sans-otc`` package (SIL Open Font License) and matplotlib's bundled DejaVu
    Sans.

    Examples
    --------
    >>> sorted(font_files())
    ['vocstudy DejaVu Sans', 'vocstudy Noto Sans CJK SC']
    """
    import matplotlib as mpl
    from noto_cjk_sans_otc import FONT_PATH

    return {
        CJK_FAMILY: str(FONT_PATH),
        LATIN_FAMILY: str(Path(mpl.get_data_path()) / "fonts" / "ttf" / _DEJAVU_FILES[0]),
    }


def register_cjk_font() -> str:
    """Register the packaged fonts with matplotlib under private names; return the CJK one.

    ``font_manager.addfont`` would register the Noto file as "Noto Sans CJK SC", a name a
    system font can share: matplotlib then picks among all fonts of that name, and which
    file wins depends on the machine and on its font cache. Here each packaged face is
    registered a second time under a name only this project uses
    (:data:`CJK_FAMILY`, :data:`LATIN_FAMILY`), so every lookup the style makes resolves
    to a file inside the environment. Calling it again changes nothing.

    Examples
    --------
    >>> register_cjk_font()
    'vocstudy Noto Sans CJK SC'
    """
    import dataclasses

    import matplotlib as mpl
    from matplotlib import font_manager

    fm = font_manager.fontManager
    if any(f.name == CJK_FAMILY for f in fm.ttflist):
        return CJK_FAMILY
    cjk_path = font_files()[CJK_FAMILY]
    fm.addfont(cjk_path)
    sc = [f for f in fm.ttflist if f.fname == cjk_path and f.name == "Noto Sans CJK SC"]
    if not sc:  # pragma: no cover - the package always ships the SC face
        raise RuntimeError(f"no 'Noto Sans CJK SC' face in {cjk_path}")
    fm.ttflist.append(dataclasses.replace(sc[0], name=CJK_FAMILY))
    ttf_dir = Path(mpl.get_data_path()) / "fonts" / "ttf"
    for file in _DEJAVU_FILES:
        entry = font_manager.ttfFontProperty(font_manager.ft2font.FT2Font(str(ttf_dir / file)))
        fm.ttflist.append(dataclasses.replace(entry, name=LATIN_FAMILY))
    fm._findfont_cached.cache_clear()
    return CJK_FAMILY


def resolved_font_files() -> dict[tuple[str, str, str], str]:
    """The file matplotlib uses for each family, weight and style of the current style.

    Used by the tests to check that every font of every figure comes from the
    environment, never from the system.

    Examples
    --------
    >>> use_style()
    >>> files = resolved_font_files()
    >>> all("site-packages" in f for f in files.values())
    True
    """
    import logging

    import matplotlib as mpl
    from matplotlib import font_manager

    out = {}
    logger = logging.getLogger("matplotlib.font_manager")
    level = logger.level
    logger.setLevel(logging.ERROR)  # asking for a weight not shipped is the point here
    try:
        for family in mpl.rcParams["font.family"]:
            for weight in ("normal", "bold"):
                for style in ("normal", "italic"):
                    prop = font_manager.FontProperties(family=family, weight=weight, style=style)
                    out[(family, weight, style)] = str(
                        font_manager.findfont(prop, fallback_to_default=False)
                    )
    finally:
        logger.setLevel(level)
    return out


def use_style() -> None:
    """Set the shared figure style: packaged fonts only, one weight, sizes, palette.

    Examples
    --------
    >>> use_style()
    >>> import matplotlib
    >>> matplotlib.rcParams["font.family"]
    ['vocstudy Noto Sans CJK SC', 'vocstudy DejaVu Sans']
    """
    import matplotlib as mpl
    from cycler import cycler

    family = register_cjk_font()
    mpl.rcParams.update(
        {
            "font.family": [family, LATIN_FAMILY],
            "font.weight": WEIGHT,
            "font.size": 10,
            "axes.titlesize": 12,
            "axes.titleweight": WEIGHT,
            "axes.labelweight": WEIGHT,
            "figure.titleweight": WEIGHT,
            "axes.labelsize": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.prop_cycle": cycler(color=PALETTE),
            "axes.unicode_minus": False,
            "mathtext.fontset": "custom",
            "mathtext.rm": LATIN_FAMILY,
            "mathtext.it": f"{LATIN_FAMILY}:italic",
            "mathtext.bf": LATIN_FAMILY,
            "mathtext.sf": LATIN_FAMILY,
            "mathtext.tt": LATIN_FAMILY,
            "mathtext.cal": LATIN_FAMILY,
            "mathtext.fallback": None,
            "figure.dpi": DPI,
            "savefig.dpi": DPI,
            "figure.figsize": (8, 4.5),
            "legend.frameon": False,
            "svg.hashsalt": "vocstudy",
            "path.simplify": True,
        }
    )


def save_figure(fig, name: str, folder: str | Path | None = None) -> Path:
    """Save ``fig`` as ``figures/<name>.png`` so the file is identical run after run.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    name : str
        ``NN-slug`` named after the notebook, e.g. ``"02-theme-heatmap"``.
    folder : path, optional
        Another folder; default :func:`vocstudy.paths.figures_dir` (the repository's
        ``figures/`` unless ``$VOCSTUDY_FIGURES`` says otherwise).

    Returns
    -------
    Path
        ``figures/<name>.png`` when saved to the default folder (also when
        ``$VOCSTUDY_FIGURES`` redirects it), else the path written.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> save_figure(fig, "99-example", folder=tmp_path)  # doctest: +SKIP
    """
    if not _NAME_RE.match(name):
        raise ValueError(f"figure name {name!r} should look like '02-theme-heatmap'")
    out_dir = Path(folder) if folder is not None else figures_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.png"
    # no timestamps or version strings in the file: the bytes depend on the figure only
    fig.savefig(path, dpi=DPI, metadata={"Software": None}, bbox_inches="tight", facecolor="white")
    if folder is None:
        return Path("figures") / path.name
    return path


def heatmap(ax, table, *, cmap: str = "Blues", fmt: str = "{:.1f}", label: str = ""):
    """Draw a labelled heatmap of a DataFrame on ``ax``, values written in the cells.

    Returns the image (for a colour bar).

    Examples
    --------
    >>> import matplotlib.pyplot as plt, pandas as pd
    >>> fig, ax = plt.subplots()
    >>> im = heatmap(ax, pd.DataFrame([[1.0, 2.0]], index=["a"], columns=["x", "y"]))
    >>> [t.get_text() for t in ax.texts]
    ['1.0', '2.0']
    """
    values = table.to_numpy(dtype=float)
    im = ax.imshow(values, cmap=cmap, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns], rotation=35, ha="right")
    ax.set_yticks(range(table.shape[0]), [str(i) for i in table.index])
    ax.spines[:].set_visible(False)
    top = values.max() if values.size else 0
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v = values[i, j]
            color = "white" if top and v > 0.6 * top else "black"
            ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=8, color=color)
    if label:
        ax.figure.colorbar(im, ax=ax, label=label, shrink=0.8)
    return im

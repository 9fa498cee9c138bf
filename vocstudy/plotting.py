"""One plot style for every notebook, Chinese labels that render, byte-stable PNGs.

Nothing here runs at import: call :func:`use_style` in a notebook's setup cell.
"""

from __future__ import annotations

import re
from pathlib import Path

from .paths import figures_dir

CJK_FAMILY = "Noto Sans CJK SC"
DPI = 120
_NAME_RE = re.compile(r"^\d{2}-[a-z0-9][a-z0-9-]*$")

# colour-blind-safe palette (Okabe & Ito)
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]


def register_cjk_font() -> str:
    """Register the pip-installed Noto Sans CJK font with matplotlib; return its family.

    The font ships in the ``noto-cjk-sans-otc`` package (SIL Open Font License), so
    figures render Chinese the same way on every machine, without system fonts.

    Examples
    --------
    >>> register_cjk_font()
    'Noto Sans CJK SC'
    """
    from matplotlib import font_manager
    from noto_cjk_sans_otc import FONT_PATH

    path = str(FONT_PATH)
    if not any(f.fname == path for f in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(path)
    return CJK_FAMILY


def use_style() -> None:
    """Set the shared figure style: CJK font, sizes, palette, no chart junk.

    Examples
    --------
    >>> use_style()
    >>> import matplotlib
    >>> matplotlib.rcParams["font.family"][0]
    'Noto Sans CJK SC'
    """
    import matplotlib as mpl
    from cycler import cycler

    family = register_cjk_font()
    mpl.rcParams.update(
        {
            "font.family": [family, "DejaVu Sans"],
            "font.size": 10,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.labelsize": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.prop_cycle": cycler(color=PALETTE),
            "axes.unicode_minus": False,
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
    fig.savefig(path, dpi=DPI, metadata={"Software": None}, bbox_inches="tight",
                facecolor="white")
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

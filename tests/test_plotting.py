"""Figures use only fonts shipped by the project's pip dependencies, never system fonts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = textwrap.dedent(
    """
    import json, sys
    from matplotlib import font_manager
    extra = sys.argv[1:]
    for path in extra:  # a "system" copy of the CJK font, outside the environment
        font_manager.fontManager.addfont(path)
    from vocstudy.plotting import resolved_font_files, use_style
    use_style()
    files = resolved_font_files()
    print(json.dumps({"|".join(k): v for k, v in files.items()}))
    """
)


def _resolve(tmp_path: Path, *extra: str) -> dict[str, str]:
    env = dict(os.environ, MPLCONFIGDIR=str(tmp_path / "mplconfig"))  # a fresh font cache
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *extra], env=env, check=True, capture_output=True, text=True
    )
    assert "findfont" not in out.stderr, out.stderr
    return json.loads(out.stdout)


def test_every_font_of_the_style_lies_inside_the_environment(tmp_path):
    files = _resolve(tmp_path)
    assert len(files) == 8  # 2 families × 2 weights × 2 styles
    for key, path in files.items():
        assert Path(path).resolve().is_relative_to(Path(sys.prefix).resolve()), (key, path)
    assert {Path(p).name for p in files.values()} == {
        "NotoSansCJK-Regular.ttc",
        "DejaVuSans.ttf",
        "DejaVuSans-Oblique.ttf",
    }


def test_a_system_copy_of_the_same_font_is_never_picked(tmp_path):
    from noto_cjk_sans_otc import FONT_PATH

    system = tmp_path / "usr-share-fonts" / "NotoSansCJK-Regular.ttc"
    system.parent.mkdir()
    shutil.copyfile(FONT_PATH, system)
    files = _resolve(tmp_path, str(system))
    assert all(not p.startswith(str(tmp_path)) for p in files.values()), files


def test_the_style_uses_one_weight_only():
    import matplotlib as mpl

    from vocstudy.plotting import WEIGHT, use_style

    use_style()
    for key in ("font.weight", "axes.titleweight", "axes.labelweight", "figure.titleweight"):
        assert mpl.rcParams[key] == WEIGHT == "normal", key


def test_no_notebook_asks_for_a_weight_that_is_not_shipped():
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            src = "".join(cell["source"])
            assert "bold" not in src, (path.name, src[:80])

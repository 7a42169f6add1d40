"""A CJK font that the install provides (Noto Sans SC, SIL OFL, from the pylopdf-fonts-zh-cn package)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def cjk_font_path() -> Path:
    """Path of the bundled Noto Sans SC font file."""
    import pylopdf_fonts_zh_cn
    return Path(pylopdf_fonts_zh_cn.sans_path())


@lru_cache(maxsize=1)
def cjk_font_name() -> str:
    """Register the CJK font with matplotlib; returns its family name."""
    from matplotlib import font_manager
    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()

"""A CJK font that the install provides (Noto Sans SC, SIL OFL, from the pylopdf-fonts-zh-cn package)."""
from __future__ import annotations

import base64
import io
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


def subset_woff(chars: str) -> bytes:
    """The CJK font cut down to the given characters, as WOFF (the licence names are kept)."""
    from fontTools import subset
    options = subset.Options()
    options.flavor = "woff"
    options.name_IDs = ["*"]          # keep copyright and the SIL OFL notice inside the font
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    buf = io.BytesIO()
    with subset.load_font(str(cjk_font_path()), options, lazy=True) as font:
        sub = subset.Subsetter(options)
        sub.populate(text="".join(sorted(set(chars))))
        sub.subset(font)
        subset.save_font(font, buf, options)
    return buf.getvalue()


def font_notice() -> str:
    """The font's own copyright and licence lines (name table ids 0, 13, 14)."""
    from fontTools.ttLib import TTFont
    with TTFont(str(cjk_font_path()), lazy=True) as font:
        names = font["name"]
        return " ".join(str(names.getDebugName(i) or "") for i in (1, 0, 13, 14)).strip()


def font_face_css(chars: str, family: str = "GovkgCJK") -> str:
    """An @font-face rule embedding the subset font as base64, so the page needs no installed CJK font."""
    data = base64.b64encode(subset_woff(chars)).decode("ascii")
    notice = font_notice().replace("*/", "* /")
    return (f"/* Font: subset of {notice} */\n"
            f"@font-face{{font-family:'{family}';src:url(data:font/woff;base64,{data}) format('woff');"
            f"font-display:block}}")

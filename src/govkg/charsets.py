"""Bytes -> text: strict UTF-8 first, then BOMs and UTF-16, then GB18030 versus Big5.

Statistical detection is unreliable on short Chinese text, so the order is fixed and cheap:
UTF-8 (the common case, and strict UTF-8 almost never decodes anything else), byte order
marks, UTF-16 by where its NUL bytes fall, then GB18030 and Big5, keeping the one that decodes
cleanly and whose Han characters are the commoner ones (a wrong legacy codec yields rare
characters). charset-normalizer is the last resort, trusted only for a Chinese or Unicode codec.
"""
from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache

from .errors import InputError

# UTF-32 before UTF-16: FF FE 00 00 starts both.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
LEGACY = ("gb18030", "big5")
# Codecs charset-normalizer may propose that we accept as a last resort.
TRUSTED = {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "hz", "utf_16", "utf_16_le",
           "utf_16_be", "utf_32", "utf_8"}
# what a page's declared charset really means (browsers read gb2312 and gbk as gb18030)
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}
PLAUSIBLE = 0.8      # share of Han characters that must be common for a guessed decoding


@lru_cache(maxsize=1)
def common_han() -> frozenset[str]:
    """The common Han characters: GB2312 level 1 (3755 Simplified) and Big5's frequent block (5401)."""
    chars: set[str] = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            chars.update(bytes((hi, lo)).decode("gb2312", errors="ignore"))
    for hi in range(0xA4, 0xC7):
        for lo in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (hi << 8 | lo) <= 0xC67E:
                chars.update(bytes((hi, lo)).decode("big5", errors="ignore"))
    return frozenset(chars)


def is_han(ch: str) -> bool:
    """A CJK unified ideograph (basic block, extension A, or compatibility)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff" \
        or unicodedata.name(ch, "").startswith("CJK UNIFIED")


def commonness(text: str) -> float:
    """Share of the Han characters that are common ones (1.0 when there are none)."""
    common = common_han()
    han = [c for c in text if is_han(c)]
    return sum(c in common for c in han) / len(han) if han else 1.0


def looks_like_text(text: str) -> bool:
    """No control characters besides whitespace, and mostly common Han characters."""
    controls = sum(unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\t\n\r\f\v" for c in text)
    return controls <= len(text) // 100 and commonness(text) >= PLAUSIBLE


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters put their NUL bytes on odd (LE) or even (BE) offsets."""
    if len(data) % 2:
        return None
    # a few NULs fall the other way: the low byte of 一 (U+4E00) and its like
    even, odd = data[0::2].count(0), data[1::2].count(0)
    codec = "utf-16-le" if odd > 4 * even else "utf-16-be" if even > 4 * odd else None
    text = _try(data, codec) if codec else None
    return text if text is not None and looks_like_text(text) else None


def _best_legacy(data: bytes) -> str | None:
    """GB18030 or Big5, whichever decodes and gives commoner characters (GB18030 on a tie)."""
    found = [(commonness(t), -i, t) for i, codec in enumerate(LEGACY) if (t := _try(data, codec)) is not None]
    if not found:
        return None
    score, _, text = max(found)
    return text if score >= PLAUSIBLE else None


def _normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is None or best.encoding not in TRUSTED:
        return None
    text = str(best)
    return text if looks_like_text(text) else None


def decode_bytes(path: object, data: bytes, encoding: str | None = None, hint: str | None = None) -> str:
    """Bytes -> text with the given encoding, or detected (a declared hint tried after UTF-8); InputError if neither works."""
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid {encoding} at byte {exc.start}") from None
    for bom, codec in BOMS:
        text = _try(data, codec) if data.startswith(bom) else None
        if text is not None and (codec == "utf-8-sig" or looks_like_text(text)):
            return text.removeprefix("\ufeff")
    if b"\x00" in data:
        text = _utf16_by_nuls(data)
        if text is None:
            raise InputError(path, "the file looks binary (it contains NUL bytes), not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    hinted = _try(data, SUPERSETS.get(hint, hint)) if hint else None
    if hinted is not None and looks_like_text(hinted):
        return hinted
    text = _best_legacy(data) or _normalizer_guess(data)
    if text is None:
        raise InputError(path, f"not valid UTF-8 at byte {utf8_error}, nor GB18030, Big5 or UTF-16; "
                               "name the encoding with --encoding")
    return text

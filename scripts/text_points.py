"""The characters a text file can put on screen, for the font subset (subset-font.py) and the
first view's glyph list (stage-site.py). C++ sources spell most of their non-ASCII characters as
escapes ("Fran\\xC3\\xA7ais", "\\u2212"), so escapes count as the characters they stand for."""
import re
import unicodedata

_BYTE_ESCAPES = re.compile(r"(?:\\x[0-9A-Fa-f]{2})+")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})")


def _drawn(c):
    """Whether a character is drawn: not a control or format character (a byte-order mark)."""
    return unicodedata.category(c) not in ("Cc", "Cf")


def text_points(text):
    """The code points drawn from a text, with the C++ escapes of a source decoded: runs of
    \\xHH as UTF-8 bytes, \\uHHHH as one character."""
    chars = set(text)
    for run in _BYTE_ESCAPES.findall(text):
        chars.update(bytes(int(run[i + 2:i + 4], 16) for i in range(0, len(run), 4)).decode("utf-8", errors="ignore"))
    chars.update(chr(int(code, 16)) for code in _UNICODE_ESCAPE.findall(text))
    return {ord(c) for c in chars if _drawn(c)}

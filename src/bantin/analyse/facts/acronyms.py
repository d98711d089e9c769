"""Acronyms that are common nouns, not names: units and technical terms ("16 GB", "LTE",
"VXL"), and an acronym an article defines for a common noun phrase ("huấn luyện viên
(HLV)", "lở mồm long móng (LMLM)"), which it then uses as a word ("dịch LMLM").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Sentence
from .lexicon import fold

# abbreviations of nouns for people: one opening a name says whose people they are ("CĐV
# Arsenal": the club's fans; "NĐT": investors)
PEOPLE_ABBREVIATIONS = frozenset(fold(word) for word in ("CĐV", "NĐT"))
# Vietnamese abbreviations of common nouns: "an ninh trật tự", "phòng cháy chữa cháy", "cảnh
# sát giao thông" (the force, no one body), "hội đồng xét xử", "thương mại điện tử", "sân vận
# động", "công nghệ thông tin", "đại biểu Quốc hội" (a deputy), "khu phố", and units and
# technical terms written in capitals or mixed case
COMMON_ACRONYMS = PEOPLE_ABBREVIATIONS | frozenset(
    fold(word)
    for word in ("ANTT", "ATGT", "TTATGT", "TNGT", "PCCC", "CSGT", "HĐXX", "TMĐT", "SVĐ",
                 "CNTT", "IT", "BĐS", "ATTP", "VSATTP", "GPMB", "KT-XH", "ĐBQH", "KP",
                 "KB", "MB", "GB", "TB", "Kbps", "Mbps", "Gbps", "MHz", "GHz", "mAh", "MP",
                 "Dpi", "VXL", "LTE", "HSPA", "DC-HSPA", "A-GPS", "GPS", "GLONASS", "HDD",
                 "SSD", "RAM", "ROM", "CPU", "GPU", "USB", "NFC", "LED", "LCD", "OLED",
                 "AMOLED", "HD", "3G", "4G", "5G", "microSD", "kW", "MW", "GW", "kWh", "MWh",
                 "GWh", "VIP", "CNG", "LNG", "LPG",
                 # anti-corruption, a textbook, conference tourism
                 "PCTN", "SGK", "MICE",
                 # good agricultural practice, a standard ("VietGAP" names one)
                 "GAP")
)  # fmt: skip
_BRACKETED = re.compile(r"\(\s*([A-ZĐ]{2,8})\s*\)")


def defined_common_acronyms(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Folded acronyms the article defines in brackets after lower-case words whose initials
    they are: "huấn luyện viên (HLV)" (not "Ủy ban nhân dân (UBND)", a name)."""
    defined: set[str] = set()
    for sentence in sentences:
        if "(" not in sentence.text:
            continue
        for match in _BRACKETED.finditer(sentence.text):
            acronym = fold(match.group(1))
            before = sentence.text[max(0, match.start() - 80) : match.start()]
            words = before.replace("-", " ").split()[-len(acronym) :]
            initials = "".join(fold(w)[0] for w in words)
            if all(w.isalpha() and w.islower() for w in words) and initials == acronym:
                defined.add(acronym)
    return frozenset(defined)

"""Words of a sentence that credit a source rather than name anything in the story: an
agency's tag opening it ("(GDVN) -", "TPO –"), a photo credit ("Ảnh: Văn Nam - TTXVN"), a
source line run into the text ("Lan Anh Theo Lao Động").
"""

from __future__ import annotations

from .kinds import NameKinds
from .lexicon import is_acronym, is_capitalised
from .spans import NUMBERED_LEVEL
from .syllables import is_camel, is_vietnamese, vietnamese_shaped

_CREDITS = frozenset({"ảnh", "nguồn", "clip", "video", "đồ họa", "đồ hoạ"})


class CreditReading(NameKinds):
    """Span finders that also tell a credit from a name."""

    def before_credit(self, end: int) -> bool:
        """A name right before a source line run into the text is its author's: "Lan Anh
        Theo Lao Động"."""
        return end < len(self.syl.text) and self.syl.text[end] == "Theo"

    def source_tag_end(self) -> int:
        """Syllables of an agency tag opening the sentence ("(GDVN) -", "TPO –"), else 0."""
        text = self.syl.text
        for k, syllable in enumerate(text[:5]):
            if syllable in ("-", "–") or (syllable == ")" and text[0] == "("):
                tag = [t for t in text[:k] if t not in "()"]
                # "Ông Đỗ Kim Tuyến - đại biểu ...": a titled person or a Vietnamese name
                # opening the sentence is its subject, not an agency; so is any name a
                # lower-case description follows ("Yoshio Kimura - chủ tịch Ủy ban ..."),
                # where an agency's tag opens the story's first sentence
                described = text[0] != "(" and k + 1 < len(text) and text[k + 1][:1].islower()
                # "Bộ TN - MT phê duyệt": a body's head opens its name, abbreviated fields
                # joined by a dash, and no agency's tag
                headed = self.syl.org_head_at(0) > 0
                named = self.syl.title_at(0) > 0 or self._person_at(0) or described or headed
                tagged = all(is_capitalised(t) or is_camel(t) for t in tag)  # "(iHay)"
                return k + 1 if tag and not named and tagged else 0
        return 0

    def credit_label_at(self, i: int) -> bool:
        """ "Ảnh TỰ TRUNG": a credit's label, its colon left out, before a photographer's name
        in capitals (an agency after it is still named: "(Ảnh AP)")."""
        text = self.syl.text
        return (
            self.syl.keys[i] in _CREDITS
            and is_capitalised(text[i])
            and i + 1 < len(text)
            and is_acronym(text[i + 1])
            and is_vietnamese(text[i + 1])
        )

    def credited_initial(self, i: int) -> bool:
        """ "Ảnh: Q. ĐỊNH", "P. THẢO": a photographer's initial before a name in capitals, no
        abbreviated district or ward (those are written "Q. Bình Tân", "P. 5")."""
        text = self.syl.text
        return (
            NUMBERED_LEVEL.fullmatch(text[i]) is not None
            and i + 1 < len(text)
            and is_acronym(text[i + 1])
            and vietnamese_shaped(text[i + 1])
        )

    def after_credit(self, i: int) -> bool:
        """A name right after "Ảnh:" or "Nguồn:", or in "(theo AFP)", is a credit."""
        text, keys = self.syl.text, self.syl.keys
        if i >= 1 and text[i - 1] == "Theo" and not self.syl.at_start[i - 1]:
            return True  # a source line run into the text: "Lan Anh Theo Lao Động"
        if i >= 1 and text[i - 1] in ("-", "–") and ":" in text[max(0, i - 6) : i]:
            colon = max(k for k in range(max(0, i - 6), i) if text[k] == ":")
            return self.after_credit(colon + 1)  # "Ảnh: Văn Nam - TTXVN"
        if i >= 1 and self.credit_label_at(i - 1):
            return True  # the colon left out: "- Ảnh NHẬT KHÁNH"
        return i >= 2 and (
            (text[i - 1] == ":" and keys[i - 2] in _CREDITS)
            or (keys[i - 1] == "theo" and text[i - 2] == "(")
        )

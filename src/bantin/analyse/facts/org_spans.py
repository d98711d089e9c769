"""Where an organisation's name ends after its head ("Bộ" + "Ngoại giao Niger").

Vietnamese capitalises only the first word of an organisation's name ("Ngân hàng Đầu tư
và Phát triển nông thôn"), so capitalisation alone does not find its end: lower-case words
belong to the name when a closing word or another name follows them before any verb or
function word.
"""

from __future__ import annotations

from .lexicon import (
    ADMIN_LEVELS,
    ARMED_SERVICES,
    FIRM_HEADS,
    FORMS_OF_ADDRESS,
    LEGAL_FORMS,
    LOC_CUES,
    LOCATIVES,
    MISSION_HEADS,
    NAME_STOPS,
    NAMED_FOR_PEOPLE,
    OBJECT_TAKING,
    ORG_SUFFIXES,
    ORG_TAILS,
    PARENT_HEADS,
    SELF_NAMED_HEADS,
    VERBS_AFTER_NAMES,
    PhraseTable,
    common_compounds,
    common_words,
    fold,
    is_acronym,
    is_capitalised,
    phrases,
)
from .spans import NameSpans
from .syllables import is_particle_name, is_vietnamese, vietnamese_shaped

# Fields of a department or a police branch, written in lower case after their first word
# ("Sở Giao thông vận tải", "Phòng Cảnh sát phòng cháy chữa cháy quận 12"): part of the
# name even where nothing capitalised closes it; the "và" joining two fields is often left
# out ("Bộ Thông tin truyền thông", "Sở Kế hoạch đầu tư").
_WRITTEN_FIELDS = phrases(
    "giao thông vận tải", "giao thông công chính", "tài nguyên và môi trường",
    "lao động - thương binh và xã hội", "lao động thương binh và xã hội",
    "lao động, thương binh và xã hội",
    "nông nghiệp và phát triển nông thôn", "kế hoạch và đầu tư", "thông tin và truyền thông",
    "văn hóa thể thao và du lịch", "văn hóa, thể thao và du lịch", "khoa học và công nghệ",
    "giáo dục và đào tạo", "quản lý thị trường", "phòng cháy chữa cháy",
    "phòng cháy chữa cháy và cứu nạn cứu hộ", "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    *(f"cảnh sát {branch}" for branch in (
        "phòng cháy chữa cháy", "phòng cháy chữa cháy và cứu nạn cứu hộ", "pccc", "pccc và cnch",
        "phòng cháy, chữa cháy và cứu nạn, cứu hộ", "giao thông", "hình sự", "kinh tế",
        "điều tra", "cơ động", "môi trường", "phòng, chống tội phạm", "biển", "đường thủy",
        "đường thuỷ", "giao thông đường thủy", "giao thông đường bộ",
    )),
    # a steering committee's, in either order: "Ban chỉ huy Phòng chống thiên tai và tìm kiếm
    # cứu nạn tỉnh X", "Ban chỉ huy Tìm kiếm cứu nạn và phòng chống thiên tai huyện Y"
    *(joiner.join(order)
      for prevention in ("phòng chống", "phòng, chống")
      for disasters in ("thiên tai", "lụt bão")
      for joiner in (" và ", " - ", ", ", " & ")
      for rescue in ("tìm kiếm cứu nạn", "tìm kiếm cứu hộ cứu nạn", "tìm kiếm cứu nạn cứu hộ")
      for order in ((f"{prevention} {disasters}", rescue), (rescue, f"{prevention} {disasters}"))),
    # the crimes an investigation branch deals with: "Phòng CSĐT tội phạm về ma túy Công an
    # tỉnh Quảng Nam", "Cảnh sát điều tra tội phạm về kinh tế và chức vụ"
    *(f"{branch} tội phạm về {crimes}" for branch in ("cảnh sát điều tra", "csđt") for crimes in (
        "ma túy", "trật tự xã hội", "kinh tế", "kinh tế và chức vụ", "quản lý kinh tế và chức vụ",
        "trật tự quản lý kinh tế và chức vụ", "tham nhũng", "buôn lậu", "môi trường",
        "công nghệ cao", "tham nhũng, kinh tế, buôn lậu", "kinh tế, tham nhũng, buôn lậu",
    )),
)  # fmt: skip
_FIELDS = PhraseTable(
    _WRITTEN_FIELDS | {tuple(word for word in field if word != "và") for field in _WRITTEN_FIELDS}
)
_LOWER_CASE_REACH = 5
# heads of government departments, which a field in lower case may name alone
_DEPARTMENT_HEADS = PhraseTable(phrases("cục", "tổng cục", "chi cục", "sở"))
# what a department named by its head alone is asked to do: "chỉ đạo Tổng cục rà soát quy
# định", "để Sở giám sát"
_DEPARTMENT_TASKS = PhraseTable(phrases("rà soát", "giám sát", "xem xét", "theo dõi", "báo cáo"))
# words of a body's trade holding "không" (not), which stops a name elsewhere
_AIR_WORDS = phrases("hàng không", "phòng không", "không quân", "không gian", "không lưu")
_WRITTEN_LEGAL_FORMS = PhraseTable(
    phrases(
        "cổ phần", "trách nhiệm hữu hạn", "một thành viên", "hai thành viên",
        "hai thành viên trở lên",
    )
)  # fmt: skip
# a firm's trade written out before its name: "đầu tư xây dựng và phát triển hạ tầng"
_MAX_TRADE_WORDS = 12
_MAX_OBJECT_WORDS = 3
# the National Assembly, whose deputies a province has but no assembly of its own
_ASSEMBLY = ("quốc", "hội")
# "Chính quyền Afghanistan", "Chính quyền tỉnh Paktika": a place's administration
_ADMINISTRATION = ("chính", "quyền")
# words after a number that make it a quantity
_QUANTITY_WORDS = frozenset(
    {"triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "%", "người", "năm", "tuổi", "ha", "km",
     "tháng", "tuần", "ngày", "giờ", "phút", "lần"}
)  # fmt: skip
# units a number after "số" tells apart: "Đội tuần tra kiểm soát giao thông số 2"
_NUMBERED_UNITS = phrases(
    "đội", "trạm", "phòng", "tổ", "đồn", "trại", "bệnh viện", "nhà máy", "xí nghiệp",
    "chi nhánh", "kho", "cụm",
)  # fmt: skip
# forces and their services numbered after their kind, written lower case inside a
# capitalised name: "Cục Hậu cần Quân khu 9", "Bệnh viện Quân y 175"
_NUMBERED_FORCES = phrases(
    "quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "hải đoàn",
    "binh đoàn", "quân y",
)  # fmt: skip
# the digits a unit's number may have ("Bệnh viện Quân y 175"), where a short number has two
_UNIT_NUMBER_DIGITS = 3
# words after a house's number: "số 12 đường Lê Lợi"
_STREET_WORDS = frozenset({"đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "tổ", "ấp", "thôn"})


class OrganisationSpans(NameSpans):
    """Span finders for organisations' names, over the person and product spans."""

    def _foreign_person_after(self, start: int, head_end: int, end: int) -> bool:
        """Two foreign words after a Vietnamese word of a name a title opens are the
        title holder's name: "Chủ tịch Đảng Cộng sản Kazuo Shii", "lãnh đạo Cảnh sát Quốc
        gia Ronald Bato Dela Rosa" (in "Ngân hàng Standard Chartered" they are the name)."""
        syl = self.syl
        return (
            head_end < end < len(syl.text) - 1
            and vietnamese_shaped(syl.text[end - 1])
            # (a surname may be spelled like a Vietnamese syllable: "Desmond Lee")
            and not vietnamese_shaped(syl.text[end])
            and not is_vietnamese(syl.text[end + 1])
            and not is_acronym(syl.text[end])  # "Công đoàn Công ty TNHH Lixil": a firm's form
            and self.foreign_word_at(end)
            and self.foreign_word_at(end + 1)
            and syl.title_ends_at(start, reach=4)
        )

    def _longer_place(self, i: int) -> bool:
        """A place after a level of government goes on past a country's or a province's name
        at ``i``: "huyện Đức Phổ", "xã Mỹ Hòa" (not "tỉnh Quảng Ngãi Trần Ngọc Căng")."""
        syl = self.syl
        return (
            i < len(syl.text)
            and is_capitalised(syl.text[i])
            and is_vietnamese(syl.text[i])
            and i not in self.gaz
            and not (i + 1 < len(syl.text) and syl.in_dictionary_word(i + 1))  # "Phê duyệt"
            and not self._person_at(i)
            and syl.title_at(i) == i
        )

    def _foreign_name_goes_on(self, place: int, place_end: int) -> bool:
        """The place at ``place`` is written in another language than its Vietnamese name
        ("China", not "Trung Quốc") and a foreign word follows: a name it opens."""
        syl = self.syl
        written = " ".join(syl.text[place:place_end])
        return (
            place_end < len(syl.text)
            and fold(written) != fold(self.gaz[place].entry.canonical)
            and not any(map(vietnamese_shaped, syl.text[place : place_end + 1]))
            and is_capitalised(syl.text[place_end])
        )

    def _brand_words_end(self, i: int) -> int:
        """End of the foreign words naming one of a brand's firms from ``i`` on ("Pearl",
        "Electronics", "HP")."""
        syl = self.syl
        while self.product_word(i) or (
            i < len(syl.text)
            and is_capitalised(syl.text[i])
            and (syl.keys[i] in ORG_SUFFIXES or (is_acronym(syl.text[i]) and i not in self.gaz))
        ):
            i += 1
        return i

    def _inside_place_name(self, i: int) -> bool:
        """A one-syllable country between syllables of a place a level names: "UBND xã Tam
        Anh Nam" (not England, and not the commune of "Tam" and a man named Nam)."""
        syl, k = self.syl, i
        while k > 0 and is_capitalised(syl.text[k - 1]) and is_vietnamese(syl.text[k - 1]):
            k -= 1
        after = self.gaz[i].end
        return (
            k < i
            and after == i + 1
            and after < len(syl.text)
            and is_capitalised(syl.text[after])
            and is_vietnamese(syl.text[after])
            and any(k >= size and syl.phrase_at(k - size, ADMIN_LEVELS) == k for size in (1, 2))
        )

    def org_name(self, start: int, head_end: int) -> int:
        """End of an organisation's name after its head ("Bộ" + "Ngoại giao Niger").

        A gazetteer organisation right after the head is the name itself ("hãng Reuters"),
        and a gazetteer name closes the organisation: what follows is someone's name
        ("Chủ tịch Ủy ban ECOWAS Omar Alieu Touray"). Lower-case words continue the name
        when a closing word or a capitalised name follows them ("Viện Vệ sinh dịch
        tễ trung ương", "Hội Nông dân tập thể Việt Nam"); a school's or a hospital's name
        may be a person's ("Trường THPT tư thục Hà Huy Tập").
        """
        if (lower := self._lower_field_only(start, head_end)) > head_end:
            return lower  # "Cục trồng trọt, Cục bảo vệ thực vật và ..."
        # a field that is also a newspaper's name is the field: "Bộ Lao động - Thương binh"
        field = _FIELDS.end(self.syl.keys, head_end)
        if (
            field == head_end
            and head_end in self.gaz
            and self.gaz[head_end].entry.type != "LOC"
            and not self._common_words_in_name(head_end)
            # "Bệnh viện Nhân Dân 115": a hospital's number after it makes it the name's
            and not self._short_number_at(self.gaz[head_end].end, _UNIT_NUMBER_DIGITS)
        ):
            return head_end
        syl, end, n = self.syl, head_end, len(self.syl.text)
        if (
            syl.phrase_at(start, SELF_NAMED_HEADS) == head_end
            and head_end < n
            and head_end not in self.gaz
            # a foreign name ("Nancy Pelosi"), not a Vietnamese one whose first syllable
            # has no mark ("Huyện ủy Tri Tôn")
            and not is_vietnamese(syl.text[head_end])
            and not (
                head_end + 1 < n
                and is_capitalised(syl.text[head_end + 1])
                and is_vietnamese(syl.text[head_end + 1])
            )
            and syl.phrase_at(head_end, ADMIN_LEVELS) == head_end  # "Đoàn ĐBQH TP Đà Nẵng"
        ):
            return head_end  # "chủ tịch Hạ viện Nancy Pelosi": the name is someone's
        if (
            self._self_named(head_end)
            and head_end < n
            and syl.title_at(head_end) > head_end
            and syl.keys[head_end] not in FORMS_OF_ADDRESS  # "Chính phủ Anh": the country's
        ):
            return head_end  # "Chính phủ Thủ tướng Turnbull": the body, then who leads it
        if syl.keys[start:head_end] == _ADMINISTRATION and not (
            self._place_at(head_end) or syl.phrase_at(head_end, ADMIN_LEVELS) > head_end
        ):
            return head_end  # "Chính quyền Trump": whose, not a body's name
        if syl.keys[start:head_end] == _ASSEMBLY and self._home_place_at(head_end):
            return head_end  # "đại biểu Quốc hội tỉnh Gia Lai": deputies of the one assembly
        for_people = syl.phrase_at(start, NAMED_FOR_PEOPLE) == head_end
        placed = False  # just after a level of government: a place's name follows
        if (trade := self._firm_trade_end(start, head_end)) > head_end:
            # the firm's name follows its legal form and trade as a place its level does
            end, placed = trade, True
        while end < n:
            if (field := _FIELDS.end(self.syl.keys, end)) > end:
                end = field
                continue
            if (
                end in self.gaz
                and not self._common_words_in_name(end)
                # a country opening the head's first field: "Ủy ban Pháp_luật", "Vụ Pháp_chế"
                # (law, not France; but "Đảng Cộng sản Pháp nhân chuyến thăm": the French party)
                and not (end == head_end and self.opens_common_word(end))
                and not self._inside_place_name(end)
            ):
                place_end = self.gaz[end].end
                if self._foreign_name_goes_on(end, place_end):
                    # "Công ty tư vấn China Market Research": a country's English name
                    # opening the firm's
                    end = place_end
                    continue
                firm = self._firm_name_at(start, head_end, end)
                if (
                    (placed or firm)
                    and self.gaz[end].entry.type == "ORG"
                    and (words := self._brand_words_end(place_end)) > place_end
                    # "CEO công ty Google Sundar Pichai": after a title two are its holder's
                    and not (syl.title_ends_at(start, reach=4) and words > place_end + 1)
                ):
                    # "Công ty CP đầu tư Sabeco Pearl", "Công ty TNHH Samsung Electronics Việt
                    # Nam": one of a group's firms
                    end = words
                    continue
                if (placed or firm) and self._longer_place(place_end):
                    # "UBND huyện Đức Phổ", "Công ty TNHH Mỹ Hưng", "Công ty Nhật Cường": a
                    # Vietnamese name opening with a country's, not Germany, the US or Japan
                    end, placed = place_end + 1, False
                    continue
                numbered = self.gaz[end].entry.type == "ORG" and self._short_number_at(
                    place_end, _UNIT_NUMBER_DIGITS
                )
                end = place_end + 1 if numbered else place_end  # "Bệnh viện Nhân Dân 115"
                # "Trung tâm Văn hóa Hàn Quốc tại Việt Nam": a body's seat in another country
                seat = end + 1 < n and syl.keys[end] == "tại" and end + 1 in self.gaz
                mission = syl.phrase_at(start, MISSION_HEADS) == head_end
                if seat and (self._country_at(end + 1) or (mission and self._place_at(end + 1))):
                    end = self.gaz[end + 1].end
                # "Hội đồng Khảo cổ học Ai Cập tối cao": a closing word after the place
                return max(end, syl.phrase_at(end, ORG_TAILS)) if end < n else end
            if not placed and not for_people and self._person_at(end):
                # a person's name after the organisation: "Thành ủy Nguyễn Công Soái",
                # "Giám đốc Sở Nguyễn Văn A"; but a firm is named so ("Công ty Hoàng Long",
                # "Công ty Huỳnh Văn Nô"), and so is a body no title holds a seat in that
                # names nothing on its own ("tại Viện Khổng Tử")
                if end > head_end:
                    break
                firm = syl.phrase_at(start, FIRM_HEADS) == head_end
                # (a title may end on the body's head: "Trưởng Ban Nguyễn Xuân Cường")
                titled = syl.title_ends_at(start, 4) or syl.title_ends_at(start + 1, 4)
                if not firm and (titled or self._self_named(head_end)):
                    break
                end = self.name_run(end)
                continue
            if self._foreign_person_after(start, head_end, end):
                break  # "Chủ tịch Đảng Cộng sản Kazuo Shii"
            placed = False
            if end > head_end and (particle := self.particle_end(end)) > end:
                end = particle  # "Hayat Tahrir al - Sham"
                continue
            text = syl.text[end]
            if (
                is_capitalised(text)
                or (syl.continues_word[end] and not self._stops_name(end))
                or is_particle_name(text)
                or (end > head_end and self._completes_capitalised_word(end))
            ):
                end += 1
                continue
            # "Công an huyện Sông Cầu", "UBND xã Tân Lập", "Công an quận 5"
            joint = syl.phrase_at(end, LOC_CUES if end > head_end else ADMIN_LEVELS)
            if joint > end and joint < n and is_capitalised(syl.text[joint]):
                # "Trung tâm Văn hóa Hàn Quốc tại Việt Nam", not "CLB X tại J.League"
                known_place = self._place_at(joint)
                if not known_place and syl.keys[end] == "tỉnh" and self._person_at(joint):
                    # no province is named after a person, as wards and districts may be:
                    # "Phó chủ tịch UBND tỉnh Nguyễn Văn Dũng" is the body and its officer
                    return joint
                if known_place or syl.phrase_at(end, LOCATIVES) == end:
                    end, placed = joint, True
                    continue
                break
            if text.isdigit() and syl.phrase_at(end - 1, ADMIN_LEVELS) == end:
                end += 1  # "UBND P. 5": the abbreviated level read as a capitalised word
                continue
            if (
                self._unit_number_at(end)
                or self._force_number_at(end)
                or self._firm_number_at(start, head_end, end)
            ):
                end += 1  # "Nhà máy nhiệt điện Vĩnh Tân 1", "Quân khu 9": the unit's number
                continue
            if (
                end > head_end
                and syl.keys[end] == "số"
                and syl.phrase_at(start, _NUMBERED_UNITS) > start
                and self._numbered_unit_at(end + 1)
            ):
                end += 2  # "Đội tuần tra kiểm soát giao thông số 2"
                continue
            if (joint > end or end == head_end) and syl.text[min(joint, n - 1)].isdigit():
                end = joint + 1  # "Công an quận 5", "Đội 3", "Bệnh viện 108"
                continue
            if end == head_end and joint > end:
                return joint  # "Công an tỉnh", "UBND huyện": the body of the story's place
            if end > head_end and text == "/" and self._acronym_pair_at(end):
                end += 2  # "Cục Phòng, chống HIV/AIDS"
                if end < n and self._another_body_at(end):
                    return end  # "... HIV / AIDS Bộ Y tế": the ministry is another body
                continue
            if end > head_end and text in "-–" and self._country_pair_at(end):
                end = self.gaz[end + 1].end  # "Trường mầm non Việt - Lào"
                continue
            if end > head_end and (syl.keys[end] in ("và", "&") or text in ",-–"):
                # "Sở Văn hóa, Thể thao và Du lịch", "Bộ Giáo dục - Đào tạo", "Bộ NN & PTNT";
                # a dash after a longer name opens a part of it: "Ngân hàng X và Y - Chi
                # nhánh Z"
                nxt = end + 1
                fields = sum(
                    is_capitalised(syl.text[k]) and not syl.continues_word[k]
                    for k in range(head_end, end)
                )
                # a service paired by a dash is one of the name's fields: "Quân chủng Phòng
                # không - Không quân"
                service = text in "-–" and syl.phrase_at(nxt, ARMED_SERVICES) > nxt
                # the fields a comma lists go on to the "và" closing them: "Ủy ban Văn hóa,
                # Giáo dục, Thanh niên, Thiếu niên và Nhi đồng" ("Thanh niên" is no paper)
                listed = self._enumeration_end(nxt) if text == "," else nxt
                if (
                    nxt < n
                    and is_capitalised(syl.text[nxt])
                    and (service or not (nxt in self.gaz or self._is_head(nxt)))
                    and not self._person_at(nxt)
                    and (text != "," or listed > nxt)
                    and (text not in "-–" or fields == 1)
                ):
                    end = listed
                    continue
                # fields after the first written lower case: "Sở Giáo dục và đào tạo",
                # "Phòng Kế hoạch - tài chính", "Cục Phát thanh, truyền hình và thông tin"
                # a dash pairs two fields ("Bộ Kế hoạch - đầu tư"): what follows the second is
                # the sentence again ("thẩm định")
                # "phòng, chống" (prevent and combat) is one field: "Cục Phòng, chống tệ nạn
                # xã hội"
                prevention = syl.keys[end - 1] == "phòng" and syl.keys[nxt] == "chống"
                lower = (
                    self._lower_enumeration_end(nxt)
                    if text == "," and not prevention
                    else self._field_end(nxt + prevention, compounds=1 if text in "-–" else 2)
                )
                # after a place's name a dash closes an apposition: "bí thư Đảng ủy xã Tân
                # Hộ Cơ - hoàn trả", "bí thư Huyện ủy Tân Hồng - hoàn trả"
                placed_name = self._self_named(head_end) or any(
                    syl.phrase_at(k, ADMIN_LEVELS) > k for k in range(head_end, end)
                )
                # and only after a field, written with its first syllable capitalised ("Kế
                # hoạch", "Than"), not after a name written all capitalised ("Công ty Minh
                # Phát và khách hàng", "Công ty Minh Phát - chia sẻ", "Bộ GTVT và nhà đầu tư")
                field_named = not is_capitalised(syl.text[end - 1]) or (
                    end - 1 == head_end and syl.keys[head_end] in common_words()
                )
                if (
                    lower > nxt
                    and field_named
                    and (text not in "-–" or (fields == 1 and not placed_name))
                ):
                    end = lower
                    continue
                break
            # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch"; a body named by its head alone
            # has no fields: "Chính phủ quy định trình tự, thủ tục và ..." is what it does
            fielded = end > head_end or not self._self_named(head_end)
            if fielded and (listed := self._lower_enumeration_end(end, commas=1)) > end:
                end = listed
                continue
            if (taken := self._object_end(end)) > end:
                if taken < n and (
                    self._another_body_at(taken)
                    or self._foreign_person_after(start, head_end, taken)
                ):
                    # "Cục Điều tiết điện lực Bộ Công thương": the ministry is another body;
                    # "Bộ Phát triển gia đình và xã hội Desmond Lee": the minister
                    return taken
                if taken < n and syl.text[taken] in "-–":
                    # "Viện Nghiên cứu phát triển kinh tế - xã hội Đà Nẵng" goes on to a
                    # place; "Cục Quản lý chất lượng - dẫn đầu ..." ends before the dash, and
                    # so does one a branch's name follows ("Ngân hàng Nông nghiệp và Phát
                    # triển nông thôn - Chi nhánh Phú Nhuận")
                    close = self._lower_case_close(taken + 1, head_end)
                    if close == taken + 1 or is_capitalised(syl.text[taken + 1]):
                        return taken
                    end = close
                    continue
                if taken >= n or syl.text[taken] == ",":
                    return taken
                end = taken
                continue
            close = self._lower_case_close(end, head_end, for_people)
            if close == end:
                break
            end = close
        return end

    def _self_named(self, head_end: int) -> bool:
        """The head ending at ``head_end`` names its body alone ("Thành ủy", "Quốc hội")."""
        return any(
            self.syl.phrase_at(k, SELF_NAMED_HEADS) == head_end
            for k in range(max(0, head_end - 4), head_end)
        )

    def _firm_trade_end(self, start: int, head_end: int) -> int:
        """End of a firm's legal form and its trade in lower case, when its capitalised name
        follows them: "Công ty cổ phần đầu tư xây dựng và phát triển hạ tầng" + "Phú An",
        "Công ty TNHH một thành viên" + "Nam Triệu", "Tổng công ty Đầu tư phát triển và quản
        lý hạ tầng giao thông" + "Cửu Long" (a trade with no legal form opens capitalised);
        or ``head_end``."""
        syl, n = self.syl, len(self.syl.text)
        if syl.phrase_at(start, FIRM_HEADS) != head_end:
            return head_end
        i = head_end
        while i < n:
            if syl.text[i].upper() in LEGAL_FORMS:
                i += 1
            elif (written := _WRITTEN_LEGAL_FORMS.end(syl.keys, i)) > i:
                i = written
            else:
                break
        formed = i > head_end
        if not formed:
            # "Đầu tư", "Vận tải": a trade word whose first syllable only is capitalised (not
            # "Công ty Vipico và ...", "Công ty CNC và ...")
            word = i + 1 < n and (
                self._completes_capitalised_word(i + 1)
                or (
                    syl.joined[i + 1]  # "Đầu_tư", a word the dictionary lacks
                    and is_capitalised(syl.text[i])
                    and is_vietnamese(syl.text[i])
                    and syl.text[i + 1].islower()
                )
            )
            if not word:
                return head_end
            i += 1
        trade = i
        while (
            i < n
            and i - trade < _MAX_TRADE_WORDS
            and syl.text[i].isalpha()
            and syl.text[i].islower()
            and (syl.keys[i] == "và" or syl.keys[i] not in NAME_STOPS)
            # a legal form says a name follows; a trade alone may be followed by a verb
            and (formed or syl.phrase_at(i, VERBS_AFTER_NAMES) == i)
        ):
            i += 1
        named = i < n and is_capitalised(syl.text[i]) and not self._is_head(i)
        return i if named else head_end

    def _short_number_at(self, i: int, digits: int = 2) -> bool:
        """A number of at most ``digits`` digits at ``i`` that no quantity word follows."""
        text, keys = self.syl.text, self.syl.keys
        return (
            i < len(text)
            and text[i].isdigit()
            and len(text[i]) <= digits
            and (keys[i + 1] if i + 1 < len(keys) else "") not in _QUANTITY_WORDS
        )

    def _unit_number_at(self, i: int) -> bool:
        """A short number right after a capitalised word of a name that no quantity word
        follows: "Vĩnh Tân 1 (chủ đầu tư ...)", not "Công ty A 50 triệu đồng"."""
        after = self.syl.text[i + 1] if i + 1 < len(self.syl.text) else ""
        return (
            self._short_number_at(i)
            and is_capitalised(self.syl.text[i - 1])
            and not after[:1].isdigit()
        )

    def _firm_number_at(self, start: int, head_end: int, i: int) -> bool:
        """A firm's number closing its name, of three digits too and after a trade: "Công ty
        TNHH MTV 189", "Công ty CP Xây dựng 939" (not "Công ty A 50 triệu đồng")."""
        syl = self.syl
        return (
            i > head_end
            and syl.phrase_at(start, FIRM_HEADS) == head_end
            and self._short_number_at(i, _UNIT_NUMBER_DIGITS)
            and (is_capitalised(syl.text[i - 1]) or syl.continues_word[i - 1])
            and not (i + 1 < len(syl.text) and syl.text[i + 1][:1].isdigit())
        )

    def _force_number_at(self, i: int) -> bool:
        """The number of a force after its kind: "Quân khu 9", "Quân y 175" (not "Quân khu
        9 tỷ đồng")."""
        text, keys = self.syl.text, self.syl.keys
        return (
            i >= 2
            and (keys[i - 2], keys[i - 1]) in _NUMBERED_FORCES
            and is_capitalised(text[i - 2])
            and self._short_number_at(i, _UNIT_NUMBER_DIGITS)
        )

    def _numbered_unit_at(self, i: int) -> bool:
        """The number of a unit after "số": short, and no house's (no street follows it)."""
        n = len(self.syl.text)
        return (
            self._short_number_at(i)
            and not (i + 1 < n and is_capitalised(self.syl.text[i + 1]))
            and (self.syl.keys[i + 1] if i + 1 < n else "") not in _STREET_WORDS
        )

    def _common_words_in_name(self, i: int) -> bool:
        """A gazetteer organisation written in lower case inside a longer name, a place, its
        level or a closing word after it: "Hội Liên hiệp Thanh niên Việt Nam", "Tòa án Nhân
        dân TP. HCM", "Ngân hàng Nhân dân Trung Quốc", "Đảng Nhân dân Campuchia" (not the
        newspapers Thanh Niên and Nhân Dân); so is a place's name written in lower case
        where the place capitalises it: "Ủy ban Hòa bình Thống nhất Triều Tiên" (peace, not
        the province Hòa Bình)."""
        syl, match = self.syl, self.gaz[i]
        after = match.end
        lower = not all(is_capitalised(t) for t in syl.text[i:after])
        return (
            ((lower and match.entry.type == "ORG") or self._written_lower(i))
            and after < len(syl.text)
            and (
                is_capitalised(syl.text[after])
                or syl.phrase_at(after, ADMIN_LEVELS) > after
                or syl.phrase_at(after, ORG_TAILS) > after
            )
        )

    def _written_lower(self, i: int) -> bool:
        """The text writes in lower case a later syllable of the gazetteer name at ``i`` that
        every form of the name capitalises ("Hòa bình", not "Liên bang Nga")."""
        match = self.gaz[i]
        key, written = self.syl.keys[i : match.end], self.syl.text[i + 1 : match.end]
        forms = [
            form.split()[1:]
            for form in (match.entry.canonical, *match.entry.aliases)
            if tuple(fold(w) for w in form.split()) == key
        ]
        return bool(forms) and all(
            any(
                is_capitalised(w) and not is_capitalised(t)
                for w, t in zip(form, written, strict=True)
            )
            for form in forms
        )

    def written_field_end(self, i: int) -> int:
        """End of a department's field at ``i`` ("Kế hoạch và Đầu tư"), or ``i``."""
        return _FIELDS.end(self.syl.keys, i)

    def _lower_field_only(self, start: int, head_end: int) -> int:
        """End of a government department's field written all in lower case after its
        capitalised head ("Cục trồng trọt", "Cục bảo vệ thực vật"), closed by punctuation or
        "và", or ``head_end``: a head the segmentation kept a word of its own, then
        dictionary words none of which is a verb of the sentence."""
        syl, n = self.syl, len(self.syl.text)
        if (
            _DEPARTMENT_HEADS.end(syl.keys, start) != head_end
            or not is_capitalised(syl.text[start])
            or head_end >= n
            or syl.joined[head_end]
            or syl.phrase_at(head_end, VERBS_AFTER_NAMES) > head_end
            or _DEPARTMENT_TASKS.end(syl.keys, head_end) > head_end
        ):
            return head_end
        end = self._field_end(head_end)
        closed = end < n and syl.text[end] in (",", ";", "(", ")", ".", "và")
        return end if end > head_end and closed else head_end

    def _another_body_at(self, i: int) -> bool:
        """A body's head (or a title) opens at ``i``, not a place named like one: the name
        before it ends there ("Cục Điều tiết điện lực Bộ Công thương")."""
        return self._is_head(i) and not self._place_at(i)

    def _acronym_pair_at(self, i: int) -> bool:
        """Two acronyms a slash at ``i`` joins into one field: "HIV/AIDS"."""
        text = self.syl.text
        return 0 < i < len(text) - 1 and is_acronym(text[i - 1]) and is_acronym(text[i + 1])

    def _field_end(self, i: int, compounds: int = 2) -> int:
        """End of lower-case compounds at ``i`` naming a field ("đào tạo", "thông tin điện
        tử"), or ``i``: two-syllable words of the dictionary or of the segmentation."""
        syl, n = self.syl, len(self.syl.keys)
        end = i
        while (
            end + 1 < n
            and end < i + 2 * compounds
            and not is_capitalised(syl.text[end])
            and syl.keys[end] not in NAME_STOPS
            and (syl.joined[end + 1] or (syl.keys[end], syl.keys[end + 1]) in common_compounds())
        ):
            end += 2
        return end

    def _completes_capitalised_word(self, i: int) -> bool:
        """A lower-case syllable that makes a dictionary word with the capitalised one before
        it, though it may also be a verb ending a name: "Cục Đăng" + "ký" ("ký" alone is
        "signs")."""
        syl = self.syl
        pair = (syl.keys[i - 1], syl.keys[i])
        return (
            is_capitalised(syl.text[i - 1])
            and not syl.continues_word[i - 1]  # "Củ Chi" + "phối" is no "chi phối"
            and not is_capitalised(syl.text[i])
            and (pair in common_compounds() or pair in OBJECT_TAKING)
        )

    def _object_end(self, i: int) -> int:
        """End of the object of a name's first word when that word takes one ("Cục Quản lý"
        + "chất lượng"), or ``i``: a few lower-case compounds, none of them a verb, closed by
        punctuation, a function word or a capitalised word (else where they end is unknown)."""
        syl, n = self.syl, len(self.syl.keys)
        if i < 2 or syl.phrase_at(i - 2, OBJECT_TAKING) != i or not is_capitalised(syl.text[i - 2]):
            return i
        end = i
        while end < i + 2 * _MAX_OBJECT_WORDS and (field := self._field_end(end, 1)) > end:
            if syl.phrase_at(end, VERBS_AFTER_NAMES) > end:
                break
            end = field
        closed = end >= n or not syl.text[end][:1].isalpha() or syl.keys[end] in NAME_STOPS
        return end if end > i and (closed or is_capitalised(syl.text[end])) else i

    def _lower_enumeration_end(self, i: int, commas: int = 0) -> int:
        """End of lower-case fields listed with (at least ``commas``) commas and closed by
        "và" ("truyền hình và thông tin điện tử"), or ``i``."""
        keys, j = self.syl.keys, i
        while (field := self._field_end(j)) > j and field < len(keys):
            if keys[field] == "và" and commas <= 0:
                return end if (end := self._field_end(field + 1)) > field + 1 else i
            if keys[field] != ",":
                return i
            j, commas = field + 1, commas - 1
        return i

    def _foreign_after(self, i: int) -> bool:
        """A foreign word follows the gazetteer name at ``i``: "Malaysia Airlines"."""
        after = self.gaz[i].end
        return after < len(self.syl.text) and not is_vietnamese(self.syl.text[after])

    def _enumeration_end(self, i: int) -> int:
        """After a comma, capitalised fields listed with commas up to a "và" and a capitalised
        field after it ("Thể thao và Du lịch", "Giáo dục, Thanh niên, Thiếu niên và Nhi
        đồng"): where the "và" stands, else ``i``."""
        syl, j = self.syl, i
        n = len(syl.text)
        while j < n:
            field = j
            while j < n and (is_capitalised(syl.text[j]) or syl.continues_word[j]):
                j += 1
            if j == field or self._is_head(field):
                return i
            if j + 1 < n and syl.keys[j] == "và" and is_capitalised(syl.text[j + 1]):
                return j
            if j + 1 >= n or syl.keys[j] != ",":
                return i
            j += 1
        return i

    def _place_at(self, i: int) -> bool:
        return i in self.gaz and self.gaz[i].entry.type == "LOC"

    def _firm_name_at(self, start: int, head_end: int, i: int) -> bool:
        """Syllable ``i`` opens the name of the firm whose head (and legal form) ends before it."""
        syl = self.syl
        return syl.phrase_at(start, FIRM_HEADS) == head_end and all(
            t.upper() in LEGAL_FORMS for t in syl.text[head_end:i]
        )

    def _home_place_at(self, i: int) -> bool:
        """A level of government or a province or city at ``i``, not a country."""
        syl = self.syl
        return i < len(syl.text) and (
            syl.phrase_at(i, ADMIN_LEVELS) > i or (self._place_at(i) and not self._country_at(i))
        )

    def _country_pair_at(self, dash: int) -> bool:
        """A dash pairing two countries in a body's name: "Hội hữu nghị Việt - Nhật",
        "Trường Đại học Việt - Đức" (the name goes on past a country after it)."""
        before = self.syl.keys[dash - 1]
        return (before == "việt" or self._country_at(dash - 1)) and self._country_at(dash + 1)

    def _country_at(self, i: int) -> bool:
        """A gazetteer place that is neither a province nor a capital: most often a country."""
        entry = self.gaz[i].entry if i in self.gaz else None
        return entry is not None and entry.is_country

    def _paired_field(self, head_end: int, j: int) -> bool:
        """ "và" pairing two lower-case fields a body is named for, right after its head:
        "Hiệp hội giấy và bột giấy Việt Nam", "Viện nghiên cứu và phát triển TP. HCM" (the
        words must still reach a place to belong to the name)."""
        syl = self.syl
        return (
            syl.keys[j] == "và"
            and j > head_end
            and not any(is_capitalised(t) for t in syl.text[head_end:j])
            and j + 1 < len(syl.text)
            and not is_capitalised(syl.text[j + 1])
        )

    def _lower_case_close(self, i: int, head_end: int, for_people: bool = False) -> int:
        """End of lower-case words at ``i`` that still belong to a name, or ``i``.

        They do when, within a few words and before any function word or verb, they end
        with a closing word ("trung ương", "quốc gia") or reach a place or a capitalised
        name ("tập thể Việt Nam").
        """
        syl = self.syl
        if i > head_end and (tail := syl.phrase_at(i - 1, ORG_TAILS)) > i:
            return tail  # "TAND Cấp cao": a tail opened capitalised
        # after a name, a field written out whole ("Phòng cảnh sát giao thông phối hợp Công an
        # huyện X") or a head naming its body alone ("Quốc hội trả lời cử tri Q. Thủ Đức"), a
        # verb is what the body does
        after_name = (
            _FIELDS.end(syl.keys, head_end) == i > head_end
            or (i == head_end and self._self_named(head_end))
            or any(is_capitalised(t) and t.upper() not in LEGAL_FORMS for t in syl.text[head_end:i])
        )
        # "không" inside a word ("hàng không") may read on to a place ("Cơ quan hàng không dân
        # dụng Myanmar"), not to a firm's own name ("Hãng hàng không Lion Air", "Hãng hàng
        # không Malaysia Airlines")
        worded = False
        for j in range(i, min(i + _LOWER_CASE_REACH + 1, len(syl.text))):
            text = syl.text[j]
            if j > i and (j in self.gaz or is_capitalised(text)):
                named = j in self.gaz and self.gaz[j].entry.type in ("LOC", "ORG")
                if worded and not (named and self._place_at(j) and not self._foreign_after(j)):
                    return i
                person = self._person_at(j) and not for_people
                # "Cảnh sát điều tra Công an X", "Ban thường vụ Đảng ủy X"; a body named by
                # its head alone does something to the next one: "Thành ủy giao Đảng ủy X"
                parent = syl.phrase_at(j, PARENT_HEADS)
                if parent > j and syl.org_head_at(j) == parent and not self._self_named(head_end):
                    return parent  # "Đảng ủy": no capital to go on
                return j if named or not (self._is_head(j) or person) else i
            # (as words of their own or inside one: "hàng_không_dân_dụng")
            aerial = "không" in syl.keys[max(j - 1, 0) : j + 2] and any(
                tuple(syl.keys[k : k + 2]) in _AIR_WORDS for k in (j - 1, j) if k >= 0
            )
            worded = worded or aerial
            if (
                not text[:1].isalpha()
                or (
                    syl.keys[j] in NAME_STOPS and not aerial and not self._paired_field(head_end, j)
                )
                # "Công an phường Thống Nhất kiểm tra": a verb after the name; "Ủy ban kiểm
                # tra", "Nhà máy xử lý", "Công ty TNHH xử lý nước": the body's own trade
                or (after_name and syl.phrase_at(j, VERBS_AFTER_NAMES) > j)
            ):
                return i
            if (tail := syl.phrase_at(j, ORG_TAILS)) > j:
                return tail
        return i

"""How outlets attribute a quote after it: a signature on the line below, a verb of judging
("phản pháo", "chỉ trích"), "theo nhận định của X", an outlet relaying someone, and a
description in apposition that is not part of the speaker's name."""

from __future__ import annotations

from quoting import quotes_of, speakers


def test_a_dash_on_the_line_below_signs_the_quote_above() -> None:
    quotes = quotes_of(
        "Ông Bob Menendez chất vấn Bộ Ngoại giao về vụ việc.",
        '" Gần 15 tháng trôi qua và nhiều người Mỹ vẫn chưa biết điều gì đã xảy ra "',
        "- ông Menendez chỉ trích.",
        "Hàng chục đồng nghiệp của ông ủng hộ yêu cầu này.",
    )
    assert speakers(quotes) == [("Gần", "Bob Menendez")]


def test_a_signature_below_may_describe_the_speaker_after_a_comma() -> None:
    quotes = quotes_of(
        "Nhiều người Mỹ vẫn dùng thuốc bổ mỗi ngày.",
        "“Lòng tin vào thuốc bổ của họ đã bất chấp mọi chứng cứ khoa học”",
        "- bác sĩ JoAnn Manson, trưởng khoa y tế dự phòng của Bệnh viện Boston.",
    )
    assert speakers(quotes) == [("Lòng", "JoAnn Manson")]


def test_a_caption_below_a_quote_signs_nothing() -> None:
    quotes = quotes_of(
        "Người biểu tình giương cao biểu ngữ.",
        "“Đừng bắn, chúng tôi chỉ muốn được sống yên ổn ở đây”",
        "- Ảnh: REUTERS",
    )
    assert quotes == ()


def test_verbs_of_judging_after_a_quote_are_cues() -> None:
    quotes = quotes_of(
        "Ông Andrés Manuel Lopez Obrador bác bỏ cáo buộc. “Mối đe dọa đến từ phía nam như ông "
        "ta nói không hề tồn tại”, ông Lopez Obrador phản pháo. “Nền dân chủ của chúng tôi "
        "không phải dễ dàng mà có được”, bà Thái Anh Văn ám chỉ Trung Quốc."
    )
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("Andrés Manuel Lopez Obrador", "phản pháo"),
        ("Thái Anh Văn", "ám chỉ"),
    ]


def test_according_to_a_source_named_after_the_quote() -> None:
    quotes = quotes_of(
        "Cô Kim lại chính là người “cho anh mình những lời khuyên quan trọng nhất”, theo nhận "
        "định của giáo sư Kim Jae Chun thuộc Trường đại học Sogang."
    )
    assert speakers(quotes) == [("cho", "Kim Jae Chun")]


def test_an_outlet_relaying_someone_named_before_the_colon() -> None:
    quotes = quotes_of(
        "Hãng tin Tân Hoa dẫn lời ông Tập Cận Bình: “Tôi hy vọng Mỹ và Triều Tiên sớm gặp "
        "nhau để bàn về hòa bình”."
    )
    assert speakers(quotes) == [("Tôi", "Tập Cận Bình")]


def test_an_outlet_relaying_a_statement_of_a_spokesman() -> None:
    quotes = quotes_of(
        "“Mỹ và các thế lực thù địch đang lan truyền những tin đồn thất thiệt” - hãng thông tấn "
        "KCNA dẫn tuyên bố của người phát ngôn Bộ Ngoại giao Triều Tiên."
    )
    assert speakers(quotes) == [("Mỹ", "người phát ngôn Bộ Ngoại giao Triều Tiên")]


def test_a_manner_after_the_last_comma_is_not_the_speaker() -> None:
    quotes = quotes_of(
        "Ông Jean Michel Leniaud, chủ tịch hội đồng khoa học tại Viện Di sản quốc gia Pháp, "
        "thảng thốt nói “Điều gì xảy ra thì cũng đã xảy ra rồi”."
    )
    assert speakers(quotes) == [("Điều", "Jean Michel Leniaud")]


def test_a_description_after_a_dash_is_not_part_of_the_speaker() -> None:
    quotes = quotes_of(
        "“Hành động đe dọa mới nhất cho thấy thái độ kiêu ngạo của họ”, báo Hoàn Cầu - tờ "
        "báo chính thức của chính quyền Bắc Kinh, nhận định ngày 6-4."
    )
    assert [q.speaker for q in quotes] == ["báo Hoàn Cầu"]


def test_someone_judged_after_a_quote_is_not_its_speaker() -> None:
    quotes = quotes_of(
        "Bộ phim ra mắt tuần trước. “Trang phục của các nhân vật không phù hợp với phim cổ "
        "trang chút nào”, nam diễn viên chính bị chỉ trích vì chọn kịch bản này."
    )
    assert all(q.speaker != "nam diễn viên chính bị" for q in quotes)
    assert [q.cue for q in quotes] in ([], [""])


def test_an_outlet_named_after_a_quote_with_theo_only_relays_it() -> None:
    quotes = quotes_of(
        "Một công dân nước ngoài mô tả hiện trường. “Ngôi chùa trước nhà tôi trở thành một "
        "trung tâm cấp cứu”, ông này cho hay. “Tôi nhìn thấy những thi thể được đưa tới đây "
        "suốt đêm qua”, theo VnExpress."
    )
    assert "VnExpress" not in [q.speaker for q in quotes]

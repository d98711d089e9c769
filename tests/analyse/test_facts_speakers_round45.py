"""Speakers and names read on the open stream in the forty-fifth round.

Speakers: a representative the text brought in by their body alone ("đại diện Công ty
Licogi 12 cho rằng") is whom "đại diện công ty này" or a bare "nữ đại diện" then stands for,
not the representative of another body quoted before; a pronoun whose own cue opens the
clause before a second cue ("họ cũng kêu gọi ..., yêu cầu “...”") is the speaker, not the
whole clause; the clause after "thì" speaks ("..., thì TAND quận Gò Vấp ... lại viết", "...
thì dì Bích lại cho rằng"), "Thậm chí có khán giả" is someone new; an indefinite subject
doing something else first ("Một người đàn ông vừa bước ra ... vừa khoa tay nói"); an
official "của Phủ Tổng thống Hàn Quốc" is not the president; an adviser "giấu tên" is no one
named; the source relayed "dẫn nguồn từ" is the source; the father in apposition speaks
on ("Ông Vũ Văn Hộ, bố đẻ của cầu thủ Vũ Văn Thanh, chia sẻ ..." then "người cha chia sẻ");
what opens a clause a second cue goes on with ("Bài báo cũng báo trước rằng “...”, và quả
quyết rằng “...”", "Tờ báo ... đã công bố ..., theo đó cho biết"); an article's title after
"bài" is no one's words; a site named by its domain and where it is based ("Trang tin
Guancha.cn có trụ sở tại Thượng Hải cho biết") is that site.
Names: politicians, lawmakers, strategists, advisers and viewers are titles ("cựu chính
khách Singapore Inderjit"), and so is a title with its holder's nationality ("Chiến lược gia
người Bồ Đào Nha Mourinho"); a word of a person's name is whole words only ("War" of a
quoted title is not "Peter Ward"'s); the street after a dash at a crossing ("giao lộ đường
Phó Đức Chính - Nguyễn Công Trứ"); crafts named after their kind anywhere ("chuyên cơ Air
Force One", "trực thăng Marine One"; "Không lực Một" is Air Force One); a one-syllable
country inside a commune's name ("UBND xã Tam Anh Nam"); units of power ("50 MW") are no
organisations; "đàn ông Việt" (men) addresses no one; a news site after "Trang tin"
("Trang tin Axios")."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(
            (
                "Trước tòa, một bị hại khẳng định họ đến đây mong muốn được “đảm bảo quyền lợi"
                " chứ không phải đến nhận được cảm thông hay thương hại của quý tòa”.",
                "Trong khi đó, đại diện Công ty Housing Group cho rằng hợp đồng mà hai bên ký"
                " kết thực hiện là chính đáng.",
                "“Chúng tôi chỉ lấy sản phẩm phục vụ cho dự án, tất cả các dự án đều như thế”,"
                " đại diện công ty này nói.",
            ),
            "đại diện Công ty Housing Group",
            id="representative_of_this_body",
        ),
        pytest.param(
            (
                "“Về kiến nghị của bị hại, chúng tôi cũng rất đồng cảm với những người bị hại"
                " trong vụ án”, đại diện cơ quan giữ quyền công tố tại tòa nói.",
                "Trước đối đáp của đại diện VKS, đại diện Công ty Licogi 12 cho rằng VKS chưa"
                " nêu được nguồn tiền.",
                "“Tôi yêu cầu VKS giải quyết cho Licogi, tiền buộc Licogi phải trả thì tài sản"
                " trên đất giải quyết thế nào?”, nữ đại diện nói.",
            ),
            "đại diện Công ty Licogi 12",
            id="bare_representative",
        ),
        pytest.param(
            (
                "Người biểu tình kêu gọi cấm hẳn việc buôn bán súng trường.",
                "Ngoài ra, họ cũng kêu gọi các nỗ lực lưỡng đảng về việc siết chặt luật sử dụng"
                " súng, yêu cầu “một dự luật toàn diện và hiệu quả phải ngay lập tức được trình"
                " bày trước quốc hội”.",
            ),
            "họ",
            id="pronoun_whose_cue_opens_the_clause",
        ),
        pytest.param(
            (
                "Vì là tài sản chung nên ông Linh yêu cầu chia, thì TAND quận Gò Vấp ra bản án"
                " lại viết: “ông Linh không tranh chấp hay khiếu nại gì về ngôi nhà”.",
            ),
            "TAND quận Gò Vấp",
            id="clause_after_thi",
        ),
        pytest.param(
            (
                "Trong khi mẹ đẻ luôn khuyên cô phải sống nhường nhịn để lấy lòng nhà chồng thì"
                " dì Bích lại cho rằng: “Không có bà mẹ chồng nào coi con dâu như con đẻ đâu”.",
            ),
            "Bích",
            id="aunt_after_thi",
        ),
        pytest.param(
            (
                "Dì Bích cho rằng: “Không có bà mẹ chồng nào coi con dâu như con đẻ đâu”.",
                "Thậm chí có khán giả còn nhận xét: “Bà dì của năm đây rồi, không nói thì thôi"
                " mà đã nói là câu nào chất câu đó”.",
            ),
            "khán giả",
            id="someone_new_after_co",
        ),
        pytest.param(
            (
                "Một người đàn ông vừa bước ra khỏi quán bia vừa khoa tay nói “mới uống vài ba"
                " cốc bia, không thể say được”, rồi lái xe máy đi.",
            ),
            "người đàn ông",
            id="indefinite_subject_doing_something_first",
        ),
        pytest.param(
            (
                "Tổng thống Hàn Quốc Moon Jae In đã gặp nhà lãnh đạo Triều Tiên.",
                "“Chúng tôi muốn chấm dứt kỷ nguyên đối đầu trên bán đảo”, ông Moon nói.",
                "Vị quan chức cao cấp của Phủ Tổng thống Hàn Quốc nói với các phóng viên:"
                " “Chúng tôi đang xem xét nhiều cách thức khác nhau”.",
            ),
            "Vị quan chức cao cấp của Phủ Tổng thống Hàn Quốc",
            id="official_of_the_presidents_office",
        ),
        pytest.param(
            (
                "“Tôi sẽ gặp ông Kim tại Singapore”, ông Trump nói.",
                "Một nhà cố vấn bên đảng Cộng hòa nói rằng ông Trump gần như không biết gì về"
                " quá trình giải trừ hạt nhân.",
                "“Tôi cho rằng ông ấy nghĩ ông có thể giải quyết mọi chuyện trong 2 tiếng đồng"
                " hồ” - vị cố vấn giấu tên cho biết.",
            ),
            "vị cố vấn giấu tên",
            id="anonymous_adviser",
        ),
        pytest.param(
            (
                "Nhà báo Boris Yanunov dẫn nguồn từ một cựu điệp viên Nga giấu tên nhận xét:"
                " “Bạn có tin các điệp viên Nga làm chuyện đó ngay cạnh căn cứ của đối phương"
                " hay không?”",
            ),
            "cựu điệp viên Nga giấu tên",
            id="source_relayed_from",
        ),
        pytest.param(
            (
                "Ông Vũ Văn Hộ, bố đẻ của cầu thủ Vũ Văn Thanh, chia sẻ cảm xúc hồi hộp trước"
                " trận.",
                "“Gia đình xúc động nhất khi thấy Thanh ngày càng bản lĩnh, quyết đoán, khác hẳn"
                " trước kia”, người cha chia sẻ.",
            ),
            "Vũ Văn Hộ",
            id="father_named_in_apposition",
        ),
        pytest.param(
            (
                "Bài báo cũng báo trước rằng “kích thước của một số đảo sẽ còn được tăng thêm"
                " nữa trong tương lai”, và quả quyết rằng “Trung Quốc đã mở rộng một cách vừa"
                " phải khu vực quần đảo để tăng cường khả năng phòng thủ”.",
            ),
            "Bài báo",
            id="second_cue_after_va",
        ),
        pytest.param(
            (
                "Tờ báo địa phương Nedeljnik đã công bố hình ảnh một tài liệu của chính phủ,"
                " theo đó cho biết bà Yingluck đã “có được tư cách công dân Serbia từ tháng"
                " trước”.",
            ),
            "Tờ báo địa phương Nedeljnik",
            id="second_cue_after_theo_do",
        ),
        pytest.param(
            (
                "Trang tin Guancha.cn có trụ sở tại Thượng Hải cho biết: “Các phương tiện"
                " truyền thông Mỹ cố tình phóng đại sự mất kiểm soát của mảnh vỡ tên lửa”.",
            ),
            "Guancha.cn",
            id="site_named_by_its_domain_and_seat",
        ),
    ],
)
def test_who_speaks(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


def test_a_representative_named_in_apposition_is_that_person() -> None:
    speakers = speakers_in(
        "Đại diện Công ty Hoàng Long, ông Nguyễn Văn Bình cho biết: “Chúng tôi đã làm đúng"
        " quy định của pháp luật”.",
        "“Chúng tôi sẽ kiểm tra lại toàn bộ hồ sơ của dự án”, đại diện công ty này nói.",
    )
    assert speakers == ["Nguyễn Văn Bình", "Nguyễn Văn Bình"]


@pytest.mark.parametrize(
    ("sentence", "person", "title"),
    [
        (
            "“Chưa ai làm được điều đó” - cựu chính khách Singapore Inderjit bình luận với"
            " Hãng tin Reuters.",
            "Inderjit",
            "cựu chính khách Singapore",
        ),
        (
            "Chiến lược gia người Bồ Đào Nha Mourinho nói rằng đội bóng cần thêm thời gian.",
            "Mourinho",
            "Chiến lược gia người Bồ Đào Nha",
        ),
        (
            "Nhà lập pháp Mỹ Adam Schiff đã lên tiếng về cuộc điều tra.",
            "Adam Schiff",
            "Nhà lập pháp Mỹ",
        ),
    ],
)
def test_politicians_and_strategists_are_titles(sentence: str, person: str, title: str) -> None:
    titled = {(m.text, m.type, m.title) for m in mentions_of(sentence)}
    assert (person, "PER", title) in titled


def test_a_word_of_a_persons_name_is_a_whole_word() -> None:
    names = found(
        "Bức ảnh chiến thắng là “Sun King, Little King and God of War” của nhiếp ảnh gia"
        " Nicolas Lefaudeux.",
        "Vị trí thứ hai thuộc về bức ảnh của nhiếp ảnh gia Peter Ward.",
    )
    assert ("War", "PER") not in names
    assert ("Peter Ward", "PER") in names


def test_the_street_after_a_dash_at_a_crossing_is_a_place() -> None:
    names = found(
        "Ba quán lẩu dê tại giao lộ đường Phó Đức Chính - Nguyễn Công Trứ bày bàn ghế trên vỉa hè."
    )
    assert {("Phó Đức Chính", "LOC"), ("Nguyễn Công Trứ", "LOC")} <= names


@pytest.mark.parametrize(
    ("sentence", "craft"),
    [
        ("Ông Trump muốn có chuyên cơ Air Force One mới trước năm 2021.", "Air Force One"),
        ("Với khoảng cách xa hơn, trực thăng Marine One sẽ đảm nhận.", "Marine One"),
    ],
)
def test_a_craft_is_named_after_its_kind(sentence: str, craft: str) -> None:
    assert (craft, "MISC") in found(sentence)


def test_a_craft_named_in_words_leaves_no_fragment() -> None:
    assert found("Ông Obama bay trên chuyên cơ Không lực Một tới Hà Nội.") == {
        ("Obama", "PER"),
        ("Không lực Một", "MISC"),
        ("Hà Nội", "LOC"),
    }


def test_a_country_inside_a_communes_name_is_part_of_it() -> None:
    names = found(
        "Ông Nguyễn Văn Khoa (51 tuổi, nguyên phó chủ tịch UBND xã Tam Anh Nam, huyện Núi"
        " Thành) kể lại sự việc."
    )
    assert ("UBND xã Tam Anh Nam", "ORG") in names
    assert ("Nam", "PER") not in names


def test_units_of_power_are_no_organisations() -> None:
    names = found(
        "Nhà máy điện mặt trời công suất 50 MW của Công ty Trung Nam, giá 2.000 đồng/kWh."
    )
    assert names == {("Công ty Trung Nam", "ORG")}


def test_a_viewer_named_after_the_word_is_a_person() -> None:
    assert ("Thiên Bình", "PER") in found(
        "Khán giả Thiên Bình (sinh năm 1988, TP.HCM) chia sẻ chị thất vọng về sản phẩm mới."
    )


def test_men_are_no_one_addressed() -> None:
    names = found("Trong các cặp đôi có chồng là người nước ngoài, đàn ông Việt chiếm 2,7%.")
    assert ("Việt", "PER") not in names


def test_an_articles_title_is_no_ones_words() -> None:
    quotes = quotes_of(
        "Văn bản này là để phản hồi bài “Hệ thống tín hiệu tự động ngàn tỉ: nguy cơ tàu lửa"
        " đụng nhau” đăng trên Tuổi Trẻ ngày 15-11."
    )
    assert quotes == ()


def test_a_news_site_is_named_after_its_kind() -> None:
    names = found("Trang tin Axios là nơi đầu tiên phát đi tuyên bố của ông Bannon.")
    assert ("Axios", "ORG") in names

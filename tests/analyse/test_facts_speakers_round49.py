"""Speakers and names read on the open stream in the forty-ninth round.

Names: a minister's title goes on over its ministry's field written in lower case ("Bộ trưởng
quốc phòng Mỹ James Mattis"), which had left the person untitled and the role to whoever the
sentence named before; after an outlet's noun a city opens the outlet's name ("tờ Moscow
Defense Brief" had been Moscow and a person "Defense Brief"), though not after a word that
only ends in such a noun ("Bộ trưởng tình báo Israel Yisrael Katz"); "Bulletin", "Inquirer"
close an outlet's name; after a title a brand is its firm and the words after it its officer
("Giám đốc điều hành hãng Boeing Dennis Muilenburg" had been a product).
Speakers: a role named after a comma before another name is that name's ("Thủ tướng Ấn Độ
Narendra Modi, người đứng đầu cơ quan tình báo Mỹ Dan Coats" does not make Modi the head);
"Vị bộ trưởng này" is not the president named last but the minister; an editorial speaks for
its paper ("bài xã luận ... của báo Rodong Sinmun", "bài xã luận trên báo" after "Thời báo Hoàn
cầu"); a statement "từ" a body is the body's; a clause opening with what ought to be done ("cần
tuyên truyền, giải thích") names no speaker; adverbs after a description are not part of it
("Một luật sư hiện đang hành nghề" is "luật sư"); a cue after "là một" is a noun ("phải là một
cam kết “...”"); a message's sender is its speaker, not whom
it was sent to ("Trong điện mừng của Lãnh đạo Việt Nam gửi Lãnh đạo Lào có đoạn viết"); "công
ty này" is the body its sentence named bare before ("Trong thông cáo của Apple ..."); a capitalised
name after "nói về" is what was talked about, no speech. Names: "GĐĐH" is a title; a foreign body
of two words may be called by its first ("tờ báo Rodong" is Rodong Sinmun), though an acronym or
a body's head is not so shortened ("GE", "Đảng"). Speakers again: a pronoun in a hurry ("ông vội
vàng đưa ra nhận định") is the pronoun; "một đoạn nêu rõ" is a passage of the statement cited
before; a paper retelling someone's words ("thuật lại lời của Siti sau khi gặp ông Widodo:") gives
them to that someone, "Khi đó" no part of the paper; slogans ("các khẩu hiệu viết") say nothing
anyone said; a paper said by where it is from ("tờ báo của Hong Kong") is the paper just named;
one of two titles joined by "kiêm" is a role its holder holds ("phó thủ tướng Đức" is "Phó thủ
tướng kiêm Bộ trưởng Tài chính Đức Olaf Scholz"); a story's name ("chia sẻ câu chuyện “...”") is
no speech. Names again: a name set off by commas to speak after a place is a person ("đại học Tel
Aviv, Oded Eran, bình luận"); "Phó thủ tướng kiêm Bộ trưởng ..." is one title; a word joined to a
capitalised one by a hyphen without spaces is read apart ("Bộ Lao động-Thương binh và Xã hội"),
a foreign one not ("Wi-Fi"); HIMARS is a weapon; "PCTN" (anti-corruption) a common noun.
Speakers last: a statement put out somewhere is its issuer's ("Thông cáo của CCTV trên
Twitter"); "du khách trên" is "du khách"; a court issuing a verdict that "writes" is the court
("TAND quận Gò Vấp ra bản án lại viết"); "Do đó, đề nghị ...:" names no speaker; a spokesman set
off before "người phát ngôn của Thủ tướng Đức Angela Merkel" speaks, not Merkel; a body's
Facebook page is the body's; a paper described ("tờ báo chính thức của chính quyền Trung Quốc")
is the paper just named, which a name such as "Thời báo Hoàn Cầu" says is one; "Bà chua chát
nói" is "Bà"; "kể từ" (since) and "trao đổi thông tin" (exchanging news) are no cues; a paper
relaying someone's judgement ("dẫn nhận định của giáo sư Steve Tsang ...:") gives it to them;
what a body did before speaking ("sau khi rà soát ...") is no part of its name, nor what it did
with a statement ("thông cáo của Bộ Thương mại Trung Quốc phát đi ngay ..."); "Do đó" opening a
sentence names no speaker, and inside one carries on its subject ("ông Jerry Brown ..., do đó yêu
cầu"); a plan's or a policy's name ("kế hoạch “một vành đai, một con đường”") is no speech."""

from __future__ import annotations

import pytest
from naming import found, mentions_of
from quoting import quotes_of, speakers_in


@pytest.mark.parametrize(
    ("sentence", "holder", "title"),
    [
        (
            "Bộ trưởng quốc phòng Mỹ James Mattis khẳng định Mỹ sẽ ở lại.",
            "James Mattis",
            "Bộ trưởng quốc phòng Mỹ",
        ),
        (
            "Thứ trưởng ngoại giao Triều Tiên Kim Kye Gwan ra tuyên bố.",
            "Kim Kye Gwan",
            "Thứ trưởng ngoại giao Triều Tiên",
        ),
        ("Bộ trưởng y tế Mỹ Alex Azar nói.", "Alex Azar", "Bộ trưởng y tế Mỹ"),
    ],
)
def test_a_minister_keeps_a_field_in_lower_case(sentence: str, holder: str, title: str) -> None:
    assert [m.title for m in mentions_of(sentence) if m.text == holder] == [title]


def test_a_word_ending_in_an_outlet_noun_opens_no_outlet() -> None:
    names = found("Bộ trưởng tình báo Israel Yisrael Katz đã ngỏ lời mời chính thức.")
    assert {("Israel", "LOC"), ("Yisrael Katz", "PER")} <= names


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        pytest.param(
            (
                "Thủ tướng Ấn Độ Narendra Modi, người đứng đầu cơ quan tình báo Mỹ Dan Coats đã"
                " lên tiếng.",
                "Người đứng đầu cơ quan tình báo Mỹ cho biết: “Chúng tôi sẽ tiếp tục theo dõi”.",
            ),
            "Dan Coats",
            id="a_role_before_another_name_is_that_name_s",
        ),
        pytest.param(
            (
                "Sau phát biểu của Thủ tướng Ấn Độ Narendra Modi, Giám đốc điều hành hãng Boeing"
                " Dennis Muilenburg đã lên tiếng.",
                "Giám đốc điều hành hãng Boeing cho biết: “Chúng tôi sẽ tiếp tục sản xuất loại"
                " máy bay này”.",
            ),
            "Dennis Muilenburg",
            id="a_brand_then_its_officer",
        ),
        pytest.param(
            (
                "Bộ trưởng Josefa González - Blanco cho biết bà từ chức.",
                "AP nhận xét việc bà González - Blanco từ chức là đáng chú ý, khi Tổng thống"
                " López Obrador từng hứa sẽ tạo ra một chính phủ không có đặc quyền.",
                "Vị bộ trưởng này viết trong thư: “Sự thay đổi thật sự của Mexico đòi hỏi một"
                " sự tuân thủ hoàn toàn vào các giá trị của công lý”.",
            ),
            "Josefa González",
            id="the_minister_is_not_the_president",
        ),
        pytest.param(
            (
                "“Đã đến lúc chúng ta thắt chặt dây giày và chạy nhanh” - bài xã luận đăng ngày"
                " 18-2 của báo Rodong Sinmun, cơ quan ngôn luận của Đảng Lao động Triều Tiên,"
                " viết.",
            ),
            "Rodong Sinmun",
            id="an_editorial_of_a_paper",
        ),
        pytest.param(
            (
                "Thời báo Hoàn cầu, tờ báo chính thống của đảng Cộng sản Trung Quốc, đã đưa ra"
                " các bình luận mạnh miệng hơn.",
                "“Nếu quân đội Mỹ tăng cường các hoạt động ở Biển Đông, thì phía chúng ta sẽ cần"
                " đẩy mạnh hơn nữa việc triển khai” - bài xã luận trên báo viết.",
            ),
            "Thời báo Hoàn Cầu",
            id="an_editorial_in_the_paper",
        ),
        pytest.param(
            (
                "“Một nhóm những kẻ khủng bố đang lên kế hoạch tiến hành một loạt vụ tấn công”,"
                " tuyên bố từ Bộ Nội vụ Ai Cập nêu rõ.",
            ),
            "Bộ Nội vụ Ai Cập",
            id="a_statement_from_a_body",
        ),
        pytest.param(
            (
                "Một luật sư hiện đang hành nghề tại TP. HCM lên tiếng: “Chỉ cần đủ 18 tuổi và"
                " nộp phí là có thể đăng ký thành lập doanh nghiệp”.",
            ),
            "luật sư",
            id="an_adverb_is_no_part_of_a_description",
        ),
        pytest.param(
            (
                "Trong điện mừng của Lãnh đạo Việt Nam gửi Lãnh đạo Lào có đoạn viết: “Chúng tôi"
                " hết sức vui mừng nhận thấy quan hệ hai nước không ngừng phát triển”.",
            ),
            "Lãnh đạo Việt Nam",
            id="a_message_sent_to_someone",
        ),
        pytest.param(
            (
                "Trong thông cáo của Apple về sự việc, công ty này cho biết: “Chúng tôi rất tự"
                " tin là Tòa sơ thẩm châu Âu sẽ đảo ngược quyết định”.",
            ),
            "Apple",
            id="a_body_named_bare_before_in_its_sentence",
        ),
        pytest.param(
            (
                "Trong thông cáo của mình, Bộ Ngoại giao Campuchia cho biết: “Chúng tôi phản đối"
                " mọi hành động can thiệp vào công việc nội bộ”.",
            ),
            "Bộ Ngoại giao Campuchia",
            id="the_clause_after_its_own_statement",
        ),
        pytest.param(
            (
                "Tổng thống Donald Trump tuyên bố Iran đã phạm sai lầm.",
                "Chỉ vài tiếng sau đó, ông vội vàng đưa ra nhận định “Iran không cố tình bắn hạ"
                " máy bay Mỹ”.",
            ),
            "Donald Trump",
            id="a_pronoun_in_a_hurry",
        ),
        pytest.param(
            (
                "Theo thông báo ngày 12-12 của Bộ Quốc phòng Nga, các máy bay ném bom đã bay hơn"
                " 10 tiếng.",
                "“Ở một số thời điểm nhất định, các máy bay của không quân Venezuela đã bay cùng"
                " máy bay Nga”, một đoạn nêu rõ.",
            ),
            "Bộ Quốc phòng Nga",
            id="a_passage_of_the_statement_cited",
        ),
        pytest.param(
            (
                "Cô Siti Aisyah gặp Tổng thống Indonesia Joko Widodo.",
                "Khi đó báo Jakarta Post thuật lại lời của Siti sau khi gặp ông Widodo: “Tôi"
                " không ngủ được, chắc chỉ chợp mắt được khoảng nửa tiếng”.",
            ),
            "Siti Aisyah",
            id="whose_words_a_paper_retells",
        ),
        pytest.param(
            (
                "Phó thủ tướng kiêm Bộ trưởng Tài chính Đức Olaf Scholz đề xuất Pháp nhường ghế.",
                "“Tôi tin là chúng ta sẽ cần nhiều thời gian để thuyết phục Pháp” - Đài France 24"
                " dẫn lại lời phó thủ tướng Đức.",
            ),
            "Olaf Scholz",
            id="one_of_two_titles_held",
        ),
        pytest.param(
            (
                "Báo South China Morning Post cho biết thái độ của truyền thông Trung Quốc khá"
                " thận trọng.",
                "“Truyền thông Trung Quốc không đặt kỳ vọng sẽ có bất kỳ sự đột phá nào” - tờ báo"
                " của Hong Kong viết.",
            ),
            "South China Morning Post",
            id="the_paper_by_where_it_is_from",
        ),
        pytest.param(
            (
                "Thông cáo chính thức của CCTV trên Twitter hôm nay cho biết: “Tài khoản Twitter"
                " của CCTV News đã bị xâm nhập hôm 21/10”.",
            ),
            "CCTV",
            id="a_statement_put_out_somewhere",
        ),
        pytest.param(
            (
                "Một nhân chứng khác là du khách nước ngoài mô tả lại hiện trường.",
                "“Cứ như là đang trình diễn vậy, mọi người đứng xem rất đông” - du khách trên nói.",
            ),
            "du khách",
            id="the_one_above",
        ),
        pytest.param(
            (
                "Ông Steffen Seibert, người phát ngôn của Thủ tướng Đức Angela Merkel, cho biết “có"
                " quá nhiều thứ đáng để ngưỡng mộ trong kỳ tích này”.",
            ),
            "Steffen Seibert",
            id="the_spokesman_not_whom_he_speaks_for",
        ),
        pytest.param(
            (
                "“Chúng tôi không chắc đây là điều kì diệu hay nhờ khoa học” - Facebook của Hải"
                " quân Thái Lan viết.",
            ),
            "Hải quân Thái Lan",
            id="a_body_s_page",
        ),
        pytest.param(
            (
                "Trong một bài xã luận xuất bản ngày 20-2, Thời báo Hoàn Cầu nhấn mạnh Washington"
                " không nên áp đặt.",
                "“Các cuộc đàm phán nhất quyết không được buộc Bắc Kinh thay đổi cách quản trị nền"
                " kinh tế” - tờ báo chính thức của chính quyền Trung Quốc cảnh báo.",
            ),
            "Thời báo Hoàn Cầu",
            id="a_paper_described",
        ),
        pytest.param(
            ("Bà chua chát nói: “Chúng tôi chỉ mong muốn được tái định cư ở gần đây”.",),
            "Bà",
            id="bitterly",
        ),
        pytest.param(
            (
                "Báo Straitstimes dẫn nhận định của giáo sư Steve Tsang thuộc Đại học London: “Đây"
                " là một thay đổi quan trọng mà chắc chắn là có một số phản ứng”.",
            ),
            "Steve Tsang",
            id="whose_judgement_a_paper_relays",
        ),
        pytest.param(
            (
                "Sở QHKT TP sau khi rà soát quy hoạch của khu vực cho biết: “Vị trí đất thuộc quy"
                " hoạch đất ở nông thôn kết hợp sản xuất”.",
            ),
            "Sở QHKT TP",
            id="what_the_body_did_before",
        ),
        pytest.param(
            (
                "Đây là nhận định được nêu trong thông cáo của Bộ Thương mại Trung Quốc phát đi"
                " ngay sau khi phái đoàn Mỹ rời Thượng Hải.",
                "“Cả hai bên đã có cuộc trao đổi thẳng thắn, rất hiệu quả và xây dựng”, thông cáo"
                " nêu.",
            ),
            "Bộ Thương mại Trung Quốc",
            id="the_statement_the_body_put_out",
        ),
    ],
)
def test_who_speaks(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers_in(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Do đó, cần tuyên truyền, giải thích cho các tầng lớp nhân dân một quy định hiện hành:"
        " “Người bị ép buộc đưa hối lộ mà chủ động khai báo thì được coi là không có tội”.",
    ],
)
def test_a_clause_of_what_ought_to_be_done_names_no_speaker(sentence: str) -> None:
    assert [q.speaker for q in quotes_of(sentence) if q.speaker and q.speaker[:1].islower()] == []


def test_a_body_called_by_its_first_word() -> None:
    mentions = mentions_of(
        "Bài xã luận của báo Rodong Sinmun kêu gọi người dân nỗ lực hơn.",
        "“Đất nước chúng ta đang đối mặt với một bước ngoặt lịch sử” - tờ báo Rodong nhận định.",
    )
    assert [m.canonical for m in mentions if m.text == "Rodong"] == ["Rodong Sinmun"]


@pytest.mark.parametrize(
    ("paragraphs", "short"),
    [
        (("Hãng GE Aviation và GE đã ký hợp đồng.",), "GE"),
        (("Đảng ủy xã Quảng Khê họp.", "Đảng đã chỉ đạo sát sao."), "Đảng"),
    ],
)
def test_no_body_is_called_by_an_acronym_or_a_head(paragraphs: tuple[str, ...], short: str) -> None:
    assert all(m.canonical in (None, short) for m in mentions_of(*paragraphs) if m.text == short)


def test_a_foreign_word_hyphenated_stays_one_word() -> None:
    assert not any(kind == "PER" for _, kind in found("Khách sạn có Wi-Fi miễn phí ở Osaka."))


def test_anti_corruption_work_is_no_organisation() -> None:
    assert found("Đoàn thanh tra việc thực hiện công tác PCTN tại UBND TP Hà Nội.") == {
        ("UBND TP Hà Nội", "ORG")
    }


def test_a_connective_inside_a_sentence_carries_on_its_subject() -> None:
    said = speakers_in(
        "Thống đốc bang California, ông Jerry Brown, đã ban bố tình trạng khẩn cấp, do đó yêu cầu"
        " mọi người dân “sẵn sàng sơ tán ngay khi được yêu cầu”."
    )
    assert said == ["Jerry Brown"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ông Mikhail Barabanov, Tổng biên tập tờ Moscow Defense Brief cho biết.",
            ("Moscow Defense Brief", "ORG"),
        ),
        ("Theo báo Paris Match, ông đã từ chức.", ("Paris Match", "ORG")),
        ("Manila Bulletin lưu ý rằng ông Duterte đã đổi ý.", ("Manila Bulletin", "ORG")),
        (
            "GĐĐH Oliver Kahn của Bayern nhấn mạnh: “Chúng tôi hiểu mình phải cảm ơn Robert”.",
            ("Oliver Kahn", "PER"),
        ),
        (
            "“Họ có ấn tượng không tốt”, nhà nghiên cứu cao cấp của viện Nghiên cứu quốc gia đại"
            " học Tel Aviv, Oded Eran, bình luận.",
            ("Oded Eran", "PER"),
        ),
        (
            "Bộ Lao động-Thương binh và Xã hội đã ban hành thông tư.",
            ("Bộ Lao động-Thương binh và Xã hội", "ORG"),
        ),
        ("Ukraine dùng HIMARS tấn công kho đạn.", ("HIMARS", "MISC")),
        ("Hãng Coca-Cola cho biết sẽ tăng giá.", ("Coca-Cola", "ORG")),
    ],
)
def test_names_read(sentence: str, name: tuple[str, str]) -> None:
    assert name in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a name talked about, a noun after "là một", a story's or a plan's name
        "Trong bài phát biểu tại Manila hôm qua, nói về “Chính sách Hướng Đông”, ông Khurshid"
        " cũng nhấn mạnh rằng Ấn Độ sẽ ở lại Biển Đông.",
        "Mỹ muốn đó phải là một cam kết “hoàn toàn, có thể kiểm chứng và không thể đảo ngược”"
        " của Triều Tiên.",
        "Hôm nay, nhiều công nhân sẽ có cuộc gặp với Thủ tướng để cùng chia sẻ câu chuyện “Công"
        " nhân, lao động kỹ thuật cao - động lực phát triển đất nước”.",
        "Quan sát viên quân sự tại Macau, Antony Wong Dong, cho biết hoạt động này có thể nhằm"
        " củng cố an ninh cho kế hoạch “một vành đai, một con đường” của Trung Quốc.",
        # "kể từ" (since), "trao đổi thông tin" (exchanging news)
        "Hãng thông tấn Yonhap còn điểm qua nhiều thành công của Việt Nam kể từ sau chương trình"
        " cải cách “Đổi mới”, như bình thường hóa quan hệ với Mỹ vào năm 1995.",
        "Từ khi hai nước nâng cấp quan hệ lên “đối tác chiến lược” (năm 2015), đã có những kết"
        " quả tích cực, nhất là trao đổi đoàn cấp cao, hợp tác hải quân, đào tạo, trao đổi thông"
        " tin, đối thoại “đối tác chiến lược toàn diện” trong nhiều năm.",
    ],
)
def test_no_one_speaks_these_words(sentence: str) -> None:
    assert quotes_of(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # slogans; a sentence opening with "Do đó"
        "Nhiều người mang theo cờ Catalonia và các khẩu hiệu viết “Tự do cho các tù nhân chính"
        " trị ở Tây Ban Nha”.",
        "Do đó, đề nghị Quốc hội cho phép chỉnh lý khoản 3 Điều 54 như sau: “Nhà nước thu hồi đất"
        " do tổ chức, cá nhân đang sử dụng trong trường hợp thật cần thiết”.",
    ],
)
def test_words_no_one_is_named_for(sentence: str) -> None:
    assert all(q.speaker is None for q in quotes_of(sentence))

"""Words around a speaker that are not the speaker: a description between two dashes,
whatever it holds ("ông Năm Thắng - chủ bè cá ở thôn 2, xã Long Sơn - cho biết"); what the
person is, after a comma ("GS Jonathan Payne từ ĐH Stanford, cũng là trưởng nhóm nghiên cứu
chia sẻ"), and not of someone a "của" names; a long clause on "người" in apposition; what the
speaker did first, joined to the cue by "và", "để", "khi" ("tạp chí X viện dẫn ... để phân
tích"); the last place of an address closing an apposition ("..., New York, Mỹ cho
biết"); a country opening the clause a linking word goes on ("Bắc Kinh yêu cầu “...”,
đồng thời bày tỏ"); whose a statement is ("tuyên bố Triều Tiên", not what it is about:
"Tuyên bố của Mỹ về vấn đề Biển Đông"); a passive cue after the quote ("không nên bị đánh
giá"); when they spoke ("chiều 13-11 một lãnh đạo ...", "KCNA hôm nay", "..., đầu tuần
này đã nói"); an air force general's title; whose words "như lời" names; "chỉ" and "đều"
before the cue; a statement an outlet relays "từ" its source ("dẫn thông tin từ người phát
ngôn X"); and the words named after the quote ("“...”, là nhận xét của Tổng bí thư")."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Chị Hoàng Thiện - người Việt Nam có mặt ở khu tam giác vàng ở tỉnh Chiang Rai, "
                "Thái Lan - cho biết: “Khi tôi đến, trời nắng 37 độ, hanh khô”.",
            ),
            "Hoàng Thiện",
        ),
        (
            (
                "Trao đổi với Tuổi Trẻ ngày 7-6, tiến sĩ Alexey Muraviev - phó giáo sư Đại học "
                "Curtin (Úc), một nhà nghiên cứu về khu vực - nhận định: “Việc được bầu làm ủy "
                "viên là thắng lợi lớn”.",
            ),
            "Alexey Muraviev",
        ),
        (
            (
                "GS Jonathan Payne từ ĐH Stanford (Mỹ), cũng là trưởng nhóm nghiên cứu chia sẻ: "
                "“Nhiều người cho rằng sống dưới nước rất thuận lợi cho động vật”.",
            ),
            "Jonathan Payne",
        ),
        (
            (
                "Ông Cooper Hefner - con trai của Hugh Hefner, cũng là giám đốc sáng tạo của "
                "Playboy nói: “Chúng tôi sẽ đưa ảnh khỏa thân trở lại tạp chí”.",
            ),
            "Cooper Hefner",
        ),
        (
            (
                "Ông Moe, người đồng thời là trưởng bộ phận chiến lược tài sản khu vực châu Á - "
                "Thái Bình Dương của Goldman, nhận định: “Thị trường sẽ còn biến động mạnh”.",
            ),
            "Moe",
        ),
        (
            (
                "Tuy nhiên, tạp chí Foreign Affairs viện dẫn các nguồn tin Chính phủ Mỹ để phân "
                "tích: “Chính xác Biển Đông có nằm trong chương trình nghị sự hay không vẫn còn "
                "chưa rõ”.",
            ),
            "Foreign Affairs",
        ),
        (
            (
                "Ở Croatia, các lực lượng cứu hộ đã sử dụng mạng xã hội Twitter để yêu cầu du "
                "khách “ngưng các màn selfie ngu ngốc và nguy hiểm” sau vụ việc.",
            ),
            "các lực lượng cứu hộ",
        ),
        (
            (
                "Bộ Ngoại giao Mỹ mạnh mẽ hơn khi nhấn mạnh, “bất kỳ chiến dịch tấn công quân sự "
                "nào của Assad ở Idlib đều là không thể chấp nhận”.",
            ),
            "Bộ Ngoại giao Mỹ",
        ),
        (
            (
                "Chiều 13-11 một lãnh đạo UBND huyện Đắk Song cho biết: “Hội đồng kỷ luật huyện "
                "đã thống nhất mức kỷ luật cảnh cáo”.",
            ),
            "lãnh đạo UBND huyện Đắk Song",
        ),
        (
            (
                "“Viện sĩ Ju Kyu - chang đã qua đời hôm 3/9 ở tuổi 89”, hãng thông tấn trung ương "
                "Triều Tiên KCNA hôm nay cho biết.",
            ),
            "hãng thông tấn trung ương Triều Tiên KCNA",
        ),
        (
            (
                "Khi được hỏi, một phát ngôn viên Bộ Ngoại giao Mỹ chỉ đáp: “Chúng tôi chưa có "
                "cuộc gặp nào để công bố cả”.",
            ),
            "phát ngôn viên Bộ Ngoại giao Mỹ",
        ),
        (
            (
                "Đài CNN dẫn thông tin từ người phát ngôn Công ty Huawei cho biết: “Công ty được "
                "cung cấp rất ít thông tin liên quan những cáo buộc”.",
            ),
            "người phát ngôn Công ty Huawei",
        ),
        (
            (
                "“Kinh tế vĩ mô ổn định, lạm phát được kiểm soát ở mức 3,53%”, là nhận xét của "
                "Tổng bí thư Nguyễn Phú Trọng.",
            ),
            "Nguyễn Phú Trọng",
        ),
        (
            (
                "“Bất cập, còn sơ sài” là nhận xét của một số đại biểu Quốc hội về nhiều điểm "
                "trong dự án Luật kiến trúc.",
            ),
            "một số đại biểu Quốc hội",
        ),
        (
            (
                "Trong đoạn ghi âm, người từng là cấp dưới của ông Phương nói: “Bây giờ ra quân, "
                "cháu biết làm gì bây giờ”.",
            ),
            "người từng là cấp dưới của ông Phương",
        ),
        (
            (
                "Giáo sư Lawrence Bonassar, về công nghệ y sinh học tại Đại học Cornell ở Ithaca, "
                "New York, Mỹ cho biết: “Khả năng tạo hình sụn là mục tiêu của các nhà khoa học”.",
            ),
            "Lawrence Bonassar",
        ),
        (
            (
                "Ông Putin gặp ông Trump hôm qua, Mỹ cho biết: “Hai bên đã thảo luận về nhiều "
                "vấn đề quan trọng”.",
            ),
            "Mỹ",
        ),
        (
            (
                "Bắc Kinh yêu cầu các nhà ngoại giao Mỹ “dừng can thiệp vào công việc nội bộ của "
                "Hong Kong ngay lập tức”, đồng thời bày tỏ “vô cùng không hài lòng” với phía Mỹ.",
            ),
            "Bắc Kinh",
        ),
        (
            (
                "Tuyên bố của Mỹ về vấn đề Biển Đông hôm 26-8 khẳng định Trung Quốc đã “tái lập "
                "sự can thiệp mang tính cưỡng ép vào các hoạt động khai thác dầu khí”.",
            ),
            "Mỹ",
        ),
        (
            (
                "“Mỹ giờ đây phải nhìn nhận ý nghĩa chính xác của phi hạt nhân hóa bán đảo Triều "
                "Tiên”, tuyên bố Triều Tiên cho hay.",
            ),
            "Triều Tiên",
        ),
        (
            (
                "Theo ông Zheng, “tất cả các cuộc chiến lớn trong quá khứ đều xuất phát từ va "
                "chạm nhỏ”, và rằng quyết tâm của Mỹ không nên bị đánh giá thấp.",
            ),
            "Zheng",
        ),
        (
            (
                "Tướng không quân Paul J. Selva, phó chủ tịch Hội đồng tham mưu trưởng Liên quân "
                "Mỹ, đầu tuần này đã nói: “Trong nhiều năm qua, Nga và Trung Quốc đã phát triển "
                "vũ khí mới”.",
            ),
            "Paul J. Selva",
        ),
        (
            (
                "Tương tự, chị Minh Hoàng, phụ huynh Trường tiểu học Hà Huy Tập, quận Bình "
                "Thạnh, nói: “Đêm qua chúng tôi đã xôn xao với nội dung công điện khẩn”.",
            ),
            "Minh Hoàng",
        ),
        (
            (
                "Nhà hàng này chẳng ảnh hưởng gì vì “cô ấy đâu có phải chịu trách nhiệm gì về "
                "chuyện cha mình đã làm”, như lời một người dân sống gần nhà hàng nói.",
            ),
            "người dân sống gần nhà hàng",
        ),
        # what the rules leave alone: "từ chối" is no source; a person named after the
        # first one is who the "và" joins
        (
            (
                "Bà thị trưởng Davao cho rằng Tổng thống đã biết ý định từ chức của con trai từ "
                "trước, song từ chối bình luận vì “Tổng thống sẽ quyết định chuyện này”.",
            ),
            None,
        ),
        (
            (
                "Hãng tin Interfax (Nga) cũng đưa tin dường như Yulia Skripal đã gọi cho Viktoria "
                "và nói rằng “mọi thứ đều ổn, mọi người đang hồi phục”.",
            ),
            "Yulia Skripal",
        ),
    ],
)
def test_who_speaks_past_the_words_around_them(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    quotes = quotes_of(*paragraphs)
    if speaker is None:
        assert all("chối" not in (q.speaker or "").split()[:1] for q in quotes)
    else:
        assert quotes[-1].speaker == speaker

"""Who "the leader of X" is: the head of state or government of X the article names
("Nhà lãnh đạo Mỹ" after "Tổng thống Mỹ Donald Trump"), not whoever was quoted last, nor a
person titled only "nhà lãnh đạo" who may lead somewhere else."""

from __future__ import annotations

import pytest
from quoting import quotes_of


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Tổng thống Mỹ Donald Trump đã gặp Thủ tướng Nhật Bản Shinzo Abe tại Osaka.",
                "“Chúng tôi đã thảo luận nhiều vấn đề thương mại quan trọng”, ông Abe cho biết.",
                "Nhà lãnh đạo Mỹ nói: “Chúng tôi đã có một cuộc gặp tuyệt vời với Nhật Bản”.",
            ),
            "Donald Trump",
        ),
        (
            (
                "Thủ tướng Anh Theresa May tiếp Tổng thống Mỹ Donald Trump tại London.",
                "Ông Trump nói: “Quan hệ hai nước chưa bao giờ tốt đẹp như lúc này”.",
                "“Chúng tôi đã thảo luận về rất nhiều vấn đề quan trọng”, nhà lãnh đạo Anh "
                "thông tin.",
            ),
            "Theresa May",
        ),
        # when the role was held is no part of the place
        (
            (
                "Chủ tịch Triều Tiên Kim Jong Un đã gửi thư cho Tổng thống Hàn Quốc.",
                "Nhà lãnh đạo Triều Tiên khi đó tuyên bố “sẵn sàng gặp Tổng thống Mỹ vào bất "
                "kỳ thời điểm nào”.",
            ),
            "Kim Jong Un",
        ),
    ],
)
def test_the_leader_of_a_place_is_its_head_the_article_names(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert quotes_of(*paragraphs)[-1].speaker == speaker


def test_someone_titled_only_leader_does_not_lead_every_place() -> None:
    quotes = quotes_of(
        "Nhà lãnh đạo Kim Jong Un đã tiếp ông Tập tại Bình Nhưỡng.",
        "“Chúng tôi sẽ đóng góp cho hòa bình và ổn định trong khu vực” - nhà lãnh đạo Trung "
        "Quốc nhấn mạnh.",
    )
    assert quotes[-1].speaker != "Kim Jong Un"

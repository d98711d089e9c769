"""Vietnamese surnames, as written: a capitalised run starting with one is a person's name.

Besides the Kinh surnames, those of the ethnic minorities that news names often (Hmong, Thái,
Tày, Nùng, Mường, Khmer and Central Highlands peoples: "Lầu A Co", "Lù Văn Được", "Điểu
Lâm", "Ksor Y Phúc"). Surnames that are also common place words ("Sơn" of Sơn La, "Thạch"
of Thạch Hà, "Kim" of Kim Sơn, "Ma" of Ma Cao) are left out: they start places more often,
and open a name only right after a title (``PLACE_WORD_SURNAMES``: "tướng Đường Hồng An").
"""

from __future__ import annotations

KINH_SURNAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng",
    "Mai", "Tô", "Hà", "Tạ", "Lương", "Đinh", "Quách", "Cao", "Lưu", "Chu", "Văn", "Kiều",
    "Thái", "Tăng", "Lã", "Lại", "Châu", "Mạc", "Triệu", "Khúc", "Nghiêm", "La", "Doãn",
    "Hứa", "Tôn", "Thân", "Quan", "Lục", "Thích", "Đàm", "Diệp", "Khuất", "Lữ", "Khổng", "Đậu",
    "Tất", "Phí", "Khương", "Tống", "Thiều", "Đới", "Khưu", "Đổng", "Tào", "Trác", "Ngụy",
    "Ôn", "Mẫn", "Nhữ", "Chử", "Hầu", "Tề", "Nhậm",
)  # fmt: skip

MINORITY_SURNAMES = (
    "Lầu", "Lù", "Mùa", "Sùng", "Giàng", "Thào", "Vàng", "Sồng", "Hờ", "Chảo", "Lò", "Quàng",
    "Cầm", "Điêu", "Điểu", "Tòng", "Lường", "Nông", "Bế", "Vi", "Ksor", "Siu", "Kpă", "Rơ",
)  # fmt: skip

PLACE_WORD_SURNAMES = ("Đường", "Sơn", "Thạch", "Kim", "Ma")

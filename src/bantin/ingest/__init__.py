"""Stage 1, read: files, directories, HTML, JSONL and stdin in; ``RawArticle`` or ``Rejection`` out.

Decoding accepts UTF-8 (with or without BOM) and UTF-16/32 with a BOM; a page's text must then
hold words, be Vietnamese and be news-sized (``screen``). Everything else is a ``Rejection``
with a stable reason code — ``not_found``, ``empty``, ``binary``, ``undecodable``,
``legacy_encoding``, ``too_large``, ``bad_json``, ``no_text``, ``wrong_language``,
``duplicate`` (a JSONL id given again with another text), ``unsupported``, ``unreadable`` —
and the batch goes on.
"""

from bantin.ingest.legacy import guess_legacy_encoding
from bantin.ingest.paths import SUFFIXES, input_bytes, path_label, read_paths

__all__ = ["SUFFIXES", "guess_legacy_encoding", "input_bytes", "path_label", "read_paths"]

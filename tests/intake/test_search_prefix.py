"""Search by a word as typed so far (issue 18, 5): SQLite answers prefixes of 2-4 characters from prefix indexes
(migration 0014), longer ones by merging the words that start with them. Either way the answer must be the one the
index gave without prefix indexes, in every script, whatever the case and accents typed."""

from __future__ import annotations

from sqlalchemy import text

from custody.domain.enums import Category
from custody.services.intake import register_item, search_tokens
from custody.services.search import fts5_query, modes, search, words

from .conftest import new_item

BODIES = [
    "Hélène Lefèvre João Conceição Ação",
    "Иван Петров Ольга Смирнова ПАСПОРТ",
    "محمد عبد الله مُحَمَّد سامسونج مكسورة",
    "Nguyễn Văn An Đà Nẵng",
    "ΑΘΗΝΑ Θεσσαλονίκη straße İstanbul ﬁle",
    "東京都 北京 490154203237518 UN-DIL-26-000001-X",
    "cartridges carton card cartographer Cartier",
]


def test_prefix_indexes_answer_as_the_plain_index(sqlite_ctx):
    with sqlite_ctx.engine.begin() as conn:
        for i, body in enumerate(BODIES, start=1):
            conn.execute(text("INSERT INTO item_search (rowid, item_id, body) VALUES (:r, :i, :b)"),
                         {"r": i, "i": f"X-{i}", "b": " ".join(search_tokens(body))})
        ddl = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'item_search'")).scalar_one()
        assert "prefix" in ddl
        conn.execute(text("CREATE VIRTUAL TABLE temp.plain USING fts5(item_id UNINDEXED, body, "
                          "tokenize = 'unicode61 remove_diacritics 2')"))
        conn.execute(text("INSERT INTO temp.plain (rowid, item_id, body) SELECT rowid, item_id, body FROM item_search"))
        checked = 0
        for body in BODIES:
            for word in search_tokens(body):
                for typed in {word, word.upper(), word.lower()}:
                    for k in range(1, len(typed) + 1):
                        q = fts5_query([typed[:k]], "all")
                        got = conn.execute(text("SELECT rowid FROM item_search WHERE item_search MATCH :q "
                                                "ORDER BY rowid DESC"), {"q": q}).scalars().all()
                        want = conn.execute(text("SELECT rowid FROM temp.plain WHERE plain MATCH :q "
                                                 "ORDER BY rowid DESC"), {"q": q}).scalars().all()
                        assert got == want, q
                        checked += 1
        assert checked > 300
        # Accents typed or not: the same rows, from the prefix index as from the plain one.
        for typed in ("hele", "HÉL", "joa", "conceic", "Nguy", "ngu", "Đà", "θεσ", "ΘΕΣ", "stra", "istan", "паспо"):
            q = fts5_query([typed], "all")
            got = conn.execute(text("SELECT rowid FROM item_search WHERE item_search MATCH :q"), {"q": q}).scalars()
            want = conn.execute(text("SELECT rowid FROM temp.plain WHERE plain MATCH :q"), {"q": q}).scalars()
            assert (got := list(got)) and got == list(want), typed


def test_each_word_found_by_every_prefix_typed(ctx, team, case_and_seizure):
    _, seizure = case_and_seizure
    items = {cat: register_item(ctx, team.officer, new_item(seizure.document_number, cat)).item_id for cat in Category}
    for cat in (Category.FIREARM, Category.DOCUMENT, Category.ELECTRONIC, Category.OTHER):
        from .conftest import item_fields

        desc, _ = item_fields(cat)
        for word in words(desc):
            for k in range(2, len(word) + 1):
                found = [r.item_id for r in search(ctx, team.officer, word[:k])]
                assert items[cat] in found, (cat, word[:k])
    assert [r.item_id for r in search(ctx, team.officer, "carto fortu")] == [items[Category.OTHER]]
    assert [r.item_id for r in search(ctx, team.officer, "Паспо")] == [items[Category.DOCUMENT]]
    assert [r.item_id for r in search(ctx, team.officer, "سامس")] == [items[Category.ELECTRONIC]]


def test_modes_never_repeat_a_query():
    assert modes(["glock"]) == ["none", "last"]
    assert modes(["a"]) == ["none"]  # one letter is never a prefix
    assert modes(["glock", "17"]) == ["none", "last", "all"]
    assert modes(["a", "glock"]) == ["none", "last"]  # every word as a prefix is the last word as a prefix here
    assert modes(["glock", "a"]) == ["none", "all"]
    assert modes(["a", "b"]) == ["none"]

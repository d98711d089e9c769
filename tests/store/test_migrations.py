"""Migrations: applied in order, once, each with its ledger row in one transaction."""

from __future__ import annotations

import sqlite3

import pytest

from bantin.errors import StoreError
from bantin.store.migrations import apply_migrations, split_statements


def _connect() -> sqlite3.Connection:
    return sqlite3.connect(":memory:", isolation_level=None)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("CREATE TABLE a (x);", ["CREATE TABLE a (x);"]),
        ("CREATE TABLE a (x); CREATE TABLE b (y);", ["CREATE TABLE a (x);", "CREATE TABLE b (y);"]),
        ("INSERT INTO a VALUES ('x;y');", ["INSERT INTO a VALUES ('x;y');"]),
        ("CREATE TABLE a (x) -- note; here\n;", ["CREATE TABLE a (x) -- note; here\n;"]),
        ("  ;  ", []),
    ],
)
def test_split_statements_cuts_only_between_statements(script: str, expected: list[str]) -> None:
    assert split_statements(script) == expected


def test_apply_migrations_runs_sql_and_functions_in_order_once() -> None:
    calls: list[str] = []

    def add_column(conn: sqlite3.Connection) -> None:
        calls.append("add_column")
        conn.execute("ALTER TABLE a ADD COLUMN y TEXT")

    migrations = (("0001_a", "CREATE TABLE a (x TEXT);"), ("0002_y", add_column))
    conn = _connect()
    assert apply_migrations(conn, "test.db", migrations) == ["0001_a", "0002_y"]
    assert apply_migrations(conn, "test.db", migrations) == []
    assert calls == ["add_column"]
    assert [row[1] for row in conn.execute("PRAGMA table_info(a)")] == ["x", "y"]


def test_apply_migrations_failed_step_leaves_nothing_behind() -> None:
    def fail_half_way(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    conn = _connect()
    migrations = (("0001_a", "CREATE TABLE a (x);"), ("0002_half", fail_half_way))
    with pytest.raises(RuntimeError, match="boom"):
        apply_migrations(conn, "test.db", migrations)
    assert "half" not in _tables(conn)
    recorded = [name for (name,) in conn.execute("SELECT name FROM migrations")]
    assert recorded == ["0001_a"]
    assert not conn.in_transaction


def test_apply_migrations_refuses_unknown_applied_names() -> None:
    conn = _connect()
    apply_migrations(conn, "test.db", (("0001_a", "CREATE TABLE a (x);"), ("0002_b", "SELECT 1;")))
    with pytest.raises(StoreError, match=r"test\.db was written by a newer bantin.*0002_b"):
        apply_migrations(conn, "test.db", (("0001_a", "CREATE TABLE a (x);"),))

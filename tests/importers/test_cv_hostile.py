"""Hostile CV files: each is refused with one line and exit 2, quickly, and in `screen`
it is an error row while the other inputs are still screened."""

from __future__ import annotations

import json

import pytest
from cv_files import (
    docx_with,
    entity_bomb_xml,
    external_entity_xml,
    many_members_zip,
    pdf_with_pages,
    zip_bomb,
)
from typer.testing import CliRunner

from matcher.cli import app

runner = CliRunner()
RULES = "rules/interpol-vn-0844.yaml"


def refused(path, expected: str) -> str:
    # "Quickly" is held by the suite's per-test timeout, not a wall-clock assertion that a loaded
    # machine could break: what these files guard against (bombs, 5,000 pages) runs for minutes.
    result = runner.invoke(app, ["profile", "import", str(path)])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"matcher: {path}"), result.stderr
    assert expected in lines[0], lines[0]
    assert "Traceback" not in result.output and result.stdout == ""
    return lines[0]


def test_xml_entity_bomb_is_refused_before_expansion(tmp_path):
    refused(entity_bomb_xml(tmp_path / "bomb.xml"), "DOCTYPE or entity declarations is refused")


def test_xml_external_entity_is_refused(tmp_path):
    line = refused(external_entity_xml(tmp_path / "xxe.xml"), "entity")
    assert "root:" not in line


def test_zip_bomb_linkedin_export_is_refused(tmp_path):
    refused(zip_bomb(tmp_path / "export.zip"), "possible zip bomb")


def test_zip_bomb_inside_a_word_file_is_refused(tmp_path):
    path = zip_bomb(tmp_path / "bomb.docx", member="word/document.xml")
    refused(path, "possible zip bomb")


def test_zip_with_thousands_of_members_is_refused(tmp_path):
    refused(many_members_zip(tmp_path / "many.zip"), "members (limit")


def test_five_thousand_page_pdf_is_refused_by_its_page_count(tmp_path):
    refused(pdf_with_pages(tmp_path / "huge.pdf", 5000), "5000 pages")


def test_word_file_with_macros_is_refused(tmp_path):
    path = docx_with(tmp_path / "macro.docx", {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 fake OLE"})
    refused(path, "macros")


def test_word_file_with_entities_is_refused(tmp_path):
    document = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="http://'
        b'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
    )
    refused(docx_with(tmp_path / "ent.docx", {}, document), "DOCTYPE")


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("empty.pdf", b"", "no %PDF header"),
        ("truncated.pdf", b"%PDF-1.4\n1 0 obj <<", "not a readable PDF"),
        ("notzip.docx", b"plain text", "not a readable Word document"),
        ("notzip.zip", b"PK\x03\x04broken", "not a readable LinkedIn export"),
        ("bad.xml", b"<SkillsPassport><LearnerInfo>", "not well-formed XML"),
        ("other.xml", b"<html/>", "not a Europass CV"),
        ("binary.txt", b"\x00\x01\x02" * 100, "binary data"),
        ("cv.odt", b"whatever", "unknown CV format"),
    ],
)
def test_damaged_files_are_one_line_errors(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    refused(path, expected)


def test_screen_turns_each_hostile_file_into_an_error_row(tmp_path):
    folder = tmp_path / "applications"
    folder.mkdir()
    entity_bomb_xml(folder / "bomb.xml")
    pdf_with_pages(folder / "huge.pdf", 5000)
    docx_with(folder / "macro.docx", {"word/vbaProject.bin": b"x"})
    (folder / "ok.txt").write_text(
        "Jane Doe\nEXPERIENCE\nAnalyst, Europol, The Hague, Netherlands\nJan 2018 – Dec 2020\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["screen", RULES, str(folder), "--format", "json", "--no-infer", "--quiet"])
    assert result.exit_code == 4, result.output
    rows = json.loads(result.stdout)["rows"]
    assert sorted(r["input"].rsplit("/", 1)[-1] for r in rows) == ["bomb.xml", "huge.pdf", "macro.docx", "ok.txt"]
    errors = {r["input"].rsplit("/", 1)[-1]: r["error"] for r in rows if r["verdict"] == "error"}
    assert set(errors) == {"bomb.xml", "huge.pdf", "macro.docx"}
    assert all("\n" not in e for e in errors.values())

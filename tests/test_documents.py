from datetime import date

from searchidx import Document


def test_id_is_the_canonical_url_when_there_is_one():
    doc = Document(title="T", body="B", url="https://example.org/news/1")
    assert doc.id == "https://example.org/news/1"


def test_id_without_url_depends_on_source_title_and_date_only():
    a = Document(
        title="Port opens",
        body="one",
        source="Port",
        date=date(2024, 1, 2),
        path="a.txt",
    )
    b = Document(
        title="Port opens",
        body="two",
        source="Port",
        date=date(2024, 1, 2),
        path="b.txt",
    )
    c = Document(title="Port opens", body="one", source="Port", date=date(2024, 1, 3))
    assert a.id == b.id
    assert a.id != c.id
    assert a.id.startswith("sha1:")


def test_content_hash_ignores_the_file_path_but_not_the_text():
    a = Document(title="T", body="same words", path="one.html")
    b = Document(title="T", body="same words", path="elsewhere/two.html")
    c = Document(title="T", body="other words", path="one.html")
    assert a.content_hash == b.content_hash
    assert a.content_hash != c.content_hash


def test_tags_given_as_a_list_become_a_tuple():
    doc = Document(title="T", body="B", tags=["navy", "exercise"])
    assert doc.tags == ("navy", "exercise")

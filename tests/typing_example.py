"""A library user's program, type-checked by CI (mypy) against searchidx's hints.

Never run by pytest (no test_ prefix): its job is to be checked.
"""

from datetime import date

import searchidx
from searchidx import (
    AddReport,
    CollectionStatistics,
    Document,
    FacetCount,
    Hit,
    Index,
    IndexStats,
    Results,
    SearchidxError,
)


def main(folder: str) -> None:
    with Index.open(folder, create=True) as index:
        report: AddReport = index.add(
            [Document(title="Navy drill", body="A multilateral exercise.")], wait=5.0
        )
        print(report.added + report.updated + report.repeated, report.changed)
        report = index.add_files(["corpus/"], field_map={"body": "contents"})
        results: Results = index.search(
            "multilateral exercise",
            since=date(2020, 1, 1),
            sources=["Pacific Joint Command"],
            sort="newest",
            limit=5,
        )
        for hit in results.hits:
            first: Hit = hit
            document: Document = first.document
            copies: tuple[str, ...] = first.copies
            print(first.rank, document.title, document.date, copies, hit.snippets)
        years: tuple[FacetCount, ...] = results.facets["year"]
        print(results.total, [(f.value, f.count) for f in years])
        statistics: CollectionStatistics = index.statistics("multilateral exercise")
        print(index.search("exercise", statistics=statistics + statistics).total)
        stats: IndexStats = index.stats()
        print(stats.documents, dict(stats.sources), stats.first_date)
        try:
            print(index.get("https://example.org/none").title)
        except searchidx.DocumentNotFoundError as error:
            print(error)
        print("https://example.org/none" in index, index.remove(["x"], wait=1.0))
        print(index.similar(results.hits[0].document.id, limit=3).hits)
        print(index.check().is_ok, len(index))
    try:
        Index.open("/nonexistent")
    except SearchidxError as error:
        print(str(error))

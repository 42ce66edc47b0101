"""page_of: the page a request asks for, and a designed answer for a number that is not one."""

import pytest
from django.test import RequestFactory

from securebase.core.paging import page_of

ITEMS = list(range(25))


@pytest.mark.parametrize(
    ("query", "number", "first_item"),
    [
        ("", 1, 0),
        ("?page=2", 2, 10),
        ("?page=3", 3, 20),
        ("?page=99", 3, 20),
        ("?page=nine", 1, 0),
        ("?page=-1", 3, 20),
    ],
)
def test_it_reads_the_page_asked_for_and_never_fails(query, number, first_item):
    page = page_of(RequestFactory().get(f"/list/{query}"), ITEMS, 10)

    assert page.number == number
    assert page.object_list[0] == first_item
    assert page.paginator.num_pages == 3


def test_an_empty_list_is_one_empty_page():
    page = page_of(RequestFactory().get("/list/?page=4"), [], 10)

    assert page.number == 1
    assert list(page.object_list) == []

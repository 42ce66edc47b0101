"""get_for_viewer_or_404: one answer, 404, for a row that is missing, not the viewer's, or
named by a malformed key."""

import pytest
from django.contrib.auth import get_user_model
from django.http import Http404
from django.test import TestCase

from securebase.core.access import get_for_viewer_or_404
from securebase.testing import Personas


class GetForViewerTests(Personas, TestCase):
    def test_it_returns_a_row_the_scoped_query_holds(self):
        mine = get_user_model().objects.filter(pk=self.ada.pk)

        assert get_for_viewer_or_404(mine, self.ada.pk) == self.ada

    def test_it_answers_404_for_a_row_outside_the_scope_and_for_a_missing_one(self):
        mine = get_user_model().objects.filter(pk=self.ada.pk)

        for key in (self.ben.pk, 10**9):
            with pytest.raises(Http404):
                get_for_viewer_or_404(mine, key)

    def test_it_answers_404_for_a_malformed_key(self):
        everyone = get_user_model().objects.all()

        for key in ("not-a-number", None, ["1"]):
            with pytest.raises(Http404):
                get_for_viewer_or_404(everyone, key)

    def test_it_looks_up_by_another_field(self):
        everyone = get_user_model().objects.all()

        assert get_for_viewer_or_404(everyone, self.ben.email, field="email") == self.ben

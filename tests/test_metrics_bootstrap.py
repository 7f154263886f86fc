"""Bootstrap intervals of micro F1 over documents (``newsgraph.evaluation.metrics.bootstrap_f1``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.evaluation.metrics import PRF, bootstrap_f1


def doc(tp: int, fp: int, fn: int) -> dict[str, PRF]:
    return {"joint": PRF(tp, fp, fn)}


def test_identical_documents_give_a_point_interval() -> None:
    docs = [doc(3, 1, 2)] * 12
    assert bootstrap_f1(docs, 200)["joint"] == (round(PRF(3, 1, 2).f1, 4),) * 2


def test_the_same_seed_gives_the_same_interval_and_seeds_differ() -> None:
    docs = [doc(i % 5, (i * 3) % 4, (i * 7) % 3) for i in range(40)]
    assert bootstrap_f1(docs, 300, seed=1) == bootstrap_f1(docs, 300, seed=1)
    lo, hi = bootstrap_f1(docs, 300, seed=1)["joint"]
    assert lo < PRF(sum(d["joint"].tp for d in docs), sum(d["joint"].fp for d in docs),
                    sum(d["joint"].fn for d in docs)).f1 < hi


def test_no_documents_or_no_rounds_give_no_interval() -> None:
    assert bootstrap_f1([], 100) == {}
    assert bootstrap_f1([doc(1, 0, 0)], 0) == {}


def test_a_level_outside_zero_and_one_is_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        bootstrap_f1([doc(1, 1, 1)], 10, level=95)


counts = st.tuples(st.integers(1, 30), st.integers(0, 30), st.integers(0, 30))


@settings(max_examples=40, deadline=None)
@given(st.lists(counts, min_size=1, max_size=15), st.integers(0, 10_000))
def test_the_interval_lies_between_the_extreme_documents(
    rows: list[tuple[int, int, int]], seed: int
) -> None:
    # a sum of counts has precision and recall between the smallest and largest of its parts
    # (mediants), and F1 grows with both: every resample's F1 lies in that band
    docs = [doc(*r) for r in rows]
    prfs = [d["joint"] for d in docs]
    p_min = min(m.precision for m in prfs)
    r_min = min(m.recall for m in prfs)
    p_max = max(m.precision for m in prfs)
    r_max = max(m.recall for m in prfs)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    lo, hi = bootstrap_f1(docs, 50, seed=seed)["joint"]
    assert lo <= hi
    assert f1(p_min, r_min) - 1e-4 <= lo and hi <= f1(p_max, r_max) + 1e-4

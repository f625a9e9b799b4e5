from pricing import total


def test_total_of_nothing_is_zero() -> None:
    assert total([]) == 0


def test_total_adds_up() -> None:
    assert total([100, 250]) == 350


def test_total_of_one() -> None:
    assert total([5]) == 5


def test_total_rounds_to_euros() -> None:
    assert total([150]) == 2

def total(cents: list[int]) -> int:
    return sum(cents)


def label(cents: int) -> str:
    # The report says mypy is clean; this returns an int where a str is declared.
    return cents

"""find_dates keeps its answers for the sentences asked last: each caller must still get a list of its own."""
from datetime import date

from eventwire.extraction.dates import find_dates


def test_each_caller_gets_its_own_list_of_the_kept_answer():
    sentence = "gunmen attacked the village on 9 may and again on 11 may"
    first = find_dates(sentence, date(2020, 5, 12))
    assert [d.value for d in first] == [date(2020, 5, 9), date(2020, 5, 11)]
    first.clear()                                       # a caller filtering its list in place
    again = find_dates(sentence, date(2020, 5, 12))
    assert [d.value for d in again] == [date(2020, 5, 9), date(2020, 5, 11)]
    assert again is not find_dates(sentence, date(2020, 5, 12))
    assert [d.value for d in find_dates(sentence, date(2021, 5, 12))] == [date(2021, 5, 9), date(2021, 5, 11)]

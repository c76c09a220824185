"""History told beside the news (written for these tests): a war's toll in the present perfect, a habit counted by
the year, "the deadliest since ...", months joined before an earlier year, and a feature that opens on an incident
years old. None is an incident of the day, and none lends its toll to the incident the story reports."""
from __future__ import annotations

from datetime import date

from eventwire.extraction.background import tells_history
from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _coded(text: str, published: str) -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.fatalities) for e in PIPE.extract(text, published=published)]


def test_a_war_s_toll_told_after_the_news_is_no_toll_of_the_news():
    text = ("KABUL, May 4 (Reuters) - A roadside bomb killed three soldiers in the eastern province of Kunar on "
            "Sunday, officials said.\n\nThe insurgency, which began in 2021, has killed thousands of people.\n")
    assert _coded(text, "2026-05-04") == [("2026-05-03", "Remote explosive/landmine/IED", 3)]


def test_violence_named_as_the_subject_of_a_perfect_tally_is_no_event():
    text = ("LAGOS, June 2 (Reuters) - Gunmen killed four farmers near the town of Mokwa on Monday, police said.\n\n"
            "Communal violence between the two ethnic groups in the hills has killed more than 200 people in the "
            "state since May 2023.\n")
    assert _coded(text, "2026-06-02") == [("2026-06-01", "Attack", 4)]


def test_a_habit_counted_by_the_year_is_no_event():
    text = ("JUBA, Feb 9 (AP) - Armed youths attacked a cattle camp near the town of Bor on Sunday, killing nine "
            "herders, officials said.\n\nCattle raids and revenge attacks kill hundreds of people in the region every "
            "year.\n")
    assert _coded(text, "2026-02-09") == [("2026-02-08", "Attack", 9)]


def test_the_deadliest_since_measures_the_news_against_history():
    text = ("BAGHDAD, Feb 4 (Reuters) - A car bomb exploded at a market in the city of Kirkuk on Tuesday, killing "
            "11 people, police said.\n\nThe blast damaged shops, a witness said.\n\nIt was the deadliest bombing "
            "in the city since a truck bomb killed 40 people on its edge in February 2025.\n")
    assert _coded(text, "2026-02-04") == [("2026-02-03", "Remote explosive/landmine/IED", 11)]


def test_months_joined_before_an_earlier_year_date_history():
    text = ("DHAKA, Aug 6 (Reuters) - Police fired tear gas at hundreds of students protesting in Dhaka on "
            "Thursday, witnesses said.\n\nMore than 600 people were killed in a crackdown on the protests in June "
            "and July 2024, a rights group says.\n")
    coded = _coded(text, "2026-08-06")
    assert coded == [("2026-08-06", "Protest with intervention", 0)]


def test_a_feature_opening_on_an_incident_years_old_codes_only_the_news():
    text = ("ANALYSIS-Why the war in the north goes on\n\nPEMBA, Mozambique, Nov 12 (Reuters) - When insurgents "
            "stormed the port town of Mocimboa da Praia in August 2020, killing dozens of soldiers, many thought "
            "the war had peaked.\n\nIt has not. Since then, the rebels have outlasted two foreign interventions "
            "and several offensives, and the region remains poor.\n\nOn Tuesday, insurgents raided a village in "
            "Macomia district, burning homes and killing two people, residents said.\n\nAnalysts say the group "
            "now favours small, mobile raids over holding towns.\n")
    assert _coded(text, "2026-11-12") == [("2026-11-10", "Attack", 2)]


def test_tells_history_keeps_a_toll_of_the_day():
    published = date(2026, 5, 4)
    assert tells_history("the war, which began in 2014, has killed hundreds of thousands of people.", published)
    assert tells_history("such raids kill dozens of people each year.", published)
    assert tells_history("more than 600 people were killed in a crackdown on the protests in june and july 2024.",
                         published)
    assert tells_history("it was the deadliest bombing in the city since a truck bomb killed 40 there.", published)
    assert not tells_history("two more people died of their wounds in hospital on monday.", published)
    assert not tells_history("four of the wounded later died, a doctor said.", published)


def test_a_verdict_codes_no_event_for_the_crime_it_punishes():
    text = ("LIMA (AP) - A court on Tuesday sentenced two former army officers to 30 years in prison for the 2019 "
            "kidnapping and murder of a union leader in the Andean region of Puno, prosecutors said.\n\nProsecutors "
            "said the officers seized the man at a roadblock and handed him to a gang.\n\nRelatives applauded "
            "outside the court.\n\nThe defence said it would appeal.\n")
    assert _coded(text, "2026-06-10") == []


def test_an_obituary_naming_a_peace_deal_by_its_year_codes_no_agreement():
    text = ("BOGOTA (Reuters) - A former rebel commander who became a defender of the 2016 peace accord has died of "
            "cancer at his home, his family said on Wednesday.\n\nHe joined the rebels in 1982 and spent ten "
            "years in prison.\n\nThere he wrote two books. Later he sat in Congress for one term.\n\nFriends "
            "remembered a patient man. He is survived by his wife and two sons.\n")
    assert _coded(text, "2026-03-11") == []


def test_an_earlier_month_told_before_the_news_of_a_long_article_is_context():
    text = ("ANALYSIS-The war nobody ends\n\nPEMBA, Mozambique, Nov 12 (Reuters) - Last month, militants beheaded "
            "three farmers near the district town of Macomia, according to a local monitor.\n\nThe insurgency has "
            "outlasted two foreign interventions. The gas project is still on hold.\n\nOn Tuesday, insurgents raided a village in Macomia district, "
            "burning homes and killing two people, residents said.\n\nAnalysts say the raids will go on. The army "
            "did not comment.\n")
    assert _coded(text, "2026-11-12") == [("2026-11-10", "Attack", 2)]


def test_a_death_that_could_have_happened_is_no_toll():
    text = ("Police said on Wednesday that a pipe bomb left outside a house in Strabane on Tuesday night was made "
            "safe by army technical officers.\n\n\"This was a reckless act that could have killed anyone who "
            "passed by,\" a detective said.\n")
    assert [(e.sub_event_type, e.fatalities) for e in PIPE.extract(text, published="2026-11-18")] \
        == [("Disrupted weapons use", 0)]

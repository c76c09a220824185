"""What the authorities did about an incident, told after it (written for these tests): troops sent to the area, a
curfew imposed after the attack, weapons recovered at the site. Part of the incident's story, not a development of
its own, and the forces sent afterwards are no side of the incident; a deployment with a day of its own, or told
alone, still is one."""
from __future__ import annotations

from eventwire.pipeline import Pipeline

PIPE = Pipeline()


def _coded(text: str, published: str) -> list[tuple]:
    return [(e.event_date, e.sub_event_type, e.fatalities, e.actor1) for e in PIPE.extract(text, published=published)]


def test_a_curfew_imposed_after_the_attack_is_part_of_its_story():
    text = ("IMPHAL, India, March 5 (Reuters) - Suspected militants ambushed an army patrol in Manipur's Ukhrul "
            "district on Wednesday, killing three soldiers, officials said.\n\nAuthorities imposed a curfew in the "
            "district after the ambush, a government order said.\n")
    assert [c[:3] for c in _coded(text, "2026-03-05")] == [("2026-03-04", "Armed clash", 3)]


def test_troops_sent_to_the_area_are_no_side_of_the_attack():
    text = ("RAMALLAH, West Bank, May 8 (Reuters) - Settlers set fire to cars in a Palestinian village near Nablus "
            "on Thursday night and a man was shot dead, the health ministry said.\n\nThe military said troops were "
            "sent to the area.\n")
    coded = _coded(text, "2026-05-08")
    assert [c[:3] for c in coded] == [("2026-05-07", "Attack", 1)]
    assert not coded[0][3].startswith("Military Forces")


def test_weapons_recovered_at_the_site_of_a_clash_are_the_clash_s():
    text = ("MANILA, Jan 9 (PNA) - Soldiers killed two communist rebels in a clash in the hills of Samar province on "
            "Thursday, the army said.\n\nTroops recovered three rifles and a grenade at the site, it said.\n")
    assert [c[:3] for c in _coded(text, "2026-01-09")] == [("2026-01-08", "Armed clash", 2)]


def test_a_deployment_told_alone_is_still_a_development():
    text = ("ABUJA, Jan 9 (Reuters) - The army deployed to the northern town of Gusau on Friday to reinforce "
            "police ahead of local elections, a spokesman said.\n")
    assert [c[1] for c in _coded(text, "2026-01-09")] == ["Change to group/activity"]

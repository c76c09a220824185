"""A synthetic day of news for the benchmarks: wire reports written from templates.

    python bench/corpus.py --sentences 100000 --out /tmp/corpus

Throughput only means something on text that looks like the real input, so the
reports here imitate a wire service's output for one day: a dateline, real towns
and provinces, actors, numbers written as digits, words and vague quantities,
relative dates, and mostly ordinary news (markets, sport, weather, politics,
health) with a minority of sentences that report an air strike, a clash, a
protest, a bombing or an arrest. Everything is drawn from `random.Random(seed)`,
so a seed and a sentence count always give the same corpus, byte for byte.
Every template and place list below was written for this project.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterator

DEFAULT_DAY = date(2024, 3, 14)
DEFAULT_SEED = 20240314
AGENCIES = ("Reuters", "AFP", "AP", "Xinhua", "Anadolu", "dpa", "UPI")


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    groups: tuple[str, ...]          # armed groups as the press names them
    towns: tuple[tuple[str, str], ...]   # (town, province / state / region)
    currency: str = "dollar"


# Real towns and the province each lies in; the armed groups are those the press
# names in these places. Facts, not copied text.
COUNTRIES: tuple[Country, ...] = (
    Country("Syria", "Syrian", ("Hayat Tahrir al-Sham", "Islamic State", "Turkish-backed rebels", "Syrian Democratic Forces"),
            (("Idlib", "Idlib"), ("Saraqib", "Idlib"), ("Ariha", "Idlib"), ("Jisr al-Shughur", "Idlib"),
             ("Maarat al-Numan", "Idlib"), ("Aleppo", "Aleppo"), ("Azaz", "Aleppo"), ("Afrin", "Aleppo"),
             ("Hama", "Hama"), ("Homs", "Homs"), ("Palmyra", "Homs"), ("Deir ez-Zor", "Deir ez-Zor"),
             ("Raqqa", "Raqqa"), ("Daraa", "Daraa"), ("Qamishli", "Hasakah")), "pound"),
    Country("Iraq", "Iraqi", ("Islamic State", "Iran-backed militias", "Kurdish fighters"),
            (("Mosul", "Nineveh"), ("Kirkuk", "Kirkuk"), ("Tikrit", "Salahuddin"), ("Samarra", "Salahuddin"),
             ("Ramadi", "Anbar"), ("Fallujah", "Anbar"), ("Baqubah", "Diyala"), ("Basra", "Basra"),
             ("Baghdad", "Baghdad")), "dinar"),
    Country("Yemen", "Yemeni", ("Houthi rebels", "al Qaeda in the Arabian Peninsula", "Southern Transitional Council forces"),
            (("Taiz", "Taiz"), ("Hodeidah", "Hodeidah"), ("Marib", "Marib"), ("Aden", "Aden"),
             ("Sanaa", "Sanaa"), ("Saada", "Saada")), "rial"),
    Country("Afghanistan", "Afghan", ("Islamic State Khorasan", "National Resistance Front fighters"),
            (("Kandahar", "Kandahar"), ("Kabul", "Kabul"), ("Jalalabad", "Nangarhar"), ("Kunduz", "Kunduz"),
             ("Herat", "Herat"), ("Mazar-i-Sharif", "Balkh")), "afghani"),
    Country("Pakistan", "Pakistani", ("Pakistani Taliban", "Balochistan Liberation Army"),
            (("Peshawar", "Khyber Pakhtunkhwa"), ("Bannu", "Khyber Pakhtunkhwa"), ("Quetta", "Balochistan"),
             ("Gwadar", "Balochistan"), ("Karachi", "Sindh"), ("Lahore", "Punjab")), "rupee"),
    Country("Nigeria", "Nigerian", ("Boko Haram", "Islamic State West Africa Province", "armed bandits"),
            (("Maiduguri", "Borno"), ("Bama", "Borno"), ("Damboa", "Borno"), ("Kaduna", "Kaduna"),
             ("Zaria", "Kaduna"), ("Jos", "Plateau"), ("Katsina", "Katsina"), ("Gusau", "Zamfara"),
             ("Lagos", "Lagos"), ("Abuja", "Federal Capital Territory")), "naira"),
    Country("Somalia", "Somali", ("al Shabaab",),
            (("Mogadishu", "Banadir"), ("Baidoa", "Bay"), ("Kismayo", "Lower Juba"), ("Beledweyne", "Hiran"),
             ("Afgooye", "Lower Shabelle")), "shilling"),
    Country("Mali", "Malian", ("JNIM militants", "Islamic State Sahel Province"),
            (("Gao", "Gao"), ("Timbuktu", "Timbuktu"), ("Mopti", "Mopti"), ("Menaka", "Menaka"),
             ("Bamako", "Bamako")), "franc"),
    Country("Burkina Faso", "Burkinabe", ("JNIM militants", "Islamic State fighters"),
            (("Djibo", "Sahel"), ("Dori", "Sahel"), ("Kaya", "Centre-Nord"), ("Ouagadougou", "Centre"),
             ("Fada N'Gourma", "Est")), "franc"),
    Country("Democratic Republic of Congo", "Congolese", ("M23 rebels", "ADF militants", "CODECO militiamen"),
            (("Goma", "North Kivu"), ("Beni", "North Kivu"), ("Butembo", "North Kivu"), ("Bunia", "Ituri"),
             ("Bukavu", "South Kivu"), ("Uvira", "South Kivu")), "franc"),
    Country("Sudan", "Sudanese", ("Rapid Support Forces", "Sudan People's Liberation Movement-North"),
            (("Khartoum", "Khartoum"), ("Omdurman", "Khartoum"), ("El Fasher", "North Darfur"),
             ("Nyala", "South Darfur"), ("El Geneina", "West Darfur"), ("Wad Madani", "Gezira")), "pound"),
    Country("Ethiopia", "Ethiopian", ("Fano militiamen", "Oromo Liberation Army"),
            (("Mekelle", "Tigray"), ("Gondar", "Amhara"), ("Bahir Dar", "Amhara"), ("Nekemte", "Oromia"),
             ("Addis Ababa", "Addis Ababa")), "birr"),
    Country("Kenya", "Kenyan", ("al Shabaab",),
            (("Nairobi", "Nairobi"), ("Mombasa", "Mombasa"), ("Kisumu", "Kisumu"), ("Nakuru", "Nakuru"),
             ("Garissa", "Garissa"), ("Lamu", "Lamu")), "shilling"),
    Country("Ukraine", "Ukrainian", ("Russian forces",),
            (("Kharkiv", "Kharkiv"), ("Kherson", "Kherson"), ("Zaporizhzhia", "Zaporizhzhia"), ("Odesa", "Odesa"),
             ("Dnipro", "Dnipropetrovsk"), ("Sumy", "Sumy"), ("Pokrovsk", "Donetsk"), ("Kramatorsk", "Donetsk"),
             ("Kyiv", "Kyiv")), "hryvnia"),
    Country("Myanmar", "Myanmar", ("People's Defence Force fighters", "Arakan Army", "Kachin Independence Army"),
            (("Mandalay", "Mandalay"), ("Sagaing", "Sagaing"), ("Lashio", "Shan"), ("Myawaddy", "Kayin"),
             ("Sittwe", "Rakhine"), ("Yangon", "Yangon")), "kyat"),
    Country("Colombia", "Colombian", ("ELN guerrillas", "FARC dissidents", "Clan del Golfo gunmen"),
            (("Cucuta", "Norte de Santander"), ("Tumaco", "Narino"), ("Cali", "Valle del Cauca"),
             ("Popayan", "Cauca"), ("Medellin", "Antioquia"), ("Bogota", "Bogota")), "peso"),
    Country("Mexico", "Mexican", ("cartel gunmen", "Sinaloa Cartel gunmen", "Jalisco New Generation Cartel gunmen"),
            (("Culiacan", "Sinaloa"), ("Tijuana", "Baja California"), ("Ciudad Juarez", "Chihuahua"),
             ("Acapulco", "Guerrero"), ("Morelia", "Michoacan"), ("Mexico City", "Mexico City")), "peso"),
    Country("India", "Indian", ("Maoist rebels", "suspected militants"),
            (("Imphal", "Manipur"), ("Srinagar", "Jammu and Kashmir"), ("Raipur", "Chhattisgarh"),
             ("Kolkata", "West Bengal"), ("New Delhi", "Delhi")), "rupee"),
    Country("Bangladesh", "Bangladeshi", ("opposition activists",),
            (("Dhaka", "Dhaka"), ("Chittagong", "Chittagong"), ("Sylhet", "Sylhet")), "taka"),
    Country("Lebanon", "Lebanese", ("Hezbollah fighters",),
            (("Beirut", "Beirut"), ("Tyre", "South"), ("Nabatieh", "Nabatieh"), ("Tripoli", "North")), "pound"),
)

# Places in the ordinary news: capitals and business centres.
CALM_TOWNS: tuple[tuple[str, str], ...] = (
    ("London", "United Kingdom"), ("Paris", "France"), ("Berlin", "Germany"), ("Frankfurt", "Germany"),
    ("Tokyo", "Japan"), ("New York", "United States"), ("Washington", "United States"), ("Chicago", "United States"),
    ("Brussels", "Belgium"), ("Geneva", "Switzerland"), ("Zurich", "Switzerland"), ("Sydney", "Australia"),
    ("Sao Paulo", "Brazil"), ("Johannesburg", "South Africa"), ("Seoul", "South Korea"), ("Singapore", "Singapore"),
    ("Madrid", "Spain"), ("Rome", "Italy"), ("Milan", "Italy"), ("Toronto", "Canada"), ("Mumbai", "India"),
    ("Jakarta", "Indonesia"), ("Manila", "Philippines"), ("Istanbul", "Turkey"), ("Cairo", "Egypt"),
    ("Amman", "Jordan"), ("Dubai", "United Arab Emirates"), ("Lima", "Peru"), ("Buenos Aires", "Argentina"),
    ("Santiago", "Chile"), ("Warsaw", "Poland"), ("Stockholm", "Sweden"), ("Oslo", "Norway"),
    ("Vienna", "Austria"), ("Hong Kong", "China"), ("Beijing", "China"), ("Shanghai", "China"),
    ("Bangkok", "Thailand"), ("Hanoi", "Vietnam"), ("Accra", "Ghana"), ("Dakar", "Senegal"),
    ("Casablanca", "Morocco"), ("Athens", "Greece"), ("Lisbon", "Portugal"), ("Dublin", "Ireland"),
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "fifteen", "twenty")
VAGUE = ("dozens of", "several", "at least five", "at least 12", "more than 20", "scores of", "nearly 30",
         "over fifty", "a dozen", "at least three", "up to eight", "some 40")
FIRST = ("Ahmed", "Maria", "John", "Fatima", "Peter", "Aisha", "Carlos", "Olena", "Ibrahim", "Grace",
         "Hassan", "Elena", "Samuel", "Nadia", "Kenji", "Amina", "David", "Sofia", "Omar", "Lucy")
LAST = ("Hassan", "Okafor", "Silva", "Kovalenko", "Mwangi", "Rahman", "Diallo", "Haddad", "Moreno",
        "Tanaka", "Mensah", "Ibrahimovic", "Novak", "Osei", "Khan", "Petrov", "Ndlovu", "Garcia", "Ali", "Weber")
COMPANIES = ("Northwind Holdings", "Meridian Bank", "Atlas Mining", "Bluecrest Energy", "Orion Telecom",
             "Pioneer Foods", "Harbor Logistics", "Vantage Motors", "Sterling Pharma", "Crescent Airlines")
TEAMS = ("City", "United", "Rovers", "Athletic", "Wanderers", "Rangers", "Albion", "Olympic", "Sporting", "Dynamo")
SPORTS_EVENTS = ("the league", "the cup quarter-final", "the continental championship", "the derby",
                 "the season opener", "the title race")


class _Slots(dict):
    """Template slots filled on first use, so one sentence uses one value per slot."""

    def __init__(self, rng: random.Random, makers: dict[str, Callable[[random.Random], str]], fixed: dict[str, str]):
        super().__init__(fixed)
        self._rng = rng
        self._makers = makers

    def __missing__(self, key: str) -> str:
        value = self._makers[key](self._rng)
        self[key] = value
        return value


def _count(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.45:
        return str(rng.randint(2, 45))
    if kind < 0.75:
        return rng.choice(NUMBER_WORDS)
    return rng.choice(VAGUE)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _relative_day(rng: random.Random) -> str:
    """'on Tuesday', 'overnight', 'on March 12': the ways reports date an event."""
    back = rng.randint(0, 5)
    day = DEFAULT_DAY - timedelta(days=back)
    form = rng.random()
    if back == 0 and form < 0.5:
        return rng.choice(("on Thursday", "early on Thursday", "on Thursday morning"))
    if form < 0.6:
        return f"on {WEEKDAYS[day.weekday()]}"
    if form < 0.75:
        return f"late on {WEEKDAYS[day.weekday()]}"
    if form < 0.9:
        return f"on {day.strftime('%B')} {day.day}"
    return rng.choice(("overnight", "on Wednesday night", "earlier this week"))


MAKERS: dict[str, Callable[[random.Random], str]] = {
    "num": _count,
    "num2": _count,
    "digits": lambda r: str(r.randint(2, 60)),
    "big": lambda r: f"{r.randint(2, 90) * 100:,}",
    "when": _relative_day,
    "weekday": lambda r: r.choice(WEEKDAYS),
    "person": lambda r: f"{r.choice(FIRST)} {r.choice(LAST)}",
    "surname": lambda r: r.choice(LAST),
    "company": lambda r: r.choice(COMPANIES),
    "pct": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 9)}",
    "pct2": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 9)}",
    "big_votes": lambda r: str(r.randint(61, 250)),
    "small_pct": lambda r: f"{r.randint(0, 2)}.{r.randint(1, 9)}",
    "money": lambda r: f"{r.randint(2, 950)} million",
    "billions": lambda r: f"{r.randint(1, 40)}.{r.randint(1, 9)} billion",
    "year": lambda r: str(r.randint(2019, 2023)),
    "quarter": lambda r: r.choice(("first", "second", "third", "fourth")),
    "team1": lambda r: r.choice(TEAMS),
    "team2": lambda r: r.choice(TEAMS),
    "goals1": lambda r: str(r.randint(0, 4)),
    "goals2": lambda r: str(r.randint(0, 3)),
    "minute": lambda r: _ordinal(r.randint(3, 90)),
    "competition": lambda r: r.choice(SPORTS_EVENTS),
    "temp": lambda r: str(r.randint(-5, 44)),
    "rain": lambda r: str(r.randint(20, 180)),
    "village": lambda r: r.choice(("Tal Hamid", "Kili", "Ngala", "Bulo Burte", "Aba Saeed", "Kafr Hamra",
                                   "Dar Salam", "Mairi", "Sabon Gari", "Kili Kiri")),
    "source": lambda r: r.choice(("a local official said", "witnesses said", "a war monitor said",
                                  "police said", "the army said in a statement", "residents told reporters",
                                  "a hospital source said", "local media reported", "a security source said",
                                  "a rescue group said")),
}

# Sentences that report an event (ACLED would code them). Slots: see MAKERS, plus
# {town} {province} {country} {adj} {group} {group2}.
EVENT_TEMPLATES: tuple[str, ...] = (
    "{adj} warplanes struck the town of {town} in {province} province {when}, killing {num} civilians, {source}.",
    "Air strikes hit a crowded market in {town} {when}, killing {num} people and wounding {num2} others, {source}.",
    "A drone strike on a vehicle near {town} killed {num} suspected {group} members {when}, {source}.",
    "{group} fighters shelled residential areas of {town} {when}, wounding {num} people, {source}.",
    "Artillery fire hit the outskirts of {town} in {province} {when}, {source}.",
    "{adj} troops clashed with {group} near {town} {when}, and the fighting left {num} fighters dead, {source}.",
    "Heavy fighting broke out between the {adj} army and {group} on the outskirts of {town} {when}, {source}.",
    "{group} attacked an army post in {town} {when}, killing {num} soldiers, {source}.",
    "Gunmen stormed the village of {village} near {town} {when} and shot dead {num} villagers, {source}.",
    "Armed men abducted {num} students from a school in {town} in {province} state {when}, {source}.",
    "A car bomb exploded near a checkpoint in {town} {when}, killing {num} people, {source}.",
    "A suicide bomber blew himself up at a mosque in {town} {when}, killing {num} worshippers, {source}.",
    "A roadside bomb struck a military convoy near {town} {when}, killing {num} soldiers, {source}.",
    "A landmine blast killed {num} farmers working their fields outside {town} {when}, {source}.",
    "Police fired tear gas to disperse hundreds of protesters in {town} {when}, {source}.",
    "Thousands of people marched through central {town} {when} to protest against rising fuel prices.",
    "Hundreds of teachers rallied outside the governor's office in {town} {when} to demand unpaid salaries.",
    "Protesters blocked the main road into {town} {when}, burning tyres and throwing stones at police, {source}.",
    "Rioters torched shops and vehicles in {town} {when} after a disputed local election, {source}.",
    "Security forces opened fire on demonstrators in {town} {when}, killing {num} people, {source}.",
    "Police arrested {num} opposition activists in {town} {when} ahead of a planned rally, {source}.",
    "Security forces detained {num} people suspected of links to {group} in a raid on {town} {when}.",
    "{adj} forces recaptured the town of {town} from {group} {when}, {source}.",
    "{group} seized control of {town} after government troops withdrew {when}, {source}.",
)

# Sentences that follow an event in a conflict report but report none themselves.
CONTEXT_TEMPLATES: tuple[str, ...] = (
    "The government did not immediately comment on the reports.",
    "There was no immediate claim of responsibility.",
    "Aid agencies have warned of a worsening humanitarian situation in {province}.",
    "{group} did not respond to a request for comment.",
    "The {adj} defence ministry said it was investigating the incident.",
    "Residents said many families had fled towards the border in recent weeks.",
    "Hospitals in {town} were struggling to cope with the number of wounded, a doctor said.",
    "The United Nations called on all sides to protect civilians and allow aid to reach those in need.",
    "Reuters could not independently verify the accounts.",
    "{person}, a shopkeeper in {town}, said he had closed his business for the week.",
    "Schools in the area were shut and the main market remained closed on {weekday}.",
    "The region has seen repeated violence since {year}, according to local officials.",
    "Officials said a curfew would remain in force in {town} until further notice.",
    "The {adj} president is due to visit the area next week, his office said.",
)

# Ordinary news: no event, some with words that sound violent in another sense.
CALM_TEMPLATES: dict[str, tuple[str, ...]] = {
    "economy": (
        "Shares in {company} rose {pct} percent after the group reported a {quarter}-quarter profit of ${money}.",
        "The central bank kept its benchmark interest rate unchanged at {pct} percent on {weekday}.",
        "Inflation in {country} slowed to {pct} percent in February from {pct2} percent a month earlier, data showed.",
        "The {currency} weakened {small_pct} percent against the dollar in early trading.",
        "{company} said it would cut {big} jobs over the next two years as it seeks to reduce costs.",
        "Analysts polled by the agency had expected growth of {small_pct} percent for the quarter.",
        "Oil prices climbed on {weekday} as traders weighed supply cuts against a slowing global economy.",
        "Exports rose to ${billions} in the first two months of the year, the trade ministry said.",
        "The finance minister, {person}, said the budget deficit would narrow to {pct} percent of output.",
        "Dockworkers at the port of {town} went on strike over pay, halting container traffic for a second day.",
        "{company} agreed to buy a rival for ${billions} in cash and shares, the companies said.",
        "Bond yields edged lower after the figures, while the main stock index closed {small_pct} percent higher.",
    ),
    "sport": (
        "{team1} beat {team2} {goals1}-{goals2} in {competition} on {weekday} to move top of the table.",
        "The striker scored in the {minute} minute to give his side a deserved win.",
        "The coach, {person}, said his team had attacked well but must defend better in the second leg.",
        "Fans in {town} celebrated late into the night after the final whistle.",
        "The captain was ruled out for three weeks with a hamstring injury, the club said.",
        "{person} won the women's 10,000 metres in {town} in a season's best time.",
        "The match was delayed by {digits} minutes because of heavy rain.",
        "Organisers said more than {big} tickets had been sold for the final.",
        "A late penalty was enough for the visitors, who had been under pressure for most of the second half.",
    ),
    "weather": (
        "Temperatures in {town} are expected to reach {temp} degrees Celsius on {weekday}, forecasters said.",
        "Heavy rain is forecast across the north of {country} over the weekend, with up to {rain} mm in places.",
        "The weather service issued a warning for strong winds along the coast.",
        "Farmers said the dry spell had cut the maize harvest by about a third.",
        "Flights at the airport in {town} were delayed on {weekday} because of thick fog.",
        "The rainy season started later than usual this year, the meteorological office said.",
    ),
    "politics": (
        "Parliament in {country} approved the budget on {weekday} by {big_votes} votes to {digits}.",
        "The prime minister, {person}, met the visiting foreign minister in {town} to discuss trade.",
        "The opposition leader, {person}, said the party would field candidates in every district.",
        "The electoral commission said voter registration would close at the end of the month.",
        "Ministers agreed to extend the programme for another year, a government spokesman said.",
        "The two countries signed agreements on energy, transport and education during the visit.",
        "Lawmakers will debate the proposed changes to the constitution next week.",
        "{person}, a senator, accused the government of mismanaging public funds, a charge it denied.",
        "The president appointed {person} as the new interior minister in a cabinet reshuffle.",
    ),
    "health": (
        "The health ministry said {big} children had been vaccinated against measles in {province} this month.",
        "A new hospital wing with {digits} beds opened in {town} on {weekday}.",
        "Doctors said the patient had suffered a heart attack and was in a stable condition.",
        "Cases of cholera have fallen for a third week, the World Health Organization said.",
        "Nurses in {town} went on strike to demand better working conditions.",
        "Researchers said the trial results would be published later this year.",
    ),
    "society": (
        "The festival drew {big} visitors to {town} over the weekend, organisers said.",
        "Schools in {province} will reopen on {weekday} after the holiday, the education office said.",
        "A new bridge linking {town} with the main highway was opened to traffic.",
        "The city council of {town} approved a plan to expand the bus network.",
        "{person} said the film was inspired by her grandmother's stories of village life.",
        "The museum in {town} will display the collection for the first time since {year}.",
        "Police said a man had been charged with theft after a break-in at a shop in {town}.",
    ),
}


@dataclass
class Report:
    """One generated report, with the counts the benchmark and the tests need."""

    id: str
    text: str
    published: str
    sentences: int
    event_sentences: int

    def record(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text, "published": self.published}


@dataclass
class CorpusStats:
    """What was written: totals, and per JSONL file the counts the benchmark divides by."""

    articles: int = 0
    sentences: int = 0
    event_sentences: int = 0
    bytes: int = 0
    seed: int = DEFAULT_SEED
    files: list[dict] = field(default_factory=list)   # {path, articles, sentences, event_sentences}

    def add(self, report: Report, size: int) -> None:
        """Count a report written to the current (last) file."""
        current = self.files[-1]
        current["articles"] += 1
        current["sentences"] += report.sentences
        current["event_sentences"] += report.event_sentences
        self.articles += 1
        self.sentences += report.sentences
        self.event_sentences += report.event_sentences
        self.bytes += size

    def to_dict(self, with_files: bool = False) -> dict:
        data = {"articles": self.articles, "sentences": self.sentences, "event_sentences": self.event_sentences,
                "event_share": self.event_sentences / self.sentences if self.sentences else 0.0,
                "bytes": self.bytes, "seed": self.seed, "n_files": len(self.files)}
        if with_files:
            data["files"] = self.files
        return data


def _fill(template: str, rng: random.Random, fixed: dict[str, str]) -> str:
    text = template.format_map(_Slots(rng, MAKERS, fixed))
    return text[0].upper() + text[1:]


def _draw(rng: random.Random, templates: tuple[str, ...], n: int) -> list[str]:
    """`n` templates, none repeated until all have been used: a report never says the same thing twice."""
    drawn: list[str] = []
    while len(drawn) < n:
        drawn += rng.sample(templates, min(len(templates), n - len(drawn)))
    return drawn


def _conflict_report(rng: random.Random, length: int) -> tuple[str, list[tuple[str, bool]]]:
    country = rng.choice(COUNTRIES)
    town, province = rng.choice(country.towns)
    fixed = {"town": town, "province": province, "country": country.name, "adj": country.adjective,
             "group": rng.choice(country.groups), "currency": country.currency}
    n_events = 1 + (rng.random() < 0.35) + (rng.random() < 0.1)
    context = _draw(rng, CONTEXT_TEMPLATES, length)
    sentences: list[tuple[str, bool]] = []
    for i in range(length):
        if i < n_events and (i == 0 or rng.random() < 0.7):
            other_town, other_province = rng.choice(country.towns)
            slots = dict(fixed, town=other_town if i else town, province=other_province if i else province)
            sentences.append((_fill(rng.choice(EVENT_TEMPLATES), rng, slots), True))
        else:
            sentences.append((_fill(context[i], rng, fixed), False))
    dateline_town = town if rng.random() < 0.6 else rng.choice(country.towns)[0]
    return dateline_town, sentences


def _calm_report(rng: random.Random, length: int) -> tuple[str, list[tuple[str, bool]]]:
    topic = rng.choice(tuple(CALM_TEMPLATES))
    if rng.random() < 0.7:
        town, country_name = rng.choice(CALM_TOWNS)
        province, currency = town, "dollar"
    else:   # ordinary news from the same countries as the conflict reports
        country = rng.choice(COUNTRIES)
        town, province = rng.choice(country.towns)
        country_name, currency = country.name, country.currency
    fixed = {"town": town, "province": province, "country": country_name, "currency": currency}
    others = tuple(t for name, group in CALM_TEMPLATES.items() if name != topic for t in group)
    drawn = _draw(rng, CALM_TEMPLATES[topic], min(length, rng.randint(3, 8))) + _draw(rng, others, length)
    return town, [(_fill(t, rng, fixed), False) for t in drawn[:length]]


def generate(n_sentences: int, seed: int = DEFAULT_SEED, day: date = DEFAULT_DAY,
             conflict_share: float = 0.3) -> Iterator[Report]:
    """Reports until exactly `n_sentences` sentences are written (the last report is cut short)."""
    rng = random.Random(seed)
    written = 0
    index = 0
    while written < n_sentences:
        length = min(rng.randint(4, 12), n_sentences - written)
        if rng.random() < conflict_share:
            dateline, sentences = _conflict_report(rng, length)
        else:
            dateline, sentences = _calm_report(rng, length)
        agency = rng.choice(AGENCIES)
        head = f"{dateline.upper()} ({agency}) - "
        text = head + " ".join(s for s, _ in sentences)
        written += len(sentences)
        yield Report(id=f"bench-{seed}-{index:06d}", text=text, published=day.isoformat(),
                     sentences=len(sentences), event_sentences=sum(1 for _, e in sentences if e))
        index += 1


class Batches:
    """JSONL files of `per_file` records each under `out`, a new file opened as one fills; each
    file gets an entry in `files` ({path, articles, sentences, event_sentences}) to count into."""

    def __init__(self, out: Path, prefix: str, per_file: int, files: list[dict]):
        self.out, self.prefix, self.per_file, self.files = out, prefix, per_file, files
        self._handle = None
        self._in_file = 0

    def write(self, record: dict) -> int:
        """Write one record; returns its size in bytes."""
        if self._handle is None or self._in_file == self.per_file:
            self.close()
            path = self.out / f"{self.prefix}_{len(self.files):04d}.jsonl"
            self.files.append({"path": str(path), "articles": 0, "sentences": 0, "event_sentences": 0})
            self._handle = open(path, "w", encoding="utf-8")
            self._in_file = 0
        line = json.dumps(record, ensure_ascii=False) + "\n"
        self._handle.write(line)
        self._in_file += 1
        return len(line.encode("utf-8"))

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> "Batches":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_manifest(out: Path, manifest: dict) -> None:
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def write_corpus(out_dir: str | Path, n_sentences: int, seed: int = DEFAULT_SEED,
                 per_file: int = 500) -> CorpusStats:
    """JSONL batches of `per_file` reports (`id`, `text`, `published`) and a manifest.json of counts."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stats = CorpusStats(seed=seed)
    with Batches(out, "batch", per_file, stats.files) as batches:
        for report in generate(n_sentences, seed):
            size = batches.write(report.record())
            stats.add(report, size)
    write_manifest(out, stats.to_dict(with_files=True))
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-file", type=int, default=500, help="reports per JSONL file")
    parser.add_argument("--out", required=True, help="directory for the JSONL batches")
    args = parser.parse_args(argv)
    stats = write_corpus(args.out, args.sentences, args.seed, args.per_file)
    print(json.dumps(stats.to_dict()), file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

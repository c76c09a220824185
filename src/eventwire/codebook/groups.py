"""Named armed and political groups: the names the press uses, mapped to ACLED's actor name and inter code.

One entry per group: ACLED's name, its inter code, why it has that code (the codebook's
reason), then every surface form the press writes, lowercased. Inter codes: 1 state
forces, 2 rebel group, 3 political militia, 4 identity militia, 8 external/other forces.
`extraction.actors` compiles the forms into one Aho-Corasick automaton; an apostrophe-less
spelling of each form ("peoples militia") is added there, not here.

Facts: group names and their usual acronyms. Short acronyms (up to four letters) are trusted
only in capitals in cased text (see `extraction.actors`).
"""
from __future__ import annotations

from dataclasses import dataclass

from . import INTER_EXTERNAL, INTER_IDENTITY_MILITIA, INTER_POLITICAL_MILITIA, INTER_REBEL, INTER_STATE

STATE, REBEL, POLITICAL, IDENTITY, EXTERNAL = (INTER_STATE, INTER_REBEL, INTER_POLITICAL_MILITIA,
                                               INTER_IDENTITY_MILITIA, INTER_EXTERNAL)


@dataclass(frozen=True)
class NamedGroup:
    """One actor of ACLED's list and the names it goes by."""

    name: str                  # ACLED's actor name
    inter: int                 # ACLED's inter code
    why: str                   # the codebook's reason for the code
    forms: tuple[str, ...]     # lowercased surface forms


G = NamedGroup
NAMED_GROUPS: tuple[NamedGroup, ...] = (
    # -- Syria ---------------------------------------------------------------------------------------
    G("HTS: Hayat Tahrir al Sham", REBEL, "armed opposition fighting the Syrian state; Nusra Front was its name",
      ("hayat tahrir al-sham", "hayat tahrir al sham", "tahrir al-sham", "tahrir al sham", "hts", "nusra front",
       "al-nusra", "al nusra", "jabhat al-nusra", "jabhat fateh al-sham")),
    G("QSD: Syrian Democratic Forces", REBEL, "armed movement holding territory against the Syrian state",
      ("sdf", "syrian democratic forces", "qsd")),
    G("YPG: Peoples Protection Units", REBEL, "Kurdish armed movement holding territory in Syria",
      ("ypg", "people's protection units", "peoples protection units")),
    G("Free Syrian Army", REBEL, "armed opposition to the Syrian state", ("free syrian army", "fsa")),
    G("Syrian National Army", REBEL, "armed opposition to the Syrian state", ("syrian national army", "sna")),
    G("Failaq al Sham", REBEL, "armed opposition to the Syrian state",
      ("failaq al-sham", "failaq al sham", "sham legion")),
    G("Ahrar al Sham", REBEL, "armed opposition to the Syrian state", ("ahrar al-sham", "ahrar al sham")),
    G("Jaish al Islam", REBEL, "armed opposition to the Syrian state", ("jaish al-islam", "jaish al islam")),
    G("Turkistan Islamic Party", REBEL, "armed opposition fighting in Syria", ("turkistan islamic party", "tip")),
    G("Hurras al Din", REBEL, "Al Qaeda's armed branch in Syria", ("hurras al-din", "hurras al din")),
    # -- transnational jihadist movements ------------------------------------------------------------
    G("Islamic State", REBEL, "seeks to overthrow states and hold territory",
      ("islamic state", "isis", "isil", "daesh", "is militants", "is fighters", "islamic state group")),
    G("Islamic State (West Africa)", REBEL, "Islamic State's province around Lake Chad",
      ("iswap", "islamic state west africa")),
    G("Islamic State (Greater Sahara)", REBEL, "Islamic State's province in the Sahel",
      ("isgs", "islamic state in the greater sahara", "islamic state greater sahara")),
    G("Al Qaeda", REBEL, "seeks to overthrow states", ("al-qaeda", "al qaeda", "al-qaida", "al qaida")),
    G("AQAP: Al Qaeda in the Arabian Peninsula", REBEL, "Al Qaeda's branch fighting the Yemeni state",
      ("aqap", "al-qaeda in the arabian peninsula")),
    G("AQIM: Al Qaeda in the Islamic Maghreb", REBEL, "Al Qaeda's branch fighting North African states",
      ("aqim", "al-qaeda in the islamic maghreb")),
    G("JNIM: Group for Support of Islam and Muslims", REBEL, "Al Qaeda's alliance fighting Sahel states",
      ("jnim", "group for support of islam and muslims")),
    G("Ahlu Sunnah Wa-Jamo", REBEL, "insurgency in northern Mozambique",
      ("ansar al-sunna", "ansar al sunna", "al-sunnah wa jama'ah", "ahlu sunnah wa jama")),
    # -- Africa --------------------------------------------------------------------------------------
    G("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", REBEL, "insurgency against the Nigerian state",
      ("boko haram", "jas")),
    G("Al Shabaab", REBEL, "insurgency against the Somali state",
      ("al-shabaab", "al shabaab", "al-shabab", "al shabab", "shabaab", "shabab")),
    G("ADF: Allied Democratic Forces", REBEL, "insurgency in eastern Congo and Uganda",
      ("adf", "allied democratic forces")),
    G("M23: March 23 Movement", REBEL, "rebellion holding territory in eastern Congo", ("m23", "march 23 movement")),
    G("FDLR: Democratic Forces for the Liberation of Rwanda", REBEL, "Rwandan rebels based in Congo", ("fdlr",)),
    G("CODECO: Cooperative for the Development of Congo", IDENTITY, "ethnic (Lendu) militia in Ituri",
      ("codeco",)),
    G("Mai-Mai Militia", POLITICAL, "local armed groups serving a political end in Congo",
      ("mai-mai", "mai mai", "mayi-mayi")),
    G("Ambazonian Separatists", REBEL, "secessionist insurgency in Cameroon",
      ("ambazonian separatists", "ambazonia", "amba boys", "anglophone separatists")),
    G("TPLF: Tigray People's Liberation Front", REBEL, "armed movement fighting the Ethiopian state",
      ("tplf", "tigray people's liberation front", "tigrayan forces", "tigray defense forces")),
    # (a name of four letters is read only in capitals, as acronyms are: its longer forms read it written "Fano")
    G("Fano Militia", IDENTITY, "ethnic (Amhara) militia",
      ("fano", "fano militia", "fano militias", "fano fighters", "fano forces", "fano groups", "fano rebels")),
    G("OLA: Oromo Liberation Army", REBEL, "insurgency against the Ethiopian state",
      ("ola", "oromo liberation army")),
    G("Rapid Support Forces", REBEL, "fights the Sudanese army for the state", ("rsf", "rapid support forces")),
    G("Janjaweed Militia", POLITICAL, "armed group serving a political end in Darfur", ("janjaweed",)),
    G("Anti-Balaka", IDENTITY, "militias defined by religion and community in the Central African Republic",
      ("anti-balaka",)),
    G("Ex-Seleka Militia", REBEL, "rebellion against the Central African state", ("seleka", "ex-seleka")),
    G("Fulani Ethnic Militia", IDENTITY, "armed men acting for an ethnic community",
      ("fulani militia", "fulani herdsmen", "fulani gunmen", "herdsmen")),
    G("Unidentified Armed Group", POLITICAL, "armed men of no known allegiance", ("bandits", "armed bandits")),
    G("Imbonerakure", POLITICAL, "ruling party's youth wing acting as a militia in Burundi", ("imbonerakure",)),
    G("LRA: Lord's Resistance Army", REBEL, "insurgency in Central Africa", ("lra", "lord's resistance army")),
    G("Polisario Front", REBEL, "independence movement in Western Sahara", ("polisario",)),
    G("Military Forces of Libya (2014-) Haftar Faction", STATE, "a rival government's army in Libya",
      ("haftar", "libyan national army", "lna", "haftar's forces", "haftar forces")),
    G("Military Forces of Libya (2016-) Government of National Accord", STATE, "Libya's recognised government",
      ("government of national accord", "gna")),
    # -- Middle East ---------------------------------------------------------------------------------
    G("Military Forces of Yemen (2016-) Supreme Political Council", REBEL,
      "the Houthi movement, coded by ACLED under the authority it set up in Sanaa",
      ("houthi", "houthis", "houthi rebels", "ansar allah", "ansarallah")),
    G("National Resistance Forces", POLITICAL, "armed force serving a political leader in Yemen",
      ("national resistance forces", "national resistance", "tihama resistance")),
    G("Hezbollah", REBEL, "armed movement outside the Lebanese state's control",
      ("hezbollah", "hizbollah", "hizballah")),
    G("Hamas", REBEL, "armed movement fighting Israel", ("hamas", "qassam brigades", "al-qassam brigades")),
    G("PIJ: Palestinian Islamic Jihad", REBEL, "armed movement fighting Israel", ("islamic jihad", "al-quds brigades")),
    G("PKK: Kurdistan Workers Party", REBEL, "insurgency against the Turkish state",
      ("pkk", "kurdistan workers party", "kurdistan workers' party")),
    G("Military Forces of Iraq (2014-) Popular Mobilization Forces", STATE, "militias made part of Iraq's forces",
      ("popular mobilization forces", "popular mobilisation forces", "pmf", "hashd al-shaabi", "hashd")),
    G("Military Forces of Iraq (2014-) Peshmerga - Kurdistan Regional Government", STATE,
      "the Kurdistan Region's forces, part of the Iraqi state", ("peshmerga",)),
    G("Operation Restoring Hope", EXTERNAL, "foreign coalition fighting in Yemen",
      ("saudi-led coalition", "saudi-led coalition forces", "arab coalition", "coalition warplanes",
       "coalition jets")),
    G("Global Coalition Against Daesh", EXTERNAL, "foreign coalition fighting in Iraq and Syria",
      ("us-led coalition", "u.s.-led coalition", "anti-isis coalition", "global coalition")),
    # -- Asia ----------------------------------------------------------------------------------------
    G("Taliban", REBEL, "insurgency (ACLED keeps the name after 2021)", ("taliban", "taleban")),
    G("TTP: Tehrik-i-Taliban Pakistan", REBEL, "insurgency against the Pakistani state",
      ("tehrik-i-taliban", "tehreek-e-taliban", "pakistani taliban", "ttp")),
    G("BLA: Baloch Liberation Army", REBEL, "separatist insurgency in Pakistan",
      ("baloch liberation army", "bla")),
    G("Hizbul Mujahideen", REBEL, "insurgency in Kashmir", ("hizbul mujahideen", "hizbul")),
    G("LeT: Lashkar-e-Taiba", REBEL, "insurgency in Kashmir", ("lashkar-e-taiba", "lashkar-e-toiba", "let")),
    G("JeM: Jaish-e-Mohammad", REBEL, "insurgency in Kashmir", ("jaish-e-mohammed", "jaish-e-muhammad", "jem")),
    G("CPI (Maoist): Communist Party of India (Maoist)", REBEL, "insurgency against the Indian state",
      ("maoists", "maoist", "cpi-maoist", "naxals", "naxal", "naxalites")),
    G("NPA: New People's Army", REBEL, "communist insurgency in the Philippines",
      ("new people's army", "new peoples army", "npa")),
    G("Abu Sayyaf", REBEL, "insurgency in the southern Philippines", ("abu sayyaf",)),
    G("AA: Arakan Army", REBEL, "ethnic armed organisation fighting Myanmar's army", ("arakan army",)),
    # (their full names end in "National ... Army": without them "Ta'ang National Liberation Army" read as the ELN)
    G("TNLA: Ta'ang National Liberation Army", REBEL, "ethnic armed organisation fighting Myanmar's army",
      ("ta'ang national liberation army", "taang national liberation army", "tnla")),
    G("MNDAA: Myanmar National Democratic Alliance Army", REBEL, "ethnic armed organisation fighting Myanmar's army",
      ("myanmar national democratic alliance army", "mndaa")),
    G("KIA: Kachin Independence Army", REBEL, "ethnic armed organisation fighting Myanmar's army",
      ("kachin independence army", "kia")),
    G("KNU: Karen National Union", REBEL, "ethnic armed organisation fighting Myanmar's army",
      ("karen national union", "knu", "knla")),
    G("PDF: People's Defense Force", REBEL, "armed resistance to Myanmar's military government",
      ("people's defense force", "peoples defense force", "pdf")),
    # -- the Americas --------------------------------------------------------------------------------
    G("FARC Dissidents", REBEL, "fronts that kept fighting after the 2016 peace deal", ("farc", "farc dissidents")),
    G("ELN: National Liberation Army", REBEL, "insurgency in Colombia", ("eln", "national liberation army")),
    G("EZLN: Zapatista Army of National Liberation", REBEL, "armed movement in Chiapas", ("zapatista", "ezln")),
    G("Unidentified Gang", POLITICAL, "criminal armed groups, coded as political militias",
      ("cartel", "sinaloa cartel", "cjng", "jalisco new generation cartel", "gulf cartel", "zetas")),
    # -- Europe --------------------------------------------------------------------------------------
    G("NAF: United Armed Forces of Novorossiya", REBEL, "Russian-backed separatist forces in eastern Ukraine",
      ("naf", "donetsk people's republic", "luhansk people's republic", "luhansk people's militia",
       "donbass people's militia", "donetsk people's militia", "donbas people's militia",
       "people's militia of donbass", "dpr", "lpr", "pro-russian separatists", "separatists in eastern ukraine")),
    G("Wagner Group", EXTERNAL, "private military company fighting abroad", ("wagner", "wagner group")),
    # -- international missions ----------------------------------------------------------------------
    G("AMISOM: African Union Mission in Somalia", EXTERNAL, "foreign peacekeepers",
      ("amisom", "african union mission")),
    G("MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo", EXTERNAL,
      "foreign peacekeepers", ("monusco",)),
    G("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", EXTERNAL,
      "foreign peacekeepers", ("minusma",)),
    G("NATO: North Atlantic Treaty Organization", EXTERNAL, "foreign military alliance", ("nato",)),
)
del G

"""Organization-structure rules on invented sentences: parents, deals, rivals, founders, seats.

Every company, person and small place here is made up; each positive case has a near miss
that must not give the fact.
"""
from __future__ import annotations

import pytest

from invented import facts_of


def facts(text: str, title: str = "Company news") -> set[tuple[str, str, str]]:
    """The facts of a dated article of ``text``.

    A company's label is its core name, without legal or group words ("Vantor" of "Vantor Group").
    """
    return facts_of(text, title, published="May 4, 2023")


def parent(child: str, of: str) -> tuple[str, str, str]:
    return (child, "parentOrganization", of)


def founder(org: str, person: str) -> tuple[str, str, str]:
    return (org, "founder", person)


POSITIVE = [
    # lists of units with appositives, places and descriptors
    ("Vantor Group makes pumps. Vantor Group also owns Kelby Rentals GmbH, a car rental business, "
     "and the engine maker Drasko Antriebe AG.",
     {parent("Kelby Rentals", "Vantor"), parent("Drasko Antriebe", "Vantor")}),
    ("Vantor Group makes pumps. Subsidiaries include Vantor Display Inc., Vantor Europe B.V. in Utrecht, "
     "Netherlands, and the component maker Quelling Tools Ltd.",
     {parent("Vantor Display", "Vantor"), parent("Vantor Europe", "Vantor"),
      parent("Quelling Tools", "Vantor")}),
    ("Tarvo Records is a label. Tarvo Records' imprints are Tarvo Jazz Records, Quill Records and Tarvo Kids Records.",
     {parent("Tarvo Jazz Records", "Tarvo Records"), parent("Quill Records", "Tarvo Records"),
      parent("Tarvo Kids Records", "Tarvo Records")}),
    ("Vantor Group is a subsidiary of Morrow Holdings, a holding company owned by the Morrow family, "
     "which also controls the regional airline Skyvale Airways.",
     {parent("Vantor", "Morrow"), parent("Skyvale Airways", "Morrow")}),
    ("Quarto Media, a publisher based in Leeds which also owns the Wexley Herald and the weekly Dunmore Gazette, "
     "cut jobs.",
     {parent("Wexley Herald", "Quarto Media"), parent("Dunmore Gazette", "Quarto Media")}),
    # perfect tenses, "itself", an appositive between subject and verb, a place before the parent
    ("Kelby Motors Ltd. makes vans. Since 2003 the company has been a subsidiary of the Munich-based "
     "Brandel Holding AG.", {parent("Kelby Motors", "Brandel")}),
    ("Nexwell Interactive, a publisher headquartered in Leeds, is itself part of the Tarrow Group.",
     {parent("Nexwell Interactive", "Tarrow")}),
    ("Tarrow Group is itself a subsidiary of the Leeds-based Halcot Media plc.",
     {parent("Tarrow", "Halcot Media")}),
    ("Kelby Radio Ltd. has been owned by Quarto Media since 2011.", {parent("Kelby Radio", "Quarto Media")}),
    # founders: an appositive before the verb, lists of three with bylines, a place with a comma
    ("Pellin Games, based in Oldham, Lancashire, was founded in 2009 by Jo Harker and Mia Lund.",
     {founder("Pellin Games", "Jo Harker"), founder("Pellin Games", "Mia Lund"),
      ("Pellin Games", "foundingDate", "2009")}),
    ("Kelby Bank was established in 1991 by the industrialist Adebo Kuti, the economist Nora Eze and "
     "Tim Okafor as Kelby Merchant Bank.",
     {founder("Kelby Bank", "Adebo Kuti"), founder("Kelby Bank", "Nora Eze"), founder("Kelby Bank", "Tim Okafor")}),
    ("Tarvo Records is a Brazilian record label founded in 1997 in Fortaleza, Ceará, by the singer Lucia Ferro "
     "and the guitarist Caio Ramos.",
     {founder("Tarvo Records", "Lucia Ferro"), founder("Tarvo Records", "Caio Ramos")}),
    ("Quarto Soft Ltd. was founded in 1995 by Rajan Mehta's father-in-law, Suresh Kapoor.",
     {founder("Quarto Soft", "Suresh Kapoor")}),
    ("Corvel Labs, founded in 1997 by Princeton chemist Anna Dorsey, sells drugs.",
     {founder("Corvel Labs", "Anna Dorsey")}),
    ("Margit Sandell is a Norwegian engineer. She co-founded the turbine maker Nordholm Energy in 1981 "
     "together with her husband, Anton Sandell.",
     {founder("Nordholm Energy", "Margit Sandell"), founder("Nordholm Energy", "Anton Sandell")}),
    ("Margit Sandell is a Norwegian engineer. She is also the founder of the Sandell Foundation, a charity.",
     {founder("Sandell Foundation", "Margit Sandell")}),
    ("Kelby Steel Corp. makes pipes. Founded on 9 May 1955 by Jo Harker and Mia Lund, it later made cars.",
     {founder("Kelby Steel", "Jo Harker"), founder("Kelby Steel", "Mia Lund")}),
    # founding dates: a first issue, a fronted participle with "it", a merger, "since its founding"
    ("The Wexley Courier is a daily newspaper. First printed on 5 March 1867 as the Wexley Evening Courier, "
     "it was later sold.", {("Wexley Courier", "foundingDate", "1867-03-05")}),
    ("Vantor Steel and Ostrava Metals merged in 1998 to form Corvex Industries.",
     {("Corvex Industries", "foundingDate", "1998")}),
    ("Banco Tarvo, headquartered in Lisbon and run by the Tarvo family since its founding in 1951, grew.",
     {("Banco Tarvo", "foundingDate", "1951")}),
    # acquisitions: a relative clause, an adverbial before the verb, two targets, a sale to a buyer
    ("Vantor Group also owns the engine maker Drasko Antriebe AG, which it acquired in 2005.",
     {("Vantor", "acquired", "Drasko Antriebe"), parent("Drasko Antriebe", "Vantor")}),
    ("Kelby Leasing GmbH, which Vantor Group bought in 1999, makes vans.",
     {("Vantor", "acquired", "Kelby Leasing"), parent("Kelby Leasing", "Vantor")}),
    ("Vantor Group last year acquired Quelling Tools Ltd. and the Danish blade maker Vestby Blades Inc.",
     {("Vantor", "acquired", "Quelling Tools"), ("Vantor", "acquired", "Vestby Blades")}),
    ("Vantor Group will also sell its unprofitable display unit, Vantor Display Inc., to Japan's Lumico "
     "Panel Corp. for 38 billion yen.",
     {("Lumico Panel", "acquired", "Vantor Display"), parent("Vantor Display", "Vantor")}),
    ("Vantor Group makes drugs. The company said it now plans to spin off its crop-science unit, "
     "Vantor Crop Science Inc., next year.", {parent("Vantor Crop Science", "Vantor")}),
    ("Tarvo Radio Ltd. was sold to Quarto Media Corp. in 2001.",
     {("Quarto Media", "acquired", "Tarvo Radio"), parent("Tarvo Radio", "Quarto Media")}),
    # investments
    ("Skyvale Airways is backed by the state-owned Harbin Growth Fund.",
     {("Harbin Growth Fund", "investedIn", "Skyvale Airways")}),
    ("Morrow Capital, which invested 3 billion yuan in Skyvale Airways in 2021, is state-owned.",
     {("Morrow Capital", "investedIn", "Skyvale Airways")}),
    ("Morrow Holdings owns 20 percent of Skyvale Airways.", {("Morrow", "investedIn", "Skyvale Airways")}),
    ("Tarvo Radio Ltd. is 40 percent owned by Quarto Media Corp.", {("Quarto Media", "investedIn", "Tarvo Radio")}),
    # rivals and partners named with their places and descriptors
    ("Vantor Group competes with Guangzhou's Lanxo Mobile Inc. and with Beijing-based Huaxo Electronics.",
     {("Vantor", "competitor", "Lanxo Mobile"), ("Vantor", "competitor", "Huaxo Electronics")}),
    ("Vantor Group has struggled against low-cost rivals such as South Korea's Daewol Electronics and the "
     "Chinese fridge maker Lingxi Appliances.",
     {("Vantor", "competitor", "Daewol Electronics"), ("Vantor", "competitor", "Lingxi Appliances")}),
    ("Both had worked at Bengaluru-based Nirmo Software, one of Vantor Group's main competitors.",
     {("Vantor", "competitor", "Nirmo Software")}),
    ("Vantor Group and Kenya's Safaro Telecom have formed a joint venture.",
     {("Vantor", "partner", "Safaro Telecom")}),
    ("Vantor Group partnered with Oslo-based Nordo Energy and the Danish utility Vesto Power.",
     {("Vantor", "partner", "Nordo Energy"), ("Vantor", "partner", "Vesto Power")}),
    # seats: a listed unit with its city, the company's own headquarters, a city before the name
    ("Vantor Group makes pumps. Subsidiaries include Vantor Display Inc. and Vantor Europe B.V. in Utrecht, "
     "Netherlands.", {("Vantor Europe", "headquarters", "Utrecht"), parent("Vantor Europe", "Vantor")}),
    ("Vantor Group has subsidiaries in Zambia and Kenya, including Vantor Zambia Ltd. in Lusaka and Vantor "
     "Kenya Ltd. in Nairobi.",
     {parent("Vantor Zambia", "Vantor"), ("Vantor Zambia", "headquarters", "Lusaka"),
      parent("Vantor Kenya", "Vantor"), ("Vantor Kenya", "headquarters", "Nairobi")}),
    ("The Indian maker Vantor Group on Friday unveiled the Z5 speaker at a launch at its headquarters "
     "in Pune.", {("Vantor", "headquarters", "Pune")}),
    ("In 2006 Tarvo Records moved its headquarters to Lisbon.", {("Tarvo Records", "headquarters", "Lisbon")}),
    ("Wendell Tech University is a public research university in Ballarat, Victoria, Australia.",
     {("Wendell Tech University", "headquarters", "Ballarat")}),
    ("Vantor Group competes with Guangzhou's Lanxo Mobile Inc.", {("Lanxo Mobile", "headquarters", "Guangzhou")}),
    ("Analysts at Munich brokerage Hallstein Securities agreed.", {("Hallstein Securities", "headquarters", "Munich")}),
    ("The unit went to Taiwan's Lumico Panel Corp. for $1 billion.", {("Lumico Panel", "country", "Taiwan")}),
    # second verbs of the sentence's subject; "it" after a fronted phrase; an object relative
    ("Pellin Games Ltd., based in Oldham, was founded in 2009 by Jo Harker, and became a wholly owned "
     "subsidiary of Nexwell Interactive shortly after.", {parent("Pellin Games", "Nexwell Interactive")}),
    ("Under her leadership Nordholm Energy Inc., based in Flensburg, built three turbines and acquired the "
     "Danish blade maker Vestby Blades Ltd.", {("Nordholm Energy", "acquired", "Vestby Blades")}),
    ("The Wexley Courier is a daily newspaper. First printed in 1867 as the Wexley Evening Courier, it was "
     "founded by the brewer and politician Jo Harker.", {founder("Wexley Courier", "Jo Harker")}),
    ("Kelby Computers Inc. cut jobs. In a note to the staff of the company Jo Harker founded, he "
     "said bonuses would end.", {founder("Kelby Computers", "Jo Harker")}),
    ("Nexwell Interactive ships games. A spin-off was made by Nexwell Interactive's Tokyo studio, Nexwell Japan Inc.",
     {parent("Nexwell Japan", "Nexwell Interactive")}),
    # a plural noun after "<city>-based" shares the city out; a club from a city stands there
    ("The bank hired Leeds-based law firms Kelby Partners Ltd. and Tarrow Legal Ltd.",
     {("Kelby Partners", "headquarters", "Leeds"), ("Tarrow Legal", "headquarters", "Leeds")}),
    ("Kelby Fotball Club was a Norwegian association football club from Bergen, Norway.",
     {("Kelby Fotball Club", "headquarters", "Bergen")}),
    # rivals a company loses customers to; partners of agreements
    ("Banco Tarvo has been losing customers to online banks such as Pippin Bank and Lunaro Bank.",
     {("Banco Tarvo", "competitor", "Pippin Bank"), ("Banco Tarvo", "competitor", "Lunaro Bank")}),
    # rivals with a demonym, "its" rivals, pairs of rivals, a copula, a subject with an appositive
    ("Ferrovo SA said its French rival Dunmore Rail Ltd. had cut fares.", {("Ferrovo", "competitor", "Dunmore Rail")}),
    ("Ferrovo SA's German rival Dunmore Rail Ltd. cut fares.", {("Ferrovo", "competitor", "Dunmore Rail")}),
    ("Kelby Ltd said Quorn Holdings Corp., its main competitor, had cut prices.", {("Kelby", "competitor", "Quorn")}),
    ("Kelby Ltd and Quorn Holdings Corp. have long been fierce rivals.", {("Kelby", "competitor", "Quorn")}),
    ("Kelby Ltd and Quorn Holdings Corp. compete in the market for pumps.", {("Kelby", "competitor", "Quorn")}),
    ("Kelby Ltd is the main rival of Quorn Holdings Corp.", {("Kelby", "competitor", "Quorn")}),
    ("Banco Tarvo, headquartered in Lisbon and controlled by the Tarvo family since 1951, has been losing "
     "customers to online banks such as Pippin Bank.", {("Banco Tarvo", "competitor", "Pippin Bank")}),
    # deals: a completed purchase, a relative clause of the buyer, a participle appositive of the target
    ("Vantor Group on Monday completed its $2 billion purchase of Helmond Foods Ltd.",
     {("Vantor", "acquired", "Helmond Foods"), parent("Helmond Foods", "Vantor")}),
    ("Solvane Energy Corp., which bought Marrow Petroleum Ltd. last year, reported higher profits.",
     {("Solvane Energy", "acquired", "Marrow Petroleum")}),
    ("Tarnwell Inc., acquired by Brixel Holdings in 2010, makes pumps.",
     {("Brixel", "acquired", "Tarnwell"), parent("Tarnwell", "Brixel")}),
    # funding rounds, shareholders and backers
    ("Lumora Health Inc. raised $20 million in a funding round led by Quessant Ventures and Orro Capital.",
     {("Quessant Ventures", "investedIn", "Lumora Health"), ("Orro Capital", "investedIn", "Lumora Health")}),
    ("Lumora Health Inc. raised $5 million from Brixel Capital.", {("Brixel Capital", "investedIn", "Lumora Health")}),
    ("Brixel Holdings led a $40 million investment in Tarnwell Inc.", {("Brixel", "investedIn", "Tarnwell")}),
    ("Brixel Holdings, the largest shareholder in Tarnwell Inc., voted against.", {("Brixel", "investedIn", "Tarnwell")}),
    ("Investors in Tarnwell Inc. include Quorn Capital and Orro Ventures.",
     {("Quorn Capital", "investedIn", "Tarnwell"), ("Orro Ventures", "investedIn", "Tarnwell")}),
    ("Lumora Health Inc. makes tests. Its backers include Fendale Capital.", {("Fendale Capital", "investedIn", "Lumora Health")}),
    # partners: "in partnership with", an announced partnership, a progressive, a possessive
    ("Crestline Foods Ltd. launched the snack in partnership with Yarrow Brands Inc.",
     {("Crestline Foods", "partner", "Yarrow Brands")}),
    ("Brixel Holdings on Monday announced a strategic partnership with Tarnwell Inc. to sell cars.",
     {("Brixel", "partner", "Tarnwell")}),
    ("Kelby Corp. is teaming up with Quorn Ltd. to sell cars.", {("Kelby", "partner", "Quorn")}),
    ("Ombrel Group's joint venture with Fendale Capital opened a plant.", {("Ombrel", "partner", "Fendale Capital")}),
    # parents in appositives: owned by, part of, a possessive unit, "a <parent> subsidiary", "its ... business"
    ("Brixel Holdings, owned by Tarnwell Inc., makes pumps.", {parent("Brixel", "Tarnwell")}),
    ("Hallam Ltd., now part of Tarnwell Inc., makes pumps.", {parent("Hallam", "Tarnwell")}),
    ("Kelby Pumps Ltd., Tarnwell Inc.'s pump unit, makes pumps.", {parent("Kelby Pumps", "Tarnwell")}),
    ("Quorn Ltd., a Tarnwell Inc. subsidiary, makes pumps.", {parent("Quorn", "Tarnwell")}),
    ("Tarnwell Inc. will spin off Fendale Ltd., its pump business.", {parent("Fendale", "Tarnwell")}),
    # competition from, taking on, rivals that include, a rank behind another
    ("Tarnwell Inc. faces stiff competition from Kelby Ltd. in Europe.", {("Tarnwell", "competitor", "Kelby")}),
    ("Tarnwell Inc. hopes to take on Quorn Ltd. in the tablet market.", {("Tarnwell", "competitor", "Quorn")}),
    ("Tarnwell Inc.'s rivals include Dunmore Ltd. and Brixel Ltd.",
     {("Tarnwell", "competitor", "Dunmore"), ("Tarnwell", "competitor", "Brixel")}),
    ("The deal made Tarnwell Inc. the second-largest operator of car carriers in northern Europe, behind Morrow Ltd.",
     {("Tarnwell", "competitor", "Morrow")}),
    # sales with the buyer after "to", takeovers agreed to, owners before their companies
    ("The sale of Hallam Ltd. to Crestline Group closed.", {("Crestline", "acquired", "Hallam")}),
    ("Vantor Group sold Fenwick Ltd., its pump maker, to Zellis Group.",
     {("Zellis", "acquired", "Fenwick"), parent("Fenwick", "Zellis")}),
    ("Tarnwell Inc. agreed to a $2 billion takeover by Yarrow Group.", {("Yarrow", "acquired", "Tarnwell")}),
    ("Kelby Ltd.'s owner, Quorn Holdings, said profits rose.", {parent("Kelby", "Quorn")}),
    ("Garrow Ltd. owner Hallam Group said profits rose.", {parent("Garrow", "Hallam")}),
    # a partner named with common words is an organization
    ("Vantor Group formed a partnership with Singapore's Pine Cloud to offer services.",
     {("Vantor", "partner", "Pine Cloud"), ("Pine Cloud", "country", "Singapore")}),
    # co-development
    ("Vantor Group developed the chip with Hangzhou-based chip designer Quorn Semiconductor Ltd.",
     {("Vantor", "partner", "Quorn Semiconductor")}),
    ("Vantor Group and Kelby Motors Ltd. jointly developed the engine.", {("Vantor", "partner", "Kelby Motors")}),
    # a name in an opening prepositional phrase is not the sentence's subject, which a next "It" continues
    ("Vantor Group makes pumps. Under a plan called \"Tarrow Rising 2030\", the company aims to grow. It will "
     "also sell its display unit, Vantor Display Inc., to Lumico Panel Corp.",
     {parent("Vantor Display", "Vantor")}),
    # operating as a unit of another
    ("Tarvo Bank Ltd. makes loans. Tarvo Bank Ltd. will buy Zappo Pay Ltd. Jo Harker will stay on as chief "
     "executive of Zappo Pay Ltd., which will operate as an independent unit of the bank.",
     {parent("Zappo Pay", "Tarvo Bank")}),
    # a stake held through a vehicle
    ("Analysts backed Skyvale Airways, which the Norwegian state owns a 40% stake in via Morrow Holdings.",
     {("Morrow", "investedIn", "Skyvale Airways")}),
    ("The government holds a stake in Skyvale Airways through its investment arm Morrow Capital.",
     {("Morrow Capital", "investedIn", "Skyvale Airways")}),
    # cross-shareholdings go both ways
    ("Skyvale Airways, which has a cross-shareholding agreement with Morrow Aviation Corp., grew.",
     {("Skyvale Airways", "investedIn", "Morrow Aviation"), ("Morrow Aviation", "investedIn", "Skyvale Airways")}),
    ("Skyvale Airways and Morrow Aviation Corp. hold small stakes in each other.",
     {("Skyvale Airways", "investedIn", "Morrow Aviation"), ("Morrow Aviation", "investedIn", "Skyvale Airways")}),
    # a subject "it" after a short time adverbial continues the previous sentence's subject
    ("Vantor Group makes robots. Last year it formed a joint venture with Kobe-based Kisaragi Motors to "
     "build welding robots.", {("Vantor", "partner", "Kisaragi Motors")}),
    ("Vantor Group makes robots. Earlier this year it bought the Danish blade maker Vestby Blades Inc.",
     {("Vantor", "acquired", "Vestby Blades")}),
    ("Vantor Group has reached agreements with Taiwan and Singapore based companies, Kelby Electronics "
     "and Zorbit Systems, to make the phones.",
     {("Vantor", "partner", "Kelby Electronics"), ("Vantor", "partner", "Zorbit Systems")}),
    # a founder after "by" may be named by a place's or body's title
    ("The Oldtown Herald is a weekly newspaper. The newspaper was established in 1852 by Oldtown's first "
     "bishop, Michael Tarrant.", {founder("Oldtown Herald", "Michael Tarrant")}),
    # "the Courier" is the one name of the title it ends
    ("The Wexley Courier is a daily newspaper. Since 2014 the Courier has been owned by Halbury Press Group.",
     {parent("Wexley Courier", "Halbury Press")}),
    # a seat named as "the <adjective place> province of" a city
    ("Tarvik Defence is a Turkish weapons maker based in the eastern Anatolian province of Erzurum.",
     {("Tarvik Defence", "headquarters", "Erzurum")}),
    # a club "from" a district, a city: the city of the chain
    ("Harnvik Fotball was a Norwegian association football club from Oldvik, Bergen, Hordaland.",
     {("Harnvik Fotball", "headquarters", "Bergen")}),
    # "developed by Acme's Tokyo studio, Acme Japan": the studio named after the possessive made it
    ("The Zorb X2 is a smartphone. The Zorb X2 was developed by Ombrel's Tokyo studio, Ombrel Japan.",
     {("Zorb X2", "manufacturer", "Ombrel Japan")}),
    # lead conjuncts: a second verb of the subject
    ("Quorn Mobile is owned by the Brannock Group and is based in Oslo.", {("Quorn Mobile", "headquarters", "Oslo")}),
    ("Lindvik is a Swedish furniture retailer. It is headquartered in Malmo and was founded in 1954 by Erik "
     "Lindvik.", {founder("Lindvik", "Erik Lindvik"), ("Lindvik", "foundingDate", "1954")}),
    ("Dresk AG is a Munich-based company. It was acquired by Brannock Group in 1999 and is now a division of "
     "Brannock Industrial.", {parent("Dresk", "Brannock Industrial")}),
    # founders named before the date
    ("Vornado Systems is a technology company. It was founded by Jo Harker, Al Penn and Mia Lund in 1976.",
     {("Vornado Systems", "foundingDate", "1976")}),
    # "operates as a subsidiary of"; "Its headquarters are located in" is the subject's after another name
    ("Pellar Bank operates as a subsidiary of Brannock Financial. Its headquarters are located in Dublin.",
     {parent("Pellar Bank", "Brannock Financial"), ("Pellar Bank", "headquarters", "Dublin")}),
    # a one-word company made one by its copula
    ("Trelco is a wholly owned subsidiary of Brannock Holdings. It is headquartered in Leeds.",
     {parent("Trelco", "Brannock"), ("Trelco", "headquarters", "Leeds")}),
    # "its CEO" in a second clause (an acronym title after a mid-sentence "its")
    ("Vexa Pharma makes drugs. Its chairman is Jo Harker and its CEO is Al Penn.", {("Vexa Pharma", "ceo", "Al Penn")}),
    # a second predicate noun after "and"
    ("Nordic Air is a Norwegian airline and a subsidiary of Brannock Group.", {parent("Nordic Air", "Brannock")}),
    # a fronted seat
    ("Headquartered in Bergen, Brask is a Norwegian shipping company.", {("Brask", "headquarters", "Bergen")}),
    # "a Leeds-based subsidiary of": the subject's seat and parent
    ("Kelvar is a Leeds-based subsidiary of Brannock Group.",
     {("Kelvar", "headquarters", "Leeds"), parent("Kelvar", "Brannock")}),
    ("Dorvik Tools is a maker of hand tools. It maintains its headquarters in Akron, Ohio.",
     {("Dorvik Tools", "headquarters", "Akron")}),
    # founded under an earlier name
    ("Fenwick is a British retailer. The company was founded as Fenwick & Sons in 1882 by John Fenwick.",
     {founder("Fenwick", "John Fenwick")}),
    # a release date after the market
    ("Zorbix is a video game console developed by Quill Entertainment. It was first released in Japan in 1998.",
     {("Zorbix", "releaseDate", "1998")}),
    # a possessive parent, a seat after a copula's noun, units after "whose"
    ("Kelvar Foods' parent company is Brannock Group.", {parent("Kelvar Foods", "Brannock")}),
    ("Nordvik Bank ASA is a Norwegian bank with headquarters in Bergen.", {("Nordvik Bank", "headquarters", "Bergen")}),
    ("Quarry Holdings is a conglomerate whose subsidiaries include Quarry Media, Quarry Energy and Kelby Ltd.",
     {parent("Quarry Media", "Quarry"), parent("Kelby", "Quarry")}),
    # "it" after a fronted time phrase is the previous sentence's subject
    ("Marlow Discos is a record label. In 2006 Marlow Discos moved to Leeds. Since 2015 it has been a division "
     "of Quarry Media Group.", {parent("Marlow Discos", "Quarry Media")}),
]

NEGATIVE = [
    # a stake is not ownership, also after "which"
    ("Morrow Holdings, a fund based in Oslo, which also owns a 20 percent stake in Skyvale Airways, grew.",
     parent("Skyvale Airways", "Morrow")),
    # a relative after an appositive naming another organization may be about that one
    ("Vantor Group, a unit of Kelby Corp., which also owns Skyvale Airways, grew.",
     parent("Skyvale Airways", "Vantor")),
    # a verb after "and" ends the list of what is owned
    ("Vantor Group owns Kelby Leasing GmbH and sells Drasko Antriebe AG engines.",
     parent("Drasko Antriebe", "Vantor")),
    # the person whose kin founded the company is not its founder
    ("Quarto Soft Ltd. was founded in 1995 by Rajan Mehta's father-in-law, Suresh Kapoor.",
     founder("Quarto Soft", "Rajan Mehta")),
    # the organization of a founder's byline did not found the company
    ("Corvel Labs, founded in 1997 by Princeton chemist Anna Dorsey, sells drugs.",
     founder("Corvel Labs", "Princeton")),
    # founding with someone unnamed as kin is left alone
    ("Jo Harker founded Kelby Steel Corp. in 1990 with Tim Okafor.", founder("Kelby Steel", "Tim Okafor")),
    # a stake bought is an investment, not a takeover
    ("Vantor Group bought a 20 percent stake in Quelling Tools Ltd. in 2009.",
     ("Vantor", "acquired", "Quelling Tools")),
    ("Vantor Group bought a 20 percent stake in Quelling Tools Ltd. in 2009.",
     parent("Quelling Tools", "Vantor")),
    # a pending sale makes no parent yet
    ("Tarvo Radio Ltd. will be sold to Quarto Media Corp. next year.", parent("Tarvo Radio", "Quarto Media")),
    # the list of targets ends before the next clause's subject
    ("Vantor Group acquired Quelling Tools Ltd. and Vestby Blades Inc. said it would sue.",
     ("Vantor", "acquired", "Vestby Blades")),
    # selling shares or rights of a company to someone is not selling the company
    ("Vantor Group sold the rights to Quelling Tools Ltd. to Lumico Panel Corp.",
     ("Lumico Panel", "acquired", "Quelling Tools")),
    # backing by an organization that is not an investor (no fund, capital or bank in its name)
    ("Skyvale Airways is backed by the Harvest Party.", ("Harvest Party", "investedIn", "Skyvale Airways")),
    # a deal the subject only reports is another's
    ("Helmond Foods Ltd. said Vantor Group completed the acquisition of Quorn Ltd. by Kelby Inc.",
     ("Vantor", "acquired", "Quorn")),
    ("Tarnwell Inc., acquired by Brixel Holdings' pump unit, makes pumps.", ("Brixel", "acquired", "Tarnwell")),
    # a loan from a bank is no stake; a shareholder of a company's unit is not one of the company
    ("Lumora Health Inc. raised $5 million from Harbin Bank.", ("Harbin Bank", "investedIn", "Lumora Health")),
    ("Brixel Holdings is a shareholder in Tarnwell Inc.'s pump unit.", ("Brixel", "investedIn", "Tarnwell")),
    # a partnership of another organization named in between is its own
    ("Kelby Corp. said Quorn Ltd., in partnership with Yarrow Brands Inc., will build a plant.",
     ("Kelby", "partner", "Yarrow Brands")),
    # a business partner is no unit; owned by a parent's unit is not owned by the parent; "its" after another
    ("Kelby Pumps Ltd., Tarnwell Inc.'s business partner, makes pumps.", parent("Kelby Pumps", "Tarnwell")),
    ("Brixel Holdings, owned by Tarnwell Inc.'s pump unit, makes pumps.", parent("Brixel", "Tarnwell")),
    ("Tarnwell Inc. said Quorn Ltd. will spin off Fendale Ltd., its pump business.", parent("Fendale", "Tarnwell")),
    # taking on a client or another's debt is no rivalry
    ("Tarnwell Inc. took on Quorn Ltd. as a client.", ("Tarnwell", "competitor", "Quorn")),
    ("Tarnwell Inc. took on Quorn Ltd.'s debt.", ("Tarnwell", "competitor", "Quorn")),
    # a sale under way makes no parent yet; an owner's unit is not the owner
    ("Tarnwell Inc. is selling Brixel Ltd. to Morrow Group.", parent("Brixel", "Morrow")),
    ("Kelby Ltd.'s owner, Quorn Holdings' pump unit, said profits rose.", parent("Kelby", "Quorn")),
    # building with another's money or help is no partnership
    ("Vantor Group built the plant with funding from Kelby Capital Ltd.", ("Vantor", "partner", "Kelby Capital")),
    ("Vantor Group developed the phone with help from Kelby Ltd. engineers.", ("Vantor", "partner", "Kelby")),
    # a sale still to come makes no parent yet; a name in an opening phrase is not what "It" continues
    ("Vantor Group will also sell its display unit, Vantor Display Inc., to Lumico Panel Corp.",
     parent("Vantor Display", "Lumico Panel")),
    ("Vantor Group makes pumps. Under a plan called \"Tarrow Rising 2030\", the company aims to grow. It will "
     "also sell its display unit, Vantor Display Inc., to Lumico Panel Corp.",
     parent("Vantor Display", "Tarrow Rising")),
    # operating as another's agent or unit of its unit is not being its unit
    ("Zappo Pay Ltd. will operate as an agent of Banco Tarvo.", parent("Zappo Pay", "Banco Tarvo")),
    # a rival of a rival's parent is not named; partners are not rivals
    ("Kelby Ltd is the main rival of Quorn Holdings Corp.'s pump unit.", ("Kelby", "competitor", "Quorn")),
    ("Kelby Ltd and Quorn Holdings Corp. are partners.", ("Kelby", "competitor", "Quorn")),
    ("Ferrovo SA said its French unit Dunmore Rail Ltd. had cut fares.", ("Ferrovo", "competitor", "Dunmore Rail")),
    # "Since it ..." looks ahead to the subject; an impersonal "it" is no one
    ("Vantor Group makes robots. Since it bought Vestby Blades Inc., Kelby Ltd. has grown.",
     ("Kelby", "acquired", "Vestby Blades")),
    ("Vantor Group makes robots. Last year it was thought that Vestby Blades Inc. would be sold.",
     ("Vantor", "acquired", "Vestby Blades")),
    # a subsidiary of a company based in a city is not based there itself
    ("Kelby Telecom Ltd. is a subsidiary of Nairobi-based mobile operator Safaro Communications.",
     ("Kelby Telecom", "headquarters", "Nairobi")),
    # "its" is the sentence's subject, not a product named after it
    ("Vantor Group showed the Zorb Phone at a launch at its headquarters in Pune.",
     ("Zorb Phone", "headquarters", "Pune")),
    # a company's place in passing is not its seat: only a list of units says so
    ("Vantor Group sued Kelby Ltd. in Oslo.", ("Kelby", "headquarters", "Oslo")),
    # a country before a descriptor describes the organization, a city not described as one does not
    ("Vantor Group is an institute in Norway.", ("Vantor", "headquarters", "Norway")),
    # a later name followed by its own verb starts another clause
    ("Vantor Group lost its lead to Kelby Ltd., and the Zorbit Agency started an inquiry.",
     ("Vantor", "competitor", "Zorbit Agency")),
    # the name after "founded" is the one founded, not the reference before it
    ("Vantor Group bought the venture firm Jo Harker founded, Kelby Capital.", founder("Vantor", "Jo Harker")),
    # "<city>-based" before a singular name is that name's alone
    ("Oslo-based Kelby Ltd. and Zorbit Systems Inc. signed a deal.", ("Zorbit Systems", "headquarters", "Oslo")),
    # the place of a listed unit is never its parent
    ("Vantor Group makes pumps. Subsidiaries include Vantor Europe B.V. in Utrecht, Netherlands.",
     parent("Vantor Europe", "Utrecht")),
    # ... not where a name before it may be what "it" means
    ("Marlow Discos is a record label. Since 2015 Quarry Media Group says it has been a division of Tarvik "
     "Holdings.", parent("Marlow Discos", "Tarvik Holdings")),
    # ... not a list of cities
    ("Harnvik Fotball is a football club from Oslo, Bergen and Stavanger.", ("Harnvik Fotball", "headquarters", "Bergen")),
    # ... not the owner before the possessive
    ("The Zorb X2 is a smartphone. The Zorb X2 was developed by Ombrel's Tokyo studio, Ombrel Japan.",
     ("Zorb X2", "manufacturer", "Ombrel")),
    # ... not a seat said in a relative clause on the owner
    ("Quorn Mobile is owned by the Brannock Group, which is based in Oslo.", ("Quorn Mobile", "headquarters", "Oslo")),
    # ... not a clause about another name
    ("Nordic Air is a Norwegian airline, and Kelby Ltd. is a subsidiary of Brannock Group.",
     parent("Nordic Air", "Brannock")),
    # ... "a Leeds-based subsidiary of Beta" does not seat Beta in Leeds
    ("Kelvar is a Leeds-based subsidiary of Brannock Group.", ("Brannock", "headquarters", "Leeds")),
    # ... not the units of an organization named in a relative clause's object
    ("Quarry Holdings bought a stake in Kelby Ltd., a firm whose subsidiaries include Zorbit Systems.",
     parent("Zorbit Systems", "Quarry")),
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[c[0][:50] for c in POSITIVE])
def test_construction_yields(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = facts(text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text, unwanted", NEGATIVE, ids=[c[0][:50] for c in NEGATIVE])
def test_construction_does_not_yield(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in facts(text)


def test_a_slot_among_alternatives_is_not_required_by_the_screen() -> None:
    """"Founded in 1990 by Jo Bloggs, it ...": a rule reading "{ORG:org}|it" runs without an organization."""
    from kg.extract.patterns import required_letters

    assert required_letters(r"by\s+{PER:p},\s+(?:{ORG:org}|it\b)") == ("P",)
    assert required_letters(r"{ORG:a}(?:\s*\([^)|]{0,60}\))?\s+{PER:b}") == ("O", "P")


def test_a_deal_named_without_its_buyer_is_the_article_organizations() -> None:
    """"Jo Harker oversaw the purchase of Beta": the headline's company bought it; not a deal of another's."""
    text = ("Tarvo Shipping ASA named Jo Harker chief executive on Monday. Harker oversaw the 2019 purchase of "
            "Oslo-based Vestby Bulk AS for NOK 3 billion. Analysts praised the takeover of Kelby Lines AS by "
            "Morrow Shipping AS.")
    found = facts(text, title="Tarvo Shipping names new chief")
    assert ("Tarvo Shipping", "acquired", "Vestby Bulk") in found
    assert ("Tarvo Shipping", "acquired", "Kelby Lines") not in found
    assert ("Tarvo Shipping", "acquired", "Vestby Bulk") not in facts(text.replace("Tarvo Shipping ASA", "The board"),
                                                                        title="Shipping news")

# Hand annotation of tests/articles/83_* and 84_* (the extract12 session, on quotations and their
# speakers: a wire story of speech reported without quotation marks after long appositives ("X, a
# career diplomat who has handled … since 2019, said the …"), a partial inside a clause whose
# subject is another party ("told reporters Brazil had demanded access that was “…”"), "X,
# president of the Y Association, a lobby group …, said", a body whose name runs through "for
# the" and "of the", "The state Department of …", "on Oct. 4 last year", "…, the clearest
# statement … so far" after a clause, "Asked whether …, she said no."; an archive story in ''
# quotes with "Robert Hale Jr." then "Mr. Hale", "the Hale Leather Works" (a company), "…, its
# owners told the 140 people who work there yesterday." and a quotation spanning paragraphs),
# and a business and inquest story with "according to Refinitiv data" before "The Denver,
# Colorado-based company said" (the company, not the data's source), "The coroner, His Honour
# Judge Alan Pike, said" and "“…,” said the dead man's foreman that year, Kevin Marsh, now
# retired. “…”"; and a local story whose deadline has no tense of its own ("the work is finished
# by April") and whose speaker prefers ("We'd rather close in winter than … in July")), merged
# into tests/gold/articles.json; and a South African story whose reported clauses, without "that",
# have a subject of up to twelve words ("Eskom says about 40,000 households across KwaZulu-Natal
# and the south coast are …", "said shoppers in towns such as Port Shepstone and Margate had …");
# and a regional court story with "said …, but asked that the hearing resume “…”" (a second
# statement) and "A report by the old Welsh Water Board found that its spillway was “…”, and by
# 1990 the council had …" (the statement ends with its quotation; the partial is the board's).
# `python3 tests/gold/src/extract12.py` replaces those articles there.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned, vague as gold_vague  # noqa: E402

ED, RMA, MT = "Elaine Dufresne", "Rodrigo Menezes Albuquerque", "Marcel Tremblay"
RH, PS = "Robert Hale Jr.", "Peter Szabo"
AP, KMa = "Alan Pike", "Kevin Marsh"
FL = "Fiona Leckie"
SN, AYP = "Sibusiso Nkosi", "Ayesha Pillay"
OP, AL = "Owen Price", "Ann Lee"
PF = "Pellham Foods"


def vague(start, end, contains, req=False):
    """Vague dates are optional in this set unless said otherwise."""
    return gold_vague(start, end, contains, req)


articles = [
A("83_wire_2026-10-15_grain_export_talks.txt",
  "Grain export talks end without deal as Canada and Brazil dispute tariffs",
  [ED, RMA, MT],
  [Q(ED, "indirect", "told", "Brazil had demanded access that was \"out of all proportion to the market.\""),
   Q(ED, "partial", "told", "out of all proportion to the market"),
   Q(RMA, "indirect", "said", "the Canadian tariffs were a barrier that no partner should accept"),
   Q(RMA, "indirect", "said", "the talks had nonetheless been cordial, and that a further round could be held before the end of the year"),
   Q(MT, "indirect", "said", "his members had expected the talks to fail"),
   Q(MT, "indirect", "said", "that was a loss for growers on both sides"),
   Q("International Federation for the Protection of Agricultural Trade", "indirect", "said", "tariffs on grain had risen in every region since 2020"),
   Q("Department of Agriculture of Parana", "indirect", "said", "it would not comment on the talks"),
   Q(ED, "indirect", "said", "Canada would keep its tariffs in place until a deal was reached"),
   Q("Canadian Grain Commission", "indirect", "according to", "Wheat shipments to Brazil fell by a third last year")],
  [day("2026-10-15", "without agreement on Thursday", False),
   year(2026, "third round to fail this year", False),
   vague("2026-03-01", "2026-05-31", "shuffle last spring", True),
   year(2019, "United States since 2019", False),
   vague("2026-09-01", "2026-12-31", "before the end of the year", False),
   vague("2026-12-21", "2026-12-31", "before the end of the year", False),
   year(2026, "before the end of the year", False),
   day("2025-10-04", "on Oct. 4 last year"),
   year(2020, "every region since 2020", False),
   year(2025, "by a third last year", False)],
  "Reuters wire with straight quotes: 'told reporters in Ottawa Brazil had demanded access that was “…”' after a long appositive (the partial is the minister's, not Brazil's); 'Brazil's lead negotiator, X, a career diplomat who has handled … since 2019, said the Canadian tariffs were …' (no 'that', a long subject); 'He said …, and that …'; 'X, president of the Y Association, a lobby group representing …, said' (the person); 'He said that was …' (a demonstrative subject); 'The International Federation for the Protection of Agricultural Trade, which …, said on Oct. 4 last year that'; 'The state Department of Agriculture of Parana said in a statement it would …' ('state' is no part of the name); '…, the clearest statement of the government's position so far' (the writer's phrase, no part of the statement); 'Asked whether …, she said no.' (no quote); 'according to figures from' a body.",
),
A("84_archive_1991-05-14_tannery_closing.txt",
  "Tannery to Shut in July as Orders Dwindle",
  [RH, PS],
  [Q(None, "indirect", "told", "The Hale Leather Works, the oldest business on Canal Street, will shut on July 12", False),
   Q(RH, "direct", "said", "We held on as long as we could. We sold the trucks, we sold the warehouse, and last winter we sold the family's shares in the bank. There is nothing else to sell."),
   Q(RH, "indirect", "said", "the company had looked for a buyer since January"),
   Q(RH, "indirect", "said", "he would stay on until the last order was shipped"),
   Q(PS, "indirect", "said", "the workers had been told at a meeting last autumn that their jobs were ''secure for the time being.''"),
   Q(PS, "partial", "said", "secure for the time being"),
   Q(PS, "direct", "said", "Secure. He told us, 'Nobody is going anywhere.'"),
   Q(RH, "indirect", "said", "he had meant it when he said it")],
  [day("1991-07-12", "will shut on July 12"),
   month(1991, 7, 31, "Tannery to Shut in July", False),
   day("1991-05-13", "who work there yesterday"),
   year(1932, "bought the tannery in 1932"),
   vague("1990-12-01", "1991-02-28", "last winter we sold", False),
   month(1991, 1, 31, "buyer since January"),
   vague("1990-09-01", "1990-11-30", "meeting last autumn")],
  "Archive style with '' quotes and a 'Date:' line: 'said the company's chairman, Robert Hale Jr., whose father …' then 'Mr. Hale' (the name with its suffix); 'The Hale Leather Works' (a company, no person); '…, its owners told the 140 people who work there yesterday.' (the statement is the clause before, of no named speaker; never the object of 'told'); a quotation interrupted and then spanning two paragraphs; a quotation within a quotation ending \"'Nobody is going anywhere.' ''\".",
),
A("85_business_2026-11-20_snack_maker_results.txt",
  "Pellham Foods lifts forecast as snack sales climb; inquest into plant death opens",
  [AP, KMa],
  [Q("Refinitiv", "indirect", "according to", "Its shares rose 4% in early trading", False),
   Q(PF, "indirect", "said", "sales rose to $1.2 billion in the three months to October, up from $1.05 billion a year earlier"),
   Q(PF, "indirect", "said", "it would open a second plant in Kansas next year"),
   Q(AP, "indirect", "said", "he had \"grave concerns\" about how long the investigation had taken"),
   Q(AP, "partial", "said", "grave concerns"),
   Q("Food Standards Agency", "indirect", "said", "the plant will stay closed while its own inquiry continues"),
   Q(KMa, "direct", "said", "He loved that job and he was proud of it. We all were.")],
  [day("2026-11-19", "forecast on Thursday"),
   month(2026, 10, 31, "three months to October", False),
   year(2027, "in Kansas next year"),
   day("2026-11-18", "opened on Wednesday"),
   vague("2026-03-01", "2026-05-31", "Sheffield last spring"),
   day("2027-02-03", "adjourned until 3 February")],
  "Business and inquest news with straight quotes and a 'Friday 20 November 2026' line: 'according to Refinitiv data' (a source of figures, optional) before 'The Denver, Colorado-based company said' and 'The company said' (the company the story is about); 'The coroner, His Honour Judge Alan Pike, said he had “…”' (an honorific of address before the name); 'The Food Standards Agency has said'; '“…,” said the dead man's foreman that year, Kevin Marsh, now retired. “…”' (the one named in commas after a relation, 'that year' no clause; one direct quote).",
),
A("86_local_2026-11-10_library_roof_repairs.txt",
  "Library roof repairs to close branch for winter",
  [FL],
  [Q(None, "indirect", "said", "Ashcombe's central library will close for roof repairs from Monday", False),
   Q(FL, "indirect", "said", "the building had leaked since a storm in August"),
   Q(FL, "direct", "said", "The scaffolding goes up next week and the work is finished by April. We'd rather close in winter than lose the summer reading scheme in July.")],
  [day("2026-11-16", "repairs from Monday"),
   month(2026, 8, 31, "a storm in August"),
   vague("2026-11-16", "2026-11-22", "goes up next week", False),
   month(2027, 4, 30, "finished by April", False),
   vague("2026-12-01", "2027-02-28", "close in winter", False),
   month(2027, 7, 31, "reading scheme in July", False)],
  "Local paper with straight quotes and a 'Tuesday 10 November 2026' line: a deadline without a tense of its own ('the work is finished by April': next April), a preference ('We'd rather close in winter than lose … in July': next July), 'from Monday' to come, 'since a storm in August'; 'the county council said' (a body in lower case: nobody named, optional).",
),
A("87_southafrican_2026-11-26_power_cuts.txt",
  "Power cuts leave thousands in the dark as storms batter KwaZulu-Natal",
  [SN, AYP],
  [Q("Eskom", "indirect", "says", "about 40,000 households across KwaZulu-Natal and the south coast are still without electricity after storms brought down power lines on Tuesday night"),
   Q(SN, "indirect", "said", "shoppers in towns such as Port Shepstone and Margate had been unable to buy fuel or food"),
   Q(SN, "indirect", "said", "crews from Gauteng would arrive on Friday to help with repairs"),
   Q(AYP, "indirect", "said", "she had thrown away stock worth R20,000")],
  [day("2026-11-24", "on Tuesday night"),
   day("2026-11-25", "in Durban on Wednesday"),
   day("2026-11-27", "arrive on Friday")],
  "South African news site with a '26 November 2026' line: reported clauses without 'that' whose subject runs long before its verb ('Eskom says about 40,000 households across KwaZulu-Natal and the south coast are …', 'said shoppers in towns such as Port Shepstone and Margate had been …'); 'Speaking to reporters in Durban on Wednesday, provincial energy spokesperson X said'; 'He said crews … would arrive on Thursday'.",
),
A("88_regional_2026-11-27_reservoir_dam_hearing.txt",
  "Dam safety case delayed as engineers' report is challenged",
  [OP, AL],
  [Q(OP, "indirect", "said", "the report had reached his clients only on Monday"),
   Q(AL, "indirect", "said", "the regulator did not object to a short delay"),
   Q(AL, "indirect", "asked", "the hearing resume \"well before the winter rains\""),
   Q(AL, "partial", "asked", "well before the winter rains"),
   Q("Welsh Water Board", "indirect", "found", "its spillway was \"unsafe in places\""),
   Q("Welsh Water Board", "partial", "found", "unsafe in places")],
  [day("2026-11-26", "put back on Thursday"),
   day("2026-11-23", "only on Monday"),
   vague("2026-12-01", "2027-02-28", "before the winter rains", False),
   year(1990, "by 1990 the council")],
  "Regional court story with straight quotes and a 'Friday 27 November 2026' line: 'said …, but asked that the hearing resume “…”' (a second statement of the same speaker, its partial too); 'A report by the old Welsh Water Board found that its spillway was “…”, and by 1990 the council had begun …' (the statement ends with its quotation; what follows ', and' is the writer's; the partial is the board's).",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)


# Hand annotation of tests/articles/58_*, 59_* and 60_* (the extract8 session: an Irish regional paper
# with names written with particles ("Ní Bhraonáin", "Mac Aodha"), "A spokeswoman for the
# council said" and her "she said", an unnamed former nurse whose "she said" follows a named
# woman, "She said she understood.", "accepted that", "Minister for Health Orla Brennan", a body
# with "and" in its name and "The organisation said", "on the 21st"/"since the 9th", "on Sunday
# night", a future after "would … by the end of January" and "before Christmas"; a business wire
# with "the company said on Tuesday, in …", "Lakeview said" after "Lakeview Insurance Group",
# "X, a partner at Y, which advised …, said", "…, its chief executive said, which …", "…, Lakeview
# said in a filing, and …", "according to figures released by", a long relative clause before
# "said", "on the 1st of next month", "on the 14th of last month"), merged into
# tests/gold/articles.json: `python3 tests/gold/src/extract8.py` replaces those articles there.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned  # noqa: E402

GCC, SM, CN, OB = "Galway County Council", "Seán Mac Aodha", "Caoimhe Ní Bhraonáin", "Orla Brennan"
IC = "Irish College of General Practitioners and Rural Doctors Network"
LIG, AB, DF, MO = "Lakeview Insurance Group", "Anita Brock", "Daniel Frey", "Maria Okafor"

articles = [
A("58_regional_2026-11-04_island_clinic.txt",
  "Island clinic to close for winter as council struggles to find a doctor",
  [SM, CN, OB],
  [Q(GCC, "indirect", "confirmed", "The only medical clinic on Inis Mór will close on the 21st and may not reopen until the spring"),
   Q(GCC, "indirect", "said", "it had advertised the post three times since June"),
   Q(GCC, "indirect", "said", "two candidates had been offered the job and both had turned it down"),
   Q(GCC, "direct", "said", "We are not giving up. We are talking to the HSE every day about cover."),
   Q(None, "indirect", "say", "the council knew for a year that Dr Mac Aodha was leaving", False),
   Q(CN, "indirect", "said", "the closure was “a failure of planning, not of money”"),
   Q(CN, "partial", "said", "a failure of planning, not of money"),
   Q(CN, "direct", "said", "People here are 40 minutes from the mainland on a good day, and there are not many good days in January"),
   Q(CN, "indirect", "said", "she understood"),
   Q(CN, "indirect", "said", "the co-operative would write to the Minister for Health and would organise a protest in Galway if the clinic did not reopen by the end of January"),
   Q(None, "indirect", "said", "patients had been told to travel to Galway for blood tests from the 9th"),
   Q(None, "indirect", "said", "one elderly man had missed three appointments because of the weather"),
   Q(None, "direct", "said", "Nobody asked us what would happen to him"),
   Q(SM, "indirect", "accepted", "the council had tried to find a replacement"),
   Q(SM, "indirect", "said", "the job had changed since he arrived in 2000"),
   Q(SM, "direct", "said", "It is not a job any more. It is a life, and most young doctors want a life that has an end to the working day"),
   Q(OB, "indirect", "said", "she would meet island representatives before Christmas"),
   Q(OB, "indirect", "said", "The department had set aside funding for a second rural doctor on the Aran Islands, and hoped to fill the post next year"),
   Q(IC, "indirect", "according to", "31 rural practices were without a permanent doctor at the end of September"),
   Q(IC, "indirect", "said", "it expected the number to rise over the winter")],
  [day("2026-11-21", "close on the 21st"),
   E("2027-03-01", "2027-05-31", "vague", "until the spring", False),
   day("2026-10-09", "since the 9th"),
   day("2026-11-01", "on Sunday night"),
   month(2026, 6, 30, "three times since June"),
   month(2027, 1, 31, "good days in January", False),
   E("2027-01-21", "2027-01-31", "vague", "by the end of January", False),
   month(2027, 1, 31, "by the end of January", False),
   day("2026-10-09", "blood tests from the 9th"),
   year(2000, "arrived in 2000"),
   day("2026-12-25", "before Christmas"),
   year(2027, "fill the post next year"),
   E("2026-09-21", "2026-09-30", "vague", "at the end of September", False),
   month(2026, 9, 30, "at the end of September", False)],
  "Irish regional paper with curly quotes and a 'Wednesday 4 November 2026' line: names with particles ('Caoimhe Ní Bhraonáin', 'Dr Seán Mac Aodha', then 'Ms Ní Bhraonáin', 'Mr Mac Aodha'); 'A spokeswoman for the council said' and her 'She said'/'she said' (the council named before); 'Island residents say'; 'She said she understood.'; an unnamed former nurse ('who asked not to be named') whose 'She said'/'she said' follow a named woman; 'accepted that'; 'Minister for Health Orla Brennan said'; ', she said, and hoped to'; 'According to figures released by' a body with 'and' in its name, then 'The organisation said'; 'on the 21st', 'since the 9th', 'on Sunday night', a future after 'would … if … did not reopen by the end of January', 'before Christmas' after 'would'.",
),
A("59_wire_2026-06-09_insurer_takeover.txt",
  "Lakeview Insurance Group agrees to buy Harlow Mutual for 1.4 billion pounds",
  [AB, DF, MO],
  [Q(LIG, "indirect", "said", "Lakeview Insurance Group has agreed to buy Harlow Mutual for 1.4 billion pounds"),
   Q(LIG, "indirect", "said", "it expected the deal to close by the end of next year"),
   Q(AB, "indirect", "said", "the price was fair to members"),
   Q(DF, "indirect", "said", "The mutual needed to invest heavily in new systems, which it could not afford on its own"),
   Q(DF, "indirect", "told", "no branches would close before 2028"),
   Q(DF, "indirect", "said", "members would vote on the offer on Aug. 12"),
   Q(DF, "direct", "said", "We looked at every option. This is the one that protects our members."),
   Q(LIG, "indirect", "said", "Harlow would keep its name for at least five years, and its staff would move to Lakeview contracts on the 1st of next month"),
   Q(None, "indirect", "said", "Lakeview had first approached Harlow in February and that a rival offer had been turned down in April"),
   Q("Association of British Insurers", "indirect", "according to", "Premiums for home insurance rose 11 percent in the first quarter"),
   Q(MO, "indirect", "said", "she would wait to see what happened to her premium"),
   Q(MO, "direct", "said", "I've been with them for 12 years. I'm not leaving over a headline."),
   Q("Redmayne", "indirect", "said", "the deal was \"sensible but not cheap\"", False),
   Q("Redmayne", "partial", "said", "sensible but not cheap", False),
   Q("Redmayne", "indirect", "said", "Lakeview had paid a similar price for Oxley Insurance on the 14th of last month", False)],
  [day("2026-06-09", "the company said on Tuesday", False),
   year(2026, "insurance market this year", False),
   year(2027, "close by the end of next year", False),
   E("2027-12-21", "2027-12-31", "vague", "close by the end of next year", False),
   E("2027-09-01", "2027-12-31", "vague", "close by the end of next year", False),
   year(2028, "close before 2028"),
   day("2026-08-12", "offer on Aug. 12"),
   day("2026-07-01", "on the 1st of next month"),
   month(2026, 2, 28, "Harlow in February"),
   month(2026, 4, 30, "turned down in April"),
   E("2026-01-01", "2026-03-31", "vague", "in the first quarter", False),
   day("2026-05-14", "on the 14th of last month")],
  "Reuters business wire with straight quotes and a dateline: 'the company said on Tuesday, in the largest deal …' (an attribution inside the lead sentence); 'Lakeview said' after 'Lakeview Insurance Group'; 'Anita Brock, a partner at Corbel Advisers, which advised Harlow's board, said' (the partner, not the firm); '…, its chief executive said, which …' with the chief executive named in the next sentence; '…, Lakeview said in a filing, and …'; 'Two people familiar with the matter said … and that …'; 'according to figures released by'; 'Maria Okafor, who runs a bakery … and has insured it …, said'; 'on the 1st of next month', 'on the 14th of last month', 'Aug. 12'.",
  footer="(Reporting by Priya Shah; Editing by Tom Hale)",
),
A("60_liveblog_2026-05-08_council_count.txt",
  "Council elections: live updates from the Ashford count",
  ["Priya Kaur", "Gareth Lyle", "Derek Owens"],
  [Q("Priya Kaur", "indirect", "said", "she would hold her first advice surgery on Saturday"),
   Q("Priya Kaur", "direct", "said", "We knocked on every door twice. People noticed."),
   Q("Gareth Lyle", "indirect", "said", "the results showed voters wanted more homes built"),
   Q("Gareth Lyle", "direct", "said", "This is a good night, but it is not the end of the work. The hard part starts on Monday."),
   Q("Derek Owens", "indirect", "said", "he expected to lose his seat"),
   Q("Kent Tenants and Residents Organisation", "indirect", "said", "turnout in the town's estates had been the highest it had recorded")],
  [day("2026-05-09", "surgery on Saturday"),
   day("2026-05-11", "starts on Monday"),
   year(2014, "since 2014"),
   day("2026-05-07", "11pm on Thursday")],
  "Live blog of a local election count with straight quotes, a 'Friday 8 May 2026' line and bare '03:40' timestamp lines (no headings): 'In her victory speech, she thanked … and said …'; 'Minister for Housing Gareth Lyle' and then 'the Labour minister said' and 'the housing minister said' with a quotation joined after its attribution; a relative clause of twenty-odd words between a name and 'said'; a body with 'and' in its name ending in 'Organisation'.",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)

# Hand annotation of tests/articles/89_* to 91_* (the extract13 session): an inquiry transcript
# excerpt with "Q."/"A." turns (counsel's questions after "Examined by MS PATEL" and her labelled
# turn, the answers of the witness sworn in as "DR ALAN REID (sworn)"), "THE CHAIRMAN:" after
# "chaired by Sir …", "THE WITNESS:", a quotation inside an answer, "Did you pass that to the
# council?" (a demonstrative, no clause), "On the Monday" and "on the Thursday" (days of a week
# told before, no events); a BBC explainer whose opening quotation is named in the next paragraph
# ("That is how Brenda Haworth … describes …"), a body introduced with its acronym in
# parentheses and then called by it, "at the weekend" to come and past and as a habit; and a
# political analysis with "According to officials, he told a conference of … that …", "has
# warned … that …, according to three people who …" (the sources are no speakers), "She is said
# to have told them …"; a New Zealand sports report with players named after their positions
# ("Halfback Wiremu Tūhoe", "hooker Rangi Poutama") and "Referee X's decision …, and Stanley
# refused to criticise it. “…,” he told reporters" (the owner of the decision is no subject); and a
# regional court story with a care provider ("Ashdown Care", no person) and "a fire … in August
# 2024" then "the night of 14 and 15 August" and "on 3 August" (of 2024); and a wire story dated
# a Tuesday with "last Monday" (the week before, not yesterday) beside "on Monday" (yesterday);
# and a wire story whose reported clauses are summed up by the writer after a comma ("…, a claim
# the Consumer Council for Water disputes", "…, a view shared by several MPs").
# `python3 tests/gold/src/extract13.py` replaces those articles in tests/gold/articles.json.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned, vague, T  # noqa: E402

AR, PP, MF, GH, JA = "Alan Reid", "Priya Patel", "Malcolm Fenwick", "Gary Hines", "Joan Askew"
BH, TG, NDRP = "Brenda Haworth", "Tom Garside", "Northern Dales Rail Partnership"
DF, HM, SB = "Daniel Forsyth", "Helen Marr", "Sarah Boateng"
WT, BM, MS = "Wiremu Tūhoe", "Ben Marriner", "Mark Stanley"
RP, EH = "Rhian Prydderch", "Eirlys Hughes"


articles = [
A("89_inquiry_2026-10-20_bridge_collapse_evidence.txt",
  "Kelby Bridge inquiry: the site engineer's evidence",
  [AR, PP, MF, GH, JA],
  [T(PP, "Dr Reid, you joined Aske Valley Construction as site engineer in 2022. Is that correct?"),
   T(AR, "Yes, in the spring of that year."),
   T(PP, "I want to take you to the week before the collapse. On the Monday, a crack was found in the north abutment. Who found it?"),
   T(AR, "One of our labourers, Mr Gary Hines. He came to the site office and told me there was a crack in the concrete \"as wide as your thumb\"."),
   Q(GH, "indirect", "told", "there was a crack in the concrete \"as wide as your thumb\""),
   Q(GH, "partial", "told", "as wide as your thumb"),
   T(PP, "What did you do?"),
   T(AR, "I went and looked at it with him. I photographed it and I measured it. It was about fifteen millimetres."),
   T(PP, "Did you pass that to the council?"),
   T(AR, "I sent the photographs to the council's bridges officer, Mrs Joan Askew, that afternoon."),
   T(MF, "Dr Reid, forgive me. Did you close the bridge?"),
   T(AR, "No, sir. I did not have the authority to close it. Only the council could do that."),
   T(MF, "Thank you. Ms Patel."),
   T(PP, "Sir, the email with the photographs is at page 212 of the bundle."),
   T(PP, "Dr Reid, what did Mrs Askew say when she replied?"),
   T(AR, "She thanked me and said an inspector would come out on the Thursday. I remember thinking that was too long."),
   Q(JA, "indirect", "said", "an inspector would come out on the Thursday", False),
   T(PP, "Did you say so?"),
   T(AR, "I did not. I wish I had."),
   T(PP, "Thank you, Dr Reid. I have no further questions."),
   T(MF, "Thank you, Dr Reid. We will rise for ten minutes.")],
  [month(2025, 3, 31, "in March 2025"),
   year(2022, "as site engineer in 2022"),
   vague("2022-03-01", "2022-05-31", "in the spring of that year", False),
   day("2026-10-22", "sits again on Thursday")],
  "Inquiry transcript extract as a paper publishes it: an introduction naming the chair ('chaired by Sir Malcolm Fenwick'), the witness and counsel ('Priya Patel KC'); 'DR ALAN REID (sworn)' and 'Examined by MS PATEL' lines; 'MS PATEL:' then bare 'Q.' (hers) and 'A.' (the witness's) turns; 'THE CHAIRMAN:' and 'THE WITNESS:'; a quotation inside an answer ('told me there was a crack … “…”', partial and clause of Gary Hines); 'Did you pass that to the council?' (a demonstrative, no clause); 'On the Monday', 'on the Thursday' (days of a week told before: no events); '(Short adjournment)'.",
  headings=["DR ALAN REID (sworn)", "Examined by MS PATEL"],
),
A("90_bbc_2026-11-09_rail_timetable_cuts.txt",
  "Dales rail cuts: What do they mean for passengers?",
  [BH, TG],
  [Q(BH, "direct", None, "I've used this train every day for twenty years. Without it I can't get to work, simple as that."),
   Q(NDRP, "indirect", "says", "the cuts are needed because it does not have enough drivers"),
   Q(NDRP, "indirect", "said", "the reduced timetable would be reviewed in the new year"),
   Q(NDRP, "direct", "told", "We know this is disappointing for people who rely on the early trains"),
   Q(BH, "indirect", "said", "her shift started at 07:00 and that she had no other way to get to the care home where she works"),
   Q("Dales Line Users", "indirect", "said", "it would hand a petition to the partnership at the weekend"),
   Q(TG, "indirect", "said", "the group had first raised the shortage of drivers at a meeting last spring"),
   Q(TG, "direct", "said", "They told us then it would be sorted. It hasn't been")],
  [day("2026-12-14", "From 14 December"),
   vague("2026-11-14", "2026-11-15", "to the partnership at the weekend"),
   vague("2026-03-01", "2026-05-31", "a meeting last spring", False),
   vague("2026-11-07", "2026-11-08", "launched at the weekend"),
   day("2026-11-21", "on Saturday 21 November")],
  "BBC explainer with straight quotes and questions as subheadings: an opening quotation whose speaker the next paragraph names ('That is how Brenda Haworth, a care worker from Settlebridge, describes …'); 'Northern Dales Rail Partnership (NDRP) … says' then 'NDRP said' and 'a spokeswoman for the partnership told the BBC' (the partnership, named as introduced); 'on weekdays and at the weekend' (a habit, no event), 'at the weekend' to come and in the past; 'The passenger group Dales Line Users said'; 'Its secretary, Tom Garside, said'.",
  headings=["What is changing?", "What do passengers say?", "What happens next?"],
),
A("91_analysis_2026-11-19_schools_funding_row.txt",
  "Analysis: The schools funding row is about more than money",
  [DF, HM, SB],
  [Q(DF, "indirect", "promised", "he would be \"on their side\""),
   Q(DF, "partial", "promised", "on their side"),
   Q(DF, "indirect", "told", "there would be no extra money for school buildings this year"),
   Q(HM, "indirect", "warned", "the schools budget must be frozen until 2028"),
   Q(HM, "indirect", "told", "the department had already been given more than any other"),
   Q(DF, "indirect", "argued", "a freeze would close small rural schools, and that councils would be left to decide which ones"),
   Q("National Association of Head Teachers", "indirect", "said", "it had written to both ministers"),
   Q(SB, "indirect", "claimed", "one in five schools had a building in urgent need of repair"),
   Q(SB, "indirect", "warned", "without money for repairs some classrooms would close before Easter"),
   Q(None, "indirect", "said", "the government was spending a record amount on schools")],
  [vague("2026-06-01", "2026-08-31", "education secretary in the summer", False),
   day("2026-11-13", "in Harrogate on Friday"),
   year(2026, "school buildings this year", False),
   year(2028, "frozen until 2028", False),
   day("2027-03-28", "close before Easter", False)],
  "Political analysis of speech reported without quotation marks: 'According to officials, he told a conference of head teachers in Harrogate on Friday that …' (the speaker is he, the officials only the source), 'has warned cabinet colleagues that …, according to three people who attended the meeting' (hers), 'She is said to have told them …', 'argued that … and that …', 'Its general secretary, Sarah Boateng, claimed that', 'She warned that', 'A Department for Education spokesman said' (no one named, as heldout4 reads 'a CHA spokeswoman said').",
),
A("92_nz_2026-09-13_rugby_semifinal.txt",
  "Waikato edge Southland in a tense semifinal",
  [WT, "Rangi Poutama", BM, MS, "Grant Elliott", "Josh Tait"],
  [Q(BM, "direct", "told", "We just backed ourselves. The forwards gave us a sniff and Wiremu took it."),
   Q(MS, "indirect", "said", "his side had done enough to win in the first half but had not been clinical"),
   Q(MS, "direct", "told", "He's got a hard job. We'll look at it on Monday"),
   Q(WT, "indirect", "said", "he had barely slept the night before"),
   Q(WT, "direct", "said", "I kept thinking about the last game. I didn't want to let the boys down again")],
  [day("2026-09-12", "in Hamilton on Saturday afternoon"),
   day("2026-09-14", "look at it on Monday"),
   day("2026-09-19", "played in Hamilton on Saturday")],
  "New Zealand sports report with straight quotes: players named after their positions ('Halfback Wiremu Tūhoe', 'hooker Rangi Poutama', 'prop Josh Tait'), Māori names with macrons, 'Waikato coach Ben Marriner told Sky Sport' inside an interrupted quotation, 'Referee Grant Elliott's decision … drew jeers …, and Stanley refused to criticise it.' then '“…,” he told reporters' (Stanley's: the owner of the decision is no subject).",
),
A("93_regional_2026-10-06_care_provider_fined.txt",
  "Care provider fined £400,000 over nursing home fire",
  [RP, EH],
  [Q(None, "indirect", "heard", "the fire broke out in a first-floor bedroom on the night of 14 and 15 August, and that staff could not close two fire doors that had been wedged open for weeks", False),
   Q(RP, "indirect", "said", "the company had put \"convenience before safety\""),
   Q(RP, "partial", "said", "convenience before safety"),
   Q("Ashdown Care", "indirect", "said", "it had replaced every fire door in its homes and apologised to the resident and his family"),
   Q(EH, "indirect", "said", "her father still needed care for his burns"),
   Q(EH, "direct", "said", "He went in there to be safe. That was the whole point")],
  [month(2024, 8, 31, "in August 2024"),
   E("2024-08-14", "2024-08-15", "day", "the night of 14 and 15 August"),
   day("2024-08-03", "the doors on 3 August")],
  "UK regional court story: a care provider ('Ashdown Care', a company, no person) and its statement; 'a fire … in August 2024' then, in later paragraphs, 'on the night of 14 and 15 August' and 'on 3 August' without a year (of 2024, the month the article gave with its year); 'Judge Rhian Prydderch said'.",
),
A("94_wire_2026-11-17_port_strike_talks.txt",
  "Port strike talks to resume after union rejects pay offer",
  ["Karen Doyle", "Martin Shaw"],
  [Q("Unite union", "indirect", "said", "Talks to end a strike at the Port of Hollin will resume on Thursday after dock workers rejected a revised pay offer on Monday"),
   Q("Karen Doyle", "indirect", "said", "the offer of 6 percent over two years did not make up for three years of below-inflation rises"),
   Q("Karen Doyle", "direct", "said", "Our members have been clear. This offer doesn't cut it"),
   Q("Hollin Port Holdings", "indirect", "said", "it had made \"a fair and final offer\" and was disappointed by the vote"),
   Q("Hollin Port Holdings", "partial", "said", "a fair and final offer"),
   Q("Martin Shaw", "indirect", "said", "the strike had already cost the port more than £4 million"),
   Q("Martin Shaw", "indirect", "said", "the company would meet the union again on Thursday \"with an open mind\""),
   Q("Martin Shaw", "partial", "said", "with an open mind")],
  [day("2026-11-19", "will resume on Thursday"),
   day("2026-11-16", "pay offer on Monday"),
   day("2026-11-09", "walked out last Monday"),
   day("2026-11-13", "said last Friday"),
   day("2026-11-19", "union again on Thursday")],
  "UK wire story dated Tuesday 17 November: 'last Monday' (the week before: yesterday is 'on Monday', which the same story uses), 'last Friday', 'on Thursday' to come; 'the Unite union said' (named with its noun, as article 53 names the 'Accord union').",
),
A("95_wire_2026-11-24_water_bills_row.txt",
  "Water company says bills must rise by a fifth",
  ["Paul Denning", "Lorna Mayhew"],
  [Q("Severn Vale Water", "indirect", "told", "household bills will have to rise by 21 percent over five years"),
   Q("Paul Denning", "indirect", "said", "the money was needed to replace ageing pipes and cut sewage spills"),
   Q("Lorna Mayhew", "indirect", "said", "customers were being asked to pay for years of underinvestment"),
   Q("Lorna Mayhew", "indirect", "said", "the regulator should reject the plan"),
   Q("Paul Denning", "indirect", "told", "the company had already cut its dividend"),
   Q("Paul Denning", "indirect", "said", "showed it was serious", False)],
  [vague("2027-06-01", "2027-08-31", "in the summer", False)],
  "UK wire story of reported speech that the writer sums up after a comma: '…, a figure consumer groups called excessive', '…, a claim the Consumer Council for Water disputes', '…, a view shared by several MPs', '…, a move he said showed it was serious' (none of them part of the statement).",
),
]


if __name__ == "__main__":
    merge_into_tuned(articles)

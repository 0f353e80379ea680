# Hand annotation of tests/articles/103_* and later (the extract16 session): a parliamentary record
# in Hansard style (members' labels with the title in mixed case and the name in capitals, the
# electorate and the time in parentheses, "The PRESIDENT:" named where the record says who took the
# chair, a titled surname label before the member's full label, interjection notes); a podcast
# transcript with timestamps before its labels and first names alone in the later ones, "[laughs]"
# and "[crosstalk]", followed by readers' letters signed "— Name, Town"; a newswire press release
# (a company with its stock ticker, "The company said", a contact block, a motto in quotation
# marks); a Reuters story with placards' words in quotation marks and quotations interrupted by an
# attribution that names an outlet or a language ("told Reuters outside the gates,", "said in
# Dutch,").
# `python3 tests/gold/src/extract16.py` replaces those articles in tests/gold/articles.json.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned, vague, T, C  # noqa: E402

CB, PV, ML, AK = "Carol Benn", "Peter Vance", "Mark Lewis", "Alison Kerr"
HB, OL, LF, NO = "Hannah Brice", "Oscar Lindgren", "Lucia Ferrante", "Nate Okoye"
MT, DP, TV, HFS = "Marcus Tillman", "Dana Pruett", "Terri Vogel", "Harlow Freight Systems"
JV, EM, KW = "Jan Verhoeven", "Els Maes", "Karin Wouters"


articles = [
A("103_hansard_2026-11-19_hospital_beds_questions.txt",
  "Legislative Council: Questions without notice, Thursday, 19 November 2026",
  [CB, PV, ML, AK],
  [T(PV, "My question is directed to the Minister for Health. In June the minister told this house that 60 new beds would open at Tamworth hospital before winter. The ward is still empty. How many of those beds are open today?"),
   Q(ML, "indirect", "told", "60 new beds would open at Tamworth hospital before winter", False),
   T(ML, "I thank the honourable member for his question. The ward is built, the equipment is in, and 22 of the 60 beds opened on 9 November. The rest will open as we recruit the nurses to staff them, and not a day before."),
   T(CB, "Order! Members will come to order. The minister has the call."),
   T(ML, "We advertised in August for 48 nurses for that ward. We have hired 31. I would rather open beds slowly and safely than open an empty ward for a photograph. The last government opened a ward in Dubbo with no staff for it, and it closed again within three months."),
   T(PV, "Supplementary question: will the minister table the recruitment figures for every regional hospital by the end of the month?"),
   T(AK, "Point of order. The supplementary question asks for something the minister has already said he will provide."),
   T(CB, "There is no point of order. The minister may answer."),
   T(ML, "I am happy to provide the figures, and I will provide them in the usual way, in the quarterly report that is published in January."),
   T(CB, "The member for the Northern Region has asked his question."),
   T(AK, "My question is directed to the Minister for Health. Will the minister update the house on the new mental health clinic in Orange?"),
   T(ML, "I thank the honourable member for her question. The clinic in Orange opened its doors on Monday. It has 12 counsellors and two psychiatrists, and it saw its first 40 patients in its first three days. Young people in the central west used to wait nine weeks for an appointment. From next month, we expect that wait to be under three weeks."),
   T(CB, "Order! I remind members that interjections are disorderly."),
   T(AK, "Supplementary question: how many of those patients were under the age of 25?"),
   T(ML, "I do not have that figure with me. I will take the question on notice and come back to the member before the end of the sitting week.")],
  [day("2026-11-19", "Questions without notice, Thursday, 19 November 2026", False),
   month(2026, 6, 30, "In June the minister told"),
   day("2026-11-19", "beds are open today", False),
   vague("2026-06-01", "2026-08-31", "hospital before winter", False),
   day("2026-11-09", "opened on 9 November"),
   month(2026, 8, 31, "advertised in August"),
   vague("2026-11-21", "2026-11-30", "by the end of the month", False),
   month(2027, 1, 31, "published in January", False),
   day("2026-11-16", "opened its doors on Monday"),
   month(2026, 12, 31, "From next month"),
   vague("2026-11-16", "2026-11-22", "end of the sitting week", False)],
  "A parliamentary record (Hansard style, an upper house) with no quotation marks: a title line with the sitting's date, 'Parliament of New South Wales' and 'Hansard (proof)' lines, 'The PRESIDENT (Hon. Carol Benn) took the chair at 11:00' (whom the 'The PRESIDENT:' turns are), the headings 'QUESTIONS WITHOUT NOTICE' and one per question; first labels with the title in mixed case, the name in capitals and the region and time in parentheses ('Dr PETER VANCE (Northern Region) (11:04):', 'The Hon. MARK LEWIS (Minister for Health) (11:05):'), later ones 'Mr LEWIS:', 'Dr VANCE (11:08):', 'Mr LEWIS (11:09):'; 'Ms KERR: Point of order.' before her full label 'Ms ALISON KERR (Western Region) (11:12):'; two answers over two paragraphs; 'Members interjecting—' and 'Dr VANCE interjected.' (stage directions, no part of a turn); dates 'In June', 'before winter' (an Australian winter, optional), 'on 9 November', 'in August', 'by the end of the month', 'in January' (a report published each January, optional), 'today' (optional, as in the held-out sets), 'on Monday', 'From next month', 'the end of the sitting week'.",
  headings=["QUESTIONS WITHOUT NOTICE", "Regional hospital beds", "Mental health services"],
),
A("104_podcast_2026-11-25_school_lunches.txt",
  "Kitchen Table Civics, Episode 41: What's really in a school lunch?",
  [HB, OL, LF, NO],
  [T(HB, "Hi, and welcome to Kitchen Table Civics. I'm Hannah Brice. Every week we take one thing your local government does and find out how it actually works. Today it's school lunches, and I'm joined by Oscar Lindgren, who ran the kitchen at Westfield Middle School for nine years before he joined the district's nutrition office. Oscar, hello."),
   T(OL, "Hello, Hannah. Thanks for having me."),
   T(HB, "So how much does the district spend on a lunch?"),
   T(OL, "About a dollar ninety on the food itself. People always think it's more. Then there's labor, and the trucks, and the dishwashers that break every February."),
   T(HB, "Why February?"),
   T(OL, "I honestly don't know. Every year, the week after the holidays end, something floods."),
   T(HB, "The school board voted in September to buy more food from farms in the county. How is that going?"),
   T(OL, "Better than I expected. We buy apples from two orchards now, and in the spring we'll add eggs. The kids can tell the difference, and so can the waste bins. We throw away about a third less fruit than we did in 2024."),
   T(HB, "I asked the board's chair, Lucia Ferrante, what happens when the grant for that program runs out."),
   T(LF, "The grant covers us through June of 2028. After that, the board will have to decide whether local food is worth a few cents more a tray. I think it is, but I'm one vote out of seven."),
   T(HB, "Oscar, a few cents more a tray, is that right?"),
   T(OL, "Four cents, give or take. For a district our size that's about"),
   T(HB, "Ninety thousand dollars a year?"),
   T(OL, "Closer to eighty. Which is real money, but it's less than we spent on the new parking lot in 2023."),
   T(HB, "Oscar Lindgren, thank you so much."),
   T(OL, "Thank you, Hannah."),
   T(HB, "Kitchen Table Civics is produced by Nate Okoye. We'll be back next Wednesday with a look at snow plowing."),
   C("Denise Arkwright", "I paid off eleven dollars in fines for my son the week the library dropped them, and the librarian refused to take it. I have never been so happy to be turned down."),
   C("Harold Quist", "Libraries that don't charge fines will just lose more books. Somebody has to pay for them, and it will be the taxpayers."),
   C("Ana Sorensen", "My grandchildren go to the library every Saturday now. They never went when a late book meant a bill.")],
  [day("2026-11-25", "Today it's school lunches", False),
   month(2026, 9, 30, "voted in September"),
   vague("2027-03-01", "2027-05-31", "in the spring we'll add eggs", False),
   year(2024, "than we did in 2024"),
   month(2028, 6, 30, "through June of 2028"),
   year(2028, "through June of 2028", False),
   year(2023, "parking lot in 2023"),
   day("2026-12-02", "next Wednesday"),
   vague("2026-11-16", "2026-11-22", "after last week's episode", False)],
  "A podcast episode page: a title line, a 'November 25, 2026' line and 'Full transcript' (no heading); turns opening with a timestamp in square brackets and a label in capitals ('[00:00:03] HANNAH BRICE:'), later labels the first name alone ('[00:00:22] HANNAH:', 'OSCAR:'); a guest on tape named in the host's turn before hers ('LUCIA FERRANTE:'); '[laughs]' and '[crosstalk]' in lower case (stage directions, no part of the words); the credits 'produced by Nate Okoye'; then a 'YOUR LETTERS' heading, the editor's line introducing them, and three readers' letters each signed on the next line '— Name, Town' (comments of that author, no people named; their 'every Saturday' is no event); dates 'Today' (optional), 'every February' (a habit, no event), 'in September', 'in the spring' (to come, optional), 'in 2024', 'through June of 2028', 'in 2023', 'next Wednesday', 'last week's episode' (optional).",
  headings=["YOUR LETTERS"],
),
A("105_businesswire_2026-11-17_cold_storage_expansion.txt",
  "Harlow Freight Systems Opens $95 Million Cold Storage Hub in Ohio, Adding 280 Jobs",
  [MT, DP, TV],
  [Q(HFS, "indirect", "said", "it would hire 280 people there by the end of 2027"),
   Q(MT, "direct", "said", "Grocers told us they needed cold space closer to their stores, and they needed it without the diesel. Groveport gives them both."),
   Q(HFS, "indirect", "said", "the hub would cut the distance its trucks travel by about 1.2 million miles a year"),
   Q(HFS, "indirect", "according to", "the solar array will supply about a third of the building's electricity"),
   Q(HFS, "indirect", "said", "it had already filled 95 of the positions"),
   Q(HFS, "indirect", "said", "it would offer forklift and refrigeration training with Columbus State Community College, with the first group of trainees starting in January"),
   Q(TV, "direct", "said", "We have wanted a company like Harlow here for ten years. This is two hundred and eighty paychecks that stay in Groveport.")],
  [day("2026-11-17", "today opened a $95 million", False),
   vague("2027-09-01", "2027-12-31", "by the end of 2027", False),
   year(2027, "by the end of 2027", False),
   month(2026, 10, 31, "Hiring began in October"),
   month(2027, 1, 31, "starting in January"),
   month(2026, 9, 30, "announced in September"),
   vague("2028-01-01", "2028-06-30", "in the first half of 2028"),
   year(2028, "in the first half of 2028", False),
   year(1998, "Founded in 1998", False)],
  "A newswire press release with straight quotes: a headline and a deck line ('Warehouse near Columbus will hold …': no subject named in it), 'News provided by …' and a time line, the dateline 'COLUMBUS, Ohio, Nov. 17, 2026 /PRNewswire/ --' before 'Harlow Freight Systems Inc. (NYSE: HFS), a logistics company …, today opened … and said it would …' (the company, named without its legal form); 'Refrigeration is powered …' (a common noun opening a sentence, no company); 'The company said', 'According to the company', 'Harlow said' (the company); 'said Marcus Tillman, president and chief executive officer of …', 'said Mayor Terri Vogel'; 'from JobsOhio, which Lieutenant Governor Dana Pruett's office announced in September, and …' (a relative clause, no statement); the 'About' boilerplate with a motto in quotation marks (no quote) and 'Founded in 1998', a 'Forward-Looking Statements' section and a media contact (no person named); dates 'today', 'by the end of 2027', 'in October', 'in January', 'in September', 'in the first half of 2028', 'in 1998'.",
  headings=["About Harlow Freight Systems", "Forward-Looking Statements"],
  footer="Media contact\nPriya Dhawan\nHarlow Freight Systems\npress@harlowfreight.com\nSOURCE Harlow Freight Systems Inc.",
  not_quotes=["Fresh, every mile"],
),
A("106_reuters_2026-11-24_port_strike.txt",
  "Dockworkers strike at Antwerp as wage talks collapse",
  [JV, EM, KW],
  [Q(JV, "direct", "told", "We will stay out as long as it takes to get a fair offer."),
   Q(JV, "indirect", "said", "the employers had offered a rise of 2.1% a year, well below inflation, which stood at 3.4% in October"),
   Q(JV, "direct", "said", "The ships keep getting bigger. The crews keep getting smaller. Something has to give."),
   Q("CEPA", "partial", "said", "regrets the union's decision"),
   Q("CEPA", "indirect", "said", "it \"regrets the union's decision\" and that its offer was the best the sector could afford"),
   Q(EM, "direct", "said", "We are open to talks but not to demands that would make Antwerp more expensive than Rotterdam."),
   Q(None, "indirect", "said", "they were diverting vessels to Rotterdam and Zeebrugge", False),
   Q(None, "indirect", "said", "they had already begun moving cargo by rail through Germany", False),
   Q(KW, "indirect", "said", "she would call them to her ministry on Friday"),
   Q(KW, "direct", "said", "A strike like this costs everyone, and most of all the workers' own families"),
   Q("ABVV union", "indirect", "said", "the strike would last at least until Thursday", False)],
  [day("2026-11-24", "Antwerp on Tuesday", False),
   month(2026, 10, 31, "3.4% in October"),
   day("2026-11-27", "her ministry on Friday"),
   day("2026-11-26", "at least until Thursday", False),
   month(2026, 6, 30, "since June", False)],
  "Reuters wire copy with straight quotes, a byline and a dateline 'ANTWERP, Belgium, Nov 24 (Reuters) -': 'carrying placards reading “…”' (a sign's words, no quote); a quotation interrupted by an attribution that introduces the speaker with a long appositive and names the outlet and a place ('“…,” Jan Verhoeven, a crane operator for 26 years who heads …, told Reuters outside the gates, “…”': one direct quote); 'The employers' federation, CEPA, said in a statement that it “…” and that …' (partial and clause); '“…,” CEPA's director, Els Maes, said in Dutch, “…” (translated)'; 'A spokesman for … declined to comment' (no quote); 'Shipping lines said', 'Some shippers said' (null, optional); 'Belgian Labour Minister Karin Wouters, speaking to reporters in Brussels, urged … and said she would …'; 'The union said' (the ABVV union, optional); a reporting credit; dates 'on Tuesday' (the dateline's day), 'in October', 'on Friday' (to come), 'until Thursday', 'since June'.",
  footer="(Reporting by Pieter Claes; Editing by Alison Frame)",
  not_quotes=["Our hands move Europe"],
),
]

articles[1]["comments"] = [{"author": q["speaker"], "text": q["text"]} for q in articles[1]["quotes"] if q["kind"] == "comment"]

if __name__ == "__main__":
    merge_into_tuned(articles)

# Hand annotation of tests/articles/49_* to 52_* (the extract6 session: a sports
# press-conference transcript with "Q." questions, "THE MODERATOR:" and an answer that is only a
# date; a local report where "the company" is a business named after a council, the second
# Tuesday of a month, a year followed by another date, and a future clause after a past
# subordinate one; a broadsheet whose reported speech goes on past ", she said, and"; a sports
# report with players named without a verb of speech and one called by his first name), merged
# into tests/gold/articles.json: `python3 tests/gold/src/extract6.py` replaces those articles
# there.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned  # noqa: E402

P, G = "Paul Okafor", "Martin Greaves"
BIF, H = "Bay Island Ferries", "Denise Harper"

articles = [
A("49_transcript_2026-11-11_manager_press_conference.txt",
  "Riverton manager Paul Okafor's pre-match press conference: full transcript",
  [P, "Danny Price", "Sam Whitlow", G],
  [Q(None, "direct", ":", "Thanks for coming, everyone. The manager will take questions for about ten minutes."),
   Q(P, "direct", ":", "Good morning. Quick team news first. Danny Price trained fully yesterday and is available. We'll give Sam Whitlow another week."),
   Q(None, "direct", ":", "Is Danny ready to start?"),
   Q(P, "direct", ":", "He's ready to play. Whether he starts is a different question, and I haven't answered it yet."),
   Q(None, "direct", ":", "When will you name the side?"),
   Q(P, "direct", ":", "On Thursday, probably."),
   Q(None, "direct", ":", "And Sam?"),
   Q(P, "direct", ":", "Next Tuesday, hopefully. The scan was clear, but I'm not rushing him."),
   Q(None, "direct", ":", "The chairman, Martin Greaves, said last week that the club would \"back you in January.\" Have you spoken to him about signings?"),
   Q(G, "indirect", "said", "the club would \"back you in January.\""),
   Q(G, "partial", "said", "back you in January"),
   Q(P, "direct", ":", "Martin and I speak most days. We know what we need. I'm not going to do my shopping in public."),
   Q(None, "direct", ":", "You face Castleford on Saturday. They beat you twice last season."),
   Q(P, "direct", ":", "They did, and they deserved to. It was a different group then. We've won five of our last six, and I want the crowd to make it hard for them."),
   Q(None, "direct", ":", "Last question, please."),
   Q(None, "direct", ":", "How do you feel about the fixture list over Christmas?"),
   Q(P, "direct", ":", "Ask me after Christmas."),
   Q(None, "direct", ":", "Thank you, everyone.")],
  [day("2026-11-10", "trained fully yesterday"),
   day("2026-11-12", "On Thursday, probably."),
   day("2026-11-17", "Next Tuesday, hopefully."),
   E("2026-11-02", "2026-11-08", "vague", "said last week", False),
   month(2027, 1, 31, "back you in January", False),
   day("2026-11-14", "Castleford on Saturday"),
   day("2026-12-25", "over Christmas", False),
   day("2026-12-25", "after Christmas", False)],
  "Press-conference transcript: 'Q.' with a period for the questions (speaker null), 'THE MODERATOR:' with nobody named as moderator (null), a title and a surname as the label ('MANAGER OKAFOR:'), an 'An interview with:' line that is no heading, '(Laughter.)' and '(Smiling)'; an answer that is only a date ('On Thursday, probably.') takes the tense of the question; a partial quotation inside a question.",
),
A("50_local_2026-03-03_ferry_subsidy.txt",
  "Town delays ferry subsidy vote as operator threatens winter cuts",
  [H, "Tom Beale"],
  [Q(None, "indirect", "warned", "it would cut winter sailings without public money", False),
   Q(H, "indirect", "said", "members needed more time to study the operator's accounts"),
   Q(H, "indirect", "said", "the council would vote on the second Tuesday in April"),
   Q(H, "indirect", "said", "the ferry would resume its full timetable once the harbor ice cleared, probably in early April"),
   Q(BIF, "indirect", "said", "fuel and insurance costs had risen by 40% since 2023 and that it could not keep running half-empty winter boats at a loss"),
   Q(BIF, "direct", "said", "We have carried this island for almost 40 years. We are asking the town to carry a small part of the cost."),
   Q(None, "indirect", "according to", "The ferry sold out its summer sailings for the first time since 2008 last year", False),
   Q("Tom Beale", "indirect", "said", "losing the early boat would cost him his job"),
   Q("Tom Beale", "direct", "said", "There's no other way off this island in January.")],
  [day("2026-03-02", "on Monday delayed"),
   year(1987, "since 1987"),
   day("2026-04-14", "the second Tuesday in April"),
   E("2026-04-01", "2026-04-10", "vague", "probably in early April", False),
   year(2023, "since 2023"),
   year(2008, "first time since 2008"),
   year(2025, "2008 last year"),
   month(2026, 1, 31, "this island in January", False),
   month(2027, 1, 31, "this island in January", False)],
  "Local paper: 'The company said in a statement' after a town council was the last subject, the company named only as an object before ('would go to Bay Island Ferries'); 'the second Tuesday in April'; a year followed by another date ('since 2008 last year'); a future-in-the-past after a past subordinate clause ('would resume … once the harbor ice cleared, probably in early April').",
),
A("51_broadsheet_2026-07-09_hospital_parking.txt",
  "Hospital parking fees to double as board blames rising costs",
  ["Margaret Doyle", "Colm Ryan", "Grace Tane"],
  [Q(None, "indirect", "confirmed", "Parking charges at Westmere Hospital will double from September", False),
   Q(None, "indirect", "found", "the car park had lost money for three years in a row", False),
   Q("Margaret Doyle", "indirect", "said", "the charges had not changed since 2019"),
   Q("Margaret Doyle", "indirect", "said", "Maintenance and security now cost more than twice what they did then, and the shortfall was being paid from the hospital's clinical budget"),
   Q("Margaret Doyle", "direct", "said", "Every dollar we spend propping up a car park is a dollar we don't spend on patients"),
   Q("Colm Ryan", "indirect", "said", "the increase would fall hardest on families visiting children in long-term care"),
   Q("Colm Ryan", "indirect", "said", "Some parents paid more than $80 a week to park, but most had no other way to get to the ward"),
   Q("Colm Ryan", "direct", "said", "These aren't people who are choosing to drive. They're people whose child is on the fourth floor."),
   Q("Grace Tane", "indirect", "said", "she had asked the board for a discount scheme for long-stay families, which would be in place by the end of August")],
  [month(2026, 9, 30, "double from September"),
   day("2026-07-08", "confirmed on Wednesday"),
   year(2019, "since 2019"),
   E("2026-08-21", "2026-08-31", "vague", "by the end of August", False)],
  "Broadsheet with 'Ms Doyle'/'Mr Ryan' without a period and a 'July 9, 2026 — 6.00am' line: reported speech that goes on past its attribution ('…, she said, and the shortfall was …', '…, he said, but most had …').",
),
A("52_sport_2026-02-15_freshman_leads_comeback.txt",
  "Freshman leads Lakeside past Crestwood in overtime",
  ["Malik Owens", "Derek Lane", "Nathan Cole", "Dana Whitfield", "Peter Marsh", "Gary Holm"],
  [Q("Dana Whitfield", "indirect", "said", "the team had talked at halftime about playing with more patience"),
   Q("Dana Whitfield", "direct", "said", "We were chasing the game. In the second half we let it come to us."),
   Q("Malik Owens", "indirect", "told", "his wrist still hurt but that he \"wasn't going to sit out a game like this.\""),
   Q("Malik Owens", "partial", "told", "wasn't going to sit out a game like this"),
   Q("Gary Holm", "indirect", "said", "his players had run out of legs in overtime")],
  [day("2026-02-14", "on Saturday night"),
   day("2026-02-18", "Ridgeview on Wednesday")],
  "College sports report with no date in the text (the file name gives it): players named in full only as subjects of 'scored', 'added', 'led' (people all the same), and a player called by his first name alone when he speaks ('Malik told reporters').",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)

# Hand annotation of tests/articles/56_* and 57_* (the extract7 session: wire copy with "Sen.
# James Hart of Ohio", epithets that refer back ("The Ohio Republican said"), "X, he said, had
# agreed to …" with a partial quote, weekday ranges and a month to come inside a quotation; a UK
# court report with "KC" after barristers' names, pronoun chains whose sentences open with the
# same pronoun, "Thursday last week" and "as early as 2020"), merged into tests/gold/articles.json:
# `python3 tests/gold/src/extract7.py` replaces those articles there.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned  # noqa: E402

H, W, D, AAR = "James Hart", "Laura Whitcombe", "Carl Dunmore", "Association of American Railroads"
P, R, ME = "Rhiannon Price", "Emma Rowlands", "Mark Ellis"

articles = [
A("56_wire_2026-03-11_rail_safety_bill.txt",
  "Senate bill would force railroads to report hazardous cargo to towns in advance",
  [H, "Roger Bale", W, D],
  [Q(H, "indirect", "said", "the measure was written after a derailment near Crestline in which firefighters spent hours trying to learn what was burning"),
   Q(H, "direct", "said", "Our firefighters should never have to guess what's on fire. They were guessing at Crestline, and they'll be guessing again in April if we don't act."),
   Q(H, "indirect", "said", "he expected a committee vote within weeks"),
   Q(H, "indirect", "said", "he had spoken to railroad executives from Monday to Wednesday last week and that most of them accepted the need for change"),
   Q(H, "indirect", "said", "Committee chairman Roger Bale had agreed to hold a hearing in Ohio \"before the summer recess.\""),
   Q(H, "partial", "said", "before the summer recess"),
   Q(W, "indirect", "said", "the industry had promised voluntary reporting as recently as 2023 but had not delivered it"),
   Q(W, "direct", "said", "Voluntary didn't work. Now it's the law or nothing."),
   Q(AAR, "indirect", "said", "railroads already share information with emergency responders and that the bill would add \"paperwork, not safety.\""),
   Q(AAR, "partial", "said", "paperwork, not safety"),
   Q(D, "indirect", "said", "he would introduce a companion bill in the House on Tuesday")],
  [day("2026-03-11", "on Wednesday introduced", False),
   month(2026, 4, 30, "again in April"),
   E("2026-03-02", "2026-03-04", "day", "from Monday to Wednesday last week"),
   year(2023, "as recently as 2023"),
   day("2026-03-17", "in the House on Tuesday"),
   E("2026-03-17", "2026-03-19", "day", "Tuesday through Thursday next week")],
  "AP copy: 'Sen. James Hart of Ohio' (the state is no part of the name); epithets that refer back to a senator named with his state ('The Ohio Republican said', 'the Minnesota Democrat said'); 'Committee chairman Roger Bale, he said, had agreed to … “…”' (the clause without its attribution, and its partial); a month to come inside a quotation ('again in April'); weekday ranges ('from Monday to Wednesday last week', 'Tuesday through Thursday next week'); 'as recently as 2023'.",
),
A("57_court_2026-10-13_harbour_fraud_trial.txt",
  "Harbour board treasurer spent trust's money on racehorses, jury told",
  ["Graham Lyle", P, R, "Joanna Bevan", ME, "Rees"],
  [Q(None, "indirect", "heard", "A former harbour board treasurer used money meant for dredging to buy three racehorses", False),
   Q(P, "indirect", "told", "Mr Lyle had moved £640,000 from the board's accounts between 2019 and 2023"),
   Q(P, "indirect", "said", "The transfers were labelled as payments to contractors, but no work was ever done"),
   Q(P, "indirect", "said", "Mr Lyle had been the only person with access to the accounts"),
   Q(P, "direct", "told", "He hid it well, and for a long time. But the horses were real."),
   Q(R, "indirect", "said", "she had traced the payments to a stud farm in County Kildare"),
   Q(R, "indirect", "told", "Mr Lyle's former colleague, Joanna Bevan, had first raised concerns in an email"),
   Q(R, "direct", "said", "Without that email we would not be here"),
   Q(None, "indirect", "heard", "The board's accounts were frozen on Thursday last week", False),
   Q(ME, "indirect", "said", "his client had believed the board had approved the payments as loans"),
   Q(ME, "indirect", "said", "the board's chairman had known about the transfers as early as 2020"),
   Q("Rees", "indirect", "told", "the trial would not sit on Friday"),
   Q("Rees", "indirect", "said", "it would sit from Monday to Thursday next week")],
  [day("2026-10-12", "began on Monday"),
   E("2019-01-01", "2023-12-31", "year", "between 2019 and 2023", False),
   day("2026-10-08", "on Thursday last week"),
   year(2020, "as early as 2020"),
   day("2026-10-16", "not sit on Friday"),
   E("2026-10-19", "2026-10-22", "day", "from Monday to Thursday next week")],
  "UK court report with straight single quotes: 'Rhiannon Price KC', 'Mark Ellis KC' (the letters are no part of the name); 'Det Sgt', 'Mr Justice Rees' (known only by his surname); 'told the jury Mr Lyle had …' without 'that'; a pronoun whose sentence's subject is the same pronoun ('She told the court that … Joanna Bevan …' then '“…,” she said'); 'on Thursday last week', 'as early as 2020', 'from Monday to Thursday next week'.",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)

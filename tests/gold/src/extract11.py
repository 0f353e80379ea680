# Hand annotation of tests/articles/80_* to 82_* (the extract11 session, on events and dates: a
# Scottish court report with "postponed until 9 February", "a new trial date of …", "a procedural
# hearing for …" (still to come though told in the past), "in March last year", "on 2 June that
# year", "between 27 and 29 November", "Saturday 19 December this year", "until the end of next
# year", "for the whole of March", "spent the night of the 3rd on …", "compared with … a year
# ago" and a noun "reports," before a date; a feature retelling a storm of 1976 whose later days
# carry no year and whose timeline runs from the last date: "That night", "The next morning",
# "Two days later, on 14 January", "later that afternoon"; a search told day by day, backwards as
# well as forwards: "The previous evening", "Two days earlier", "The same day", "The day after,"),
# merged into tests/gold/articles.json:
# `python3 tests/gold/src/extract11.py` replaces those articles there.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned, vague as gold_vague  # noqa: E402

KM, AF, MS, CB, LK = "Keith Mowbray", "Aidan Fraser", "Morag Sutherland", "Colin Baird", "Lorna Keane"
DM, CM = "Duncan Morrison", "Callum MacLeod"
GP, FP, RS = "Graham Petrie", "Fiona Petrie", "Ruaridh Stewart"


def vague(start, end, contains, req=False):
    """Vague dates are optional in this set unless said otherwise."""
    return gold_vague(start, end, contains, req)


articles = [
A("80_court_2026-12-04_quarry_collapse_case.txt",
  "Quarry collapse case put back to February as new reports emerge",
  [KM, AF, MS, CB, LK],
  [Q(MS, "indirect", "told", "the Crown had lodged surveyor reports, photographs and inspection logs, on 20 November, barely two weeks before the trial"),
   Q(MS, "direct", "said", "My clients have the right to answer these reports properly, and at present they cannot"),
   Q(CB, "indirect", "said", "he would not allow the delay to become \"open-ended\""),
   Q(CB, "partial", "said", "open-ended"),
   Q("Health and Safety Executive", "indirect", "said", "the quarry will stay closed until the end of next year while its owners carry out repairs"),
   Q(LK, "indirect", "said", "the family had marked what would have been his 44th birthday between 27 and 29 November with a walk along the shore at Nairn"),
   Q(LK, "indirect", "said", "she had spent the night of the 3rd on the phone to the procurator fiscal's office"),
   Q(LK, "direct", "said", "We keep being told it will be soon. We will be back in court on 9 February, same as this time."),
   Q(CB, "indirect", "said", "the trial would now last for the whole of March")],
  [day("2027-02-09", "postponed until 9 February"),
   day("2026-12-02", "Sheriff Court on Wednesday"),
   E("2023-03-01", "2023-10-31", "month", "between March and October 2023", False),
   month(2023, 3, 31, "between March and October 2023", False),
   month(2023, 10, 31, "between March and October 2023", False),
   day("2023-10-19", "his cab on 19 October 2023"),
   day("2023-10-19", "closed that afternoon"),
   day("2026-11-20", "logs, on 20 November"),
   day("2027-02-09", "new trial date of 9 February"),
   day("2027-01-14", "hearing for 14 January"),
   day("2027-01-11", "was listed for 11 January"),
   month(2025, 3, 31, "charged in March last year"),
   day("2025-06-02", "on 2 June that year"),
   year(2027, "until the end of next year", False),
   vague("2027-09-01", "2027-12-31", "until the end of next year"),
   vague("2027-12-21", "2027-12-31", "until the end of next year"),
   E("2026-11-27", "2026-11-29", "day", "between 27 and 29 November"),
   day("2026-11-27", "between 27 and 29 November", False),
   day("2026-11-29", "between 27 and 29 November", False),
   day("2026-12-03", "the night of the 3rd"),
   day("2027-02-09", "back in court on 9 February"),
   day("2026-12-19", "Saturday 19 December this year"),
   month(2027, 3, 31, "for the whole of March")],
  "Scottish court report (Herald or Press and Journal style) with straight quotes, a byline with a role and a 'Friday 4 December 2026' line, for dates still to come in a past-tense report: 'postponed until 9 February', 'He set a new trial date of 9 February and fixed a procedural hearing for 14 January', 'was listed for 11 January', 'for the whole of March'; 'in March last year' (one month, not a month and a year), 'on 2 June that year', 'between 27 and 29 November' (one span of days), 'on Saturday 19 December this year' (no year beside it), 'spent the night of the 3rd on the phone', 'closed that afternoon' after a full date; 'inspection logs, on 20 November' after the noun 'reports' (no present tense); 'compared with a profit of £1.1 million a year ago' (a yardstick, no event); 'Carrick Optics, a former customer based in Perth' (a company, no person); 'until the end of next year' (September to December; the last ten days and the year also accepted).",
),
A("81_feature_2026-11-12_lighthouse_rescue.txt",
  "The night the Skerrick light went dark",
  [DM, CM],
  [Q(DM, "indirect", "wrote", "the three men \"spent that night in the dark, taking turns at the hand lamp\""),
   Q(DM, "partial", "wrote", "spent that night in the dark, taking turns at the hand lamp"),
   Q(CM, "direct", "said", "We had tea, biscuits and a wireless that only played static. I have never been so glad to see a lifeboat."),
   Q("Northern Lighthouse Board", "indirect", "said", "repairs had been carried out in September last year, and that the lamp now runs on solar power")],
  [day("1976-01-09", "arrived on 9 January 1976"),
   day("1976-01-11", "On 11 January the relief boat"),
   day("1976-01-11", "That night, the light failed"),
   year(2019, "who died in 2019"),
   day("1976-01-12", "The next morning, a fishing boat"),
   day("1976-01-14", "on 14 January, a lifeboat"),
   month(1987, 3, 31, "automated in March 1987"),
   year(1988, "sold the following year", False),
   month(2025, 9, 30, "in September last year"),
   vague("2025-06-01", "2025-08-31", "in the summer of last year"),
   day("2026-11-01", "museum on 1 November"),
   vague("2027-03-01", "2027-05-31", "run until the spring"),
   E("2027-01-08", "2027-01-10", "day", "between 8 and 10 January next year"),
   day("2027-01-08", "between 8 and 10 January next year", False),
   day("2027-01-10", "between 8 and 10 January next year", False)],
  "Anniversary feature (Scottish regional paper) with straight quotes and a '12 November 2026' line, retelling a storm of January 1976: the first date written in full ('on 9 January 1976, a Friday') and the later days of that paragraph without a year ('On 11 January', 'on 14 January'), a timeline told from the last date ('That night', 'The next morning', 'Two days later, on 14 January', 'later that afternoon'), while a later paragraph's 'on 1 November' is this year's; 'in September last year', 'in the summer of last year' (the season, no year beside it); 'between 8 and 10 January next year'; 'compared with 1,900 a year ago' (no event); 'said Morrison's assistant that winter, Callum MacLeod, now 79'.",
),
A("82_regional_2026-09-18_missing_walker_found.txt",
  "Missing hillwalker found safe after five nights on Ben Lair",
  [GP, FP, RS],
  [Q(None, "indirect", "said", "A hillwalker who went missing in Wester Ross has been found alive after five nights on the mountain", False),
   Q(GP, "indirect", "told", "he planned to be home by dark", False),
   Q(FP, "indirect", "said", "he had bought a new map and a head torch in Inverness"),
   Q(RS, "direct", "said", "We were losing hope, if I'm honest. The weather on the tops was as bad as I've seen it in September."),
   Q(GP, "indirect", "told", "he had sheltered under a boulder and rationed three cereal bars"),
   Q(GP, "direct", "said", "I kept telling myself somebody would come. On the fifth morning somebody did.")],
  [day("2026-09-06", "on the morning of 6 September"),
   day("2026-09-01", "Incheril on 1 September"),
   day("2026-08-31", "The previous evening"),
   day("2026-09-02", "raised the alarm on 2 September"),
   day("2026-08-31", "Two days earlier, she said"),
   day("2026-09-03", "lower slopes on 3 September"),
   day("2026-09-03", "The same day, a coastguard"),
   day("2026-09-04", "The day after, more than 40"),
   month(2026, 9, 30, "as I've seen it in September", False),
   day("2026-09-13", "a week later, on 13 September"),
   day("2026-09-27", "a fortnight later, on 27 September")],
  "Scottish regional paper (Press and Journal style) with straight quotes and an '18 September 2026' line: a search told day by day, each day from the one before it, backwards as well as forwards ('on 1 September. The previous evening', 'on 2 September. Two days earlier, she said', 'on 3 September. The same day', 'The day after,', 'a week later, on 13 September', 'a fortnight later, on 27 September'); 'Two days earlier, she said, he had …' (attribution inside reported speech); 'said team leader Ruaridh Stewart'; 'On the fifth morning' inside a quotation (no event).",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)

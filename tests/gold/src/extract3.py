# Hand annotation of tests/articles/28_* to 30_* (the extract3 session: an organisation named by
# its acronym in commas, "termed", a title with "and" before the name, outlets and companies
# that are not people, "later this year", an unnamed office, transcript turns that carry only
# a surname), merged into tests/gold/articles.json: `python3 tests/gold/src/extract3.py`
# replaces those articles there.
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from heldout import Q, E, day, year, A  # noqa: E402  (the same small helpers)

articles = [
A("28_reuters_2026-04-21_antofagasta_water.txt",
  "Chile regulator faults desalination plant operator over week of water rationing",
  ["Felipe Araya", "Carolina Fuentes", "Rosa Vidal"],
  [Q("Aguas del Pacifico", "indirect", "said", "repairs to its desalination plant near Antofagasta would be finished by the end of May, after a burst intake pipe left 120,000 people on rationed supply for a week"),
   Q("SISS", "partial", "termed", "slow and confusing"),
   Q("SISS", "indirect", "said", "it would open sanctions proceedings against the utility"),
   Q("Felipe Araya", "direct", "told", "We saw corrosion on that pipe in February and we scheduled the work for the winter. In hindsight, that was too late."),
   Q("Felipe Araya", "indirect", "told", "the company had flown in divers and engineers from Spain to speed up the repair"),
   Q("Carolina Fuentes", "indirect", "said", "the government would send a bill to Congress later this year to double the fines that water companies pay for supply failures"),
   Q(None, "indirect", "said", "emergency tanker deliveries had cost the municipality about 2.4 billion pesos, money it expects the utility to repay"),
   Q("Rosa Vidal", "direct", "said", "Seven days carrying buckets up four floors. Nobody from the company came to explain anything."),
   Q("El Mercurio de la Costa", "indirect", "reported", "two schools had closed for three days because they had no running water")],
  [day("2026-04-21", "Aguas del Pacifico said on Tuesday", False),
   E("2026-05-21", "2026-05-31", "vague", "finished by the end of May", False),
   E("2026-02-01", "2026-02-28", "month", "corrosion on that pipe in February", False),
   E("2026-04-21", "2026-12-31", "vague", "a bill to Congress later this year", False)],
  "Wire copy: a regulator named by its acronym in commas that 'termed … and said'; a minister's title with 'and' in it; a utility, a broadcaster and a newspaper with names like people's ('Aguas del Pacifico', 'Canal Costa') are no people; an unnamed office ('the city's budget office') is nobody named; 'later this year' runs from the reference date.",
),
A("29_transcript_2026-05-14_council_budget_interview.txt",
  "Transcript: Council speaker and budget director on the city's spending stand-off",
  ["Daniel Brooks", "Maria Okonjo", "Samuel Tate"],
  [Q("Daniel Brooks", "direct", ":", "Speaker Okonjo, the council has now missed two deadlines. When does this city get a budget?"),
   Q("Maria Okonjo", "direct", ":", "By the end of June. I'm confident of that, because we don't have a choice."),
   Q("Daniel Brooks", "direct", ":", "Mr. Tate, can the city keep paying its bills until then?"),
   Q("Samuel Tate", "direct", ":", "We can for about six weeks. After that we start delaying payments to contractors, and nobody wants that."),
   Q("Daniel Brooks", "direct", ":", "One at a time, please."),
   Q("Maria Okonjo", "direct", ":", "I just want to be clear that the council did not create this gap. The mayor's office sent us a budget that was $300 million short."),
   Q("Samuel Tate", "direct", ":", "And the council added $120 million in new programs on top of it."),
   Q("Daniel Brooks", "direct", ":", "We'll leave it there. Speaker Okonjo, Mr. Tate, thank you both.")],
  [day("2026-05-14", "broadcast on May 14, 2026"),
   E("2026-06-21", "2026-06-30", "vague", "By the end of June", False)],
  "Transcript whose turns carry only a surname in capitals ('BROOKS:'), the full names and titles given in the introduction; '(CROSSTALK)' is a stage direction.",
),
A("30_podcast_2026-09-30_library_hours.txt",
  "Podcast transcript: Why the county's libraries are closing on Sundays",
  ["Nadia Ferreira", "Owen Castellanos"],
  [Q("Nadia Ferreira", "direct", ":", "Welcome back to The Civic Desk. I'm Nadia Ferreira. Today I'm talking to Owen Castellanos, director of the Harlow County Library System, about the decision to close every branch on Sundays from November. Owen, thanks for coming in."),
   Q("Owen Castellanos", "direct", ":", "Happy to be here."),
   Q("Nadia Ferreira", "direct", ":", "Let's start with the obvious question. Why Sundays?"),
   Q("Owen Castellanos", "direct", ":", "Because Sunday is our most expensive day. We pay time and a half, and we have the fewest volunteers."),
   Q("Nadia Ferreira", "direct", ":", "A lot of listeners wrote in to say Sunday is the only day they can come."),
   Q(None, "indirect", "say", "Sunday is the only day they can come", False),
   Q("Owen Castellanos", "direct", ":", "I know, and I read those emails. All of them, actually. But the county cut our budget by 9 percent, and something had to give."),
   Q("Nadia Ferreira", "direct", ":", "Owen Castellanos, thank you."),
   Q("Owen Castellanos", "direct", ":", "Thank you, Nadia.")],
  [E("2026-11-01", "2026-11-30", "month", "on Sundays from November", False),
   day("2026-09-30", "Today I'm talking to Owen Castellanos", False)],
  "Podcast transcript in mixed case: the first turn of each voice has the full name ('Nadia Ferreira:'), later ones only the surname ('Ferreira:'); '(LAUGHS)' inside a turn is a stage direction; 'Sunday' as the name of a day of the week in general is no event.",
),
A("31_afp_2026-03-10_malawi_fuel.txt",
  "Malawi central bank holds rates as fuel queues return to Lilongwe",
  ["Peter Mwale", "Grace Banda", "Chikondi Phiri"],
  [Q("Malawi's central bank", "indirect", "saying", "fuel shortages that have brought back long queues in the capital would keep prices high for several more months", False),
   Q("Reserve Bank of Malawi", "indirect", "said", "inflation would begin to ease later this year once new import contracts took effect"),
   Q("Peter Mwale", "direct", "told", "We are not yet seeing the second-round effects fade. It would be premature to cut."),
   Q("Ministry of Energy and Mining", "indirect", "said", "three tankers carrying diesel had docked in Beira and that supplies would reach Lilongwe by Friday"),
   Q("TOAM", "partial", "termed", "wishful thinking"),
   Q("TOAM", "indirect", "said", "bus fares would rise by a fifth from next week"),
   Q("Grace Banda", "indirect", "told", "the government would not raise fuel subsidies"),
   Q("Grace Banda", "indirect", "said", "the treasury could not afford them"),
   Q("Chikondi Phiri", "direct", "said", "I have been here since four in the morning"),
   Q("Consumers Association of Malawi", "partial", "called", "a failure of planning"),
   Q("Consumers Association of Malawi", "indirect", "said", "it would petition parliament"),
   Q("Zodiak Nyasa", "indirect", "reported", "at least two stations had been looted overnight")],
  [day("2026-03-10", "unchanged on Tuesday", False),
   E("2026-03-10", "2026-12-31", "vague", "ease later this year", False),
   day("2026-03-13", "reach Lilongwe by Friday", False),
   E("2026-03-16", "2026-03-22", "vague", "from next week", False),
   day("2026-03-09", "closed early on Monday")],
  "Agency copy (AFP): an organisation named in commas with 'the' after the noun it names ('The country's central bank, the Reserve Bank of Malawi,'); a ministry whose name holds 'and'; an acronym in commas that 'termed … and said'; an organisation with a relative clause ('which monitors …') that 'called … and said'; a minister's portfolio with 'and' and a title word inside it ('of Finance and Economic Affairs'); 'Sunday hours' is no date; a broadcaster's name is no person. The participle's subject 'Malawi's central bank' is optional: named before the bank's own name is given.",
),
]

if __name__ == "__main__":
    path = os.path.join(os.path.dirname(__file__), "..", "articles.json")
    gold = json.load(open(path, encoding="utf-8"))
    mine = {a["file"] for a in articles}
    gold["articles"] = [a for a in gold["articles"] if a["file"] not in mine] + articles
    open(path, "w", encoding="utf-8").write(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")

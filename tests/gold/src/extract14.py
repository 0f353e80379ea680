# Hand annotation of tests/articles/96_* to 98_* (the extract14 session): a Canadian Press story
# with a quotation interrupted by its attribution whose second piece runs over a paragraph break
# and holds single quotes, a fisher whose first name is also a noun ("Bill Harnett"), "Fishers on
# the upper Fraser say …" (a river, no speaker), "The fisheries union's regional president, Donna
# Keillor, told CP" (the person, not the union), "“…,” said Keillor, a former deckhand who …. “…”"
# (one quotation), "…, in what would be the largest …" and "…, although he has not …" after a
# reported clause (the writer's), "suggested the government fund …" (a subjunctive clause), "late
# last month", "told CBC 1 after the meeting that …", "a Lemieux-led committee" (no person); an
# Indian paper with "Shri", "Smt." and "Sri" before names; a US local TV story with "according to
# the sheriff's office" after "the Sumner County Sheriff's Office", "told KRVT 4 after the
# hearing that …" and a relative's quotation followed by a whole-quotation paragraph.
# `python3 tests/gold/src/extract14.py` replaces those articles in tests/gold/articles.json.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned, vague  # noqa: E402

PL, BH, DK, DB, NG = "Paul Lemieux", "Bill Harnett", "Donna Keillor", "Dan Brossard", "Nadia Grewal"
RB, MK, SM, LA = "Ramesh Chandra Bhargava", "Mohan Lal Kohli", "Sunita Meghwal", "Lalit Advani"
KD, RT, AP, SP, BA = "Kyle Danner", "Rhonda Tillis", "Amir Patel", "Sami Patel", "Brett Ames"


articles = [
A("96_cp_2026-11-16_fraser_salmon_closure.txt",
  "Fishers on the upper Fraser fear for livelihoods as sockeye closure extended",
  [PL, BH, DK, DB, NG, "Omar Siddiqui", "Greg Tolan"],
  [Q(None, "partial", "say", "left high and dry"),
   Q(None, "indirect", "say", "they have been \"left high and dry\" by Ottawa after it extended a ban on commercial sockeye fishing to the end of 2027", False),
   Q(PL, "indirect", "told", "the closure was needed because returns had fallen to their lowest level in seventy years"),
   Q(BH, "direct", "said", "We kept the boat going on halibut and crab. That only gets you so far. The minister's people came out here and told us, 'Give it one more season,' and we did. Now it's two more. I don't know how many of us are left who can wait."),
   Q(None, "direct", None, "Give it one more season", False),
   Q(BH, "indirect", "said", "he would put his licence up for sale in the spring if nothing changed"),
   Q(DK, "indirect", "told", "about 300 crew jobs had gone since the first closure"),
   Q(DK, "direct", "said", "These are families who have been on the river for three or four generations. Nobody is offering them anything. You can't retrain your way out of a dead river."),
   Q(DK, "indirect", "said", "the union would ask for a meeting with the minister before Christmas"),
   Q("Omar Siddiqui", "direct", "told", "The quotas were set for a river that no longer exists"),
   Q("Greg Tolan", "direct", "said", "Nobody here expects to see it back. Not in our lifetimes."),
   Q("Fisheries and Oceans Canada", "indirect", "said", "it would buy back 120 licences from fishers who want to leave"),
   Q(PL, "indirect", "said", "the panel would report on the state of the stocks in March"),
   Q("Pacific Salmon Foundation", "indirect", "said", "the buyback was a step in the right direction"),
   Q(DB, "indirect", "suggested", "the government fund a training program for younger crew before the licences are retired"),
   Q(None, "indirect", "according to", "a boat owned by one of the fishers was reported stolen from its moorage late last month", False),
   Q(NG, "indirect", "told", "she would take their case to the premier")],
  [vague("2027-09-01", "2027-12-31", "to the end of 2027", False),
   vague("2027-12-21", "2027-12-31", "to the end of 2027", False),
   year(2027, "to the end of 2027", False),
   day("2026-11-16", "House of Commons on Monday", False),
   vague("2027-03-01", "2027-05-31", "for sale in the spring", False),
   day("2026-12-25", "minister before Christmas"),
   year(2023, "in the 2023 federal budget", False),
   month(2027, 3, 31, "state of the stocks in March"),
   vague("2026-10-21", "2026-10-31", "late last month", False)],
  "Canadian Press story with straight quotes: a quotation interrupted by its attribution whose second piece runs over a paragraph break and holds single quotes (one direct quote); 'Bill Harnett' (a first name that is also a noun); 'Fishers on the upper Fraser say …' (a river, no speaker); 'The fisheries union's regional president, Donna Keillor, told CP by phone that' (the person); '“…,” said Keillor, a former deckhand who now runs …. “…”' (one quotation); '…, in what would be the largest …' and '…, although he has not …' after a reported clause (the writer's); 'suggested the government fund …' (a subjunctive clause); 'late last month' (October); 'told CBC 1 after the meeting that'; 'a Lemieux-led committee' (no person).",
),
A("97_hindu_2026-11-18_canal_lining_project.txt",
  "Rajasthan seeks more funds as canal lining project falls behind schedule",
  [RB, MK, SM, LA],
  [Q(RB, "indirect", "said", "the government would release ₹1,200 crore for the lining of the Ganga canal by the end of January"),
   Q(RB, "indirect", "said", "the money was a \"first tranche\" and that a technical team would visit Rajasthan next month"),
   Q(RB, "partial", "said", "first tranche"),
   Q(None, "indirect", "said", "the team would be headed by additional secretary Shri Mohan Lal Kohli and would begin work in Bikaner on December 3"),
   Q(None, "indirect", "told", "The second instalment depends on the team's report"),
   Q(SM, "indirect", "said", "the state had asked for ₹3,100 crore in August and had received no reply"),
   Q(SM, "direct", "told", "We are thankful, but this amount will not even cover one district"),
   Q(None, "indirect", "said", "they had lost two sowing seasons because of seepage", False),
   Q(LA, "indirect", "said", "the canal banks had not been repaired since the 1990s"),
   Q(LA, "direct", "said", "Every year we patch it, every year it leaks")],
  [day("2026-11-18", "said on Wednesday", False),
   vague("2027-01-21", "2027-01-31", "by the end of January", False),
   month(2027, 1, 31, "by the end of January", False),
   month(2026, 12, 31, "visit Rajasthan next month"),
   day("2026-12-03", "on December 3"),
   month(2026, 8, 31, "crore in August")],
  "Indian paper with honorifics before names ('additional secretary Shri Mohan Lal Kohli', 'Smt. Sunita Meghwal', 'Sri Lalit Advani'), 'Union Jal Shakti Minister X said on Wednesday the …', 'Officials aware of the matter said' (null), 'state-owned' (no person).",
),
A("98_tv_2026-11-11_store_robbery_arrest.txt",
  "Deputies: Teen arrested after convenience store robbery in Ridgefield",
  [KD, RT, AP, SP, BA],
  [Q("Sumner County Sheriff's Office", "indirect", "according to", "A man with a handgun took cash from the register"),
   Q(RT, "indirect", "said", "surveillance video helped detectives find the suspect"),
   Q(RT, "indirect", "said", "calls from the neighbors led deputies to his apartment"),
   Q(RT, "direct", "said", "He walked in like he owned the place"),
   Q(SP, "direct", "said", "He texted me at midnight to say he was fine"),
   Q(SP, "direct", None, "He said, 'I just gave them the money.' That was smart."),
   Q(AP, "direct", "said", "I just gave them the money.", False),
   Q(None, "indirect", "said", "A court date has been set for the first week of January", False),
   Q(BA, "indirect", "told", "his client would plead not guilty"),
   Q(BA, "direct", "told", "He is a kid who made one bad call. He is sorry.")],
  [day("2026-11-09", "late Monday night"),
   day("2026-11-10", "apartment on Tuesday"),
   vague("2027-01-01", "2027-01-07", "the first week of January")],
  "US local TV web story with one-sentence paragraphs: 'according to the sheriff's office' after 'the Sumner County Sheriff's Office'; 'Sheriff X said surveillance video helped …' (no 'that'); 'told KRVT 4 after the hearing that …' (a station's number is no clause); a relative's quotation followed by a whole-quotation paragraph with single quotes inside; 'the first week of January'.",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)

# Hand annotation of tests/articles/61_* to 63_* (the extract9 session: an earnings-call transcript
# with "Operator:" turns and analysts' "you said … that"; a Nigerian paper with "Comrade",
# "Alhaji", "Dr. (Mrs.)", a body with its acronym in parentheses, "According to her,", "the
# minister said", "The AHWU leader said", an unnamed patient "who did not want to be named" and
# her "she said", "from Monday" still to come; a local-paper obituary with "Staff writer", "died
# on Sunday night", "on the night of the 11th" in a quotation, "a Friday-night vigil", a funeral
# "at 2 p.m. on Saturday"), merged into tests/gold/articles.json:
# `python3 tests/gold/src/extract9.py` replaces those articles there.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned  # noqa: E402

MC, RN, DO, SL = "Maya Castellanos", "Robert Nakagawa", "Daniel Osei", "Sarah Lindgren"
BO, NE, KS, AH = "Bashir Olaniyan", "Ngozi Eze-Adamu", "Kabiru Sani-Dogo", "Allied Health Workers Union"
WH, MH, MD, AM = "Walter Hayes", "Margaret Hayes", "Marcus Dell", "Angela Moreno"

articles = [
A("61_transcript_2026-08-05_retailer_earnings_call.txt",
  "Harbor & Pine (HPNE) Q2 2026 earnings call transcript",
  [MC, RN, DO, SL],
  [Q(None, "direct", ":", "Good afternoon, and thank you for standing by. Welcome to the Harbor & Pine second-quarter results call. I will now hand the call over to Maya Castellanos. Please go ahead."),
   Q(MC, "direct", ":", "Thank you, and good afternoon. Comparable sales fell 2% in the quarter, in line with what we told you in May. Traffic improved in June and again in July, and our new loyalty program passed five million members. Robert will take you through the detail."),
   Q(RN, "direct", ":", "Thanks, Maya. Gross margin was 38.4%, down 30 basis points from a year ago, mainly because of freight costs. We ended the quarter with $610 million in cash, and the board approved a quarterly dividend of 22 cents yesterday."),
   Q(None, "direct", ":", "Thank you. We will now open the line for questions. Our first question comes from Daniel Osei with Jefferies. Please go ahead."),
   Q(DO, "direct", ":", "Thanks for taking the question. Maya, you said on the last call that the Canadian stores would break even this year. Is that still the plan?"),
   Q(MC, "indirect", "said", "the Canadian stores would break even this year"),
   Q(MC, "direct", ":", "It is. The Toronto flagship turned a profit in July, and the other eleven are close. The warehouse strike in Ontario starts on Thursday, which is a risk, but we moved inventory ahead of it."),
   Q(None, "direct", ":", "Our next question comes from Sarah Lindgren with UBS."),
   Q(SL, "direct", ":", "Hi. Robert, you mentioned in May that capital spending would come in at the low end of the range. Where are you now?"),
   Q(RN, "indirect", "mentioned", "capital spending would come in at the low end of the range"),
   Q(RN, "direct", ":", "At the low end, as we said. Most of the remodel spending falls in the fourth quarter."),
   Q(None, "direct", ":", "That was our last question. I will turn the call back to Maya Castellanos for closing remarks."),
   Q(MC, "direct", ":", "Thank you all for joining. We will report third-quarter results on Nov. 4."),
   Q(None, "direct", ":", "Ladies and gentlemen, this concludes today's call. You may now disconnect.")],
  [day("2026-08-05", "call on Wednesday, Aug. 5, 2026", False),
   month(2026, 5, 31, "told you in May"),
   month(2026, 6, 30, "improved in June"),
   month(2026, 7, 31, "again in July"),
   day("2026-08-04", "22 cents yesterday"),
   year(2026, "break even this year", False),
   month(2026, 7, 31, "profit in July"),
   day("2026-08-06", "starts on Thursday"),
   month(2026, 5, 31, "mentioned in May"),
   E("2026-10-01", "2026-12-31", "vague", "in the fourth quarter", False),
   day("2026-11-04", "results on Nov. 4"),
   day("2026-08-05", "concludes today's call", False)],
  "Earnings-call transcript: an introduction naming the chief executive and chief financial officer; 'Operator:' turns (an unnamed operator, speaker null) in mixed case; turns labelled by full names; analysts' 'you said on the last call that …' and 'you mentioned in May that …' (the answerer's reported speech); 'down 30 basis points from a year ago' (no year); 'yesterday'; present tense for the future ('The warehouse strike … starts on Thursday'); 'on Nov. 4' still to come.",
),
A("62_nigerian_2026-06-19_pharmacists_strike.txt",
  "Hospital pharmacists to begin indefinite strike from Monday over unpaid allowances",
  [BO, NE, KS],
  [Q(BO, "indirect", "said", "the union had given the government \"more than enough time\" to pay the allowances"),
   Q(BO, "partial", "said", "more than enough time"),
   Q(BO, "direct", "said", "We signed an agreement in March. We waited through April and May, and we have not seen one naira. Our members are tired of being told to wait. From Monday, no federal hospital pharmacy will dispense drugs except to emergency patients. We did not want this, but we have been pushed."),
   Q(NE, "indirect", "told", "the payments had been approved and would be made before the end of the month"),
   Q(NE, "indirect", "according to", "the delay was caused by a dispute over how many pharmacists were entitled to the allowance"),
   Q(NE, "direct", "said", "We are not owing anybody deliberately. The money is there, and it will be paid"),
   Q(AH, "indirect", "said", "it would hold an emergency meeting on Sunday"),
   Q(KS, "indirect", "said", "the unions would decide then whether to join the action"),
   Q(KS, "indirect", "said", "laboratory scientists and radiographers were \"watching closely\""),
   Q(KS, "partial", "said", "watching closely"),
   Q(None, "indirect", "said", "she had been told to buy her drugs from private pharmacies"),
   Q(None, "direct", "said", "I don't know how I will pay for it. My husband has not been paid since April")],
  [day("2026-06-22", "services from Monday"),
   month(2026, 3, 31, "agreement reached in March"),
   day("2026-06-18", "Lagos on Thursday"),
   month(2026, 3, 31, "signed an agreement in March"),
   month(2026, 4, 30, "through April and May", False),
   month(2026, 5, 31, "through April and May", False),
   day("2026-06-22", "From Monday, no federal"),
   day("2026-06-17", "ministry on Wednesday"),
   E("2026-06-21", "2026-06-30", "vague", "before the end of the month", False),
   day("2026-06-21", "emergency meeting on Sunday"),
   month(2026, 4, 30, "paid since April"),
   day("2026-06-22", "appointments from Monday")],
  "Nigerian newspaper with straight quotes, a byline with a place and a '19th June 2026' line: a body with its acronym in parentheses (named as introduced); 'The National Chairman of the association, Comrade Bashir Olaniyan, who addressed journalists …, said'; 'He said: \"…\"' spanning paragraphs; 'The Minister of State for Health, Dr. (Mrs.) Ngozi Eze-Adamu, told reporters after a meeting … on Wednesday that'; 'According to her,'; '\"…,\" the minister said'; 'Its President, Alhaji Kabiru Sani-Dogo,' and 'The AHWU leader said'; 'A patient at … who did not want to be named said' and her 'she said'; 'Government House' (no person); 'from Monday' still to come three times, once inside a quotation.",
),
A("63_obituary_2026-09-15_football_coach.txt",
  "Walter Hayes, coach who built Eastfield's football program, dies at 79",
  [WH, MH, MD, AM],
  [Q(MH, "indirect", "said", "he had been ill with cancer since the spring"),
   Q(MH, "direct", "said", "Walt never raised his voice at a player, not once. He said the loud coaches were the ones who hadn't prepared. He was at the field every Saturday morning until this summer, just watching."),
   Q(MD, "indirect", "said", "Mr. Hayes had taught him \"how to lose without making excuses.\""),
   Q(MD, "partial", "said", "how to lose without making excuses"),
   Q(MD, "direct", "said", "I called him on the night of the 11th, and he was still asking about our line. Two days later he was gone."),
   Q(AM, "indirect", "said", "Mr. Hayes still came by the school most weeks to \"check the grass and tell the coaches what they were doing wrong.\""),
   Q(AM, "partial", "said", "check the grass and tell the coaches what they were doing wrong")],
  [day("2026-09-13", "died on Sunday night"),
   E("2026-03-01", "2026-05-31", "vague", "since the spring", False),
   day("1947-03-02", "on March 2, 1947"),
   year(1974, "Eastfield team in 1974"),
   year(1981, "state title in 1981"),
   day("2026-09-14", "phone interview on Monday"),
   E("2026-06-01", "2026-08-31", "vague", "until this summer", False),
   day("2026-09-11", "the night of the 11th"),
   day("2026-09-19", "2 p.m. on Saturday"),
   month(2026, 10, 31, "field for him next month")],
  "US local-paper obituary with straight quotes, a byline and 'Staff writer': 'died on Sunday night'; 'His wife, Margaret Hayes, said' and then 'his wife said' with a quotation spanning paragraphs; 'Former player Marcus Dell, who now coaches at …, said … \"…\"'; 'on the night of the 11th' inside a quotation; 'a Friday-night vigil' and 'every Saturday morning' (no events); 'Principal Angela Moreno said X still came by … to \"…\"'; a funeral 'at 2 p.m. on Saturday' still to come; 'next month'.",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)

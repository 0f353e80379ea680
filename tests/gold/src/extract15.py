# Hand annotation of tests/articles/99_* to 101_* (the extract15 session): a Straits Times story
# with a Malay name whose later references take the given name ("Ms Aisyah"), Chinese names
# written surname first ("Mr Chua Kok Leong" then "Mr Chua", "Madam Goh Siew Ling", "Associate
# Professor Ong Beng Hock" then "Assoc Prof Ong"), a bare byline with the writer's beat under it
# and a body with its acronym in parentheses; an NPR transcript page whose reporter reports
# speech in the narration ("Its director, X, says …", "Olufsen admits …", "Lindqvist says … and
# that …"), with "UNIDENTIFIED PERSON #1:" turns and "Heard on All Things Considered"; a New York
# Times story in doubled-apostrophe quotes with a couple introduced with one surname ("Frank and
# Ellen Marsh" then "Mr. Marsh"/"Ms. Marsh"), "When its owners said in June that …, the …",
# "voted against the plan on Thursday", "said Dr. X, an economist at Y and the study's lead
# author. ''…''" and a shop's name inside a quotation; a Kenyan paper with "the Ministry of
# Agriculture (MOA)" inside a reported clause then "MOA said" and "The ministry added that", "says
# mobile payments and clerks who check permits at the gate can stop …, and that …" and a market's
# new name inside a quotation.
# `python3 tests/gold/src/extract15.py` replaces those articles in tests/gold/articles.json.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gold import Q, E, day, month, year, A, merge_into_tuned, vague, T  # noqa: E402

AK, CK, HG, GS, OB = "Aisyah Kamal", "Chua Kok Leong", "Harjit Singh Gill", "Goh Siew Ling", "Ong Beng Hock"
NEA = "Singapore Food Agency"
LB, OM, VS, MO, RL, TB = "Laura Bennett", "Oscar Mendelsohn", "Vera Stoltzfus", "Martin Olufsen", "Ruth Lindqvist", "Tamara Bright"
FM, EM, JP, LO, GH, RC = "Frank Marsh", "Ellen Marsh", "Jordan Pike", "Lena Okafor", "Gerald Haskins", "Renee Castillo"
PW, RA, SO, MOA = "Peter Wambua", "Rose Adhiambo", "Samuel Onyango", "Ministry of Agriculture"


articles = [
A("99_straitstimes_2026-11-18_hawker_stall_rents.txt",
  "Rent cap for hawker stalls at 12 new centres to take effect from April",
  [AK, CK, HG, GS, OB],
  [Q(AK, "indirect", "said", "the rules would apply to about 480 stalls and would be reviewed in 2030"),
   Q(AK, "indirect", "said", "stallholders had told the ministry that rising rents were the main reason young hawkers left the trade"),
   Q(AK, "indirect", "added", "Stalls would be allocated by ballot, not by tender"),
   Q(AK, "direct", "said", "A plate of chicken rice should not cost $8 because the rent doubled"),
   Q(CK, "indirect", "said", "many older hawkers had kept their prices low for years and were now being priced out by newcomers who bid high at tenders"),
   Q(CK, "indirect", "said", "Some had paid more than $5,000 a month for a stall"),
   Q(CK, "direct", "said", "If you bid $5,000 for a stall, you will charge $8 for a plate. That is just arithmetic"),
   Q(HG, "indirect", "said", "his school would offer free courses to hawkers who win a stall in the ballot, and would work with the Singapore Food Agency (SFA) to match them with retiring hawkers who want to pass on their recipes"),
   Q(NEA, "indirect", "said", "Stallholders who sublet their stalls will lose their licences"),
   Q(NEA, "indirect", "added", "it would step up checks at all 12 centres from next year"),
   Q(GS, "indirect", "said", "she pays $2,800 a month for her stall"),
   Q(GS, "indirect", "said", "she was glad about the cap but worried that it would not cover older centres like hers"),
   Q(GS, "indirect", "said", "her landlord had raised the rent twice since 2023"),
   Q(GS, "indirect", "added", "She plans to retire in three years"),
   Q(OB, "indirect", "said", "the cap was \"long overdue\""),
   Q(OB, "partial", "said", "long overdue"),
   Q(OB, "indirect", "warned", "ballots could be gamed by people applying for stalls on behalf of others"),
   Q(OB, "indirect", "said", "the authorities should publish the results of each ballot, so the public can see who won a stall"),
   Q(OB, "direct", "said", "Transparency is cheaper than enforcement"),
   Q(AK, "indirect", "said", "the Government would decide by end-2027 whether to extend the cap to older centres")],
  [month(2027, 4, 30, "to take effect from April", False),
   day("2027-04-01", "from April 1, 2027"),
   day("2026-11-17", "on Tuesday (Nov 17)"),
   year(2030, "reviewed in 2030"),
   day("2026-11-17", "in a statement on Tuesday"),
   year(2027, "from next year"),
   year(2023, "twice since 2023", False),
   vague("2027-09-01", "2027-12-31", "by end-2027", False),
   year(2027, "by end-2027", False)],
  "Straits Times house style with straight quotes, a bare byline with 'Environment Correspondent' under it and a 'Nov 18, 2026' line (no headings), a dateline 'SINGAPORE –': 'Senior Minister of State for Sustainability and the Environment Aisyah Kamal' then 'Ms Aisyah' (the given name of a Malay name); Chinese names surname first: 'Mr Chua Kok Leong' then 'Mr Chua' and 'said Mr Chua.', 'Madam Goh Siew Ling, 58,' then 'she', 'Associate Professor Ong Beng Hock' then 'Assoc Prof Ong'; 'Mr Harjit Singh Gill' then 'Mr Gill'; 'the Singapore Food Agency (SFA)' inside a reported clause, then 'SFA said in a statement on Tuesday' and 'The agency added that'; '…, she added.', 'said … \"long overdue\" but warned that …'; dates 'on Tuesday (Nov 17)', 'from April 1, 2027', 'in 2030', 'from next year', 'since 2023', 'by end-2027'.",
),
A("100_npr_2026-11-24_farm_town_clinics.txt",
  "A farm county in Nebraska lost its last clinic. Now a van brings the doctor",
  [LB, OM, VS, MO, RL, TB],
  [T(LB, "When the only clinic in Harlan County, Nebraska, shut its doors in July, about 3,400 people were left without a doctor within 50 miles. This fall, a mobile clinic started making the rounds. Oscar Mendelsohn of Nebraska Public Media rode along."),
   T(OM, "The van pulls into a church parking lot at 8 in the morning. There's already a line. At the front is Vera Stoltzfus, a retired schoolteacher who has driven in from her farm to have her blood pressure checked."),
   T(VS, "I've been coming every two weeks. Before this, I just didn't go. It was a whole day to get to Kearney and back."),
   T(OM, "The van is run by the Plains Health Cooperative, a nonprofit based in Grand Island. Its director, Martin Olufsen, says the cooperative borrowed the idea from programs in Montana and the Dakotas, and that it costs about a third as much as keeping a clinic open."),
   Q(MO, "indirect", "says", "the cooperative borrowed the idea from programs in Montana and the Dakotas, and that it costs about a third as much as keeping a clinic open"),
   T(MO, "A building has a roof, a furnace, a receptionist, a parking lot to plow. The van has a driver and a nurse practitioner. That's most of the difference."),
   T(OM, "Olufsen admits the van can't do everything. There is no X-ray machine, and anyone with chest pain is still told to call 911. The clinic that closed, Harlan Family Practice, had been losing money for a decade, according to its former owner. At a county board meeting in August, people let the board know how they felt."),
   Q(MO, "indirect", "admits", "the van can't do everything"),
   Q(None, "indirect", "according to", "The clinic that closed, Harlan Family Practice, had been losing money for a decade", False),
   T(None, "Where are we supposed to go? I'm 81. I don't drive at night."),
   T(None, "We pay taxes here too. We're not asking for a hospital. We're asking for a doctor."),
   T(OM, "State Senator Ruth Lindqvist, who represents the county, wants the state to pay for two more vans."),
   T(RL, "We found money for a new prison. We can find money for two vans."),
   T(OM, "Lindqvist says the bill she is drafting would cost about $900,000 a year, and that she will introduce it when the legislature meets in January. The nurse practitioner on the van, Tamara Bright, says most of her patients need the same few things."),
   Q(RL, "indirect", "says", "the bill she is drafting would cost about $900,000 a year, and that she will introduce it when the legislature meets in January"),
   Q(TB, "indirect", "says", "most of her patients need the same few things"),
   T(TB, "Blood pressure, diabetes, refills, a flu shot. It's not complicated. It just has to be close."),
   T(OM, "Back at the church, Vera Stoltzfus says she has already booked her next visit, on December 8. For NPR News, I'm Oscar Mendelsohn in Alma, Nebraska."),
   Q(VS, "indirect", "says", "she has already booked her next visit, on December 8"),
   T(LB, "The cooperative says it plans to add a dental van in the spring."),
   Q("Plains Health Cooperative", "indirect", "says", "it plans to add a dental van in the spring", False)],
  [month(2026, 7, 31, "shut its doors in July"),
   vague("2026-09-01", "2026-11-30", "This fall, a mobile clinic", False),
   month(2026, 8, 31, "board meeting in August"),
   month(2027, 1, 31, "the legislature meets in January"),
   day("2026-12-08", "on December 8"),
   vague("2027-03-01", "2027-05-31", "a dental van in the spring", False)],
  "NPR transcript page with straight quotes, a headline of two sentences, a 'November 24, 2026 4:12 PM ET' line, 'Heard on All Things Considered' and a byline (no headings): 'LAURA BENNETT, HOST:', 'OSCAR MENDELSOHN, BYLINE:' then 'MENDELSOHN:'; speech reported in the reporter's narration ('Its director, Martin Olufsen, says … and that …', 'Olufsen admits …', 'Lindqvist says … and that …', 'The nurse practitioner on the van, Tamara Bright, says …', 'Vera Stoltzfus says …'); a narration turn over two paragraphs and one ending in the sign-off; '(SOUNDBITE OF ARCHIVED RECORDING)' then 'UNIDENTIFIED PERSON #1:' and '#2:' (speaker null) and a turn of a senator the narration names; the host's 'The cooperative says …' (optional); a copyright footer; dates 'in July', 'This fall', 'in August', 'in January' (to come), 'on December 8', 'in the spring'.",
  footer="Copyright © 2026 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.",
),
A("101_nyt_2026-11-23_harbor_bakery_sale.txt",
  "A Maine Bakery Changes Hands, and the Whole Street Has an Opinion",
  [FM, EM, JP, LO, GH, RC],
  [Q(None, "indirect", "said", "they wanted to retire", False),
   Q(None, "indirect", "worried", "it would become a vacation rental", False),
   Q(FM, "indirect", "said", "they had turned down two offers from buyers who wanted only the building"),
   Q(FM, "direct", "said", "We could have made more money. But we wanted someone who would get up at 4 in the morning. These two will. I watched them do it for a week."),
   Q(EM, "indirect", "said", "she would keep baking the Christmas stollen for one more year"),
   Q(EM, "direct", "added", "People would riot if I didn't"),
   Q(LO, "indirect", "said", "they would keep most of the menu but add a shelf of groceries"),
   Q(GH, "indirect", "said", "he worried about the noise of early deliveries"),
   Q(GH, "direct", "said", "I like bread as much as anybody. I just like sleeping more."),
   Q(None, "indirect", "according to", "Small-town bakeries are closing faster than almost any other kind of food business", False),
   Q(RC, "direct", "said", "The margins are terrible and the hours are worse. Nobody wants the 4 a.m. shift."),
   Q(LO, "indirect", "said", "The new sign goes up next week"),
   Q(LO, "direct", "said", "It says Harbor Street Market now. We kept the old phone number.")],
  [year(1972, "since 1972", False),
   month(2026, 6, 30, "said in June"),
   day("2026-12-15", "on Dec. 15"),
   day("2026-11-19", "approved their plans on Thursday"),
   day("2026-11-19", "voted against the plan on Thursday"),
   year(2026, "published this year", False),
   vague("2026-11-30", "2026-12-06", "goes up next week", False)],
  "New York Times house style in doubled-apostrophe quotes, a byline, a 'Nov. 23, 2026' line and a dateline 'CASTINE, Me. —': 'When its owners said in June that they wanted to retire, the street's …' (the clause ends at the comma); a couple introduced with one surname ('The owners, Frank and Ellen Marsh,' then 'Mr. Marsh said in an interview that' and 'Ms. Marsh said'); a quotation interrupted by its attribution whose second piece spans two paragraphs; 'she added'; 'approved their plans on Thursday' and 'voted against the plan on Thursday' (past: 'plan' a noun there); '''…,'' said Dr. X, an economist at Y and the study's lead author. ''…''' (one quotation); '…, Ms. Okafor said.' after a sentence; a shop's name inside a quotation ('It says Harbor Street Market now') that is no one speaking; dates 'since 1972', 'in June', 'on Dec. 15', 'on Thursday', 'this year', 'next week'.",
),
A("102_nation_2026-11-26_county_market_levies.txt",
  "Traders cheer as county scraps daily levy at Kisumu market",
  [PW, RA, SO],
  [Q(PW, "indirect", "said", "the national government would work with the Ministry of Agriculture (MOA) to build cold rooms for fish and vegetable sellers at six markets in the lake region"),
   Q(MOA, "indirect", "said", "Traders who fail to renew their permits will lose their stalls"),
   Q(MOA, "indirect", "added", "the cold rooms would be ready by June"),
   Q(PW, "indirect", "said", "the levy had been collected in cash for years and that much of it never reached the county's accounts"),
   Q(PW, "indirect", "said", "the new permits would be paid by mobile money"),
   Q(RA, "indirect", "said", "the change would save her about Sh1,000 a month"),
   Q(RA, "direct", "said", "We were paying the county every morning before we had sold a single fish"),
   Q(SO, "indirect", "says", "mobile payments and clerks who check permits at the gate can stop most of the leakage, and that the county should publish what it collects every quarter"),
   Q(RA, "indirect", "said", "the traders had also voted to give the market a new name"),
   Q(RA, "direct", "said", "It is called Kibuye Lakeside Market now. The old name was on every complaint letter.")],
  [day("2027-01-01", "from January 1"),
   day("2026-11-24", "toured the market on Tuesday"),
   day("2026-11-25", "in a statement on Wednesday"),
   month(2027, 6, 30, "ready by June")],
  "Kenyan paper (Daily Nation style) with straight quotes, a byline and a 'Thursday November 26 2026' line, no dateline: 'Trade Cabinet Secretary Peter Wambua, who toured …, said the national government would work with the Ministry of Agriculture (MOA) to …' then 'MOA said in a statement on Wednesday' and 'The ministry added that' (the body the acronym stands for); 'Mrs Rose Adhiambo'; 'says mobile payments and clerks who check permits at the gate can stop …, and that …' (a bare clause whose subject holds a relative clause); a market's new name inside a quotation ('It is called Kibuye Lakeside Market now'), no person; dates 'from January 1', 'on Tuesday', 'on Wednesday', 'by June'.",
),
]

if __name__ == "__main__":
    merge_into_tuned(articles)

"""States and statistics told by a verb (issue 19, judged seed 27: 13 of 25 not-real
events on real pages): time spent or taken, a count moved to a number or at a level, a share,
an epidemic's death toll, a share as the subject, a classification, "backed by" a
thing, a tie ("aligned with", "linked to"), a composition, people still stuck, "lagging
behind" and "suspected of" under an arrest. Beside them, the same words telling a
happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # time spent: a share of one's days, a career, a long effort
        ("The governor spent 31 percent of his days in 2021 at his beach house.", "spent"),
        ("Born in Lagos, she has lived in Leeds for 20 years, 12 of which she has spent "
         "working for the city council.", "spent"),
        ("Born in Lagos, she has lived in Leeds for 20 years, 12 of which she has spent "
         "working for the city council.", "working"),
        ("The maintainers have spent months working to make the installer simpler.",
         "working"),
        ("The maintainers have spent a large amount of time working to make the installer "
         "simpler.", "spent"),
        ("The striker has spent much of the season on the bench.", "spent"),
        # the spending frames an act told by its participle
        ("Samsung spent four years developing the new processor.", "spent"),
        ("Senators spent weeks debating the budget bill last spring.", "spent"),
        ("The two ministers spent three days at the end of last month in Brussels "
         "talking to European Union officials.", "spent"),
        # a count moved to a number, a level reached
        ("Another 512 people tested positive on Monday, raising the tally to 9,870.",
         "raising"),
        ("Idaho's hospitals reached a record high of 500 patients on Friday.", "reached"),
        # a thing's figure moved by a share
        ("The town's voter roll fell by 12.5% in a year, the council said.", "fell"),
        ("Argentina sought new loans because of falling tourism income, which dropped "
         "30 pct last year.", "dropped"),
        # a share
        ("The survey found 41,000 nurses were on temporary contracts, making up a third "
         "of the total nursing staff.", "making"),
        # an epidemic's running count
        ("The health ministry said the death toll from the virus is 8,410.", "death"),
        # a classification, a design fact, a standing
        ("Since early April, council staff have been divided into three broad groups.",
         "divided"),
        ("In the old release, every file handle was backed by a plain integer.", "backed"),
        ("The Android version of Firefox was lagging far behind Chrome.", "lagging"),
        # a tie between things or people
        ("Lawyers aligned with socially liberal causes have filed their own lawsuits "
         "against mayors.", "aligned"),
        ("The stolen phones are reportedly linked to a fraud ring.", "linked"),
        # an epidemic's running count, a compliance figure
        ("Health officials hope the vaccine will end the outbreak that has killed nearly "
         "2 million people.", "killed"),
        ("The council said 98 per cent of drivers were sticking to the new speed limit.",
         "sticking"),
        # the same running toll told by the dead, a share of a level, a time taken
        ("The ministry says at least 512 Bolivians have died from the disease.", "died"),
        ("More than 3,100 people in the province have died of Covid-19 since March.",
         "died"),
        ("Shops were busy again, with footfall on the high street returning to 70 per "
         "cent of its pre-pandemic levels, the council said.", "returning"),
        ("Passenger numbers at the airport have recovered to 60 percent of 2019 levels.",
         "recovered"),
        ("The radio dish, which cost 900 million euros, took half a decade to build in a "
         "remote valley.", "took"),
        ("It took the contractors three years to rebuild the viaduct.", "took"),
        ("The very idea of recycling took time to catch on in the valley.", "took"),
        # a composition, a present state of being stuck
        ("Spain demanded a seat after being left out of a meeting of finance ministers "
         "from the Group of Five (G-5) comprising the United States, Japan, Germany, "
         "France and Britain.", "comprising"),
        ("Hundreds of British students are still stranded abroad.", "stranded"),
        # what an arrested man is held for
        ("Officers arrested a man suspected of driving while over the legal limit.",
         "suspected"),
    ],
)  # fmt: skip
def test_states_and_statistics_told_by_a_verb_are_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the act a stretch of time was spent on
        ("Samsung spent four years developing the new processor.", "developing"),
        # no other line tells the development: the spending line stays
        ("The chipmaker spent four years developing the new processor.", "spent"),
        ("Senators spent weeks debating the budget bill last spring.", "debating"),
        # money spent is a purchase
        ("The carmaker spent $3 billion on a new battery plant last year.", "spent"),
        # a happening that moved the count
        ("The landslide raised the death toll to 140 on Thursday.", "landslide"),
        # a quake's death toll: those deaths are the story's
        ("The death toll from the earthquake rose to 212 on Tuesday.", "death"),
        # a virus that killed people in one place
        ("The virus has killed 12 residents of the care home since Monday.", "killed"),
        # a dated walkout by a share of the staff
        ("About 40 percent of the nurses walked out on Monday over pay.", "walked"),
        # a move by feet, not by a share
        ("The glider dropped 2,000 feet in a minute, the pilot said.", "dropped"),
        # a rapper's name is no share; backing by acts is no design fact
        ("The row began when 50 Cent threw The Game out of his crew and accused him of "
         "lying.", "threw"),
        ("Backed by Russian air strikes and artillery shelling, government troops say they "
         "have now retaken three towns.", "backed"),
        # trapped in a past fire
        ("Two workers were trapped in the stairwell of the burning factory.", "trapped"),
        # deaths in a crash, a named person's death, one day's deaths in one home
        ("Three people died in the crash on the ring road on Monday.", "died"),
        ("The former mayor died of Covid-19 on Sunday, his family said.", "died"),
        ("Four residents of the care home died of the virus on Monday.", "died"),
        ("The ban was announced in May after five teenagers died from a lung disease "
         "linked to vaping.", "died"),
        # a disaster behind a rising toll
        ("The toll rose after the quake struck the coast.", "quake"),
        # a time taken with an act of its own, people taken somewhere
        ("It took firefighters two hours to put out the blaze at the warehouse on Friday.",
         "blaze"),
        ("The police took two men to the station for questioning.", "took"),
        # a date beside "take", not a span taken
        ("Last year the coach took a pay cut to keep the club out of debt.", "took"),
        # a man who paid sums, dying of a disease: the count is no subject's
        ("A former aide who handed more than $200,000 to the plotters died of heart "
         "disease in a hotel room, where he lived.", "died"),
        # a threat level raised is an act, not a share of a level
        ("The government raised the terror threat to its highest level on Friday.",
         "raised"),
        # a suspect in a headline
        ("Man suspected of shooting three people at a warehouse", "suspected"),
    ],
)  # fmt: skip
def test_happenings_beside_them_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)

"""Events that name no one occasion (issue 19, 60 BBC politics files read event by event):
a kind counted in general ("as happens with other elections", "stop all attacks"), an
act the text says did not take place ("without limit or charge", "detention without
trial"), a modal idiom's participle ("they were bound to come back"), a capacity's
infinitive ("an obligation to consult"), a gerund a noun is about ("too much emphasis on
selling"), an example a "such as" gives and an act aimed at "as many people as
possible". Beside each, the same words
told of one happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Ministers met in London on Monday. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kind counted in general
        (BEFORE + "The commission says spending limits should cover the four months before "
         "the poll, as happens with other elections.", "elections"),
        (BEFORE + '"We must recognise that we will be unable to stop all attacks," the '
         "professor said.", "attacks"),
        # an act the text says did not take place
        (BEFORE + "The court said the law allowed indefinite detention without trial.",
         "trial"),
        (BEFORE + "The government opted out of the part of the convention on the right "
         "to a fair trial.", "trial"),
        # a modal idiom, a capacity, a gerund a noun is about
        (BEFORE + 'The MSP said that if he said such things, they were bound to "come '
         'back and bite him".', "bound"),
        (BEFORE + 'The committee urged the government to guarantee that "an obligation '
         'to consult will be enshrined in law".', "consult"),
        (BEFORE + '"There is too much emphasis on selling," the former official said.',
         "selling"),
        # an example a "such as" gives, wherever the parse hangs it
        ("Officials met on Monday.\n– Emergency managers run drills on handling several "
         "disasters at once, such as a cyberattack during a tornado or a mass shooting amid "
         "a destructive flood.", "shooting"),
        ("LAKE CITY, Fla. – Emergency managers run drills on handling multiple "
         "catastrophes at once, such as a cyberattack during a tornado or a mass shooting "
         "amid a destructive flood.", "shooting"),  # the parse hangs "shooting" on "run"
        # no one in particular
        (BEFORE + "The prime minister said he intends to get out and talk to as many "
         "people as possible.", "talk"),
    ],
)  # fmt: skip
def test_what_names_no_occasion_is_no_event(text: str, word: str) -> None:
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same kinds, one occasion each
        (BEFORE + "Other attacks in Baghdad on Monday killed five people.", "attacks"),
        (BEFORE + "All the elections held last year were rigged, observers said.",
         "elections"),
        (BEFORE + "The chief constable said all negotiations had gone well.",
         "negotiations"),
        (BEFORE + "Dozens of other fires are yet to be controlled.", "fires"),
        (BEFORE + "Attacks such as the one on the embassy, which killed two guards, "
         "drew a mass shooting in reply.", "shooting"),
        # the act that took place, beside what did not
        (BEFORE + "The two men were released without charge on Friday.", "released"),
        (BEFORE + "Police arrested three men without a warrant on Tuesday.", "arrested"),
        (BEFORE + "The charge against the two men was dropped on Friday.", "charge"),
        (BEFORE + "The trial of the two men opened in Leeds on Friday.", "trial"),
        # one decision bound a party; a right used; a sale told
        (BEFORE + "The court bound the two firms to the contract on Tuesday.", "bound"),
        (BEFORE + "The minister consulted union leaders in Cardiff on Friday.",
         "consulted"),
        (BEFORE + "The firm was fined for selling shares it did not own.", "fined"),
        (BEFORE + "The prime minister talked to voters in Leeds on Saturday.", "talked"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_one_occasion_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)

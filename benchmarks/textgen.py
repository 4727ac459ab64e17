"""Plausible reflection prose in Danish and English, with æ/ø/å and light Markdown.

The words are drawn from the deck's own vocabulary (network leadership, legitimacy, public
value) so full-text searches hit realistic, skewed term frequencies. Everything is drawn
from the `random.Random` handed in, so a seed fixes every byte.
"""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


DANISH_WORDS = _words(
    "ledelse netværk kontrol ansvar risiko retssikkerhed etik legitimitet værdi offentlig "
    "borgere medarbejdere møde kommune region styring opgave kerneopgave samarbejde "
    "tillid magt relation strategi proces dilemma paradoks rolle mening effekt initiativ "
    "udvikling forandring spænding økonomi budget politik direktør afdeling team "
    "beslutning dialog involvering inddragelse faglighed coaching selvledelse "
    "forventninger grænser handling næste gang situation løsning udfordring "
    "mål måling dokumentation kvalitet fællesskab partnerskab frivillige "
    "går får både også være blive måske nok lidt meget mere mindre ikke altid aldrig "
    "i dag i går næste uge sidste måned om morgenen efter mødet før frokost "
    "jeg vi de han hun man det der som og eller men fordi når hvis så da "
    "skal kan vil må bør har havde var er bliver gjorde sagde tænkte mærkede oplevede "
    "følte lærte spurgte lyttede forklarede besluttede overvejede prioriterede "
    "svært godt vigtigt tydeligt uklart nødvendigt muligt rimeligt urimeligt "
    "sammen alene hurtigt langsomt åbent ærligt forsigtigt modigt roligt "
    "hverdag forår sommer efterår vinter år uge dag time øjeblik "
    "øvelse ønske ændring årsag åbenhed afgørelse høring ældrepleje skole børn "
    "sundhed sygehus trafik klima byrum sagsbehandling tilsyn lovgivning regler"
)

ENGLISH_WORDS = _words(
    "leadership network control responsibility risk legal certainty ethics legitimacy "
    "value public citizens staff meeting municipality region governance task core "
    "collaboration trust power relation strategy process dilemma paradox role meaning "
    "effect initiative change tension budget politics director department team decision "
    "dialogue involvement professional coaching self-leadership expectations limits "
    "action next time situation solution challenge goal measure documentation quality "
    "community partnership volunteers "
    "I we they he she it that which and or but because when if so then "
    "should can will must have had was is becomes did said thought felt noticed learned "
    "asked listened explained decided considered prioritised "
    "hard good important clear unclear necessary possible fair unfair "
    "together alone quickly slowly openly honestly carefully bravely calmly "
    "today yesterday next week last month in the morning after the meeting before lunch "
    "spring summer autumn winter year week day hour moment school children health "
    "hospital traffic climate casework oversight law rules København Århus Ålborg"
)

DANISH_TITLES = (
    "Efter mødet med {x}",
    "Dilemma om {x}",
    "Refleksion: {x}",
    "Hvad lærte jeg om {x}?",
    "Næste skridt for {x}",
    "Spænding mellem {x} og {y}",
    "Postkort fra modulet",
    "Tanker om {x}",
)
ENGLISH_TITLES = (
    "After the meeting on {x}",
    "A dilemma about {x}",
    "Reflection: {x}",
    "What did I learn about {x}?",
    "Next steps for {x}",
    "Tension between {x} and {y}",
    "Postcard from the module",
    "Thoughts on {x}",
)


def _sentence(rng: random.Random, words: tuple[str, ...]) -> str:
    chosen = rng.choices(words, k=rng.randint(6, 16))
    text = " ".join(chosen)
    return text[0].upper() + text[1:] + rng.choice(".....?!")


def _decorate(rng: random.Random, sentence: str) -> str:
    """Light Markdown on some sentences: emphasis, strong, code-free links."""
    roll = rng.random()
    if roll < 0.05:
        first, _, rest = sentence.partition(" ")
        return f"**{first}** {rest}"
    if roll < 0.09:
        head, _, last = sentence.rpartition(" ")
        return f"{head} *{last}*"
    if roll < 0.10:
        return sentence + " Se [noter](https://example.org/noter)."
    return sentence


def paragraphs(rng: random.Random, danish: bool, word_target: int) -> str:
    """Markdown prose of about `word_target` words: paragraphs, a heading, maybe a list."""
    words = DANISH_WORDS if danish else ENGLISH_WORDS
    blocks: list[str] = []
    count = 0
    while count < word_target:
        kind = rng.random()
        if kind < 0.08 and blocks:
            heading = " ".join(rng.choices(words, k=rng.randint(2, 4)))
            blocks.append("## " + heading[0].upper() + heading[1:])
            continue
        if kind < 0.16:
            items = [
                "- " + " ".join(rng.choices(words, k=rng.randint(3, 8)))
                for _ in range(rng.randint(2, 4))
            ]
            count += sum(len(item.split()) - 1 for item in items)
            blocks.append("\n".join(items))
            continue
        sentences = [_decorate(rng, _sentence(rng, words)) for _ in range(rng.randint(2, 6))]
        count += sum(len(s.split()) for s in sentences)
        blocks.append(" ".join(sentences))
    return "\n\n".join(blocks)


def short_answer(rng: random.Random, danish: bool) -> str:
    """A one-to-three sentence answer to a guided prompt."""
    words = DANISH_WORDS if danish else ENGLISH_WORDS
    return " ".join(_sentence(rng, words) for _ in range(rng.randint(1, 3)))


def title(rng: random.Random, danish: bool) -> str:
    words = DANISH_WORDS if danish else ENGLISH_WORDS
    pattern = rng.choice(DANISH_TITLES if danish else ENGLISH_TITLES)
    return pattern.format(x=rng.choice(words[:60]), y=rng.choice(words[:60]))

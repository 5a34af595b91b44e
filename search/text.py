"""How the site reads text for search: one normaliser, one tokeniser, light stemming, for index and queries alike.

Citizens type Arabic the way they write it on a phone: with or without the article, hamza or not, «ى» for «ي»,
«ه» for «ة», a prefix glued on, a plural for a singular, diacritics copied from a document. Everything that is
indexed, every query and every autocomplete prefix goes through `normalise()` first, then `index_terms()`,
`query_alternatives()` or `autocomplete_terms()`. The database only ever sees the resulting terms (PostgreSQL's
`simple` configuration, SQLite's FTS5), so both databases match the same way.

Why stemming happens here and not in PostgreSQL's `arabic` Snowball configuration: Snowball's Arabic stemmer
is not consistent between a singular and its plural or between a word with and without its article, which is
exactly what citizens vary («المواطن» → مواط but «المواطنين» → مواطن; «بلاغ» → لاغ but «البلاغات» → بلاغ;
«الإنارة» → انار but «الاناره» → اناره). `stem_arabic` is a light stemmer in the manner of Larkey's
light10 (the article family, then the common plural, feminine and pronoun suffixes), and glued one-letter
prefixes give a second term instead of being cut blindly, so «بلاغ» stays «بلاغ» and «بجماعة» still finds
«جماعة». Latin words go to the French Snowball stemmer (the `snowballstemmer` package, the same algorithm
as PostgreSQL's `french_stem`), after their accents are folded so «reclamations» and «réclamations» meet.
"""

import functools
import re
import unicodedata

import snowballstemmer

MAX_WORD_LENGTH = 60

# Diacritics (fathatan … sukun, the extended marks up to U+065F, the superscript alef), Quranic
# annotation marks, and the tatweel that stretches a word.
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
LETTER_FOLDS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        # Persian keyboards: yeh and keheh.
        "ی": "ي",
        "ک": "ك",
        "œ": "oe",
        "æ": "ae",
    }
)
# Arabic-Indic and Persian digits.
DIGITS = str.maketrans({chr(base + n): str(n) for base in (0x0660, 0x06F0) for n in range(10)})
# French elision: l'éclairage, d'accès, qu'il. The apostrophe may be typed or typographic.
ELISION = re.compile(r"\b(?:qu|[cdjlmnst])['’ʼ`](?=\w)", re.IGNORECASE)
WORD = re.compile(r"[^\W_]+")
ARABIC_LETTERS = re.compile(r"^[\u0621-\u064a]+$")
LATIN_LETTERS = re.compile(r"^[a-z0-9]*[a-z][a-z0-9]*$")

# Words too common to tell pages apart, in their normalised form.
ARABIC_STOP_WORDS = (
    "في من الى عن مع او ان انه انها التي الذي الذين اللذين اللتين اللواتي هذا هذه ذلك تلك هو هي هم "
    "ثم قد لا ما لم لن كل بين بعد قبل عند كما اي ايضا حيث حتى منذ لدى الا غير اذا كان كانت يكون تكون"
)
FRENCH_STOP_WORDS = (
    "le la les un une des de du et a au aux en pour par sur dans avec ce ces cette cet qui que quoi est sont "
    "se sa son ses leur leurs il elle ils elles ne pas plus ou mais donc ni car y"
)
# «على» is left out: once «ى» is «ي» it is the name «علي».

ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
# After normalisation «ة» is «ه», so «ية» is «يه». Tried in this order, each at most once (light10).
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"

_french = snowballstemmer.stemmer("french")


def _invisible():
    """A translation table: controls (NUL…), format marks, surrogates, private use → nothing; spaces → " "."""
    table = {}
    for code in range(0x10000):
        category = unicodedata.category(chr(code))
        if category in ("Zs", "Zl", "Zp") or chr(code) in "\t\n\r\f\v":
            table[code] = " "
        elif category[0] == "C":
            table[code] = None
    return table


INVISIBLE = _invisible()
# Outside the first plane: tags and private use.
INVISIBLE_ASTRAL = re.compile("[\U000e0000-\U000e007f\U000f0000-\U0010ffff]")
COMBINING_MARKS = {code: None for code in range(0x10000) if unicodedata.category(chr(code)) == "Mn"}


def visible(text):
    """`text` without what cannot be shown or stored: controls, NUL, lone surrogates; single spaces."""
    if not text:
        return ""
    text = INVISIBLE_ASTRAL.sub("", str(text).translate(INVISIBLE))
    return " ".join(text.split())


def clean(text):
    """`text` made plain, as typed: no controls, no diacritics nor tatweel, Western digits, single spaces.

    Letters are kept as they were written (hamza, «ة»), so this is what a page can show back to a visitor.
    """
    text = unicodedata.normalize("NFKC", visible(text))
    text = ARABIC_MARKS.sub("", text)
    return text.translate(DIGITS)


def normalise(text):
    """The one normaliser: NFKC, no diacritics nor tatweel, one form per letter, Western digits, no accents.

    «أ إ آ ٱ» → «ا», «ى» → «ي», «ة» → «ه», «ؤ» → «و», «ئ» → «ي»; «Meknès» → «meknes»; lower case.
    """
    text = clean(text).casefold().translate(LETTER_FOLDS)
    # Decompose, drop what remains of accents and marks, recompose.
    text = unicodedata.normalize("NFD", text).translate(COMBINING_MARKS)
    return unicodedata.normalize("NFC", text)


STOP_WORDS = frozenset(normalise(word) for word in (ARABIC_STOP_WORDS + " " + FRENCH_STOP_WORDS).split())


def words(text):
    """The words of `text`, normalised, in order; French elisions dropped («l'éclairage» → «eclairage»)."""
    text = normalise(text)
    text = ELISION.sub("", text)
    return [word[:MAX_WORD_LENGTH] for word in WORD.findall(text)]


def stem_arabic(word):
    """A light stem: the article family off the front, then the common suffixes off the end."""
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=100_000)
def stem(word):
    """The stem of one normalised word: Arabic light stemming, French Snowball for Latin words."""
    if ARABIC_LETTERS.match(word):
        return stem_arabic(word)
    if LATIN_LETTERS.match(word):
        return _french.stemWord(word)
    return word


@functools.lru_cache(maxsize=100_000)
def alternatives(word):
    """Every stem `word` may stand for: itself, and without a glued conjunction or preposition.

    «بجماعة» is «ب» + «جماعة» or a word of its own; «بلاغ» is a word of its own, and «لاغ» costs nothing.
    The bare rest must keep three letters, so «بني» is never «ني».
    """
    found = [stem(word)]
    if ARABIC_LETTERS.match(word) and not word.startswith(ARTICLES):
        rest = word[1:]
        if word[0] in CONJUNCTIONS and len(rest) >= 3:
            found += [term for term in alternatives(rest) if term not in found]
        elif word[0] in PREPOSITIONS and len(rest) >= 3 and stem(rest) not in found:
            found.append(stem(rest))
    return tuple(found)


def is_stop_word(word):
    return word in STOP_WORDS or (word[:1] in CONJUNCTIONS and word[1:] in STOP_WORDS)


def index_terms(text):
    """The terms to index for `text`: each word's stems, stop words left out."""
    terms = []
    for word in words(text):
        if not is_stop_word(word):
            terms.extend(alternatives(word))
    return terms


def query_alternatives(text):
    """A query read as the index is: for each word that counts, the stems it may stand for (any of them matches)."""
    groups = []
    for word in words(text):
        if is_stop_word(word):
            continue
        group = alternatives(word)
        if group not in groups:
            groups.append(group)
    return groups


def without_article(word):
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    if len(word) >= 4 and word[0] in CONJUNCTIONS + PREPOSITIONS and ARABIC_LETTERS.match(word):
        return word[1:]
    return None


def autocomplete_terms(text):
    """Words to complete a title from: each normalised word, and also without its article or glued prefix."""
    terms = []
    for word in words(text):
        terms.append(word)
        bare = without_article(word)
        if bare:
            terms.append(bare)
    return terms

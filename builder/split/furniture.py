"""Page furniture inside article text: captions, credits, teasers, agency signatures, footers, promotions.

Claims must never come from furniture, so it is found before sentences are split and its segments are
recorded on the article (kind + offsets). Formats that tag furniture themselves (Swissdox `<au>`, `<ka>`)
arrive with it already marked; this module finds what plain text hides.

Two levels of rules:
- whole paragraphs: signatures, footers, section labels, author lines, boxes, polls, reader forums;
- single sentences inside a paragraph: link calls ("Zur Meldung"), paywall labels ("mit SZ Plus"),
  notes about the article itself, instructions to the reader (imperative mood) and promotions addressed to
  the reader ("Wir zeigen euch in der Galerie …"). A paragraph most of whose sentences advertise is a
  promotion box as a whole.
A dateline ("Wien – …", "Berlin (dpa) – …") is never a reason to mark a sentence: none of the rules looks at
a sentence's first words unless they are verbs, link words or reader address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from builder.language.lexicon import SECOND_PERSON
from builder.split.glue import seams, title_after_kind
from builder.split.phrases import quote_depth
from builder.split.sentences import Token, continues_line, opening_tokens, tag_tokens, tokenize

_CREDIT = re.compile(r"(?:^|\s)((?:Foto|Fotos|Bild|Bilder|Video|Grafik|Illustration|Karte)\s*:\s*[^.!?]{1,80}?"
                     r"(?:\([^()]{1,40}\))?)\s*$")
# a bracketed credit list at a paragraph's end: "(Text: A. Muster, Video: B. Beispiel, 1.10.2015)"
_CREDIT_LIST = re.compile(r"(?:^|\s)(\((?:Text|Foto|Fotos|Bild|Video|Grafik|Recherche|Mitarbeit|Interview)\s*:"
                          r"[^()]{1,160}\)\.?)\s*$")
_AGENCY = r"(?:sda|dpa|afp|apa|ap|kna|epd|reuters|ddp|dapd|sid|ats|keystone-sda|red)"
_INITIALS = r"(?:\s*[/,]\s*[A-Za-z]{1,6})"  # more agencies or editors' initials: "/red", ", sid"
_DATE = r"\s*[,–-]\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}"  # "(APA, 12.9.2015)", "(APA/red – 29.8. 2015)"
# an agency's or editors' signature in brackets: an agency first, or one editor's initials or more with a date
# ("(jdo, 26. 10. 2015)"), after "mit" when the agencies helped ("(mit epd/dpa)", "(mit Agenturen)", "(mit Material
# von dpa)"), or the date alone ("(2.1.2016)")
_SIGNED = rf"\((?:mit\s+)?(?:{_AGENCY}{_INITIALS}*(?:{_DATE})?|[A-Za-z]{{2,6}}{_INITIALS}*{_DATE}|" \
    r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|Agenturen|Material (?:von|der|aus) [^()]{1,40})\)"
_SIGNATURE = re.compile(rf"^\(?(?:{_AGENCY}|[A-Za-z]{{2,6}})(?:\s*/\s*[A-Za-z]{{1,6}})+(?:{_DATE})?\)?\.?$|"
                        rf"^{_SIGNED}\.?$|"
                        rf"^Mit Material (?:von|der|aus) .{{1,60}}$", re.IGNORECASE)  # "Mit Material von AP und KNA"
_TRAILING_SIGNATURE = re.compile(rf"(?:\s|(?<=[.!?])){_SIGNED}\.?$", re.IGNORECASE)  # (also glued to the full
# stop: "abgesagt.(dpa)")
# an editor's initials alone after the last sentence of a paragraph ("… abgehandelt werden kann. chp")
_TRAILING_INITIALS = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][»“\"]))\s+[a-z]{2,4}\.?\s*$")
# an editors' note in brackets inside a paragraph, over sentences too ("(Anm: Dieser Absatz wurde … korrigiert. …)",
# "(Korrektur: …)"): a notice about the text, no claim of the article's
_EDITORS_NOTE = re.compile(r"\((?:Anm(?:erkung)?(?:\. d\. Red)?\.?|Anmerkung der Redaktion|Korrektur|Aktualisierung"
                           r"|Transparenzhinweis)\s*:[^()]{1,800}\)\.?")
_LEADING_SIGNATURE = re.compile(rf"\s*{_SIGNED}\s+(?=\S)", re.IGNORECASE)  # "(APA, red, 3.9.2015) Kader für …"
_FOOTER = re.compile(r"^(?:Fehler gefunden\s*\?\s*Jetzt melden\.?|Mehr zum Thema.*|Weitere Artikel.*|"
                     r"Copyright\b.*|©.*|Alle Rechte vorbehalten\.?)$", re.IGNORECASE)
_HEADING = re.compile(r"^(?:.{0,60}:\s*Darum gehts?|Darum gehts?|Darum geht es|Das Wichtigste in Kürze|"
                      r"Das Wichtigste|Zum Thema|"
                      r"Lesen Sie auch|Lies auch|Mehr dazu|Das sagen die anderen|Die Fakten|Video|Podcast)"
                      r"\s*[:.]?$", re.IGNORECASE)
# Labels of the sections of a news digest or a page's side boxes: they name what follows and state nothing.
_SECTION_LABEL = re.compile(
    r"^(?:"
    r"Das Wichtigste (?:zu[mr]?|über|vom|von|aus|im|in)\b.{0,40}"  # "Das Wichtigste zum Coronavirus"
    r"|(?:Außerdem|Ausserdem|Sonst noch|Auch) (?:wichtig|interessant|lesenswert)"  # "Außerdem wichtig"
    r"|\d+ aus \d+\s*[-–]\s*.{0,40}"  # "3 aus 24 - Meistempfohlen heute"
    r"|Meist(?:gelesen|empfohlen|kommentiert|geteilt|geklickt)\w*(?: \w+){0,2}"  # "Meistgelesen heute"
    r"|(?:Top|Aktuelle|Neueste|Weitere|Empfohlene|Verwandte) "
    r"(?:News|Artikel|Themen|Meldungen|Nachrichten|Beiträge|Videos)"
    r"|Das (?:könnte|dürfte) (?:dich|Sie) (?:auch )?interessieren"
    r"|Nachrichten (?:kompakt|am Morgen|am Abend|im Überblick)\b.{0,40}"
    r")\s*[:.]?$", re.IGNORECASE)
# An interrogative word opening a heading: "Was wichtig wird", "Wie es weitergeht", "Was Sie wissen müssen".
_WH_WORDS = frozenset({"was", "wie", "warum", "wieso", "weshalb", "wer", "wem", "wen", "wo", "wann", "woher",
                       "wohin", "worum", "welche", "welcher", "welches", "welchen"})
_AUTHOR = re.compile(r"^(?:(?:Von|Text|Autor|Autorin|Interview)\s*:?\s+)"
                     r"[A-ZÄÖÜ][\w.-]+(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w.-]+){0,4}$")
# A correspondent's or newsletter author's intro line: "Aus Bern berichtet Anna Muster:", "Anna Muster schreibt
# aus Neukölln:". Its colon hands over to the author's text; the line itself states nothing.
_WRITES = r"(?:schreibt|schreiben|berichtet|berichten|meldet|melden|kommentiert|erzählt)"
_NAME = r"[A-ZÄÖÜ][\w.-]+(?:\s+(?:von\s+|und\s+)?[A-ZÄÖÜ][\w.-]+){0,3}"
_CORRESPONDENT = re.compile(rf"^(?:Und\s+)?(?:(?:[Aa]us|[Ff]ür|[Ii]n|[Vv]om|[Vv]on der)\s+[\w.-]+(?:[\s-][\w.-]+)?"
                            rf"\s+{_WRITES}\s+{_NAME}"
                            rf"|{_NAME}\s+{_WRITES}\s+(?:aus|für|in|vom)\s+[\w.-]+(?:[\s-][\w.-]+)?)\s*:$")
# A whole paragraph in square brackets is an editor's box inserted into the text ("[Alle Entwicklungen im
# Newsblog]", "[Mehr aus der Hauptstadt … Jetzt 30 Tage kostenlos testen]").
_BOX = re.compile(r"^\[[^\[\]]+\]\.?$")
# The label of a box that quotes readers' comments ("SZ-Leser diskutieren", "Aus dem Forum"); the paragraph
# after it holds the comments.
_FORUM_LABEL = re.compile(r"^(?:[\w-]*(?:Leser|User|Community)\w*(?:innen)? (?:diskutieren|kommentieren|meinen|fragen)"
                          r"|Aus dem Forum|Leserkommentare?|Die Leserdebatte"
                          r"|Das sagen (?:die |unsere )?(?:Leser|User)\w*"
                          r"|Stimmen aus dem Forum)\s*[:.]?\u200b?$", re.IGNORECASE)
_EMBED = re.compile(r"(?:^|(?<=[.!?»\s]))[^.!?]*?(?:https?://t\.co/\S+|pic\.twitter\.com/\S+)"
                    r"(?:\s*(?:\([^)]{0,40}\)|#\w+|[—-]\s*[^.!?]{0,80}?\d{4}|https?://\S+|pic\.twitter\.com/\S+))*")
# a link to another article set into a sentence: "… – mehr dazu in <that article's headline>." (to the end of the
# sentence, whose final mark the headline takes), or in brackets: "(mehr dazu im Artikel …)"
_LINK_TEASER = re.compile(r"\s+[–—-]\s+[Mm]ehr dazu\s+(?:in|im|unter|auf|bei)\s[^.!?]*[.!?]?"
                          r"|\s*\([Mm]ehr dazu\s+(?:in|im|unter|auf|bei)\s[^()]*\)")
_READER = re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.IGNORECASE)

# --- sentence rules -------------------------------------------------------------------------------------------

# Paywall labels of German-language sites: "SZ Plus", "Tagesspiegel Plus", "Z+", "SPIEGEL+", "F+", "NZZ Pro".
_PAYWALL = re.compile(r"(?:\b(?:SZ|Tagesspiegel|Standard|Welt|Bild|Kurier|Presse|Blick|Zeit|FAZ|NZZ|Spiegel|SPIEGEL)"
                      r"[\s-]?(?:Plus|Pro)\b|\b(?:Z|F|SPIEGEL|Spiegel|WELT|BILD)\+|\bPlus-(?:Artikel|Abo|Inhalt)\w*"
                      r"|\bnur für (?:Abonnent|Abonnentinnen|Abonnenten|Digital-?Abonnent)\w*)")
# "(SZ Plus)" after a sentence that is news in itself: only the label is furniture.
_PAYWALL_TAG = re.compile(rf"\(\s*(?:{_PAYWALL.pattern})\s*\)")
# A link call: a sentence without a finite verb that points at another page ("Zur Meldung", "Die Details",
# "Weitere Meldungen aus Deutschland", "Ein Kommentar von Anna Muster", "Hier ein Überblick", "Mehr dazu").
_PIECE = (r"(?:Text|Meldung|Nachricht|Artikel|Bericht|Beitrag|Interview|Kommentar|Kolumne|Analyse|Reportage|"
          r"Essay|Glosse|Gastbeitrag|Porträt|Liveblog|Newsblog|Live-?Ticker|Ticker|Bildstrecke|Fotostrecke|Galerie|"
          r"Video|Podcast|Übersicht|Überblick|Dossier|Newsletter|Umfrage|Story|Thema|Themenseite|Quiz|Rezension)\w*")
_LINK_CALL = re.compile(
    rf"^(?:Zu[mr]\s+(?:[\w-]+\s+)?{_PIECE}"  # "Zur Meldung", "Zum ganzen Artikel", "Zur Kolumne …"
    # "Ein Kommentar von Anna Muster"
    rf"|(?:Ein(?:e|en)?\s+)?(?:[\w-]+-)?{_PIECE}\s+von\s+{_NAME}\s*(?:\([^()]*\))?\s*\.?$"
    rf"|(?:Folge|Teil)\s+\d+\s+(?:der|des|von)\b"  # "Folge 15 der Kolumne …"
    r"|Mehr\s+(?:dazu|darüber|davon|hier|zum Thema|Infos|Informationen|lesen|erfahren)\b"  # "Mehr dazu von …"
    r"|(?:Alle|Weitere|Mehr)\s+(?:Infos|Informationen|Details|Hintergründe)\b"
    r"|Die\s+(?:Details|Einzelheiten|Hintergründe|ganze Geschichte)\b"
    r"|(?:Weitere|Aktuelle|Alle|Weltweite|Neueste|Mehr|Wichtige)\s+(?:[\w-]+\s+)?(?:Meldungen|Nachrichten|News|"
    r"Artikel|Texte|Berichte|Entwicklungen|Beiträge|Videos)\b"
    r"|Meldungen\s+(?:aus|zu[mr]?|über)\b"  # "Meldungen aus Deutschland"
    r"|Hier\b"  # verbless "Hier ein Themen-Überblick", "Hier entlang", "Hier zum Video"
    r"|Jetzt\s+(?:lesen|weiterlesen|anhören|ansehen|testen|abonnieren|bestellen|herunterladen)\b"
    r"|(?:Read|Click|Watch|Listen|Subscribe|Sign up)\b"  # English calls in German pages ("Read the English version")
    rf"|Von\s+{_NAME}\s*(?:\([^()]*\))?\s*\.?$"  # "Von Lea Muster (SZ Plus)"
    r")")
_LINK_CALL_MAX_WORDS = 9
# A team's line-up in a match box: the team, its goalkeeper, then its lines parted by dashes, and the bench
# ("Basel: Muster – Keller, Huber – Roth Ersatz: Brun – Egli, Frei")
_LINEUP = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)?: [A-ZÄÖÜ][\w-]+ – [^.!?:]*?\bErsatz:"
                     r"(?: (?!Es )[A-ZÄÖÜ][\w.\-/]*(?: (?!Es )[A-ZÄÖÜ][\w\-/]*)?[,–]?)+\.?")
# A TV guide's slot between two entries: when the last one ends, the next one's channel, start and rubric in
# capitals, with its title glued on and its credits ("Bis 0.25, Arte 1.55 KRIMIDer Titel (Title, USA 1960, X)")
_TV_SLOT = re.compile(r"\bBis \d{1,2}\.\d\d, [\w ]{2,14}? \d{1,2}\.\d\d [A-ZÄÖÜ][A-ZÄÖÜ ]{2,30}"
                      r"(?=[A-ZÄÖÜ][a-zäöü])[^().!?]{1,60}\([^()]*\b\d{4}\b[^()]*\)")
# A digest's label that counts the teasers after it ("3 aus 24 - Meistempfohlen heute")
_COUNTED_SECTION = re.compile(r"^(\d+) aus \d+\s*[-–]\s*\w")
_COUNTED_TEASERS_MAX = 5
# A paragraph that closes by naming an opinion piece and its author ("… Kommentar von Anna Muster (SZ Plus)"):
# the teaser of that piece, whose sentences are its author's opinion, not the article's
_OPINION_CREDIT = re.compile(rf"[.!?»“\"]\s+(?:Ein(?:e|en)?\s+)?(?:Kommentar|Kolumne|Essay|Glosse|Gastbeitrag|"
                             rf"Leitartikel)\s+von\s+{_NAME}\s*(?:\([^()]*\))?\s*\.?$")
# A note about the article itself: "Dieser Artikel wurde aktualisiert", "Der Volltext dieses Artikels steht
# nicht mehr zur Verfügung", "In einer früheren Version dieses Textes hiess es …".
_SELF_NOTE = re.compile(r"\b(?:dieser|dieses|diesem|diesen)\s+(?:[\w-]+\s+){0,4}?(?:Artikels?|Beitrags?|Textes|Text)\b"
                        r".*\b(?:Verfügung|aktualisiert|ergänzt|korrigiert|erschien\w*|zuerst|Volltext|"
                        r"(?:früher|erst|vorherig|älter)\w* (?:Version|Fassung))\b"
                        r"|\b(?:früher|erst|vorherig|älter)\w* (?:Version|Fassung) (?:dieses|des) "
                        r"(?:Artikels|Beitrags|Textes)\b",
                        re.IGNORECASE)
# Words of a page's own products and calls to action: with reader address they make a promotion.
_PROMO = re.compile(
    r"\b(?:\w*[Nn]ewsletter\w*|Bildstrecke\w*|Fotostrecke\w*|Galerie|Slideshow|Video\w*|Podcast\w*|App|Apps|"
    r"Push\w*|Whats-?[Aa]pp\w*|Telegram\w*|Kanal|Kanäle|Liveticker|Live-Ticker|Ticker|Liveblog|Newsblog|Abo\w*|"
    r"abonn\w*|bestell\w*|herunter\w*|download\w*|anmeld\w*|registrier\w*|klick\w*|Link|kostenlos\w*|gratis|"
    r"Umfrage|Formular|Leserreporter\w*|Gewinnspiel\w*|Wettbewerb|mitmachen|mach\w* mit|teilnehmen|nimm\w* teil|"
    r"Kommentar\w*|Forum|diskutier\w*|Community|E-Mail\w*|Hotline|Quiz|League|Tippspiel|aufs Handy|"
    r"auf (?:dein|Ihr)\w* Handy|Storys|Updates?|News)\b", re.IGNORECASE)
# "unsere Newsletter", "unser Liveticker": the outlet speaking of its own products.
_OWN_PRODUCT = re.compile(r"\b(?:[Uu]nser|[Uu]nsere[mnrs]?)\s+(?:[\w-]+\s+)?(?:[\w-]*[Nn]ewsletter\w*|Bildstrecke|"
                          r"Fotostrecke|Galerie|Liveticker|Live-Ticker|Newsblog|Liveblog|Podcast\w*|Abo|Abos|"
                          r"Kommentarspalte|Forum)\b")
# "hier" as a link with a call to action: "Hier geht es zur Anmeldung", "Zur Anmeldung geht es hier", "(Die App
# können) Sie hier herunterladen", "Die Zahlen können Sie hier verfolgen".
_HERE_LINK = re.compile(r"\b(?:[Hh]ier|[Dd]ort)\s+geht(?:'s|s| es)\s+zu[mr]?\b|\bgeht(?:'s|s| es)\s+hier\b")
# a call to read on elsewhere after a topic and a dash: "Basel und die Krise – lesen Sie mehr auf X:"
_READ_MORE = re.compile(r"(?:^|\s[–—-]\s+)(?:[Ll]esen Sie|[Ll]ies)\s+(?:mehr|weiter|alles)\b")
_CALL_VERB = re.compile(r"\bhier\b.*\b(?:herunter\w*|download\w*|bestell\w*|abonn\w*|an\w*melden|registrier\w*|"
                        r"lesen|nachlesen|nachhören|anhören|hören|ansehen|anschauen|sehen|verfolgen|abrufen|klicken|"
                        r"finden|findest|mitdiskutieren|abstimmen)\b"
                        # the verb first: "Die Liste finden Sie hier", "Alle Ergebnisse sehen Sie hier:"
                        r"|\b(?:finden|lesen|sehen|hören|abrufen)\s+(?:Sie|du)\s+(?:\w+\s+)?hier\b", re.IGNORECASE)
_DU_PREFIXES = ("dein", "eure")
_FORMAL = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"})
# Tokens after which a capitalised "Sie" can be the start of a clause (then it may be "they").
_CLAUSE_OPENERS = frozenset({":", "«", "»", "„", "“", "\"", "–", "-", "(", ";", "‹", "›"})
# tags a du-imperative's first word can carry (HanTa reads some imperatives as nouns: "Stelle dein Team …")
_OPEN_CLASS = frozenset({"VV", "VA", "VM", "NN", "NE", "ADJ"})
_PLEASE = frozenset({"bitte", "einfach", "gleich", "hier"})
# Quick test whether a paragraph may hold a sentence rule's cue at all (saves tokenizing the rest).
# Imperatives need no cue of their own: they come with "Sie", a du-pronoun or a promotion word.
_CUE = re.compile(rf"(?i:{_PROMO.pattern}|{_READER.pattern}|\b(?:dieser|dieses|diesem|diesen)\b)|{_PAYWALL.pattern}|"
                  r"\b(?:Sie|Ihnen|Ihr\w*)\b|(?:^|[.!?»“\"]\s+)(?:Zu[mr]|Mehr|Alle|Weitere|Aktuelle|Weltweite|"
                  r"Neueste|Wichtige|Die|Hier|Jetzt|Meldungen|Folge|Teil|Von|Ein|Eine|Read|Click|Watch|Listen|"
                  r"Subscribe|Sign)\b")
# kinds of sentences that count towards a promotion box
_ADVERTISING = frozenset({"promo", "instruction", "paywall"})

_TEASER_WINDOW = 400  # characters: a glued headline and teaser sit at the start of a paragraph
_TEASER_TOKENS = 40  # tokens of its first sentence


def _segment(kind: str, text: str, start: int, end: int) -> dict:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return {"kind": kind, "start": start, "end": end, "text": text[start:end]}


def _whole_paragraph_kind(body: str) -> str | None:
    """The kind of a paragraph that is furniture as a whole, judged by its text alone."""
    stripped = body.strip()
    if _SIGNATURE.match(stripped):
        return "byline"
    if _FOOTER.match(stripped):
        return "footer"
    if _HEADING.match(stripped) or _SECTION_LABEL.match(stripped):
        return "heading"
    if _AUTHOR.match(stripped) or _CORRESPONDENT.match(stripped):
        return "author"
    if _FORUM_LABEL.match(stripped):
        return "forum"
    if _BOX.match(stripped):
        if _PAYWALL.search(stripped):
            return "paywall"
        return "promo" if _PROMO.search(stripped) or _READER.search(stripped) else "teaser"
    if _OPINION_CREDIT.search(stripped):
        return "teaser"
    return None


def _interrogative_heading(body: str) -> bool:
    """A subheading in the form of an indirect question or free relative ("Was wichtig wird", "Wie es
    weitergeht"): it announces what the next paragraphs tell and is no claim itself. It is one clause with
    its finite verb last; a line that breaks off mid-sentence ("Wie es mit der", "Wer sich schützen will,
    kann") is no heading."""
    words = body.split()
    if len(words) < 3 or words[0].lower() not in _WH_WORDS or not words[0][0].isupper() or re.search(r"[,.!?:;]", body):
        return False
    sentences = tokenize(body)
    if len(sentences) != 1:
        return False
    last = tag_tokens(sentences[0])[-1]
    return _is_verb(last)  # HanTa may read a clause-final "steigen", "müssen" as an infinitive


def _teaser_end(text: str, start: int, end: int) -> int | None:
    """End of a teaser glued to the start of a body paragraph, found at the last seam of its first sentence.

    A seam before the reader's "Sie/Ihnen" ("Schreiben Sie uns", "Haben Sie …?", "Alle Infos finden Sie …")
    is the formal address, not a new sentence; a seam inside quotation marks is the quoted speaker's
    syntax; one after a kind of work opens its title ("zeigt die Filme Der lange Weg"); and a single word is
    no headline."""
    words = opening_tokens(text[start:end], start, _TEASER_WINDOW, _TEASER_TOKENS)
    if not words:
        return None
    first = tag_tokens(words)
    depth = quote_depth(first)  # a quotation is one speaker's words, never a headline glued to the text
    cut = [i for i in seams(first) if 2 <= i <= 30 and first[i].text not in _FORMAL and not depth[i]
           and not first[i - 1].text[:-1].isdigit() and not title_after_kind(first, i)]
    # (a number's full stop there ends a sentence, "… Covid-19. Manchmal …", which the tokenizer took for an
    # ordinal: no headline has one)
    if not cut:
        return None
    return first[cut[-1]].start


_HASHTAG = re.compile(r"(?<![\w&])#\w")
_SENTENCE_END = re.compile(r"[.!?]\s+")


def _post_start(body: str, start: int, floor: int) -> int:
    """Where an embedded post begins whose link `_EMBED` found at `start`: a sentence with a hashtag at most
    a post's length (`_POST_CHARS`) before it opens the post, with the sentences after it ("Viele nennen
    #X-Äusserung falsch. X ist aber Y. #Z pic.twitter.com/…"), or else, for a link alone, the sentence it follows
    right after its full stop; not before the end of the post before it (`floor`), after which the author may
    speak again."""
    bounds = [floor, *(m.end() for m in _SENTENCE_END.finditer(body, floor, start))]
    tagged = [b for b, e in zip(bounds, [*bounds[1:], start])
              if start - b <= _POST_CHARS and _HASHTAG.search(body, b, e)]
    if tagged:
        return min(tagged[0], start)
    last = body[bounds[-1]:start].rstrip()
    bare = body[start:].lstrip().startswith(("pic.twitter.com/", "https://t.co/", "http://t.co/"))
    if bare and last and last[-1] in ".!?" and start - bounds[-1] <= _POST_CHARS:
        return bounds[-1]  # "FPÖ begrüsst Kinder in Erdberg. pic.twitter.com/…": the sentence the bare link
        # follows is the post's text, no hashtag in it
    return start


_POST_CHARS = 280  # the longest post a platform allows

def _box_length(text: str, following: Sequence[dict]) -> int:
    """Number of body paragraphs after an advertising heading that still speak to the reader (du/dein/euch):
    the box ends at the first paragraph that does not, or at the next heading."""
    n = 0
    for para in following:
        if para["kind"] != "body" or not _READER.search(text[para["start"]:para["end"]]):
            break
        n += 1
    return n


def _poll(text: str, paragraphs: Sequence[dict], i: int) -> int:
    """Number of paragraphs from i that form a reader poll: a question to the reader, then short options."""
    question = text[paragraphs[i]["start"]:paragraphs[i]["end"]].strip()
    if not (question.endswith("?") and _READER.search(question)):
        return 0
    n = 1
    while i + n < len(paragraphs):
        option = text[paragraphs[i + n]["start"]:paragraphs[i + n]["end"]].strip()
        if len(option.split()) > 9 or option.endswith("?") or not option.endswith((".", "!")):
            break
        n += 1
    return n if n >= 3 else 0


def _addresses_reader(tokens: Sequence[Token], depth: Sequence[int]) -> bool:
    """Whether the sentence, outside quotations, speaks to the reader: du/dir/dich/dein/euch, or the formal
    "Sie/Ihnen/Ihr" capitalised where it cannot be the first word of a clause (there it may mean "they")."""
    for i, tok in enumerate(tokens):
        if depth[i]:
            continue
        low = tok.lower
        if low in SECOND_PERSON or low.startswith(_DU_PREFIXES):
            return True
        if tok.text in _FORMAL and i > 0 and tokens[i - 1].text not in _CLAUSE_OPENERS:
            return True
    return False


def _is_verb(tok: Token) -> bool:
    return tok.pos in {"VV", "VA", "VM"} and not tok.tag.endswith("(PP)")


def _imperative(tokens: Sequence[Token], depth: Sequence[int]) -> bool:
    """Whether the sentence is an instruction to the reader: verb first and addressed to the reader.

    "Schreiben Sie uns", "Melden Sie sich hier an" (verb + Sie, not a question); "Schau dir die Bilder an",
    "Stelle dein Team zusammen" (a content word + du-pronoun; the tagger may call "Stelle" a noun); "Abonniere
    den Kanal und du …" (a verb first, reader address later); "Lade die App herunter" (an imperative by its
    tag, with promotion words). A verb ending in -t ("Kommt hinzu", "Heisst:") is third person, not an
    imperative, unless "euch" follows it; a verb-first conditional ("Stimmten die Richter zu, …", "War die
    Probe kleiner, …") has its own subject and no reader address."""
    if tokens[-1].text == "?" or depth[0] or not tokens[0].text[:1].isupper():
        return False
    k = 0
    while k < len(tokens) - 2 and tokens[k].lower in _PLEASE:
        k += 1
    if k + 1 >= len(tokens):
        return False
    first, second = tokens[k], tokens[k + 1]
    if second.text == "Sie":
        return _is_verb(first) or first.lower.endswith(("en", "ern", "eln"))
    if second.lower in SECOND_PERSON or second.lower.startswith(_DU_PREFIXES):
        return first.pos in _OPEN_CLASS and (not first.lower.endswith("t") or second.lower in {"euch", "euer"}
                                             or second.lower.startswith("eure"))
    if not _is_verb(first) or first.lower.endswith("t"):
        return False
    if first.tag.endswith("(IMP)") and _PROMO.search(" ".join(t.text for i, t in enumerate(tokens) if not depth[i])):
        return True
    return _addresses_reader(tokens, depth)


def _verbless(tokens: Sequence[Token]) -> bool:
    return not any(t.finite and t.pos in {"VV", "VA", "VM"} for t in tokens)


def _sentence_kind(tokens: Sequence[Token], depth: Sequence[int], sentence: str) -> str | None:
    """The furniture kind of one sentence of a body paragraph, or None when it may state something."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    if not words:
        return None
    short = len(words) <= _LINK_CALL_MAX_WORDS
    if short and _PAYWALL.search(sentence) and (_verbless(tokens) or _imperative(tokens, depth)):
        return "paywall"
    if short and (_verbless(tokens) and _LINK_CALL.match(sentence) or _HERE_LINK.search(sentence)
                  or _READ_MORE.search(sentence)):
        return "teaser"
    if _SELF_NOTE.search(sentence):
        return "footer"
    if _imperative(tokens, depth):
        return "instruction"
    unquoted = " ".join(t.text for i, t in enumerate(tokens) if not depth[i])
    called = _CALL_VERB.search(unquoted)
    if _addresses_reader(tokens, depth) and (_PROMO.search(unquoted) or called) or _OWN_PRODUCT.search(unquoted):
        return "promo"
    if called and tokens[0].text in {"Sie", "Du"}:  # "Sie hier herunterladen können": a first "Sie" is the
        return "promo"                               # reader only with "hier" and a call to action
    return None


def _before_statement(tokens: Sequence[Token], depth: Sequence[int]) -> int | None:
    """End of an instruction that hands over to a statement after a colon ("Vergessen Sie nicht: Ich habe
    in Rom studiert.", "Denken Sie an Joghurt: Früher gab es ihn im Glas."): the statement may be a claim."""
    for i, tok in enumerate(tokens[:-1]):
        if tok.text == ":" and not depth[i] and any(t.text[:1].isalnum() for t in tokens[i + 1:]):
            return tok.end
    return None


def _link_label(tokens: Sequence[Token], depth: Sequence[int]) -> bool:
    """Whether a promotion is a link's label before a colon and running text after it ("Die Liste finden Sie
    hier: Im Mittel …", pages that lost the link and a line break): the label alone calls the reader, and the
    words after it open a sentence (not a reference, "--> Journal: …", nor a question whose "Sie" is the one
    asked, "Frage: Sie haben ein Video …")."""
    colon = next((i for i, t in enumerate(tokens[:-1]) if t.text == ":" and not depth[i]), None)
    return colon is not None and tokens[colon + 1].text[:1].isalpha() \
        and _sentence_kind(tokens[:colon], depth[:colon], " ".join(t.text for t in tokens[:colon])) == "promo"


def _sentence_furniture(text: str, start: int, end: int) -> list[dict]:
    """Furniture sentences inside one paragraph stretch; the whole stretch as one promotion when most of its
    sentences (and at least two) advertise, since the rest of such a box only links them together."""
    body = text[start:end]
    if not _CUE.search(body):
        return []
    sentences = [tag_tokens(toks) for toks in tokenize(body, start)]
    depth = quote_depth([t for s in sentences for t in s])
    found, advertising, cursor = [], 0, 0
    for tokens in sentences:
        here = depth[cursor:cursor + len(tokens)]
        cursor += len(tokens)
        lo, hi = tokens[0].start, tokens[-1].end
        kind = _sentence_kind(tokens, here, text[lo:hi])
        if kind == "instruction" or (kind == "promo" and _link_label(tokens, here)):
            hi = _before_statement(tokens, here) or hi
        if kind:
            found.append(_segment(kind, text, lo, hi))
            advertising += kind in _ADVERTISING
            continue
        tag = _PAYWALL_TAG.search(text, lo, hi)
        if tag:
            found.append(_segment("paywall", text, tag.start(), tag.end()))
    if advertising >= 2 and advertising * 2 > len(sentences):
        return [_segment("promo", text, start, end)]
    return found


_QUOTED_PARAGRAPH = re.compile(r'^\s*["«»„“]([^"«»„“”]{10,240})["«»“”]\s*\.?\s*$')
_WORDS = re.compile(r"[^\W\d_]{3,}")


def _pull_quote(text: str, paragraphs: Sequence[dict], i: int) -> bool:
    """A paragraph that is nothing but one quotation whose words all come again in one later paragraph: the
    quotation set in display type, a repeat of words the article gives with their frame further on ("«Das
    ist ein Eingriff in die Freiheit.»" before "«Natürlich ist das ein Eingriff in die Freiheit», sagt X")."""
    quoted = _QUOTED_PARAGRAPH.match(text[paragraphs[i]["start"]:paragraphs[i]["end"]])
    words = {w.lower() for w in _WORDS.findall(quoted.group(1))} if quoted else set()
    return len(words) >= 4 and any(
        words <= {w.lower() for w in _WORDS.findall(text[p["start"]:p["end"]])} for p in paragraphs[i + 1:])


def detect_furniture(text: str, paragraphs: Sequence[dict], known: Sequence[dict] = ()) -> list[dict]:
    """Furniture segments of an article (already known ones kept), sorted by offset."""
    found = list(known)
    covered = [(f["start"], f["end"]) for f in known]
    skip_until = -1
    for i, para in enumerate(paragraphs):
        start, end = para["start"], para["end"]
        if i < skip_until or any(s <= start and end <= e for s, e in covered):
            continue
        body = text[start:end]
        kind = _whole_paragraph_kind(body)
        counted = _COUNTED_SECTION.match(body.strip())
        if counted and int(counted.group(1)) <= _COUNTED_TEASERS_MAX:  # "3 aus 24 - Meistempfohlen heute": the
            # label says how many teasers follow it
            skip_until = i + 1 + int(counted.group(1))
            found.extend(_segment("teaser", text, p["start"], p["end"]) for p in paragraphs[i + 1:skip_until])
        if kind is None and para["kind"] == "heading":
            if _READER.search(body):
                kind = "promo"  # a heading that talks to the reader advertises ("Manage dein eigenes Team")
                if _PROMO.search(body):  # an advertising box: its paragraphs go on talking to the reader
                    skip_until = i + 1 + _box_length(text, paragraphs[i + 1:])
                    found.extend(_segment("promo", text, p["start"], p["end"]) for p in paragraphs[i + 1:skip_until])
            elif _interrogative_heading(body):
                kind = "heading"
        if kind:
            found.append(_segment(kind, text, start, end))
            if kind == "forum" and i + 1 < len(paragraphs) and paragraphs[i + 1]["kind"] == "body":
                following = paragraphs[i + 1]
                found.append(_segment("forum", text, following["start"], following["end"]))
                skip_until = i + 2
            continue
        if para["kind"] == "lead":
            found.extend(_sentence_furniture(text, start, end))
            continue
        if para["kind"] not in {"body", "heading"}:
            continue
        if para["kind"] == "body" and _pull_quote(text, paragraphs, i):
            found.append(_segment("pullquote", text, start, end))
            continue
        polled = _poll(text, paragraphs, i)
        if polled:
            found.extend(_segment("poll", text, p["start"], p["end"]) for p in paragraphs[i:i + polled])
            skip_until = i + polled
            continue
        embeds = list(_EMBED.finditer(body))  # (a paragraph may hold several posts: each is furniture)
        found.extend(_segment("embed", text, start + _post_start(body, e.start(), embeds[k - 1].end() if k else 0),
                              start + e.end()) for k, e in enumerate(embeds))
        found.extend(_segment("teaser", text, start + t.start(), start + t.end()) for t in _LINK_TEASER.finditer(body))
        found.extend(_segment("heading", text, start + t.start(), start + t.end())
                     for t in (*_TV_SLOT.finditer(body), *_LINEUP.finditer(body)))
        credit = _CREDIT.search(body)
        if credit:
            if credit.start(1) > 0:
                found.append(_segment("caption", text, start, start + credit.start(1)))
            found.append(_segment("credit", text, start + credit.start(1), end))
            continue
        found.extend(_segment("footer", text, start + n.start(), start + n.end()) for n in _EDITORS_NOTE.finditer(body))
        listed = _CREDIT_LIST.search(body)
        if listed:
            found.append(_segment("credit", text, start + listed.start(1), end))
            end = start + listed.start(1)
        signature = _TRAILING_SIGNATURE.search(text, start, end) or _TRAILING_INITIALS.search(text, start, end)
        if signature:
            found.append(_segment("byline", text, signature.start(), end))
            end = signature.start()
        signature = _LEADING_SIGNATURE.match(text, start, end)
        if signature:
            found.append(_segment("byline", text, start, signature.end()))
            start = signature.end()
        if para["kind"] == "body" and not (i > 0 and continues_line(  # a wrapped line opens no teaser
                text[paragraphs[i - 1]["start"]:paragraphs[i - 1]["end"]].rstrip(), body.lstrip())):
            teaser = _teaser_end(text, start, end)
            if teaser is not None:
                found.append(_segment("teaser", text, start, teaser))
                start = teaser
        if not embeds:
            found.extend(_sentence_furniture(text, start, end))
    return sorted(found, key=lambda f: (f["start"], f["end"]))

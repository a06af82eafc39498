"""Closed word classes of German and the verbs of saying: small finite lists that grammar rules key on.

Closed classes (articles, pronouns, prepositions, conjunctions) are finite by nature, so listing them is
grammar, not fitting; the tagger decides the open classes.
"""

from __future__ import annotations

# function words that are written in lower case mid-sentence: a capitalised one there starts a new sentence
FUNCTION_WORDS = frozenset("""
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
ich du er sie es wir ihr man mich dich ihn uns euch ihnen ihm mir dir sich
dieser diese dieses diesen diesem jener jene jenes welche welcher welches
mein meine dein deine sein seine ihre unser unsere euer eure
an am auf aus bei beim bis durch für gegen hinter im in ins mit nach neben ohne seit trotz über um unter
vom von vor während wegen zu zum zur zwischen angesichts laut gemäss gemäß dank infolge seitens
und oder aber denn doch sondern sowie als wie wenn weil dass ob obwohl damit nachdem bevor während
auch noch nur schon bereits dann da dort hier heute nun jetzt so zudem ausserdem außerdem zuvor unterdessen
derweil inzwischen mittlerweile bisher allerdings jedoch deshalb daher trotzdem dennoch damit demnach
es gibt
""".split())
# focus particles, which stand before the phrase they mark: "Auch die Ministerin", "Selbst der Chef"
FOCUS_PARTICLES = frozenset("auch selbst sogar nur gerade ausgerechnet allein".split())
# words after which a sentence cannot end: articles, prepositions, conjunctions, possessives, quantifiers
UNFINISHED_ENDS = frozenset("""
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen seinem seiner
seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres
dieser diese dieses diesen diesem jener jene jenes jenen jenem deren dessen
vielen mehreren einigen manchen wenigen
rund etwa knapp fast beinahe ungefähr circa zirka
an am auf aus bei beim bis durch für gegen hinter im in ins mit nach neben ohne seit trotz über um unter
vom von vor während wegen zum zur zwischen angesichts laut gemäss gemäß dank infolge seitens
und oder aber denn sondern sowie als wie wenn weil dass daß ob obwohl nachdem bevor sodass
""".split())
SUBORDINATORS = frozenset("""dass daß ob weil wenn als obwohl obgleich nachdem bevor damit sodass während indem
falls sofern seit seitdem bis wie wo wohin woher wovon womit wodurch worauf wobei weshalb warum
vorausgesetzt""".split())
# what an author shares with every reader ("unsere Galaxie", "unser Immunsystem"): a first person before these
# speaks for everyone, not for someone whose words go on
SHARED_WORLD_NOUNS = ("galaxie", "milchstraße", "milchstrasse", "sonnensystem", "planet", "erde", "sonne", "welt",
                      "spezies", "vorfahren", "körper", "gehirn", "immunsystem")
# participles that open a condition like "falls" ("…, vorausgesetzt die Tests kommen voran"), tagged as verbs
CONDITIONAL_PARTICIPLES = frozenset({"vorausgesetzt"})

# subordinators of a clause that gives the main clause its time, reason, condition, concession or purpose
# ("Wenn A, …", "…, als neue Regeln galten")
ADVERBIAL_SUBORDINATORS = frozenset("""weil da obwohl obgleich wenn falls sofern nachdem bevor ehe als sobald
solange während sodass damit indem seit seitdem bis""".split()) | CONDITIONAL_PARTICIPLES

# verbs that link a subject to its predicate ("Klar ist …", "Fest steht …", "X gilt als Y"), and that need it:
# before "und" and a second finite verb they share what follows ("sei und bleibe X")
COPULA_VERBS = frozenset("sein bleiben werden scheinen stehen gelten heissen heißen".split())

# endings of masculine and neuter nouns whose plural has no ending of its own ("der Lehrer", "die Lehrer"): such a
# form may be singular or plural, a feminine noun's never
ZERO_PLURAL_ENDINGS = ("er", "el", "en", "chen", "lein")
# heads of neuter nouns of bodies, groups and texts that speak or are cited, and neuter suffixes: "ein" before them
# becomes "das", not "der", when the phrase is named again ("ein Gericht in Bern" → "das Gericht in Bern")
NEUTER_HEADS = ("amt", "institut", "gericht", "komitee", "zentrum", "ministerium", "departement", "büro",
                "unternehmen", "parlament", "team", "gremium", "spital", "krankenhaus", "labor", "mitglied",
                "portal", "magazin", "netzwerk", "bündnis", "forum", "kollektiv", "dokument", "papier", "schreiben",
                "kind", "mädchen", "lein")

# lemmas of verbs that introduce reported speech ("sagte", "so", "hiess es")
SPEECH_VERBS = frozenset("""
sagen erklären mitteilen berichten melden schreiben betonen warnen bestätigen sprechen
verkünden ankündigen fordern kritisieren versichern erläutern ergänzen hinzufügen
meinen finden glauben vermuten befürchten fürchten behaupten argumentieren zitieren heissen heißen
informieren bekanntgeben bekräftigen unterstreichen einräumen zugeben antworten
präzisieren festhalten begründen beklagen vermelden beteuern bestreiten
verneinen dementieren mahnen ankündigen angeben
erzählen schildern kommentieren urteilen resümieren bilanzieren konstatieren analysieren
diagnostizieren folgern bemerken anmerken ausführen darlegen erwidern entgegnen widersprechen versprechen
empfehlen raten prognostizieren prophezeien bekennen gestehen verraten
erwähnen andeuten hervorheben klarstellen monieren bemängeln beanstanden beschweren klagen titeln
beharren insistieren feststellen einwenden entgegenhalten relativieren zusammenfassen twittern posten
verteidigen rechtfertigen diktieren herausfinden
""".split())
# verbs of saying whose "dass" clause is wanted, not asserted ("fordert, dass alle Prozesse transparent
# ablaufen" does not say that they do)
DIRECTIVE_VERBS = frozenset("""fordern verlangen empfehlen raten mahnen appellieren bitten drängen auffordern
anregen vorschlagen plädieren wünschen""".split())
# verbs by which someone addresses words to others without a frame for content ("sprach ihr sein Beileid
# aus", "gratulierte"): a quotation standing on its own right after them is theirs
ADDRESS_VERBS = frozenset("""aussprechen äussern äußern gratulieren kondolieren danken twittern posten reagieren
würdigen loben appellieren wenden angehen attackieren angreifen kontern hinweisen verweisen""".split())
# verbs by which someone judges others without a frame for content ("X lobte Y", "X warnte vor Z"): a
# Konjunktiv II right after them spells out the judgement
# verbs of proposing, demanding or planning, whose plan a sentence in "sollen" right after may spell out
PROPOSAL_VERBS = frozenset("vorschlagen fordern verlangen planen plädieren empfehlen vorsehen anregen".split())
JUDGING_VERBS = frozenset("""loben würdigen preisen kritisieren tadeln rügen bemängeln monieren warnen begrüssen
begrüßen bedauern""".split())
# how a clause before a colon can say that someone takes a stand, so that the clause after the colon is
# their view: a reflexive verb ("äusserte sich skeptisch:", "zeigte sich zuversichtlich:", "gab sich
# kämpferisch:", "entschuldigte sich:") or "sein"/"bleiben" with an adjective of attitude ("war optimistischer:")
STANCE_VERBS = frozenset("äussern äußern zeigen geben entschuldigen".split())
# infinitives by which "lassen" says that someone had words passed on ("ließ wissen", "liess verlauten")
LET_KNOW_INFINITIVES = frozenset({"wissen", "verlauten", "ausrichten", "mitteilen", "verkünden"})
# verbs by which someone gives their own reading of something ("sieht das anders:", "erklärt es so:",
# "beurteilt die Lage gelassen:"): with an adverb of manner before a colon, what follows is that reading
VIEW_VERBS = frozenset("sehen beurteilen einschätzen bewerten erklären deuten begründen interpretieren".split())
VIEW_MANNERS = frozenset("anders ähnlich genauso so".split())
STANCE_ADJECTIVES = frozenset("""optimistisch pessimistisch skeptisch zuversichtlich überzeugt kritisch gelassen
enttäuscht erfreut besorgt erleichtert zufrieden unzufrieden ratlos selbstkritisch kämpferisch vorsichtig
verhalten entschlossen empört""".split())
# what ties a main clause to the time a temporal "als" clause gives it, so that it says nothing checkable
# without the clause: particles that measure against that time ("kehrte erst zurück, als …", "spätestens,
# als …", "war plötzlich weg, als …") and verbs of a reaction to what the clause tells ("sorgte für Aufsehen,
# als …", "sahen zu, als …")
WHEN_BOUND_ADVERBS = frozenset("""erst schon bereits gerade spätestens noch plötzlich nur damals just genau da
dann""".split())
WHEN_BOUND_VERBS = frozenset("sorgen zusehen zuschauen erschrecken staunen".split())
# nouns of a reaction that "kam von X" gives to X ("Scharfe Kritik kam von der Partei:"), so that the clause
# after the colon is X's view
REACTION_NOUNS = frozenset("""kritik lob widerspruch zustimmung protest warnung warnungen einwand einwände
einspruch applaus beifall häme spott tadel rückendeckung unterstützung skepsis""".split())
# verbs by which findings speak for their source ("Recherchen von X zeigen, dass ..."), and the findings
EVIDENCE_VERBS = frozenset("zeigen belegen ergeben beweisen nahelegen bestätigen".split())
# how findings point to a conclusion besides the verbs above: "deuten/weisen darauf hin", "lassen den Schluss
# zu", "erlauben Rückschlüsse"; what they point to is drawn from all of them together
POINTING_VERBS = frozenset("deuten weisen".split())
CONCLUSION_NOUNS = ("schluss", "schlüsse", "rückschluss", "rückschlüsse", "folgerung", "folgerungen")
# demonstratives that take up what the sentence or phrase before said ("Dies solle …", "X – das ist …")
RESUMING_DEMONSTRATIVES = frozenset({"dies", "das", "dieses", "diese", "dieser"})
# people whose findings "zeigen", "belegen" or "ergeben" report as a study does ("…, zeigen Marktforscher"), by the
# end of their noun
RESEARCHER_ENDINGS = ("forscher", "forscherin", "forscherinnen", "experten", "expertinnen", "wissenschaftler",
                      "wissenschaftlerin", "wissenschaftlerinnen", "analysten", "statistiker", "ökonomen")
SOURCE_NOUNS = frozenset("""recherche recherchen untersuchung untersuchungen studie studien umfrage umfragen
analyse analysen auswertung auswertungen erhebung erhebungen befragung daten zahlen messungen gutachten bericht
berichte dokument dokumente unterlagen positionspapier""".split())
# endings of feminine nouns in the singular, whose plural adds "-en" ("die Freiheit", "die Regierung"): after
# "die", such a noun is singular
# participles of verbs that form the perfect with "sein" (a change of place or state): a heading "X angekommen"
# says "X ist angekommen", not the passive "wurde angekommen"
SEIN_PARTICIPLES = frozenset("""angekommen eingetroffen gestorben verstorben gescheitert geglückt gelungen gestiegen
gesunken gewachsen geschrumpft abgestürzt verunglückt ertrunken entkommen geflohen geflüchtet zurückgetreten
ausgebrochen eskaliert erstarrt gelandet eingestürzt ausgefallen umgekommen zusammengebrochen erschienen gekommen
zurückgekehrt aufgetaucht verschwunden geplatzt gekippt geschmolzen""".split())
# participles that a heading uses for a state that holds now ("Sechs Millionen Bürger betroffen": they are
# affected) or an expectation ("Anstieg erwartet": it is expected), not for an event
STATE_PARTICIPLES = frozenset("betroffen geschlossen gesperrt besetzt bedroht".split())
EXPECTATION_PARTICIPLES = frozenset("erwartet befürchtet vermisst gesucht geplant gefordert verlangt".split())
FEMININE_SINGULAR_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ur", "ik", "ei", "in")
# relative adverbs ("…, wovon X 40 Millionen zahlt") with the pronominal adverb that takes up the clause before
# them in a main clause ("X zahlt davon 40 Millionen")
RELATIVE_ADVERBS = {"wovon": "davon", "wobei": "dabei", "womit": "damit", "wodurch": "dadurch",
                    "woraufhin": "daraufhin", "worauf": "darauf", "wofür": "dafür", "worüber": "darüber",
                    "woran": "daran", "worum": "darum", "wozu": "dazu", "woraus": "daraus", "worin": "darin",
                    "wogegen": "dagegen", "wonach": "danach"}
# endings of nouns of a written text that can say something ("Im Beschlussentwurf heisst es, …"), unlike a
# place or a group ("In der Stadt heisst es, …": people there say it)
DOCUMENT_NOUNS = ("papier", "entwurf", "mitteilung", "erklärung", "schreiben", "brief", "bericht", "studie",
                  "gutachten", "vertrag", "urteil", "begründung", "antrag", "protokoll", "dokument", "verordnung",
                  "gesetz", "stellungnahme", "beitrag", "artikel", "tweet", "post", "konzept", "strategie", "plan",
                  "leitfaden", "richtlinie", "vorlage", "analyse", "umfrage", "auswertung")
# objects that make a verb of saying an idiom that reports no words: "Geschichte schreiben" (to make history),
# "rote Zahlen schreiben" (to make a loss), "Schlagzeilen schreiben" (to make the news)
IDIOM_OBJECTS = {"schreiben": frozenset({"geschichte", "zahlen", "schlagzeilen"}),
                 "versichern": frozenset({"sich"}),  # "sich versichern": to take out insurance, to make sure
                 # "findet sich im Paragrafen": is found there, no opinion; "fand die Lösung": found it
                 "finden": frozenset({"sich", "lösung", "lösungen", "kompromiss", "einigung", "ausweg", "weg"})}
# verbs of saying by which someone denies or doubts what follows: the words are not what they assert
DENIAL_VERBS = frozenset("bestreiten abstreiten dementieren verneinen leugnen bezweifeln zurückweisen".split())
# verbs of judging something ("halten … für gering", "schätzen … ein"): a reason given with them is the
# judge's reason, part of the judgement
ASSESSMENT_VERBS = frozenset("halten beurteilen bewerten einschätzen einstufen betrachten ansehen".split())
# verbs of thinking: like verbs of saying, they take what follows their comma as their object
COGNITION_VERBS = frozenset("denken glauben wissen ahnen fürchten befürchten hoffen vermuten meinen finden "
                            "annehmen bezweifeln schätzen".split())
# verbs that take what follows a colon as their object: saying, thinking, perceiving
OBJECT_CLAUSE_VERBS = SPEECH_VERBS | COGNITION_VERBS | frozenset(
    "sehen zeigen erkennen feststellen merken bemerken beobachten lernen wissen beweisen belegen bedeuten hören "
    "heraushören erfahren vernehmen entnehmen".split())
# nouns whose content a following clause spells out ("Anzeichen, dort würden ..."): that clause is no fact
COMPLEMENT_NOUNS = frozenset("""anzeichen hinweis hinweise befürchtung befürchtungen sorge sorgen angst eindruck
vermutung hoffnung meinung ansicht behauptung vorwurf warnung gefahr möglichkeit gerücht gerüchte verdacht
überzeugung gefühl annahme idee einigkeit konsens einschätzung prognose forderung tenor devise motto credo
botschaft losung these nachricht meldung ansage wunsch kritik einwand argument auffassung darstellung standpunkt
vorwürfe behauptungen forderungen überlegung überlegungen spekulation spekulationen""".split())
# adjectives that take the clause after a colon as their subject: "Da war klar: ..."
CLAUSE_ADJECTIVES = frozenset("""klar sicher fest bekannt offensichtlich eindeutig unklar gewiss offen überzeugt
bewusst gewohnt gewöhnt""".split())
# predicative adjectives that judge how likely or certain a "dass"/"ob" clause is: "Gut möglich, dass …"
LIKELIHOOD_ADJECTIVES = frozenset("""möglich denkbar wahrscheinlich unwahrscheinlich fraglich ungewiss zweifelhaft
unklar klar sicher gewiss offen offensichtlich eindeutig""".split())
# verbs that open an imagined or dreamt scene: what is coordinated with them happens there too
IMAGINATION_VERBS = frozenset("wähnen träumen fantasieren phantasieren vorstellen ausmalen".split())
# verbs that are verbs of saying only with their separated particle: "teilte ... mit", "gab ... bekannt"
SPEECH_PARTICLE_VERBS = {"teilen": "mit", "geben": "bekannt an zu", "fügen": "hinzu an", "räumen": "ein",
                         "kündigen": "an", "schlagen": "vor",
                         "halten": "fest entgegen", "stellen": "fest klar", "deuten": "an", "heben": "hervor",
                         "merken": "an", "machen": "klar deutlich", "weisen": "hin", "wenden": "ein",
                         "fassen": "zusammen", "rechnen": "vor", "zählen": "auf", "führen": "aus",
                         "legen": "dar", "schieben": "nach"}
# prepositions that attribute a statement: "laut X", "gemäss X", "nach Angaben von X"
ATTRIBUTING_PREPOSITIONS = frozenset({"laut", "gemäss", "gemäß", "zufolge", "ausweislich"})

# words that turn a statement into its negation or into a guess: a claim may not drop them
NEGATIONS = frozenset("nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder".split())
HEDGES = frozenset("""angeblich mutmasslich mutmaßlich vermutlich möglicherweise wohl offenbar offensichtlich scheinbar
anscheinend eventuell vielleicht wahrscheinlich kaum theoretisch voraussichtlich womöglich""".split())
# adverbs of how often and of when, which hold of every verb of their clause after them
FREQUENCY_ADVERBS = frozenset("""manchmal oft häufig selten gelegentlich bisweilen zuweilen meist meistens
mitunter öfter""".split())
# adverbs of the time of speaking, which a past-tense clause cannot take: with them, a form like "machten" is
# the Konjunktiv II of reported speech ("Momentan machten sie die Hälfte des Umsatzes"), not the Präteritum
SPEAKING_TIME_ADVERBS = frozenset("momentan derzeit zurzeit gegenwärtig aktuell".split())
TIME_ADVERBS = frozenset("""heute gestern morgen damals früher später danach dann jetzt nun inzwischen bald bisher
zuvor künftig zukünftig demnächst""".split())

# predicates that hold of a group, not of each member: coordination stays whole
RECIPROCAL_VERBS = frozenset("""einigen treffen verständigen vereinbaren verhandeln streiten unterscheiden
verbünden zusammenschliessen zusammenschließen zusammentun versöhnen trennen küssen umarmen duellieren
begegnen kennen lieben hassen verabreden annähern nähern einigen vertragen zerstreiten austauschen
zuprosten zuwinken zunicken zulächeln zuzwinkern anschreien beschimpfen anfeinden bekriegen duzen siezen""".split())
# of them, the verbs that are reciprocal without "sich" too ("A und B streiten seit Jahren", "verhandeln"): with a
# list as subject, the coordination stays whole
MUTUAL_VERBS = frozenset("""streiten verhandeln konkurrieren kooperieren zusammenarbeiten beraten diskutieren
debattieren tagen""".split())
# verbs whose object list is compared or joined as a whole ("A und B unterscheiden", "vergleicht A und B")
RELATING_VERBS = frozenset("""unterscheiden vergleichen verwechseln verbinden vereinen kombinieren mischen
gegenüberstellen abwägen auseinanderhalten zusammenbringen zusammenführen""".split())
COLLECTIVE_ADVERBS = frozenset("""gemeinsam miteinander zusammen insgesamt einander gegeneinander untereinander
zueinander voneinander auseinander unterschiedlich abwechselnd wechselweise""".split())
# nouns that a predicate with "sich" makes reciprocal: "A und B lieferten sich einen Schlagabtausch", "… ein
# Duell"; each member alone would have no one to fight
RECIPROCAL_NOUNS = ("schlagabtausch", "duell", "gefecht", "wortgefecht", "streit", "kampf", "rennen", "debatte",
                    "wettkampf", "wettlauf", "schlacht", "handgemenge", "zweikampf", "machtkampf", "rededuell")
# nouns of what people are to each other or have between them ("A und B waren Widersacher", "hatten Konflikte"):
# with a coordinated subject the relation holds between its members, not of each alone
MUTUAL_NOUNS = ("widersacher", "gegner", "rivale", "rivalen", "konkurrent", "konkurrenten", "freunde", "feinde",
                "konflikt", "konflikte", "differenzen", "meinungsverschiedenheiten", "fehde", "zwist")
# nouns of descent, whose coordinated genitive names both parents of one child ("Sohn einer X und eines Y"):
# the child is the son of the pair, and each parent alone tells only half of it
KINSHIP_NOUNS = frozenset("sohn tochter kind enkel enkelin enkelkind".split())
# nouns of what follows from something named just before: "für eine Erkrankung und mögliche Folgen" (the
# disease's); as the last member they lean on the first
DEPENDENT_NOUNS = ("folgen", "auswirkungen", "konsequenzen", "ursachen", "hintergründe", "begleiterscheinungen",
                   "spätfolgen", "nebenwirkungen")
# nouns of a relation between the members of a list after them: "ein Austausch von Schülern aus A und B", "der
# Vergleich von A und B", "das Spiel der Young Boys und des FCB"; each member alone would change the fact
RELATION_NOUNS = ("austausch", "vergleich", "kombination", "mischung", "mix", "partnerschaft", "freundschaft",
                  "beziehung", "beziehungen", "abkommen", "vertrag", "verbindung", "duell", "derby", "spiel", "match",
                  "begegnung",
                  "gespräch", "gespräche", "verhandlung", "verhandlungen", "zusammenarbeit", "kooperation", "fusion",
                  "streit", "konflikt", "krieg", "grenze", "unterschied", "unterschiede", "verhältnis", "kontakt",
                  "kontakte", "treffen", "handel", "dialog", "bündnis", "allianz", "koalition", "abstand", "differenz")
# adjectives of a shared or mutual thing, in any inflection: "eine gemeinsame Basis für A und B"
COLLECTIVE_ADJECTIVE_STEMS = ("gemeinsam", "gegenseitig", "wechselseitig", "beiderseitig")
# adjectives of a difference between the members of a list their noun's phrase holds: "die unterschiedlichen
# Regeln in A und B" compares A with B
DIFFERENCE_ADJECTIVE_STEMS = ("unterschiedlich", "verschieden")
# "A und B mit 3 beziehungsweise 4": each member has its own figure, which a split would give to both
# adjectives that, capitalised and paired, name everybody ("für Gross und Klein", "Jung und Alt"): no two groups
NOMINALISED_PAIRS = frozenset("gross groß klein jung alt arm reich gut böse schwarz weiss weiß".split())
# pairs of plural nouns that together name everyone ("Männer und Frauen debattieren": people do); each member alone
# would say less than the sentence
PEOPLE_PAIRS = frozenset({("männer", "frauen"), ("frauen", "männer"), ("jungen", "mädchen"), ("mädchen", "jungen")})
# endings of nouns of people whose plural equals the singular ("Kritiker", "Sportler", "Rentner", "Lehrer"):
# without a determiner such a noun is a plural, as a singular person needs an article ("ein Kritiker")
ZERO_PLURAL_PERSON_ENDINGS = ("iker", "ler", "ner", "rer", "bürger", "jäger", "träger", "arbeiter", "vertreter",
                              "berater", "leiter", "halter", "richter", "bewohner")
# bare plurals of the people around someone, whom "X und Kollegen" names as X's own
# nouns of kin, which name someone only as someone else's ("der Opa", "die Tochter"): without a possessor they take
# up a person of the text themselves, and a pronoun after them may as well mean that person
KINSHIP_NOUNS = frozenset("""vater mutter opa oma grossvater großvater grossmutter großmutter sohn tochter bruder
schwester onkel tante neffe nichte cousin cousine enkel enkelin gatte gattin ehemann ehefrau witwe witwer
schwiegervater schwiegermutter schwiegersohn schwiegertochter papa mama""".split())
COMPANION_NOUNS = frozenset({"kollegen", "kolleginnen", "mitarbeiter", "mitarbeitende", "freunde", "freundinnen",
                             "partner", "begleiter", "mitstreiter", "angehörige", "anhänger", "gefährten", "koautoren",
                             "co-autoren", "familie", "team", "entourage"})
# plural pairs that make one idiom, whose members say nothing alone ("Mittel und Wege finden")
PLURAL_BINOMIALS = frozenset({("mittel", "wege"), ("ecken", "kanten"), ("pauken", "trompeten"),
                              ("sitten", "gebräuche"), ("höhen", "tiefen"), ("irrungen", "wirrungen"),
                              ("händen", "füssen"), ("händen", "füßen")})
# determiners whose noun's relative clause says which ones are meant ("jene Schüler, die ..."): no fact of its own
RESTRICTIVE_DETERMINERS = frozenset("""jene jener jenes jenen jenem derjenige diejenige dasjenige diejenigen
denjenigen demjenigen desjenigen solche solcher solches solchen all alle allen jede jeder jedes jeden jedem
keine keiner keines keinen keinem""".split())
RESPECTIVE_MARKERS = frozenset({"beziehungsweise", "bzw.", "respektive"})

# personal pronouns that can be the subject (nominative) of a clause they open: "und sie wächst"
NOMINATIVE_PRONOUNS = frozenset("ich du er sie es wir ihr".split())
# pronouns that may be a clause's subject (nominative only: not "ihm", "ihn"), and articles that may open one
SUBJECT_PRONOUNS = NOMINATIVE_PRONOUNS | frozenset("man das dies jemand niemand".split())
NOMINATIVE_ARTICLES = frozenset("der die das ein eine".split())
# conjunctions that join phrases or clauses of one kind
COORDINATORS = frozenset({"und", "oder", "sowie"})
# the speaker's own words: outside quotation marks they need a speaker to mean anything
FIRST_PERSON = frozenset("ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren "
                         "unserem unserer unseres".split())

# heads of attributing phrases that name no source: "den Angaben zufolge", "laut Berichten"
UNNAMED_SOURCES = frozenset({"angaben", "informationen", "berichten", "aussagen", "schätzungen", "auskunft",
                             "aussage", "darstellung"})

# words that mark reported speech continuing from an earlier attribution
CONTINUATION_ADVERBS = frozenset({"demnach", "demzufolge", "zufolge"})
# adverbs by which an indefinite frame chains itself to the report before it: "heisst es weiter", "hiess es zudem"
CHAINING_ADVERBS = frozenset("weiter weiters zudem ausserdem außerdem ferner überdies auch ebenfalls".split())
# words by which an indefinite frame places its words at another, earlier occasion than the report before it:
# "hiess es zuvor", "hiess es im Vorfeld", "hiess es damals"
EARLIER_OCCASION = frozenset("zuvor vorher vorab damals früher einst ursprünglich anfangs vorfeld".split())

# Konjunktiv II forms that no Präteritum shares: of sein, haben, werden and common strong verbs, and of the
# modals (whose Präteritum has no umlaut: "konnte" / "könnte")
SUBJUNCTIVE_II = frozenset("wäre wären hätte hätten würde würden gäbe gäben käme kämen".split())
MODAL_SUBJUNCTIVE_II = frozenset("könnte könnten müsste müssten dürfte dürften".split())
# verbs whose bare coordination means the whole that both ends span, not each alone ("Hier wird das Spiel gewonnen
# und verloren": here it is decided; "Die Kurse sind gestiegen und gefallen": they moved): one claim each would be
# false
OPPOSITE_VERBS = frozenset(frozenset(pair.split("/")) for pair in """gewinnen/verlieren steigen/fallen steigen/sinken
zunehmen/abnehmen auftauchen/verschwinden""".split())
# modals whose infinitive, after another infinitive, closes a perfect ("hätte kommen sollen", "hat nicht helfen
# können"): the form of their plural present, which the tagger reads as finite
MODAL_INFINITIVES = frozenset("sollen können müssen dürfen wollen".split())

# nouns of fixed phrases with "im" that name no place a "wo" could refer to ("hatte X im Auge, wo …": "wo"
# relates to X)
IDIOM_PLACE_NOUNS = frozenset("auge blick visier griff kopf sinn herzen rücken nacken".split())

# the informal second person: the author addressing the reader ("Du weisst, wovon die Rede ist") states nothing
# an annotator could check
SECOND_PERSON = frozenset("du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer".split())

# verbs that report only as a frame after what they report ("…, schätzt X.", "…, beobachtet X.", "…, freute
# sich X.", "«…», ruft X."): before an object they mean something else ("X schätzt die Werte der Kultur", "X
# ruft zu Spenden auf")
TRAILING_FRAME_VERBS = frozenset("""schätzen beobachten freuen ärgern wundern jubeln klagen stöhnen schwärmen
seufzen lachen berechnen errechnen ermitteln herausfinden erinnern rufen schreien flüstern murmeln scherzen witzeln
schimpfen poltern""".split())

# nouns with no singular: "die Eltern kamen", never "kam"
PLURALIA_TANTUM = frozenset("""leute eltern geschwister kosten ferien einkünfte lebensmittel personalien
spesen trümmer zinsen alpen usa niederlande philippinen malediven seychellen""".split())

# the feminine nouns in -er (also closing a compound: "Handelskammer", "Mehrwertsteuer"): "die Mutter" is one;
# any other noun in -er, -chen or -lein after "die" is a masculine or neuter noun in the plural ("die Lehrer",
# "die Fenster", "die Mädchen")
FEMININE_ER_NOUNS = ("mutter", "tochter", "schwester", "butter", "feder", "leber", "mauer", "steuer", "nummer",
                     "kammer", "feier", "trauer", "dauer", "ader", "folter", "schulter", "klammer", "oper", "faser",
                     "wimper", "elster", "kiefer", "gier", "zier", "scheuer", "leier", "ziffer", "auster", "natter",
                     "otter", "leiter", "power", "order", "börse")

# nouns of a change in amount, which restate a number after a comma ("stiegen um 5 Prozent, ein Plus von 2 Prozent")
CHANGE_NOUNS = frozenset("plus minus anstieg rückgang zuwachs zunahme abnahme steigerung einbruch".split())

# the second word of "nicht nur", "nicht bloss": a promise that "sondern (auch)" keeps ("nicht einmal" negates)
NOT_ONLY = frozenset({"nur", "bloss", "bloß", "allein"})

# determiners of the genitive alone: a phrase they open is no subject ("und eines Schülers hatten": an attribute)
GENITIVE_ONLY_DETERMINERS = frozenset("des eines mehrerer vieler einiger beider zweier dreier".split())
# determiners of a genitive attribute after its noun ("die Apps mehrerer Kollegen und eines Schülers")
GENITIVE_DETERMINERS = GENITIVE_ONLY_DETERMINERS | {"der", "einer", "aller"}

# endings of source nouns that tell their gender, for a genitive "des X(e)s" turned nominative: "des
# Gesundheitsministeriums" → "das Gesundheitsministerium", "des Branchenverbands" → "der Branchenverband"
GENITIVE_GENDERS = {"kanton": "m", "ministerium": "n", "amt": "n", "institut": "n", "spital": "n", "krankenhaus": "n",
                    "unternehmen": "n", "zentrum": "n", "gericht": "n", "büro": "n", "komitee": "n",
                    "verband": "m", "konzern": "m", "senat": "m", "vorstand": "m", "sprecher": "m", "verein": "m",
                    "bericht": "m", "dienst": "m", "rat": "m", "bund": "m", "minister": "m", "präsident": "m",
                    "direktor": "m", "leiter": "m", "chef": "m", "blatt": "n", "portal": "n", "magazin": "n",
                    "gutachten": "n", "papier": "n", "dokument": "n", "schreiben": "n", "kreis": "m",
                    "entwurf": "m", "antrag": "m", "brief": "m", "report": "m", "urteil": "n", "werk": "n",
                    "kommissariat": "n", "mitglied": "n", "meister": "m", "arzt": "m", "spiegel": "m",
                    "ressort": "n", "veranstalter": "m", "betreiber": "m", "hersteller": "m", "anbieter": "m",
                    "interview": "n", "monitor": "m", "ansuchen": "n", "plan": "m"}

# nouns that announce, before a colon, what is imagined, planned, supposed or one reading of the facts: "Das
# Szenario: …", "Eine mögliche Interpretation: …" state no fact
IMAGINED_NOUNS = frozenset("""szenario szenarium annahme these hypothese vision traum theorie idee vorstellung
gedankenspiel fiktion utopie planspiel interpretation deutung vermutung spekulation mutmassung mutmaßung verdacht
befürchtung prognose vorschlag kalkül hoffnung absicht strategie plan wunsch""".split())
# nouns of what people believe of someone ("verdankt er seinem Image: Er steht für Sicherheit"): what follows
# their colon is the belief, not a fact
REPUTATION_NOUNS = frozenset("image ruf klischee vorurteil mythos legende selbstbild nimbus".split())
# nouns that announce, before a colon, what someone professes or repeats, not what the author states: "Sie
# wiederholen das Mantra der Koalition: Die Regierung ist stabil."
PROFESSED_NOUNS = frozenset("""mantra motto slogan parole devise credo losung behauptung narrativ lesart
glaubenssatz""".split())
# nouns of a message someone sends or a stand someone takes, before a colon that gives its words: "Seine
# Botschaft an die Gäste: Es gibt kein Recht auf X", "Die Forderung der Bauern ist klar: …"
MESSAGE_NOUNS = frozenset("""botschaft forderung forderungen appell antwort warnung mahnung ansage aufforderung
bitte empfehlung ratschlag kritik vorwurf vorwürfe argument position standpunkt meinung ansicht überzeugung
einschätzung fazit versprechen zusage drohung""".split())
# nouns of words someone said or wrote, which a bracket after them quotes ("mit spitzen Sätzen (Das Geld ist
# sicher)"): the quoted words, not the author's statement
WORDING_NOUNS = PROFESSED_NOUNS | frozenset("""satz sätze sätzen wort worte worten zitat zitate zitaten spruch sprüche
sprüchen aussage aussagen dialog dialoge dialogen zeile zeilen titel titeln überschrift überschriften schlagzeile
schlagzeilen pointe pointen""".split())

# units whose amounts add up to one quantity when listed ("20 Franken und 30 Rappen", "2 Stunden und 15
# Minuten"): a list of them is one amount, not one claim per unit
MEASURE_UNITS = frozenset("""franken rappen euro cent dollar pfund stunde stunden minute minuten sekunde sekunden
jahr jahre jahren monat monate monaten woche wochen tag tage tagen meter zentimeter millimeter kilometer kilogramm
kilo gramm tonne tonnen liter""".split())
# verbs that hardly go without an accusative object: a second conjunct "hat X gekauft und an Y weitergegeben" with
# none of its own takes the first one's, so it cannot stand alone
ACCUSATIVE_VERBS = frozenset("""bringen senden schicken machen veranlassen verkaufen kaufen veröffentlichen
übergeben weitergeben zurückgeben abgeben verteilen festnehmen verhaften befragen kontrollieren ersetzen erhöhen
senken verdoppeln verlängern bestätigen ablehnen verbieten präsentieren überweisen transportieren renovieren
sanieren überprüfen prüfen untersuchen behandeln informieren warnen verletzen töten entlassen teilen weiterleiten
übermitteln liefern""".split())
# infinitives that with "zu … geben" make a verb of saying ("gab zu bedenken", "gibt zu verstehen")
GIVEN_TO_SAY = frozenset({"bedenken", "verstehen", "erkennen"})
# the words that answer a "zwar" ("zwar A, aber B")
CONCESSION_ANSWERS = frozenset({"aber", "doch", "jedoch", "allerdings", "dennoch", "trotzdem", "dagegen", "hingegen",
                                "sondern"})
# interjections: sounds of surprise, regret or hesitation, which state nothing
INTERJECTIONS = frozenset("ah ach oh aha oje ojemine tja hm hmm na naja nanu pah uff hui hurra juhu autsch".split())
# adverbs that link a main clause to the sentence before and fill its prefield alone ("Trotzdem zieht die Firma
# eine gute Bilanz", "Zudem wurden drei Leute verletzt"): left out, the clause says the same, and it stands alone
PREFIELD_CONNECTIVES = frozenset("""trotzdem dennoch zudem außerdem ausserdem daher deshalb deswegen allerdings
jedoch gleichzeitig zugleich somit folglich überdies ferner stattdessen immerhin indes andererseits""".split())
# verbs without an accusative object (a dative, a prepositional object or none): their passive has no subject
# ("Für die Plattform wird geworben", "Ihm wurde geholfen"), so a passive conjunct of theirs shares none
SUBJECTLESS_PASSIVE_VERBS = frozenset("""helfen danken gratulieren widersprechen folgen antworten werben warten
arbeiten schlafen lachen tanzen streiten reden streiken demonstrieren protestieren forschen kämpfen jubeln
applaudieren drohen schaden rechnen verzichten zweifeln fahnden appellieren hoffen bangen zustimmen entsprechen
stattgeben nachgehen begegnen gedenken""".split())
# nouns that name a person by role or kind without a name ("der Angeklagte", "sein Mandant"): someone an age
# descriptor ("der 29-Jährige") may describe as well as a person the article named; the person's sex is the
# noun's ("-in" is a woman's) unless the noun is of either (then its article tells)
PERSON_NOUNS = frozenset("""mann frau junge mädchen kind angeklagte angeklagter angeklagten beschuldigte beschuldigter
verdächtige verdächtiger täter täterin opfer mandant mandantin patient patientin kläger klägerin fahrer fahrerin
lenker lenkerin nachbar nachbarin bewohner bewohnerin besucher besucherin passant passantin schüler schülerin
vater mutter sohn tochter bruder schwester ehemann ehefrau partner partnerin freund freundin""".split())
FEMININE_PERSON_NOUNS = frozenset("frau mädchen mutter tochter schwester ehefrau".split())
EPICENE_PERSON_NOUNS = frozenset("""kind opfer angeklagte angeklagten beschuldigte verdächtige""".split())
# nouns of a figure the text points to ("wie diese Grafik zeigt: …"): what follows the colon is the figure's
# title, no part of the sentence
FIGURE_NOUNS = frozenset("grafik grafiken infografik tabelle karte übersicht abbildung chart diagramm".split())
# nouns that govern a prepositional attribute of their own ("der Mord an X", "die Suche nach Y"), by preposition:
# right after such a noun the phrase belongs to it, so a clause put into main-clause order keeps it with its
# noun in the prefield ("nachdem der Mord an X Unruhen ausgelöst hatte" → "Der Mord an X hatte …")
GOVERNED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "an": frozenset("""mord morde kritik zweifel interesse beteiligung anteil mangel bedarf teilnahme anschluss
erinnerung glaube""".split()),
    "auf": frozenset("""angriff angriffe anschlag anschläge anspruch ansprüche hinweis hinweise antwort einfluss
auswirkungen jagd sicht aussicht recht""".split()),
    "nach": frozenset("suche forderung forderungen frage nachfrage ruf sehnsucht".split()),
    "gegen": frozenset("""protest proteste klage klagen kampf widerstand anklage verfahren ermittlungen sanktionen
impfung impfstoff demonstration demonstrationen""".split()),
    "über": frozenset("""debatte diskussion diskussionen streit bericht berichte gespräche verhandlungen
informationen entscheidung abstimmung""".split()),
    "um": frozenset("streit sorge sorgen kampf debatte wirbel rätsel".split()),
    "mit": frozenset("""treffen gespräch gespräche vertrag abkommen verhandlungen zusammenarbeit kontakt kontakte
umgang""".split()),
    "zu": frozenset("zugang stellungnahme beitrag rückkehr".split()),
}
# what is done to a person's body, which someone "lets" have done to them ("sie können sich impfen lassen"): the
# subject of "sich … lassen" with one of these is someone, as the subject of a verb of saying is
CARE_VERBS = frozenset("impfen testen behandeln operieren untersuchen beraten pflegen betreuen".split())

# Ujumbe wa kiolesura wa Kusoma, Kiswahili. (Kusoma's interface messages, Swahili.)

## Maelekezo ya zoezi (exercise instructions)

# "Listen. Which letter makes this sound?"
exercise-sound-to-grapheme = Sikiliza. Ni herufi gani inayotoa sauti hii?
# "Look at the letter. Which sound does it make?"
exercise-grapheme-to-sound = Tazama herufi. Inatoa sauti gani?
# "Listen. Which word did you hear?"
exercise-word-to-written = Sikiliza. Umesikia neno gani?
# "Read the word. Which picture shows it?"
exercise-word-to-picture = Soma neno. Ni picha gani inayolionyesha?
# "Listen. Build the word from the pieces."
exercise-build-word = Sikiliza. Unda neno kwa vipande.
# "Read the sentence, then answer the question."
exercise-sentence-question = Soma sentensi, kisha ujibu swali.

## Majibu (feedback)

# "Well done!"
feedback-correct = Hongera!
# "Not yet. The answer is …"
feedback-wrong = Bado. Jibu ni { $answer }.
# "You have learned …!"
feedback-mastered = Umejifunza { $skill }!
# "You finished the unit … . A new unit is open."
feedback-unit-done = Umemaliza somo { $unit }. Somo jipya limefunguliwa.

## Kiolesura cha terminal (the terminal learner)

shell-welcome = Karibu Kusoma.
# "Who is learning? Type a number."
shell-choose-learner = Nani anajifunza? Andika namba.
shell-new-learner = Mwanafunzi mpya
shell-ask-name = Jina lako ni nani?
shell-ask-pictures = Gusa picha zako 3: andika namba zake kuanzia 1 hadi 12, ukiacha nafasi kati yake.
shell-ask-pin = Andika PIN yako.
shell-wrong-secret = Si sahihi. Jaribu tena.
shell-locked = Wasifu huu umefungwa kwa muda. Muulize mwezeshaji wako.
shell-pass-phone = Mpe { $name } simu.
# "Which language do you want to read? Type a number."
shell-choose-pack = Unataka kusoma lugha gani? Andika namba.
shell-listen = Sikiliza: { $text }
shell-read = Soma: { $text }
shell-question = Swali: { $text }
shell-picture = picha { $picture }
shell-sound = sauti "{ $text }"
shell-answer-choice = Andika namba ya jibu lako.
# "Type the numbers of the pieces in order, with spaces between them."
shell-answer-tiles = Andika namba za vipande kwa mpangilio, na nafasi kati yake.
shell-not-understood = Tafadhali andika namba kuanzia 1 hadi { $max }.
shell-no-speech = espeak-ng haijasakinishwa, kwa hiyo sauti zinaonyeshwa kama maandishi.
# "Progress of … in …"
shell-progress-title = Maendeleo ya { $name } katika { $pack }
# "…: … of … letters learned"
shell-unit-line = { $unit }: herufi { $mastered } kati ya { $total } zimejifunzwa
shell-unit-open = unajifunza sasa
shell-unit-done = imekamilika
# "You answered … of … exercises correctly."
shell-session-summary = Umejibu sawa { $correct } kati ya { $total ->
    [one] zoezi { $total }
   *[other] mazoezi { $total }
}.
# "… exercises in … sessions, … correct."
shell-totals = { $attempts ->
    [one] Zoezi { $attempts }
   *[other] Mazoezi { $attempts }
} katika { $sessions ->
    [one] kipindi { $sessions }
   *[other] vipindi { $sessions }
}, { $correct } sahihi.
# "Goodbye. Your progress is saved."
shell-goodbye = Kwaheri. Maendeleo yako yamehifadhiwa.

## The touch screens of the apps: short labels beside their icons.
app-choose-profile = Nani anajifunza? Gusa picha yako.
app-picture-login = Gusa picha zako 3.
app-start-session = Anza
app-replay = Sikiliza tena
app-play-sound = Sikiliza
app-check = Angalia
app-next = Endelea
app-start-again = Anza upya
app-finish = Acha
app-summary-title = Hongera!
app-settings = Mipangilio
app-interface-language = Lugha
app-back = Rudi
app-home = Nyumbani

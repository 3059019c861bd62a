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
# "Piece … is there twice; use each piece once."
shell-tile-repeated = Kipande { $tile } kimeandikwa mara mbili; tumia kila kipande mara moja tu.
# "That is not one of the answers. Type its number, from 1 to …"
shell-no-such-choice = Hilo si mojawapo ya majibu. Andika namba yake, kuanzia 1 hadi { $max }.
# "Type q and press Enter to stop at any time; your progress is kept."
shell-quit-hint = Andika q kisha ubonyeze Enter kuacha wakati wowote; maendeleo yako yanahifadhiwa.
# "A short test first: … letters at most. Answer what you know; the test stops after three
# misses in a row. The letters you know let you skip the units that teach them."
shell-placement-intro = Kwanza jaribio fupi: herufi { $count } au chache zaidi. Jibu unachokijua; jaribio linaisha baada ya makosa matatu mfululizo. Herufi unazozijua zitakuruhusu kuruka masomo yanayozifundisha.
# "You already know one unit / … units: …. You start after it / them."
shell-placement-result = { $count ->
    [one] Tayari unajua somo moja: { $units }. Utaanza baada yake.
   *[other] Tayari unajua masomo { $count }: { $units }. Utaanza baada ya masomo hayo.
}
# "You start at the beginning of the course."
shell-placement-none = Utaanza mwanzo wa kozi.
shell-no-speech = espeak-ng haijasakinishwa, kwa hiyo sauti zinaonyeshwa kama maandishi.
# "Progress of … in …"
shell-progress-title = Maendeleo ya { $name } katika { $pack }
# "…: … of … letters learned"
shell-unit-line = { $unit }: herufi { $mastered } kati ya { $total } zimejifunzwa
shell-unit-open = unajifunza sasa
shell-unit-done = imekamilika
# "{ $count } (letters) to confirm on another day"
shell-unit-checking = { $count } za kuthibitisha siku nyingine
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
# "I know some letters" (starts the placement test)
app-placement = Ninajua herufi kadhaa
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

## Skrini za programu: wasifu, vikundi, tathmini na ripoti (the app screens: profiles, groups, assessments and reports)

# "New learner"
app-new-learner = Mwanafunzi mpya
# "… · …" (name · pack)
app-home-title = { $name } · { $pack }
# "Learning now" (literally: "you are learning now")
app-unit-open = Unajifunza sasa
# "Done" (literally: "it is complete")
app-unit-done = Imekamilika
# "… of … right in … sessions" (literally: "You answered … of … exercises right, in … sessions")
app-totals = Umejibu sawa { $correct } kati ya { $attempts ->
    [one] zoezi { $attempts }
   *[other] mazoezi { $attempts }
}, katika { $sessions ->
    [one] kipindi { $sessions }
   *[other] vipindi { $sessions }
}
# "…" (the question itself)
app-question = { $text }
# "See you soon!" (literally: "We will see each other!")
app-goodbye = Tutaonana!
# "Type your secret number."
app-pin-login = Andika namba yako ya siri.
# "Delete"
app-pin-delete = Futa
# "Exit"
app-quick-exit = Toka
# "Lock"
app-lock = Funga
# "Discreet mode: plain name and icon, nothing in notifications" (literally: "Privacy mode: an
# ordinary name, an ordinary icon, nothing in the notifications")
app-discreet-mode = Hali ya faragha: jina la kawaida, ikoni ya kawaida, hakuna kitu kwenye arifa
# "Add a language from a file"
app-install-pack = Ongeza lugha kutoka kwenye faili
# "… is ready." (literally: "The language is ready: …", so that nothing has to agree with the name)
app-pack-installed = Lugha iko tayari: { $pack }.
# "This file is not a Kusoma language: …"
app-pack-refused = Faili hii si lugha ya Kusoma: { $reason }
# "The name … is already on this phone. Add something to tell the two apart, such as a family name or a village."
app-name-taken = Jina { $name } lipo tayari kwenye simu hii. Ongeza kitu cha kuwatofautisha, kama jina la ukoo au kijiji.
# "This phone has no voice for … . Please read the words aloud."
app-no-voice = Simu hii haina sauti ya { $language }. Tafadhali soma maneno kwa sauti.
# "Facilitator"
app-facilitator = Mwezeshaji
# "…, type your PIN."
app-facilitator-pin = { $name }, andika PIN yako.
# "New facilitator"
app-new-facilitator = Mwezeshaji mpya
# "Name"
app-name = Jina
# "Wrong PIN. Try again." (literally: "The PIN is not right.")
app-wrong-pin = PIN si sahihi. Jaribu tena.
# "Groups"
app-groups = Vikundi
# "New group"
app-new-group = Kikundi kipya
# "… learner(s)"
app-group-size = { $count ->
    [one] Mwanafunzi { $count }
   *[other] Wanafunzi { $count }
}
# "Add learners"
app-add-learners = Ongeza wanafunzi
# "Start a group session"
app-group-session = Anza kipindi cha kikundi
# "Touch anyone who is absent." (literally: "Touch every person who is not here.")
app-attendance = Gusa kila mtu ambaye hayupo.
# "Here" (literally: "is here")
app-present = Yupo
# "Absent" (literally: "is not here")
app-absent = Hayupo
# "Pass the phone after … exercise(s)"
app-turn-rule = Pitisha simu baada ya { $count ->
    [one] zoezi { $count }
   *[other] mazoezi { $count }
}
# "Start my turn"
app-turn-start = Anza zamu yangu
# "Turn …" (ya + a number is the ordinal: "the third turn")
app-turn-number = Zamu ya { $number }
# "End the session"
app-end-group-session = Maliza kipindi
# "Notes"
app-notes = Maelezo
# "Assess"
app-assess = Tathmini
# "Letter sounds"
app-subtask-letter-sounds = Sauti za herufi
# "Familiar words"
app-subtask-familiar-words = Maneno yanayofahamika
# "Made-up words"
app-subtask-nonwords = Maneno ya kubuni
# "Reading a story"
app-subtask-oral-reading = Kusoma hadithi
# "Questions about the story"
app-subtask-comprehension = Maswali kuhusu hadithi
# "Reading level (ASER)"
app-subtask-aser = Kiwango cha kusoma (ASER)
# "Touch each item read wrongly."
app-grid-hint = Gusa kila kipengele kilichosomwa vibaya.
# "Start the clock"
app-grid-start = Anzisha saa
# "Stop"
app-grid-stop = Simamisha
# "… second(s) left" (sekunde is class 9/10: imebaki for one, zimebaki for more)
app-time-left = { $seconds ->
    [one] Imebaki sekunde { $seconds }
   *[other] Zimebaki sekunde { $seconds }
}
# "Time is up. Touch the last item read."
app-mark-last = Muda umekwisha. Gusa kipengele cha mwisho kilichosomwa.
# "The first … were all wrong. You may stop."
app-autostop = { $count ->
    [one] Kipengele cha kwanza kimekosewa. Unaweza kuacha.
   *[other] Vipengele { $count } vya kwanza vyote vimekosewa. Unaweza kuacha.
}
# "… of … right: … a minute"
app-result = Sahihi { $correct } kati ya { $attempted }: { $per_minute } kwa dakika
# "Report"
app-report = Ripoti
# "Attendance: …%"
app-attendance-rate = Mahudhurio: { $percent }%
# "Needs help" (literally: "Those who need help")
app-needs-help = Wanaohitaji msaada
# "Has not started"
app-help-not-started = Hajaanza
# "No practice for … day(s)" (literally: "… days without practice"; siku does not change)
app-help-stalled = Siku { $days } bila mazoezi
# "Right only …% of the time" (literally: "Right answers are only …%")
app-help-struggling = Majibu sahihi ni { $percent }% tu
# "Hardest items"
app-hardest-items = Vipengele vigumu zaidi
# "…: … of … right"
app-item-line = { $label }: sahihi { $correct } kati ya { $attempts }
# "Save"
app-save = Hifadhi
# "Exercises each week"
app-weekly = Mazoezi kila wiki
app-count = { $count }
# "day/month" under a weekly bar
app-week-of = { $day }/{ $month }
# "… of …" (sessions attended of held)
app-attended-of = { $attended } kati ya { $held }
# "Right …% of the time lately" (literally: "Correct …% recently")
app-accuracy = Sahihi asilimia { $percent } hivi karibuni
# "Assessments"
app-assessments = Tathmini
# "Ask each question about the text that was read. Touch ✓ or ✗ for the answer."
app-comprehension = Uliza kila swali kuhusu maandishi yaliyosomwa. Gusa ✓ au ✗ kwa jibu.
# "Letters read right, out of …"
app-aser-letters = Herufi zilizosomwa sawa, kati ya { $shown }
# "Words read right, out of …"
app-aser-words = Maneno yaliyosomwa sawa, kati ya { $shown }
# "Mistakes in the paragraph"
app-aser-paragraph = Makosa katika aya
# "Mistakes in the story"
app-aser-story = Makosa katika hadithi
# "Not read"
app-aser-not-read = Haikusomwa
# "Reading level: …"
app-aser-level = Kiwango cha kusoma: { $level }
# "Beginning"
app-aser-level-beginner = Mwanzo
# "Letters"
app-aser-level-letter = Herufi
# "Words"
app-aser-level-word = Maneno
# "Paragraph"
app-aser-level-paragraph = Aya
# "Story"
app-aser-level-story = Hadithi

# Messages de l’interface de Kusoma, français. (Kusoma's interface messages, French.)
# Vouvoiement ; tournures neutres quand c’est possible (neutral wording where possible).
# Les espaces avant « : ? ! » et à l’intérieur des guillemets sont insécables (U+00A0).
# (The spaces before : ? ! and inside « » are no-break spaces.)

## Consignes des exercices, dites à la personne qui apprend (exercise instructions, spoken to the learner)

# "Listen. Which letter makes this sound?"
exercise-sound-to-grapheme = Écoutez. Quelle lettre fait ce son ?
# "Look at the letter. Which sound does it make?"
exercise-grapheme-to-sound = Regardez la lettre. Quel son fait-elle ?
# "Listen. Which word did you hear?"
exercise-word-to-written = Écoutez. Quel mot avez-vous entendu ?
# "Read the word. Which picture shows it?"
exercise-word-to-picture = Lisez le mot. Quelle image le montre ?
# "Listen. Build the word from the pieces."
exercise-build-word = Écoutez. Formez le mot avec les morceaux.
# "Read the sentence, then answer the question."
exercise-sentence-question = Lisez la phrase, puis répondez à la question.

## Après une réponse (feedback after an answer)

# "Well done!"
feedback-correct = Bravo !
# "Not yet. The answer is …" (literally: "Not quite. The right answer is …")
feedback-wrong = Pas tout à fait. La bonne réponse est { $answer }.
# "You have learned …!"
feedback-mastered = Vous avez appris { $skill } !
# "You finished the unit … . A new unit is open." (leçon = lesson, used for "unit" throughout)
feedback-unit-done = Vous avez terminé la leçon { $unit }. Une nouvelle leçon est ouverte.

## Le terminal (the terminal learner)

shell-welcome = Bienvenue dans Kusoma.
# "Who is learning? Type a number."
shell-choose-learner = Qui apprend ? Tapez un numéro.
# "New learner" (literally: "New person", which needs no gender)
shell-new-learner = Nouvelle personne
shell-ask-name = Comment vous appelez-vous ?
shell-ask-pictures = Touchez vos 3 images : tapez leurs numéros de 1 à 12, séparés par des espaces.
shell-ask-pin = Tapez votre code PIN.
shell-wrong-secret = Ce n’est pas correct. Réessayez.
shell-locked = Ce profil est bloqué pour un moment. Demandez à la personne qui anime le groupe.
shell-pass-phone = Passez le téléphone à { $name }.
# "Which language do you want to read? Type a number." (literally: "In which language …")
shell-choose-pack = Dans quelle langue voulez-vous lire ? Tapez un numéro.
shell-listen = Écoutez : { $text }
shell-read = Lisez : { $text }
shell-question = Question : { $text }
# "picture …"
shell-picture = image { $picture }
# "sound "…""
shell-sound = son « { $text } »
shell-answer-choice = Tapez le numéro de votre réponse.
# "Type the numbers of the pieces in order, with spaces between them."
shell-answer-tiles = Tapez les numéros des morceaux dans l’ordre, séparés par des espaces.
shell-not-understood = Veuillez taper un numéro de 1 à { $max }.
# "Piece … is there twice; use each piece once."
shell-tile-repeated = Le morceau { $tile } y est deux fois ; utilisez chaque morceau une seule fois.
# "That is not one of the answers. Type its number, from 1 to …"
shell-no-such-choice = Ce n’est pas l’une des réponses. Tapez son numéro, de 1 à { $max }.
# "Type q and press Enter to stop at any time; your progress is kept."
shell-quit-hint = Tapez q puis Entrée pour arrêter à tout moment ; vos progrès sont conservés.
# "A short test first: … letters at most. Answer what you know; the test stops after three
# misses in a row. The letters you know let you skip the units that teach them."
shell-placement-intro = D’abord un petit test : { $count } lettres au plus. Répondez à ce que vous savez ; le test s’arrête après trois erreurs de suite. Les lettres que vous connaissez vous font passer les unités qui les enseignent.
# "You already know one unit / … units: …. You start after it / them."
shell-placement-result = { $count ->
    [one] Vous connaissez déjà une unité : { $units }. Vous commencez après elle.
   *[other] Vous connaissez déjà { $count } unités : { $units }. Vous commencez après elles.
}
# "You start at the beginning of the course."
shell-placement-none = Vous commencez au début du cours.
shell-no-speech = espeak-ng n’est pas installé, donc les sons sont affichés sous forme de texte.
# "Progress of … in …" (name first, so that "de" never needs to become "d’")
shell-progress-title = { $name } : progrès en { $pack }
# "…: … of … letters learned" (literally: "…: … letters learned out of …").
# [one] covers 0 and 1 in French; [many] (1000000, …) is the same as [other].
shell-unit-line = { $unit } : { $mastered ->
    [one] { $mastered } lettre apprise
    [many] { $mastered } lettres apprises
   *[other] { $mastered } lettres apprises
} sur { $total }
# "now learning"
shell-unit-open = en cours
# "done" (feminine, agreeing with "leçon")
shell-unit-done = terminée
# "{ $count } to confirm another day"
shell-unit-checking = { $count } à confirmer un autre jour
# "You answered … of … exercises correctly." (literally: "You answered … exercises out of …
# correctly"; the noun follows $correct, so the selector is on $correct)
shell-session-summary = Vous avez bien répondu à { $correct ->
    [one] { $correct } exercice
    [many] { $correct } exercices
   *[other] { $correct } exercices
} sur { $total }.
# "… exercises in … sessions, … correct." (literally: "… exercises in … sessions, … right answers")
shell-totals = { $attempts ->
    [one] { $attempts } exercice
    [many] { $attempts } exercices
   *[other] { $attempts } exercices
} en { $sessions ->
    [one] { $sessions } séance
    [many] { $sessions } séances
   *[other] { $sessions } séances
}, { $correct ->
    [one] { $correct } bonne réponse
    [many] { $correct } bonnes réponses
   *[other] { $correct } bonnes réponses
}.
shell-goodbye = Au revoir. Vos progrès sont enregistrés.

## The touch screens of the apps: short labels beside their icons.
app-choose-profile = Qui apprend ? Touchez votre image.
app-picture-login = Touchez vos 3 images.
app-start-session = Commencer
app-placement = Je connais des lettres
app-replay = Réécouter
app-play-sound = Écouter
app-check = Vérifier
app-next = Suivant
app-start-again = Recommencer
app-finish = Arrêter
app-summary-title = Bravo !
app-settings = Réglages
app-interface-language = Langue
app-back = Retour
app-home = Accueil

## Écrans de l’application : profils, groupes, évaluations et rapports (the app screens: profiles, groups, assessments and reports)

# "New learner" (literally: "New person", which needs no gender)
app-new-learner = Nouvelle personne
# "… · …" (name · pack)
app-home-title = { $name } · { $pack }
# "Learning now" (literally: "in progress")
app-unit-open = En cours
# "Done" (feminine, agreeing with "leçon")
app-unit-done = Terminée
# "… of … right in … sessions" (literally: "… right answers out of … in … sessions";
# the noun follows $correct, so the selector is on $correct)
app-totals = { $correct ->
    [one] { $correct } bonne réponse
    [many] { $correct } bonnes réponses
   *[other] { $correct } bonnes réponses
} sur { $attempts } en { $sessions ->
    [one] { $sessions } séance
    [many] { $sessions } séances
   *[other] { $sessions } séances
}
# "…" (the question itself)
app-question = { $text }
# "See you soon!"
app-goodbye = À bientôt !
# "Type your secret number." (literally: "Type your secret code.")
app-pin-login = Tapez votre code secret.
# "Delete" (literally: "Erase")
app-pin-delete = Effacer
# "Exit"
app-quick-exit = Quitter
# "Lock"
app-lock = Verrouiller
# "Discreet mode: plain name and icon, nothing in notifications"
app-discreet-mode = Mode discret : nom et icône neutres, rien dans les notifications
# "Add a language from a file"
app-install-pack = Ajouter une langue depuis un fichier
# "… is ready." (masculine, as the name of a language is)
app-pack-installed = { $pack } est prêt.
# "This file is not a Kusoma language: …"
app-pack-refused = Ce fichier n’est pas une langue pour Kusoma : { $reason }
# "The name … is already on this phone. Add something to tell the two apart, for example a family name or a village."
app-name-taken = Le nom { $name } est déjà sur ce téléphone. Ajoutez de quoi distinguer les deux, par exemple un nom de famille ou un village.
# "This phone has no voice for … . Please read the words aloud." ("en", as in "en swahili")
app-no-voice = Ce téléphone n’a pas de voix en { $language }. Veuillez lire les mots à voix haute.
# "Facilitator" (literally: "Group facilitation", which needs no gender)
app-facilitator = Animation du groupe
# "…, type your PIN."
app-facilitator-pin = { $name }, tapez votre code PIN.
# "New facilitator" (literally: "New facilitation account", which needs no gender)
app-new-facilitator = Nouveau compte d’animation
# "Name"
app-name = Nom
# "Wrong PIN. Try again."
app-wrong-pin = Code PIN incorrect. Réessayez.
# "Groups"
app-groups = Groupes
# "New group"
app-new-group = Nouveau groupe
# "… learner(s)" (literally: "… person(s)", which needs no gender)
app-group-size = { $count ->
    [one] { $count } personne
    [many] { $count } personnes
   *[other] { $count } personnes
}
# "Add learners" (literally: "Add people")
app-add-learners = Ajouter des personnes
# "Start a group session"
app-group-session = Commencer une séance de groupe
# "Touch anyone who is absent." (literally: "Touch each absent person.")
app-attendance = Touchez chaque personne absente.
# "Here" (literally: "Presence", which needs no gender)
app-present = Présence
# "Absent" (literally: "Absence", which needs no gender)
app-absent = Absence
# "Pass the phone after … exercise(s)" (an infinitive, as for a rule)
app-turn-rule = Passer le téléphone après { $count ->
    [one] { $count } exercice
    [many] { $count } exercices
   *[other] { $count } exercices
}
# "Start my turn"
app-turn-start = Commencer mon tour
# "Turn …"
app-turn-number = Tour { $number }
# "End the session"
app-end-group-session = Terminer la séance
# "Notes"
app-notes = Notes
# "Assess"
app-assess = Évaluer
# "Letter sounds"
app-subtask-letter-sounds = Sons des lettres
# "Familiar words"
app-subtask-familiar-words = Mots familiers
# "Made-up words"
app-subtask-nonwords = Mots inventés
# "Reading a story"
app-subtask-oral-reading = Lecture d’une histoire
# "Questions about the story"
app-subtask-comprehension = Questions sur l’histoire
# "Reading level (ASER)"
app-subtask-aser = Niveau de lecture (ASER)
# "Touch each item read wrongly."
app-grid-hint = Touchez chaque élément mal lu.
# "Start the clock" (literally: "Start the stopwatch")
app-grid-start = Démarrer le chronomètre
# "Stop"
app-grid-stop = Arrêter
# "… second(s) left" (literally: "There remain … seconds")
app-time-left = Il reste { $seconds ->
    [one] { $seconds } seconde
    [many] { $seconds } secondes
   *[other] { $seconds } secondes
}
# "Time is up. Touch the last item read."
app-mark-last = Le temps est écoulé. Touchez le dernier élément lu.
# "The first … were all wrong. You may stop." (literally: "The first … items were all read wrongly.")
app-autostop = { $count ->
    [one] Le premier élément a été mal lu. Vous pouvez arrêter.
    [many] Les { $count } premiers éléments ont tous été mal lus. Vous pouvez arrêter.
   *[other] Les { $count } premiers éléments ont tous été mal lus. Vous pouvez arrêter.
}
# "… of … right: … a minute" (literally: "… right answers out of …: … per minute")
app-result = { $correct ->
    [one] { $correct } bonne réponse
    [many] { $correct } bonnes réponses
   *[other] { $correct } bonnes réponses
} sur { $attempted } : { $per_minute } par minute
# "Report"
app-report = Rapport
# "Attendance: …%"
app-attendance-rate = Présence : { $percent } %
# "Needs help"
app-needs-help = Besoin d’aide
# "Has not started" (literally: "Not started yet")
app-help-not-started = Pas encore commencé
# "No practice for … day(s)" (literally: "No exercise for …")
app-help-stalled = Pas d’exercice depuis { $days ->
    [one] { $days } jour
    [many] { $days } jours
   *[other] { $days } jours
}
# "Right only …% of the time" (literally: "Only …% right answers")
app-help-struggling = Seulement { $percent } % de bonnes réponses
# "Hardest items"
app-hardest-items = Éléments les plus difficiles
# "…: … of … right" (literally: "…: … right answers out of …")
app-item-line = { $label } : { $correct ->
    [one] { $correct } bonne réponse
    [many] { $correct } bonnes réponses
   *[other] { $correct } bonnes réponses
} sur { $attempts }
# "Save"
app-save = Enregistrer
# "Exercises each week"
app-weekly = Exercices par semaine
app-count = { $count }
# "day/month" under a weekly bar
app-week-of = { $day }/{ $month }
# "… of …" (sessions attended of held)
app-attended-of = { $attended } sur { $held }
# "Right …% of the time lately" (literally: "…% right answers lately")
app-accuracy = { $percent } % de bonnes réponses ces derniers temps
# "Assessments"
app-assessments = Évaluations
# "Ask each question about the text that was read. Touch ✓ or ✗ for the answer."
app-comprehension = Posez chaque question sur le texte lu. Touchez ✓ ou ✗ pour la réponse.
# "Letters read right, out of …"
app-aser-letters = Lettres lues correctement, sur { $shown }
# "Words read right, out of …"
app-aser-words = Mots lus correctement, sur { $shown }
# "Mistakes in the paragraph"
app-aser-paragraph = Erreurs dans le paragraphe
# "Mistakes in the story"
app-aser-story = Erreurs dans l’histoire
# "Not read"
app-aser-not-read = Pas lu
# "Reading level: …"
app-aser-level = Niveau de lecture : { $level }
# "Beginning (a noun, no gender)"
app-aser-level-beginner = Début
# "Letters"
app-aser-level-letter = Lettres
# "Words"
app-aser-level-word = Mots
# "Paragraph"
app-aser-level-paragraph = Paragraphe
# "Story"
app-aser-level-story = Histoire

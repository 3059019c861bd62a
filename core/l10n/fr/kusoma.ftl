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
shell-ask-pictures = Touchez vos 3 images : tapez leurs numéros de 1 à 12, séparés par des espaces.
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
app-choose-profile = Qui apprend ? Touchez votre image.
app-picture-login = Touchez vos 3 images.
app-start-session = Commencer
app-replay = Réécouter
app-play-sound = Écouter
app-check = Vérifier
app-next = Suivant
app-start-again = Recommencer
app-finish = Arrêter
app-summary-title = Bravo !
app-settings = Réglages
app-interface-language = Langue
app-back = Retour
app-home = Accueil

# The HTML reports of `kusoma report`, in this language (English glosses above each message;
# the header of cli/l10n/en/reports.ftl says why they live in the CLI).

## Rapports HTML de `kusoma report` (the HTML reports of `kusoma report`)
# "Nobody in this group needs help now." (literally: "… for the moment")
report-nobody-needs-help = Personne dans ce groupe n’a besoin d’aide pour l’instant.
# "Learner report: …" (literally: "Individual report")
report-learner-title = Rapport individuel : { $name }
# "Group report: …"
report-group-title = Rapport de groupe : { $name }
# "Programme report"
report-programme-title = Rapport du programme
# "Pack … · learner … · ASER: …" (pack as "language", as in app-install-pack)
report-learner-facts = Langue { $pack } · personne { $id } · ASER : { $level }
# "not assessed" (literally: "no assessment yet")
report-not-assessed = pas encore d’évaluation
# "Units learned: … of …; … more to confirm on a later day." (unit as "lesson", leçon)
report-learner-units = Leçons apprises : { $learned } sur { $units } ; encore { $provisional } à confirmer un autre jour.
# "Exercises: …, … right. Sessions: …. Time on task: … min. Recent accuracy: …."
report-learner-exercises = Exercices : { $attempts }, dont { $correct } justes. Séances : { $sessions }. Temps de travail : { $minutes } min. Réussite récente : { $accuracy }.
# "Exercises per week"
report-weekly = Exercices par semaine
# "Units" (lessons)
report-units = Leçons
# "Unit"
report-unit = Leçon
# "Letters"
report-letters = Lettres
# "Words"
report-words = Mots
# "learned" (of a lesson, feminine)
report-unit-learned = apprise
# "to confirm"
report-unit-to-confirm = à confirmer
# "learning" (literally: "in progress")
report-unit-learning = en cours
# "Struggles with" (literally: "Difficulties with")
report-struggles = Difficultés avec
# "… (… wrong of …)"
report-struggle = { $label } ({ $wrong } erreurs sur { $attempts })
# "nothing in particular"
report-no-struggles = rien de particulier
# "Assessments"
report-assessments = Évaluations
# "Date"
report-date = Date
# "Subtask" (literally: "Part of the test")
report-subtask = Épreuve
# "Right"
report-right = Justes
# "Per minute"
report-per-minute = Par minute
# "ASER"
report-aser = ASER
# "Learners: … · pack … · group sessions: … · attendance: …"
report-group-facts = Personnes : { $learners } · langue { $pack } · séances de groupe : { $sessions } · présence : { $attendance }
# "Needs help (…)"
report-needs-help = Besoin d’aide ({ $count })
# "Learner" (literally: "Person")
report-learner = Personne
# "Why"
report-why = Pourquoi
# "Misses" (literally: "Mistakes on")
report-misses = Erreurs sur
# "Hardest items"
report-hardest-items = Éléments les plus difficiles
# "Item"
report-item = Élément
# "Exercise"
report-exercise = Exercice
# "Attendance"
report-attendance = Présence
# "Learners" (literally: "People")
report-learners = Personnes
# "Attended" (literally: "Times present")
report-attended = Présences
# "Skills learned" (literally: "Skills acquired")
report-skills-learned = Compétences acquises
# "To confirm"
report-to-confirm = À confirmer
# "Recent" (accuracy lately)
report-recent = Récemment
# "Stalled: no exercise for 14 days. Struggling: under 60% right over the last 20 exercises."
report-help-note = À l’arrêt : aucun exercice depuis 14 jours. En difficulté : moins de 60 % de réponses justes sur les 20 derniers exercices.
# "Learners: … · attendance: …"
report-programme-facts = Personnes : { $learners } · présence : { $attendance }
# "ASER levels (latest)"
report-aser-levels = Niveaux ASER (les plus récents)
# "Letter sounds, correct per minute (latest), by gender"
report-letter-sounds-by-gender = Sons des lettres, justes par minute (le plus récent), par genre
# "Indicators"
report-indicators = Indicateurs
# "Gender"
report-gender = Genre
# "Age band" (literally: "Age group")
report-age-band = Tranche d’âge
# "all"
report-all = tous
# "unspecified" (literally: "not given")
report-unspecified = non précisé
# "female" (literally: "woman")
report-female = femme
# "male" (literally: "man")
report-male = homme
# "other"
report-other = autre
# "ASER assessed" (literally: "People assessed (ASER)")
report-aser-assessed = Personnes évaluées (ASER)
# "Letter sounds, correct per minute: first → latest"
report-letter-sounds-cpm = Sons des lettres, justes par minute : premier → dernier
# "Oral reading, words correct per minute: first → latest"
report-oral-reading-wcpm = Lecture à voix haute, mots justes par minute : premier → dernier

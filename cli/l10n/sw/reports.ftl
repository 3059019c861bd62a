# The HTML reports of `kusoma report`, in this language (English glosses above each message;
# the header of cli/l10n/en/reports.ftl says why they live in the CLI).

## Ripoti za HTML za `kusoma report` (the HTML reports of `kusoma report`)
# "Nobody in this group needs help now." (literally: "There is no one in this group who needs
# help for now")
report-nobody-needs-help = Hakuna mtu katika kikundi hiki anayehitaji msaada kwa sasa.
# "Learner report: …"
report-learner-title = Ripoti ya mwanafunzi: { $name }
# "Group report: …"
report-group-title = Ripoti ya kikundi: { $name }
# "Programme report"
report-programme-title = Ripoti ya mpango
# "Pack … · learner … · ASER: …" (pack as "language", as in app-install-pack)
report-learner-facts = Lugha { $pack } · mwanafunzi { $id } · ASER: { $level }
# "not assessed" (literally: "not yet assessed")
report-not-assessed = bado hajapimwa
# "Units learned: … of …; … more to confirm on a later day." (unit as "lesson", somo)
report-learner-units = Masomo aliyojifunza: { $learned } kati ya { $units }; { $provisional } zaidi ya kuthibitisha siku nyingine.
# "Exercises: …, … right. Sessions: …. Time on task: … min. Recent accuracy: …."
report-learner-exercises = Mazoezi: { $attempts }, sahihi { $correct }. Vipindi: { $sessions }. Muda wa kazi: dakika { $minutes }. Usahihi wa hivi karibuni: { $accuracy }.
# "Exercises per week"
report-weekly = Mazoezi kwa wiki
# "Units" (lessons)
report-units = Masomo
# "Unit"
report-unit = Somo
# "Letters"
report-letters = Herufi
# "Words"
report-words = Maneno
# "learned"
report-unit-learned = amejifunza
# "to confirm"
report-unit-to-confirm = ya kuthibitisha
# "learning" (literally: "learning now")
report-unit-learning = anajifunza sasa
# "Struggles with" (literally: "Has difficulty with")
report-struggles = Ana shida na
# "… (… wrong of …)"
report-struggle = { $label } (makosa { $wrong } kati ya { $attempts })
# "nothing in particular"
report-no-struggles = hakuna kitu maalum
# "Assessments"
report-assessments = Tathmini
# "Date"
report-date = Tarehe
# "Subtask" (literally: "Part of the test")
report-subtask = Sehemu ya jaribio
# "Right"
report-right = Sahihi
# "Per minute"
report-per-minute = Kwa dakika
# "ASER"
report-aser = ASER
# "Learners: … · pack … · group sessions: … · attendance: …"
report-group-facts = Wanafunzi: { $learners } · lugha { $pack } · vipindi vya kikundi: { $sessions } · mahudhurio: { $attendance }
# "Needs help (…)" (literally: "Those who need help")
report-needs-help = Wanaohitaji msaada ({ $count })
# "Learner"
report-learner = Mwanafunzi
# "Why"
report-why = Sababu
# "Misses" (literally: "Makes mistakes on")
report-misses = Anakosea
# "Hardest items"
report-hardest-items = Vipengele vigumu zaidi
# "Item"
report-item = Kipengele
# "Exercise"
report-exercise = Zoezi
# "Attendance"
report-attendance = Mahudhurio
# "Learners"
report-learners = Wanafunzi
# "Attended" (literally: "Was present")
report-attended = Alihudhuria
# "Skills learned"
report-skills-learned = Ujuzi aliojifunza
# "To confirm"
report-to-confirm = Ya kuthibitisha
# "Recent" (accuracy lately)
report-recent = Hivi karibuni
# "Stalled: no exercise for 14 days. Struggling: under 60% right over the last 20 exercises."
report-help-note = Amesimama: hakuna zoezi kwa siku 14. Ana shida: sahihi chini ya asilimia 60 katika mazoezi 20 ya mwisho.
# "Learners: … · attendance: …"
report-programme-facts = Wanafunzi: { $learners } · mahudhurio: { $attendance }
# "ASER levels (latest)"
report-aser-levels = Viwango vya ASER (vya karibuni)
# "Letter sounds, correct per minute (latest), by gender"
report-letter-sounds-by-gender = Sauti za herufi, sahihi kwa dakika (za karibuni), kwa jinsia
# "Indicators"
report-indicators = Viashiria
# "Gender"
report-gender = Jinsia
# "Age band" (literally: "Age group")
report-age-band = Kundi la umri
# "all"
report-all = wote
# "unspecified" (literally: "not stated")
report-unspecified = haijatajwa
# "female"
report-female = mwanamke
# "male"
report-male = mwanamume
# "other"
report-other = nyingine
# "ASER assessed" (literally: "Assessed with ASER")
report-aser-assessed = Waliopimwa kwa ASER
# "Letter sounds, correct per minute: first → latest"
report-letter-sounds-cpm = Sauti za herufi, sahihi kwa dakika: ya kwanza → ya karibuni
# "Oral reading, words correct per minute: first → latest"
report-oral-reading-wcpm = Kusoma kwa sauti, maneno sahihi kwa dakika: ya kwanza → ya karibuni

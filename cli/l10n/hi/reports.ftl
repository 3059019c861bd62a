# The HTML reports of `kusoma report`, in this language (English glosses above each message;
# the header of cli/l10n/en/reports.ftl says why they live in the CLI).

## `kusoma report` की HTML रिपोर्ट (the HTML reports of `kusoma report`)
# "Nobody in this group needs help now." (literally: "In this group, right now, nobody needs help")
report-nobody-needs-help = इस समूह में अभी किसी को मदद की ज़रूरत नहीं है।
# "Learner report: …"
report-learner-title = सीखने वाले की रिपोर्ट: { $name }
# "Group report: …"
report-group-title = समूह की रिपोर्ट: { $name }
# "Programme report"
report-programme-title = कार्यक्रम की रिपोर्ट
# "Pack … · learner … · ASER: …" (pack as "language", as in app-install-pack)
report-learner-facts = भाषा { $pack } · सीखने वाला { $id } · ASER: { $level }
# "not assessed" (literally: "no assessment yet")
report-not-assessed = अभी आकलन नहीं हुआ
# "Units learned: … of …; … more to confirm on a later day." (unit as "lesson", पाठ)
report-learner-units = सीखे गए पाठ: { $units } में से { $learned }; { $provisional } और की पुष्टि किसी और दिन होगी।
# "Exercises: …, … right. Sessions: …. Time on task: … min. Recent accuracy: …."
report-learner-exercises = अभ्यास: { $attempts }, { $correct } सही। सत्र: { $sessions }। अभ्यास में लगा समय: { $minutes } मिनट। हाल की सटीकता: { $accuracy }।
# "Exercises per week"
report-weekly = हर हफ़्ते के अभ्यास
# "Units" (lessons)
report-units = पाठ
# "Unit"
report-unit = पाठ
# "Letters"
report-letters = अक्षर
# "Words"
report-words = शब्द
# "learned"
report-unit-learned = सीख लिया
# "to confirm"
report-unit-to-confirm = पुष्टि बाकी
# "learning" (literally: "going on now")
report-unit-learning = अभी चल रहा है
# "Struggles with" (literally: "Difficulty with")
report-struggles = इनमें कठिनाई
# "… (… wrong of …)"
report-struggle = { $label } ({ $attempts } में से { $wrong } गलत)
# "nothing in particular"
report-no-struggles = कुछ ख़ास नहीं
# "Assessments"
report-assessments = आकलन
# "Date"
report-date = तारीख़
# "Subtask" (literally: "Part of the test")
report-subtask = परीक्षा का हिस्सा
# "Right"
report-right = सही
# "Per minute"
report-per-minute = प्रति मिनट
# "ASER"
report-aser = ASER
# "Learners: … · pack … · group sessions: … · attendance: …"
report-group-facts = सीखने वाले: { $learners } · भाषा { $pack } · समूह सत्र: { $sessions } · उपस्थिति: { $attendance }
# "Needs help (…)"
report-needs-help = मदद चाहिए ({ $count })
# "Learner"
report-learner = सीखने वाला
# "Why"
report-why = क्यों
# "Misses" (literally: "Mistakes in")
report-misses = इनमें गलती
# "Hardest items"
report-hardest-items = सबसे कठिन हिस्से
# "Item"
report-item = हिस्सा
# "Exercise"
report-exercise = अभ्यास
# "Attendance"
report-attendance = उपस्थिति
# "Learners"
report-learners = सीखने वाले
# "Attended" (literally: "Present")
report-attended = उपस्थित
# "Skills learned"
report-skills-learned = सीखे गए कौशल
# "To confirm"
report-to-confirm = पुष्टि बाकी
# "Recent" (accuracy lately)
report-recent = हाल में
# "Stalled: no exercise for 14 days. Struggling: under 60% right over the last 20 exercises."
report-help-note = रुका हुआ: 14 दिन से कोई अभ्यास नहीं। कठिनाई में: पिछले 20 अभ्यासों में 60% से कम सही।
# "Learners: … · attendance: …"
report-programme-facts = सीखने वाले: { $learners } · उपस्थिति: { $attendance }
# "ASER levels (latest)"
report-aser-levels = ASER स्तर (सबसे हाल के)
# "Letter sounds, correct per minute (latest), by gender"
report-letter-sounds-by-gender = अक्षरों की आवाज़ें, प्रति मिनट सही (सबसे हाल की), लिंग के अनुसार
# "Indicators"
report-indicators = संकेतक
# "Gender"
report-gender = लिंग
# "Age band" (literally: "Age group")
report-age-band = आयु वर्ग
# "all"
report-all = सभी
# "unspecified" (literally: "not stated")
report-unspecified = नहीं बताया
# "female"
report-female = महिला
# "male"
report-male = पुरुष
# "other"
report-other = अन्य
# "ASER assessed" (literally: "ASER assessment done")
report-aser-assessed = ASER आकलन हुआ
# "Letter sounds, correct per minute: first → latest"
report-letter-sounds-cpm = अक्षरों की आवाज़ें, प्रति मिनट सही: पहली बार → सबसे हाल में
# "Oral reading, words correct per minute: first → latest"
report-oral-reading-wcpm = बोलकर पढ़ना, प्रति मिनट सही शब्द: पहली बार → सबसे हाल में

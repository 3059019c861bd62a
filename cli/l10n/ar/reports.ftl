# The HTML reports of `kusoma report`, in this language (English glosses above each message;
# the header of cli/l10n/en/reports.ftl says why they live in the CLI).

## تقارير HTML من `kusoma report` (the HTML reports of `kusoma report`)
# "Nobody in this group needs help now."
report-nobody-needs-help = لا أحد في هذه المجموعة يحتاج إلى مساعدة الآن.
# "Learner report: …" (literally: "Report of: …", which needs no gender)
report-learner-title = تقرير: { $name }
# "Group report: …"
report-group-title = تقرير المجموعة: { $name }
# "Programme report"
report-programme-title = تقرير البرنامج
# "Pack … · learner … · ASER: …" (pack as "language", as in app-install-pack; learner as "profile")
report-learner-facts = اللغة { $pack } · الحساب { $id } · ASER: { $level }
# "not assessed" (literally: "no assessment yet")
report-not-assessed = لا تقييم بعد
# "Units learned: … of …; … more to confirm on a later day." (unit as "lesson", الدرس)
report-learner-units = الدروس المكتملة: { $learned } من أصل { $units }؛ ويبقى التأكّد من { $provisional } في يوم آخر.
# "Exercises: …, … right. Sessions: …. Time on task: … min. Recent accuracy: …." (each count
# after a colon, so that no noun agrees with the number)
report-learner-exercises = التمارين: { $attempts }، الصحيحة منها: { $correct }. الجلسات: { $sessions }. وقت التمرين بالدقائق: { $minutes }. نسبة الصواب مؤخرًا: { $accuracy }.
# "Exercises per week"
report-weekly = التمارين في كل أسبوع
# "Units" (lessons)
report-units = الدروس
# "Unit"
report-unit = الدرس
# "Letters"
report-letters = الحروف
# "Words"
report-words = الكلمات
# "learned" (literally: "complete")
report-unit-learned = مكتمل
# "to confirm" (literally: "awaiting confirmation")
report-unit-to-confirm = بانتظار التأكيد
# "learning" (literally: "the current lesson", as in app-unit-open)
report-unit-learning = الدرس الحالي
# "Struggles with" (literally: "Difficulties in", which needs no gender)
report-struggles = صعوبات في
# "… (… wrong of …)" (literally: "…: mistakes … of …")
report-struggle = { $label } (الأخطاء: { $wrong } من { $attempts })
# "nothing in particular"
report-no-struggles = لا شيء بعينه
# "Assessments"
report-assessments = التقييمات
# "Date"
report-date = التاريخ
# "Subtask" (literally: "Part of the test")
report-subtask = جزء الاختبار
# "Right" (literally: "Right answers")
report-right = الصحيحة
# "Per minute"
report-per-minute = في الدقيقة
# "ASER"
report-aser = ASER
# "Learners: … · pack … · group sessions: … · attendance: …" (learners as "people")
report-group-facts = الأشخاص: { $learners } · اللغة { $pack } · الجلسات الجماعية: { $sessions } · الحضور: { $attendance }
# "Needs help (…)"
report-needs-help = بحاجة إلى مساعدة ({ $count })
# "Learner" (literally: "Name", which needs no gender)
report-learner = الاسم
# "Why" (literally: "The reason")
report-why = السبب
# "Misses" (literally: "Mistakes in")
report-misses = أخطاء في
# "Hardest items"
report-hardest-items = أصعب البنود
# "Item"
report-item = البند
# "Exercise"
report-exercise = التمرين
# "Attendance"
report-attendance = الحضور
# "Learners" (literally: "People")
report-learners = الأشخاص
# "Attended" (literally: "Presence", as in app-present)
report-attended = الحضور
# "Skills learned" (literally: "Skills acquired")
report-skills-learned = المهارات المكتسبة
# "To confirm" (literally: "Awaiting confirmation")
report-to-confirm = بانتظار التأكيد
# "Recent" (literally: "Lately")
report-recent = مؤخرًا
# "Stalled: no exercise for 14 days. Struggling: under 60% right over the last 20 exercises."
# (literally: "Stopped: … Having difficulty: the share of right answers in the last 20 exercises
# is under 60%")
report-help-note = متوقّف: لا تمارين منذ 14 يومًا. في صعوبة: نسبة الإجابات الصحيحة في آخر 20 تمرينًا أقل من 60٪.
# "Learners: … · attendance: …" (learners as "people")
report-programme-facts = الأشخاص: { $learners } · الحضور: { $attendance }
# "ASER levels (latest)"
report-aser-levels = مستويات ASER (الأحدث)
# "Letter sounds, correct per minute (latest), by gender"
report-letter-sounds-by-gender = أصوات الحروف، الصحيحة في الدقيقة (الأحدث)، حسب الجنس
# "Indicators"
report-indicators = المؤشرات
# "Gender"
report-gender = الجنس
# "Age band" (literally: "Age group")
report-age-band = الفئة العمرية
# "all" (literally: "everyone")
report-all = الجميع
# "unspecified" (literally: "not stated")
report-unspecified = غير مذكور
# "female" (literally: "woman")
report-female = امرأة
# "male" (literally: "man")
report-male = رجل
# "other"
report-other = آخر
# "ASER assessed" (literally: "Assessed with ASER")
report-aser-assessed = من قُيِّموا بـ ASER
# "Letter sounds, correct per minute: first → latest"
report-letter-sounds-cpm = أصوات الحروف، الصحيحة في الدقيقة: الأول ← الأحدث
# "Oral reading, words correct per minute: first → latest"
report-oral-reading-wcpm = القراءة الجهرية، الكلمات الصحيحة في الدقيقة: الأول ← الأحدث

# رسائل واجهة Kusoma، العربية الفصحى. (Kusoma's interface messages, Modern Standard Arabic.)
# الخطاب للمؤنث (اِسْتَمِعِي، أَجَبْتِ)، أو صيغة محايدة حيث تكون طبيعية. الأفعال في أول التعليمات مشكولة.
# (Addressed to a woman, or neutral where natural; the verbs that open instructions carry harakat.)

## تعليمات التمارين، تُقال للمتعلّمة (exercise instructions, spoken to the learner)

# "Listen. Which letter makes this sound?" (literally: "Which letter has this sound?")
exercise-sound-to-grapheme = اِسْتَمِعِي. أيُّ حرفٍ له هذا الصوت؟
# "Look at the letter. Which sound does it make?" (literally: "What is its sound?")
exercise-grapheme-to-sound = اُنْظُرِي إلى الحرف. ما صوتُه؟
# "Listen. Which word did you hear?"
exercise-word-to-written = اِسْتَمِعِي. أيَّ كلمةٍ سَمِعْتِ؟
# "Read the word. Which picture shows it?"
exercise-word-to-picture = اِقْرَئِي الكلمة. أيُّ صورةٍ تُظهِرُها؟
# "Listen. Build the word from the pieces."
exercise-build-word = اِسْتَمِعِي. كَوِّنِي الكلمة من القِطَع.
# "Read the sentence, then answer the question."
exercise-sentence-question = اِقْرَئِي الجملة، ثم أَجِيبِي عن السؤال.

## بعد الإجابة (feedback after an answer)

# "Well done!"
feedback-correct = أَحْسَنْتِ!
# "Not yet. The answer is …" (literally: "Not quite. The right answer is …")
feedback-wrong = ليس تمامًا. الإجابة الصحيحة هي { $answer }.
# "You have learned …!"
feedback-mastered = لقد تَعَلَّمْتِ { $skill }!
# "You finished the unit … . A new unit is open." (literally: "… and a new lesson has been opened
# for you"; الدرس = lesson, used for "unit" throughout)
feedback-unit-done = لقد أَنْهَيْتِ الدرس { $unit }. وفُتِحَ لكِ درسٌ جديد.

## الطرفية (the terminal learner)

# "Welcome to Kusoma."
shell-welcome = أهلًا بكِ في Kusoma.
# "Who is learning? Type a number."
shell-choose-learner = مَن يتعلّم؟ اُكْتُبِي رقمًا.
# "New learner" (literally: "New person", which needs no gender)
shell-new-learner = شخص جديد
# "What is your name?"
shell-ask-name = ما اسمُكِ؟
# "Touch your 3 pictures: type their numbers from 1 to 12, with spaces between them."
shell-ask-pictures = اِلْمِسِي صُوَرَكِ الثلاث: اُكْتُبِي أرقامها من 1 إلى 12، وضَعِي مسافةً بين كل رقمين.
# "Type your PIN." (literally: "your secret number")
shell-ask-pin = اُكْتُبِي رقمَكِ السرّي.
# "That is not right. Try again."
shell-wrong-secret = هذا غير صحيح. حاوِلِي مرةً أخرى.
# "This profile is locked for a while. Ask your facilitator."
shell-locked = هذا الحساب مُقفَل لبعض الوقت. اِسْأَلِي المُيَسِّرة.
# "Pass the phone to …"
shell-pass-phone = أَعْطِي الهاتفَ إلى { $name }.
# "Which language do you want to read? Type a number." (literally: "In which language …")
shell-choose-pack = بأيِّ لغةٍ تريدين أن تقرئي؟ اُكْتُبِي رقمًا.
shell-listen = اِسْتَمِعِي: { $text }
shell-read = اِقْرَئِي: { $text }
shell-question = السؤال: { $text }
# "picture …"
shell-picture = صورة { $picture }
# "sound "…""
shell-sound = صوت «{ $text }»
# "Type the number of your answer."
shell-answer-choice = اُكْتُبِي رقم إجابتكِ.
# "Type the numbers of the pieces in order, with spaces between them."
shell-answer-tiles = اُكْتُبِي أرقام القِطَع بالترتيب، وضَعِي مسافةً بين كل رقمين.
# "Please type a number from 1 to …"
shell-not-understood = من فضلكِ، اُكْتُبِي رقمًا من 1 إلى { $max }.
# "Piece … is there twice; use each piece once."
shell-tile-repeated = القطعة { $tile } مكتوبة مرتين؛ اُكْتُبِي كل قطعة مرة واحدة فقط.
# "That is not one of the answers. Type its number, from 1 to …"
shell-no-such-choice = هذه ليست من الإجابات. اُكْتُبِي رقمها، من 1 إلى { $max }.
# "Type q and press Enter to stop at any time; your progress is kept."
shell-quit-hint = للتوقف في أي وقت، اُكْتُبِي q ثم اضغطي Enter؛ سيُحفَظ تقدّمكِ.
# "A short test first: … letters at most. Answer what you know; the test stops after three
# misses in a row. The letters you know let you skip the units that teach them." (the count
# as "its number of letters: … at most", so that no noun agrees with the number)
shell-placement-intro = أولًا اختبار قصير، عدد حروفه { $count } على الأكثر. أجيبي عمّا تعرفينه؛ يتوقف الاختبار بعد ثلاثة أخطاء متتالية. الحروف التي تعرفينها تتيح لكِ تخطّي الدروس التي تعلّمها.
# "You already know one unit / two units / … units: …. You start after it / them."
shell-placement-result = { $count ->
    [one] أنتِ تعرفين درسًا واحدًا: { $units }. ستبدئين بعده.
    [zero] لا تعرفين أيّ درس بعد. ستبدئين من بداية المنهج.
    [two] أنتِ تعرفين درسين: { $units }. ستبدئين بعدهما.
    [few] أنتِ تعرفين { $count } دروس: { $units }. ستبدئين بعدها.
    [many] أنتِ تعرفين { $count } درسًا: { $units }. ستبدئين بعدها.
   *[other] عدد الدروس التي تعرفينها { $count }: { $units }. ستبدئين بعدها.
}
# "You start at the beginning of the course."
shell-placement-none = ستبدئين من بداية المنهج.
# "espeak-ng is not installed, so sounds are shown as text." (starts with برنامج, "the
# program", so that the line begins with an Arabic letter and is laid out right to left)
shell-no-speech = برنامج espeak-ng غير مُثبَّت، لذلك تُعرَض الأصوات مكتوبةً.
# "Progress of … in …"
shell-progress-title = تقدُّم { $name } في { $pack }
# "…: … of … letters learned" (literally: "…: you learned … out of … letters").
# The counted noun follows $total: after من أصل it is genitive (حرفين for two),
# 3–10 take the plural حروف, 11–99 the accusative singular حرفًا, 100 and up the singular حرف.
shell-unit-line = { $unit }: تعلّمتِ { $mastered } من أصل { $total ->
    [zero] { $total } حروف
    [one] حرفٍ واحد
    [two] حرفين
    [few] { $total } حروف
    [many] { $total } حرفًا
   *[other] { $total } حرف
}
# "now learning" (literally: "the current lesson")
shell-unit-open = الدرس الحالي
# "done" (masculine, agreeing with الدرس)
shell-unit-done = مكتمل
# "it remains to confirm { $count } on another day"
shell-unit-checking = يبقى التأكّد من { $count } في يوم آخر
# "You answered … of … exercises correctly." (literally: "You answered … out of … exercises
# correctly"; genitive after من أصل, so تمرينين for two)
shell-session-summary = أَجَبْتِ إجابةً صحيحة عن { $correct } من أصل { $total ->
    [zero] { $total } تمارين
    [one] تمرينٍ واحد
    [two] تمرينين
    [few] { $total } تمارين
    [many] { $total } تمرينًا
   *[other] { $total } تمرين
}.
# "… exercises in … sessions, … correct." (literally: "… exercises in … sessions, correct answers: …";
# the exercises are nominative, تمرينان; the sessions are genitive after في, جلستين)
shell-totals = { $attempts ->
    [zero] { $attempts } تمارين
    [one] تمرين واحد
    [two] تمرينان
    [few] { $attempts } تمارين
    [many] { $attempts } تمرينًا
   *[other] { $attempts } تمرين
} في { $sessions ->
    [zero] { $sessions } جلسات
    [one] جلسةٍ واحدة
    [two] جلستين
    [few] { $sessions } جلسات
    [many] { $sessions } جلسةً
   *[other] { $sessions } جلسة
}، الإجابات الصحيحة: { $correct }.
# "Goodbye. Your progress is saved."
shell-goodbye = مع السلامة. تقدُّمُكِ محفوظ.

## The touch screens of the apps: short labels beside their icons.
# "Who is learning? Touch your picture."
app-choose-profile = مَن يتعلّم؟ اِلْمِسِي صورتَكِ.
# "Touch your 3 pictures."
app-picture-login = اِلْمِسِي صُوَرَكِ الثلاث.
# "Start"
app-start-session = اِبْدَئِي
# "I know some letters" (starts the placement test)
app-placement = أَعْرِفُ بَعْضَ الحُرُوف
# "Listen again"
app-replay = اِسْتَمِعِي مرةً أخرى
# "Listen"
app-play-sound = اِسْتَمِعِي
# "Check"
app-check = تَحَقَّقِي
# "Next"
app-next = التالي
# "Start again"
app-start-again = اِبْدَئِي من جديد
# "Stop"
app-finish = تَوَقَّفِي
# "Well done!"
app-summary-title = أَحْسَنْتِ!
# "Settings"
app-settings = الإعدادات
# "Language"
app-interface-language = اللغة
# "Back"
app-back = رجوع
# "Home"
app-home = الصفحة الرئيسية

## شاشات التطبيق: الحسابات والمجموعات والتقييم والتقارير (the app screens: profiles, groups, assessments and reports)

# "New learner" (literally: "New person", which needs no gender)
app-new-learner = شخص جديد
# "… · …" (name · pack)
app-home-title = { $name } · { $pack }
# "Learning now" (literally: "the current lesson", as shell-unit-open)
app-unit-open = الدرس الحالي
# "Done" (masculine, agreeing with الدرس)
app-unit-done = مكتمل
# "… of … right in … sessions" (literally: "Right answers: … of …, in … sessions";
# the sessions are genitive after في, جلستين for two)
app-totals = الإجابات الصحيحة: { $correct } من { $attempts }، في { $sessions ->
    [zero] { $sessions } جلسات
    [one] جلسةٍ واحدة
    [two] جلستين
    [few] { $sessions } جلسات
    [many] { $sessions } جلسةً
   *[other] { $sessions } جلسة
}
# "…" (the question itself)
app-question = { $text }
# "See you soon!"
app-goodbye = إلى اللقاء قريبًا!
# "Type your secret number."
app-pin-login = اُكْتُبِي رقمَكِ السرّي.
# "Delete" (literally: "Erase")
app-pin-delete = اِمْسَحِي
# "Exit"
app-quick-exit = خروج
# "Lock" (literally: "Locking")
app-lock = إقفال
# "Discreet mode: plain name and icon, nothing in notifications" (literally: "Hidden mode: …")
app-discreet-mode = وضع التخفّي: اسمٌ وأيقونةٌ عاديّان، ولا شيء في الإشعارات
# "Add a language from a file"
app-install-pack = إضافة لغة من ملف
# "… is ready." (literally: "The language is ready: …", so that nothing has to agree with the name
# and the line begins with an Arabic letter)
app-pack-installed = اللغة جاهزة: { $pack }.
# "This file is not a Kusoma language: …" (literally: "This is not a language file for Kusoma: …")
app-pack-refused = هذا ليس ملفَّ لغةٍ لتطبيق Kusoma: { $reason }
# "The name … already exists on this phone. Add what tells the two apart, such as the family name or the village."
app-name-taken = الاسم { $name } موجود من قبل على هذا الهاتف. أضف ما يميّز الاثنين، مثل اسم العائلة أو القرية.
# "This phone has no voice for … . Please read the words aloud."
app-no-voice = لا يوجد في هذا الهاتف صوتٌ للغة { $language }. من فضلكِ، اِقْرَئِي الكلمات بصوتٍ عالٍ.
# "Facilitator" (feminine, as in shell-locked)
app-facilitator = المُيَسِّرة
# "…, type your PIN." (literally: "Type your secret number, …"; the name comes last, after يا,
# so that the line begins with an Arabic letter)
app-facilitator-pin = اُكْتُبِي رقمَكِ السرّي يا { $name }.
# "New facilitator" (feminine)
app-new-facilitator = مُيَسِّرة جديدة
# "Name"
app-name = الاسم
# "Wrong PIN. Try again." (literally: "The secret number is not right.")
app-wrong-pin = الرقم السرّي غير صحيح. حاوِلِي مرةً أخرى.
# "Groups"
app-groups = المجموعات
# "New group"
app-new-group = مجموعة جديدة
# "… learner(s)" (literally: "… persons", which needs no gender; "No one yet" for zero)
app-group-size = { $count ->
    [zero] لا أحد بعد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
# "Add learners" (literally: "Add people")
app-add-learners = إضافة أشخاص
# "Start a group session"
app-group-session = بدء جلسة جماعية
# "Touch anyone who is absent." (literally: "Touch every absent person.")
app-attendance = اِلْمِسِي كلَّ شخصٍ غائب.
# "Here" (literally: "Presence", which needs no gender)
app-present = حضور
# "Absent" (literally: "Absence", which needs no gender)
app-absent = غياب
# "Pass the phone after … exercise(s)" (literally: "The phone is passed after …"; genitive after بعد)
app-turn-rule = يُمَرَّر الهاتف بعد { $count ->
    [zero] { $count } تمارين
    [one] تمرينٍ واحد
    [two] تمرينين
    [few] { $count } تمارين
    [many] { $count } تمرينًا
   *[other] { $count } تمرين
}
# "Start my turn" (literally: "Start your turn")
app-turn-start = اِبْدَئِي دَوْرَكِ
# "Turn …"
app-turn-number = الدور { $number }
# "End the session"
app-end-group-session = إنهاء الجلسة
# "Notes"
app-notes = ملاحظات
# "Assess" (literally: "Assessment")
app-assess = تقييم
# "Letter sounds"
app-subtask-letter-sounds = أصوات الحروف
# "Familiar words"
app-subtask-familiar-words = كلمات مألوفة
# "Made-up words" (literally: "Words without meaning")
app-subtask-nonwords = كلمات بلا معنى
# "Reading a story"
app-subtask-oral-reading = قراءة قصة
# "Questions about the story"
app-subtask-comprehension = أسئلة عن القصة
# "Reading level (ASER)"
app-subtask-aser = مستوى القراءة (ASER)
# "Touch each item read wrongly." (literally: "Touch everything that was read wrongly.")
app-grid-hint = اِلْمِسِي كلَّ ما قُرِئ خطأً.
# "Start the clock" (literally: "Start the timer")
app-grid-start = تشغيل المؤقّت
# "Stop"
app-grid-stop = إيقاف
# "… second(s) left" (literally: "… seconds remain"; "No time left" for zero)
app-time-left = { $seconds ->
    [zero] لم يَبْقَ وقت
    [one] بَقِيَتْ ثانيةٌ واحدة
    [two] بَقِيَتْ ثانيتان
    [few] بَقِيَتْ { $seconds } ثوانٍ
    [many] بَقِيَتْ { $seconds } ثانيةً
   *[other] بَقِيَتْ { $seconds } ثانية
}
# "Time is up. Touch the last item read." (literally: "… Touch the last thing that was read.")
app-mark-last = انتهى الوقت. اِلْمِسِي آخرَ ما قُرِئ.
# "The first … were all wrong. You may stop." (literally: "The first … answers are all wrong. …";
# after أول the counted noun is genitive, 11–99 take the accusative singular إجابةً)
app-autostop = { $count ->
    [zero] أول { $count } إجابات كلها خاطئة. يمكنكِ التوقّف.
    [one] الإجابة الأولى خاطئة. يمكنكِ التوقّف.
    [two] الإجابتان الأُولَيان خاطئتان. يمكنكِ التوقّف.
    [few] أول { $count } إجابات كلها خاطئة. يمكنكِ التوقّف.
    [many] أول { $count } إجابةً كلها خاطئة. يمكنكِ التوقّف.
   *[other] أول { $count } إجابة كلها خاطئة. يمكنكِ التوقّف.
}
# "… of … right: … a minute" (literally: "Right answers: … of …, at a rate of … a minute")
app-result = الإجابات الصحيحة: { $correct } من { $attempted }، بمعدّل { $per_minute } في الدقيقة
# "Report"
app-report = التقرير
# "Attendance: …%" (٪ is the Arabic percent sign, after Arabic-Indic digits)
app-attendance-rate = الحضور: { $percent }٪
# "Needs help"
app-needs-help = بحاجة إلى مساعدة
# "Has not started" (literally: "Learning has not started yet", which needs no gender)
app-help-not-started = لم يبدأ التعلّم بعد
# "No practice for … day(s)" (literally: "No exercises for …"; genitive after منذ, يومين for two)
app-help-stalled = لا تمارين منذ { $days ->
    [zero] { $days } أيام
    [one] يومٍ واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
# "Right only …% of the time" (literally: "The share of right answers is only …%")
app-help-struggling = نسبة الإجابات الصحيحة { $percent }٪ فقط
# "Hardest items"
app-hardest-items = أصعب البنود
# "…: … of … right" (literally: "…: … right of …")
app-item-line = { $label }: { $correct } صحيحة من { $attempts }
# "Save" (feminine imperative)
app-save = اِحْفَظِي
# "Exercises each week"
app-weekly = التمارين كلَّ أسبوع
app-count = { $count }
# "day/month" under a weekly bar
app-week-of = { $day }/{ $month }
# "… of …" (sessions attended of held)
app-attended-of = { $attended } من { $held }
# "Right …% of the time lately" (literally: "The share of right answers lately is …%")
app-accuracy = نسبة الإجابات الصحيحة مؤخرًا { $percent }٪
# "Assessments"
app-assessments = التقييمات
# "Ask each question about the text that was read. Touch ✓ or ✗ for the answer. (feminine imperative)"
app-comprehension = اِسْأَلِي كلَّ سؤالٍ عن النصّ الذي قُرِئ. اِلْمِسِي ✓ أو ✗ للإجابة.
# "Letters read right, out of …"
app-aser-letters = الحروف المقروءة صحيحةً، من { $shown }
# "Words read right, out of …"
app-aser-words = الكلمات المقروءة صحيحةً، من { $shown }
# "Mistakes in the paragraph"
app-aser-paragraph = الأخطاء في الفقرة
# "Mistakes in the story"
app-aser-story = الأخطاء في القصة
# "Not read"
app-aser-not-read = لم تُقرَأ
# "Reading level: …"
app-aser-level = مستوى القراءة: { $level }
# "Beginning (a noun, no gender)"
app-aser-level-beginner = البداية
# "Letters"
app-aser-level-letter = الحروف
# "Words"
app-aser-level-word = الكلمات
# "Paragraph"
app-aser-level-paragraph = الفقرة
# "Story"
app-aser-level-story = القصة

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

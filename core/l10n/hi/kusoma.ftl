# Kusoma के इंटरफ़ेस संदेश, हिंदी। (Kusoma's interface messages, Hindi.)
# आप वाले रूप; जहाँ हो सके, ऐसे वाक्य जिनमें बोलने वाले का लिंग न झलके।
# (Polite आप forms; where possible, phrasing that does not depend on the learner's gender.)

## अभ्यास के निर्देश, जो सीखने वाले को सुनाए जाते हैं (exercise instructions, spoken to the learner)

# "Listen. Which letter makes this sound?"
exercise-sound-to-grapheme = सुनिए। यह आवाज़ किस अक्षर की है?
# "Look at the letter. Which sound does it make?"
exercise-grapheme-to-sound = अक्षर को देखिए। इसकी आवाज़ कौन-सी है?
# "Listen. Which word did you hear?"
exercise-word-to-written = सुनिए। आपने कौन-सा शब्द सुना?
# "Read the word. Which picture shows it?" (literally: "Which is its picture?")
exercise-word-to-picture = शब्द पढ़िए। इसकी तस्वीर कौन-सी है?
# "Listen. Build the word from the pieces." (literally: "join the pieces and make the word")
exercise-build-word = सुनिए। टुकड़ों को जोड़कर शब्द बनाइए।
# "Read the sentence, then answer the question."
exercise-sentence-question = वाक्य पढ़िए, फिर सवाल का जवाब दीजिए।

## जवाब के बाद (feedback after an answer)

# "Well done!"
feedback-correct = बहुत बढ़िया!
# "Not yet. The answer is …" (literally: "Not this time. The right answer is …")
feedback-wrong = इस बार नहीं। सही जवाब है { $answer }।
# "You have learned …!"
feedback-mastered = आपने { $skill } सीख लिया!
# "You finished the unit … . A new unit is open." (पाठ = lesson, used for "unit" throughout)
feedback-unit-done = आपने पाठ { $unit } पूरा कर लिया। एक नया पाठ खुल गया है।

## टर्मिनल (the terminal learner)

# "Welcome to Kusoma."
shell-welcome = Kusoma में आपका स्वागत है।
# "Who is learning? Type a number." (literally: "Who are you? Type the number of your name.")
shell-choose-learner = आप कौन हैं? अपने नाम का नंबर लिखिए।
# "New learner" (literally: "Add a new name", which needs no gender)
shell-new-learner = नया नाम जोड़ें
# "What is your name?"
shell-ask-name = आपका नाम क्या है?
shell-ask-pictures = अपनी 3 तस्वीरें छुएँ: 1 से 12 तक उनकी संख्याएँ लिखें, बीच में जगह छोड़कर।
shell-ask-pin = अपना पिन लिखें।
shell-wrong-secret = यह सही नहीं है। फिर से कोशिश करें।
shell-locked = यह प्रोफ़ाइल कुछ समय के लिए बंद है। अपने सहायक से पूछें।
shell-pass-phone = फ़ोन { $name } को दें।
# "Which language do you want to read? Type a number."
shell-choose-pack = आपको कौन-सी भाषा पढ़नी है? कोई नंबर लिखिए।
shell-listen = सुनिए: { $text }
shell-read = पढ़िए: { $text }
shell-question = सवाल: { $text }
# "picture …"
shell-picture = तस्वीर { $picture }
# "sound "…""
shell-sound = आवाज़ "{ $text }"
# "Type the number of your answer."
shell-answer-choice = अपने जवाब का नंबर लिखिए।
# "Type the numbers of the pieces in order, with spaces between them."
shell-answer-tiles = टुकड़ों के नंबर सही क्रम में लिखिए, हर नंबर के बीच जगह छोड़िए।
# "Please type a number from 1 to …"
shell-not-understood = कृपया 1 से { $max } तक का कोई नंबर लिखिए।
# "Piece … is there twice; use each piece once."
shell-tile-repeated = टुकड़ा { $tile } दो बार लिखा गया है; हर टुकड़ा एक ही बार लिखिए।
# "That is not one of the answers. Type its number, from 1 to …"
shell-no-such-choice = यह कोई जवाब नहीं है। जवाब का नंबर लिखिए, 1 से { $max } तक।
# "Type q and press Enter to stop at any time; your progress is kept."
shell-quit-hint = कभी भी रुकने के लिए q लिखकर Enter दबाइए; आपकी प्रगति सुरक्षित रहेगी।
# "A short test first: … letters at most. Answer what you know; the test stops after three
# misses in a row. The letters you know let you skip the units that teach them." (the last
# sentence passive, so that it fits a learner of any gender)
shell-placement-intro = पहले एक छोटी परीक्षा: ज़्यादा से ज़्यादा { $count } अक्षर। जो आता है उसका जवाब दीजिए; लगातार तीन गलतियों के बाद परीक्षा रुक जाएगी। जो अक्षर आपको आते हैं, उन्हें सिखाने वाले पाठ छोड़े जा सकेंगे।
# "You already know one unit / … units: …. You start after it / them." (literally: "your start
# will be after it / them")
shell-placement-result = { $count ->
    [one] आपको एक पाठ पहले से आता है: { $units }। आपकी शुरुआत उसके बाद से होगी।
   *[other] आपको { $count } पाठ पहले से आते हैं: { $units }। आपकी शुरुआत उनके बाद से होगी।
}
# "You start at the beginning of the course." (literally: "your start will be from the first lesson")
shell-placement-none = आपकी शुरुआत पहले पाठ से होगी।
# "espeak-ng is not installed, so sounds are shown as text."
shell-no-speech = espeak-ng इंस्टॉल नहीं है, इसलिए आवाज़ें लिखकर दिखाई जाती हैं।
# "Progress of … in …"
shell-progress-title = { $pack } में { $name } की प्रगति
# "…: … of … letters learned" (literally: "…: letters learned — … out of …"; this form
# needs no agreement of the verb with the number)
shell-unit-line = { $unit }: सीखे गए अक्षर — { $total } में से { $mastered }
# "now learning" (literally: "going on now", said of the unit)
shell-unit-open = अभी चल रहा है
# "done"
shell-unit-done = पूरा हुआ
# "{ $count } will be checked on another day"
shell-unit-checking = { $count } की जाँच किसी और दिन होगी
# "You answered … of … exercises correctly." (literally: "Of your … exercises, … correct.")
# In CLDR Hindi, [one] covers 0 and 1; अभ्यासों is the oblique plural used before "में से".
shell-session-summary = आपके { $total ->
    [one] { $total } अभ्यास
   *[other] { $total } अभ्यासों
} में से { $correct } सही।
# "… exercises in … sessions, … correct." (अभ्यास does not change in the plural here;
# सत्र takes the oblique plural सत्रों before "में")
shell-totals = { $sessions ->
    [one] { $sessions } सत्र
   *[other] { $sessions } सत्रों
} में { $attempts } अभ्यास, { $correct } सही।
# "Goodbye. Your progress is saved." (literally: "See you again. Your progress is safe.")
shell-goodbye = फिर मिलेंगे। आपकी प्रगति सुरक्षित है।

## The touch screens of the apps: short labels beside their icons.
# "Who is learning? Touch your picture."
app-choose-profile = कौन सीख रहा है? अपनी तस्वीर छुएँ।
# "Touch your 3 pictures."
app-picture-login = अपनी 3 तस्वीरें छुएँ।
# "Start"
app-start-session = शुरू करें
# "I know some letters" (starts the placement test)
app-placement = मुझे कुछ अक्षर आते हैं
# "Listen again"
app-replay = फिर से सुनें
# "Listen"
app-play-sound = सुनें
# "Check"
app-check = जाँचें
# "Next"
app-next = आगे
# "Start again"
app-start-again = फिर से शुरू करें
# "Stop"
app-finish = रोकें
# "Well done!"
app-summary-title = शाबाश!
# "Settings"
app-settings = सेटिंग
# "Language"
app-interface-language = भाषा
# "Back"
app-back = पीछे
# "Home"
app-home = मुख्य पृष्ठ

## ऐप की स्क्रीनें: प्रोफ़ाइल, समूह, आकलन और रिपोर्ट (the app screens: profiles, groups, assessments and reports)

# "New learner" (literally: "Add a new name", which needs no gender)
app-new-learner = नया नाम जोड़ें
# "… · …" (name · pack)
app-home-title = { $name } · { $pack }
# "Learning now" (literally: "going on now", said of the unit)
app-unit-open = अभी चल रहा है
# "Done"
app-unit-done = पूरा हुआ
# "… of … right in … sessions" (literally: "In … sessions, … right out of … exercises";
# सत्रों and अभ्यासों are the oblique plurals used before में and में से)
app-totals = { $sessions ->
    [one] { $sessions } सत्र
   *[other] { $sessions } सत्रों
} में, { $attempts ->
    [one] { $attempts } अभ्यास
   *[other] { $attempts } अभ्यासों
} में से { $correct } सही
# "…" (the question itself)
app-question = { $text }
# "See you soon!" (literally: "We will meet again!")
app-goodbye = फिर मिलेंगे!
# "Type your secret number."
app-pin-login = अपना गुप्त नंबर लिखें।
# "Delete" (literally: "Erase")
app-pin-delete = मिटाएँ
# "Exit"
app-quick-exit = बाहर निकलें
# "Lock"
app-lock = लॉक करें
# "Discreet mode: plain name and icon, nothing in notifications"
app-discreet-mode = गोपनीय मोड: साधारण नाम और आइकन, सूचनाओं में कुछ नहीं
# "Add a language from a file"
app-install-pack = फ़ाइल से कोई भाषा जोड़ें
# "… is ready."
app-pack-installed = { $pack } तैयार है।
# "This file is not a Kusoma language: …"
app-pack-refused = यह फ़ाइल Kusoma की भाषा नहीं है: { $reason }
# "The name … is already on this phone. Add something to tell the two apart, such as a surname or the village's name."
app-name-taken = नाम { $name } इस फ़ोन पर पहले से है। दोनों को अलग पहचानने के लिए कुछ जोड़ें, जैसे उपनाम या गाँव का नाम।
# "This phone has no voice for … . Please read the words aloud."
app-no-voice = इस फ़ोन में { $language } की आवाज़ नहीं है। कृपया शब्द ज़ोर से पढ़कर सुनाएँ।
# "Facilitator" (सहायक, as in shell-locked)
app-facilitator = सहायक
# "…, type your PIN."
app-facilitator-pin = { $name }, अपना पिन लिखें।
# "New facilitator" (literally: "Add a facilitator", which needs no gender)
app-new-facilitator = सहायक जोड़ें
# "Name"
app-name = नाम
# "Wrong PIN. Try again."
app-wrong-pin = पिन ग़लत है। फिर से कोशिश करें।
# "Groups"
app-groups = समूह
# "New group"
app-new-group = नया समूह
# "… learner(s)" (literally: "… members"; सदस्य needs no gender and does not change with the number)
app-group-size = { $count } सदस्य
# "Add learners" (literally: "Add members")
app-add-learners = सदस्य जोड़ें
# "Start a group session"
app-group-session = समूह सत्र शुरू करें
# "Touch anyone who is absent." (literally: "Touch those who are absent.")
app-attendance = जो अनुपस्थित हैं, उन्हें छुएँ।
# "Here" (literally: "present")
app-present = उपस्थित
# "Absent"
app-absent = अनुपस्थित
# "Pass the phone after … exercise(s)" (literally: "After … exercises, give the phone to the next person")
app-turn-rule = { $count ->
    [one] { $count } अभ्यास
   *[other] { $count } अभ्यासों
} के बाद फ़ोन अगले व्यक्ति को दें
# "Start my turn"
app-turn-start = मेरी बारी शुरू करें
# "Turn …"
app-turn-number = बारी { $number }
# "End the session"
app-end-group-session = सत्र समाप्त करें
# "Notes"
app-notes = नोट्स
# "Assess"
app-assess = आकलन करें
# "Letter sounds"
app-subtask-letter-sounds = अक्षरों की आवाज़ें
# "Familiar words"
app-subtask-familiar-words = जाने-पहचाने शब्द
# "Made-up words" (literally: "meaningless words", the usual name of this task)
app-subtask-nonwords = अर्थहीन शब्द
# "Reading a story"
app-subtask-oral-reading = कहानी पढ़ना
# "Questions about the story"
app-subtask-comprehension = कहानी पर सवाल
# "Reading level (ASER)"
app-subtask-aser = पढ़ने का स्तर (ASER)
# "Touch each item read wrongly." (literally: "Touch whatever was read wrongly.")
app-grid-hint = जो भी ग़लत पढ़ा गया, उसे छुएँ।
# "Start the clock"
app-grid-start = घड़ी शुरू करें
# "Stop"
app-grid-stop = रोकें
# "… second(s) left" (सेकंड does not change; the verb does: है, हैं)
app-time-left = { $seconds ->
    [one] { $seconds } सेकंड बाक़ी है
   *[other] { $seconds } सेकंड बाक़ी हैं
}
# "Time is up. Touch the last item read." (literally: "Time is over. Touch what was read last.")
app-mark-last = समय ख़त्म हो गया। आख़िर में जो पढ़ा गया, उसे छुएँ।
# "The first … were all wrong. You may stop." (literally: "… all read wrongly. Stop if you wish.",
# which needs no gender)
app-autostop = { $count ->
    [one] पहला ही ग़लत पढ़ा गया। चाहें तो रोक दें।
   *[other] पहले { $count } सभी ग़लत पढ़े गए। चाहें तो रोक दें।
}
# "… of … right: … a minute"
app-result = { $attempted } में से { $correct } सही: { $per_minute } प्रति मिनट
# "Report"
app-report = रिपोर्ट
# "Attendance: …%"
app-attendance-rate = उपस्थिति: { $percent }%
# "Needs help"
app-needs-help = मदद चाहिए
# "Has not started" (literally: "has not started yet")
app-help-not-started = अभी शुरू नहीं किया
# "No practice for … day(s)" (literally: "has not practised for … days"; दिनों is the oblique plural)
app-help-stalled = { $days ->
    [one] { $days } दिन
   *[other] { $days } दिनों
} से अभ्यास नहीं किया
# "Right only …% of the time" (literally: "only …% answers right")
app-help-struggling = सिर्फ़ { $percent }% जवाब सही
# "Hardest items" (literally: "hardest parts")
app-hardest-items = सबसे कठिन हिस्से
# "…: … of … right"
app-item-line = { $label }: { $attempts } में से { $correct } सही
# "Save"
app-save = सहेजें
# "Exercises each week"
app-weekly = हर हफ़्ते के अभ्यास
app-count = { $count }
# "day/month" under a weekly bar
app-week-of = { $day }/{ $month }
# "… of …" (literally "out of {held}, {attended}")
app-attended-of = { $held } में से { $attended }
# "Right …% of the time lately" (literally: "Lately …% right")
app-accuracy = हाल में { $percent }% सही
# "Assessments"
app-assessments = आकलन
# "Ask each question about the text that was read. Touch ✓ or ✗ for the answer."
app-comprehension = पढ़े गए पाठ के बारे में हर सवाल पूछें। जवाब के लिए ✓ या ✗ छुएँ।
# "Letters read right, out of …"
app-aser-letters = सही पढ़े गए अक्षर, { $shown } में से
# "Words read right, out of …"
app-aser-words = सही पढ़े गए शब्द, { $shown } में से
# "Mistakes in the paragraph"
app-aser-paragraph = अनुच्छेद में गलतियाँ
# "Mistakes in the story"
app-aser-story = कहानी में गलतियाँ
# "Not read"
app-aser-not-read = नहीं पढ़ा गया
# "Reading level: …"
app-aser-level = पढ़ने का स्तर: { $level }
# "Beginning"
app-aser-level-beginner = शुरुआत
# "Letters"
app-aser-level-letter = अक्षर
# "Words"
app-aser-level-word = शब्द
# "Paragraph"
app-aser-level-paragraph = अनुच्छेद
# "Story"
app-aser-level-story = कहानी

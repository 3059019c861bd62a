# Kusoma's built-in interface messages, English (the reference every other locale is
# checked against). A pack may override any of these for its own language in ui/ or content/.

## Exercise instructions, spoken to the learner

exercise-sound-to-grapheme = Listen. Which letter makes this sound?
exercise-grapheme-to-sound = Look at the letter. Which sound does it make?
exercise-word-to-written = Listen. Which word did you hear?
exercise-word-to-picture = Read the word. Which picture shows it?
exercise-build-word = Listen. Build the word from the pieces.
exercise-sentence-question = Read the sentence, then answer the question.

## Feedback after an answer

feedback-correct = Well done!
feedback-wrong = Not yet. The answer is { $answer }.
feedback-mastered = You have learned { $skill }!
feedback-unit-done = You finished the unit { $unit }. A new unit is open.

## The terminal learner

shell-welcome = Welcome to Kusoma.
shell-choose-learner = Who is learning? Type a number.
shell-new-learner = New learner
shell-ask-name = What is your name?
shell-ask-pictures = Touch your 3 pictures: type their numbers from 1 to 12, with spaces between them.
shell-ask-pin = Type your PIN.
shell-wrong-secret = That is not right. Try again.
shell-locked = This profile is locked for a while. Ask your facilitator.
shell-pass-phone = Pass the phone to { $name }.
shell-choose-pack = Which language do you want to read? Type a number.
shell-listen = Listen: { $text }
shell-read = Read: { $text }
shell-question = Question: { $text }
shell-picture = picture { $picture }
shell-sound = sound "{ $text }"
shell-answer-choice = Type the number of your answer.
shell-answer-tiles = Type the numbers of the pieces in order, with spaces between them.
shell-not-understood = Please type a number from 1 to { $max }.
shell-tile-repeated = Piece { $tile } is there twice; use each piece once.
shell-no-such-choice = That is not one of the answers. Type its number, from 1 to { $max }.
shell-quit-hint = Type q and press Enter to stop at any time; your progress is kept.
shell-placement-intro = A short test first: { $count } letters at most. Answer what you know; the test stops after three misses in a row. The letters you know let you skip the units that teach them.
shell-placement-result = { $count ->
    [one] You already know one unit: { $units }. You start after it.
   *[other] You already know { $count } units: { $units }. You start after them.
}
shell-placement-none = You start at the beginning of the course.
shell-no-speech = espeak-ng is not installed, so sounds are shown as text.
shell-progress-title = Progress of { $name } in { $pack }
shell-unit-line = { $unit }: { $mastered } of { $total } letters learned
shell-unit-open = now learning
shell-unit-done = done
shell-unit-checking = { $count } to confirm on a later day
shell-session-summary = You answered { $correct } of { $total ->
    [one] { $total } exercise
   *[other] { $total } exercises
} correctly.
shell-totals = { $attempts ->
    [one] { $attempts } exercise
   *[other] { $attempts } exercises
} in { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $correct } correct.
shell-goodbye = Goodbye. Your progress is saved.

## The touch screens of the apps: short labels beside their icons.
app-choose-profile = Who is learning? Touch your picture.
app-picture-login = Touch your 3 pictures.
app-start-session = Start
app-placement = I know some letters
app-replay = Listen again
app-play-sound = Listen
app-check = Check
app-next = Next
app-start-again = Start again
app-finish = Stop
app-summary-title = Well done!
app-settings = Settings
app-interface-language = Language
app-back = Back
app-home = Home

## The app screens: profiles, groups, assessments and reports.
app-new-learner = New learner
app-home-title = { $name } · { $pack }
app-unit-open = Learning now
app-unit-done = Done
app-totals = { $correct } of { $attempts } right in { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
app-question = { $text }
app-goodbye = See you soon!
app-pin-login = Type your secret number.
app-pin-delete = Delete
app-quick-exit = Exit
app-lock = Lock
app-discreet-mode = Discreet mode: plain name and icon, nothing in notifications
app-install-pack = Add a language from a file
app-pack-installed = { $pack } is ready.
app-pack-refused = This file is not a Kusoma language: { $reason }
app-name-taken = The name { $name } is already on this phone. Add something to tell the two apart, such as a family name or a village.
app-no-voice = This phone has no voice for { $language }. Please read the words aloud.
app-facilitator = Facilitator
app-facilitator-pin = { $name }, type your PIN.
app-new-facilitator = New facilitator
app-name = Name
app-wrong-pin = Wrong PIN. Try again.
app-groups = Groups
app-new-group = New group
app-group-size = { $count ->
    [one] { $count } learner
   *[other] { $count } learners
}
app-add-learners = Add learners
app-group-session = Start a group session
app-attendance = Touch anyone who is absent.
app-present = Here
app-absent = Absent
app-turn-rule = Pass the phone after { $count ->
    [one] { $count } exercise
   *[other] { $count } exercises
}
app-turn-start = Start my turn
app-turn-number = Turn { $number }
app-end-group-session = End the session
app-notes = Notes
app-assess = Assess
app-subtask-letter-sounds = Letter sounds
app-subtask-familiar-words = Familiar words
app-subtask-nonwords = Made-up words
app-subtask-oral-reading = Reading a story
app-subtask-comprehension = Questions about the story
app-subtask-aser = Reading level (ASER)
app-grid-hint = Touch each item read wrongly.
app-grid-start = Start the clock
app-grid-stop = Stop
app-time-left = { $seconds ->
    [one] { $seconds } second left
   *[other] { $seconds } seconds left
}
app-mark-last = Time is up. Touch the last item read.
app-autostop = { $count ->
    [one] The first item was wrong. You may stop.
   *[other] The first { $count } were all wrong. You may stop.
}
app-result = { $correct } of { $attempted } right: { $per_minute } a minute
app-report = Report
app-attendance-rate = Attendance: { $percent }%
app-needs-help = Needs help
app-help-not-started = Has not started
app-help-stalled = No practice for { $days ->
    [one] { $days } day
   *[other] { $days } days
}
app-help-struggling = Right only { $percent }% of the time
app-hardest-items = Hardest items
app-item-line = { $label }: { $correct } of { $attempts } right
app-save = Save
app-weekly = Exercises each week
app-count = { $count }
app-week-of = { $day }/{ $month }
app-attended-of = { $attended } of { $held }
app-accuracy = Right { $percent }% of the time lately
app-assessments = Assessments
app-comprehension = Ask each question about the text that was read. Touch ✓ or ✗ for the answer.
app-aser-letters = Letters read right, of { $shown }
app-aser-words = Words read right, of { $shown }
app-aser-paragraph = Mistakes in the paragraph
app-aser-story = Mistakes in the story
app-aser-not-read = Not read
app-aser-level = Reading level: { $level }
app-aser-level-beginner = Beginner
app-aser-level-letter = Letters
app-aser-level-word = Words
app-aser-level-paragraph = Paragraph
app-aser-level-story = Story

# The facilitator tools' sentences that hold a count (kusoma group, export, import, sync,
# assess, rebuild, pack check), in English. Counts go through Fluent so that "1 learner" and
# "2 learners" each read right, and so that a translator has whole sentences to work from.
# Only English for now: the tools' other lines and the core's error messages are English too,
# and a half-translated tool would be harder for a facilitator than an English one.

## One cell or phrase: a count of things.

cli-learners = { $count ->
    [one] { $count } learner
   *[other] { $count } learners
}

## kusoma group

cli-group-members = group { $name } has { $count ->
    [one] { $count } learner
   *[other] { $count } learners
}

## kusoma export

cli-export-csv = wrote { $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
}, { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
} and { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
} to { $path }
cli-export-xapi = wrote { $count ->
    [one] { $count } xAPI statement
   *[other] { $count } xAPI statements
} to { $path }

## kusoma import: what a merge added. "already here" counts what this phone had.

cli-merged = merged { $file }: { $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
} added, { $updated } updated, { $deleted } deleted; { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
} added, { $attempts_here } already here; { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} added; { $groups ->
    [one] { $groups } group
   *[other] { $groups } groups
} added; { $group_sessions ->
    [one] { $group_sessions } group session
   *[other] { $group_sessions } group sessions
} added; { $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
} added, { $assessments_here } already here

## kusoma sync

cli-sync-accepted = sync: { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} accepted
cli-sync-done = sync: done, { $count ->
    [one] { $count } statement
   *[other] { $count } statements
} sent to { $endpoint }
cli-sync-failed = { $reason }
    { $count ->
        [one] { $count } statement was
       *[other] { $count } statements were
    } sent before this; run the sync again to resume

## kusoma assess: the recorded result

cli-assess-timed = { $correct } correct of { $attempted } attempted ({ $items ->
    [one] { $items } item
   *[other] { $items } items
}), { $rate } correct per minute
cli-assess-comprehension = { $correct } of { $asked ->
    [one] { $asked } question
   *[other] { $asked } questions
} right
cli-assess-sheet = { $pack } · { $subtask } · --seed { $seed } · { $count ->
    [one] { $count } item
   *[other] { $count } items
}

## kusoma rebuild, pack check, and a pack refused at open

cli-rebuilt = { $pack }: replayed { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
} of { $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
}; the result { $verdict }
cli-pack-problems = { $dir }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; the pack cannot be used until they are fixed
cli-pack-not-loaded = warning: the pack in { $dir } was not loaded ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; run `kusoma pack check { $dir }`)

"""An LRS sync driven from Python as an app would drive it, with a scripted LRS: the core says
what to post and when to wait; a failed try is retried after a pause, and a second sync sends
nothing."""

import json

import kusoma_ffi as k


def test_the_app_posts_what_the_core_says_and_retries_after_a_pause(engine):
    learner = engine.create_learner("Amina", "").id
    session = engine.start_session(learner, "sw", 3, 3, 1)
    for _ in range(3):
        engine.next_exercise(session)
        engine.submit(session, k.LearnerAnswer.CHOICE(0), 1000)

    answers = iter([(503, "busy"), (None, "timed out"), (200, "")])
    sync = engine.start_sync("https://lrs.example.org/xAPI", 500, 5)
    steps = []
    while True:
        step = sync.next(engine)
        if step.is_POST():
            statements = json.loads(step.body)
            assert len(statements) == step.statements == 3
            steps.append("post")
            sync.answer(*next(answers))
        elif step.is_WAIT():
            steps.append(f"wait {step.ms}")
        else:
            break
    assert steps == ["post", "wait 500", "post", "wait 1000", "post"]
    assert step.is_DONE() and step.sent == 3 == sync.sent()
    again = engine.start_sync("https://lrs.example.org/xAPI", 500, 5).next(engine)
    assert again.is_DONE() and again.sent == 0

"""The screens' shared rules and the sign-in flow, from the core through the bindings: what both
apps draw comes from here, so a host test here covers a rule once for Kotlin and Swift."""

import kusoma_ffi as k
from conftest import answer_first, group_session


def test_text_by_role_and_the_defaults_come_from_the_core(engine):
    assert engine.ui_text(k.UiText.TIME_LEFT, [k.MessageArg.NUMBER("seconds", 42)]).find("42") >= 0
    assert k.subtask_role(k.Subtask.NONWORDS) == k.UiText.SUBTASK_NONWORDS
    assert k.aser_level_role(k.AserLevel.STORY) == k.UiText.ASER_LEVEL_STORY
    defaults = k.app_defaults()
    assert len(defaults.login_pictures) == 12 and defaults.login_length == 3
    assert not set(defaults.card_pictures) & set(defaults.login_pictures)


def test_sign_in_with_pictures_and_pin_shows_counts_never_the_secret(engine):
    engine.enrol_learner(k.NewLearner(
        name="Neema", icon=engine.suggested_card_picture(), pictures=bytes([0, 1, 2]), pin="4321",
        gender=None, age_band=None, consent=False))
    flow = k.SignInFlow(engine)
    s = flow.state()
    assert s.step == k.SignInStep.CHOOSE and [c.name for c in s.learners] == ["Neema"]
    assert s.learners[0].picture in k.app_defaults().card_pictures
    flow.choose(s.learners[0].id)
    for p in (0, 1):
        s = flow.tap_picture(engine, p)
    assert s.pictures_entered == 2 and s.step == k.SignInStep.PICTURES
    s = flow.tap_picture(engine, 2)
    assert s.step == k.SignInStep.PIN
    for d in (4, 3, 2, 0):
        s = flow.type_digit(d)
    assert s.pin_digits == 4 and s.can_submit_pin
    s = flow.submit_pin(engine)
    assert s.wrong_try and s.step == k.SignInStep.PICTURES and s.pictures_entered == 0
    for p in (0, 1, 2):
        flow.tap_picture(engine, p)
    for d in (4, 3, 2, 1):
        flow.type_digit(d)
    assert flow.submit_pin(engine).step == k.SignInStep.SIGNED_IN
    assert flow.sign_out(engine).step == k.SignInStep.CHOOSE


def test_a_tap_out_of_range_is_an_error_not_a_crash(engine):
    flow = k.SignInFlow(engine)
    s = flow.create(engine, "Amina", "")
    try:
        flow.tap_picture(engine, 12)
    except k.KusomaError.InvalidInput as e:
        assert "12" in str(e)
    else:
        raise AssertionError("a 13th picture was accepted")
    assert flow.state() == s


def test_the_facilitator_gate_makes_the_first_facilitator_and_unlocks_her(engine):
    gate = k.FacilitatorGateFlow(engine)
    assert gate.state().creating
    for d in (2, 4, 6, 8):
        s = gate.type_digit(d)
    assert s.pin_digits == 4 and not s.can_submit  # no name yet
    assert gate.set_name("Mama Neema").can_submit
    s = gate.submit(engine)
    assert s.unlocked is not None and s.unlocked.name == "Mama Neema"
    assert [f.name for f in engine.facilitators()] == ["Mama Neema"]


def test_a_lesson_runs_through_the_core_flow(engine):
    learner = engine.create_learner("Amina", engine.suggested_card_picture())
    lesson = k.LessonFlow(learner.id, "sw", 2, None, 5)
    assert lesson.state().is_not_started()
    s = lesson.start(engine)
    assert s.is_answering() and (s.number, s.total) == (1, 2)
    assert not s.can_submit
    try:
        lesson.tap(k.Tap.SELECT(99))
    except k.KusomaError.InvalidInput:
        pass
    else:
        raise AssertionError("choice 99 was accepted")
    while s.is_answering():
        s = answer_first(lesson, s)
        assert s.can_submit
        s = lesson.submit(engine)
        assert s.is_answered() and s.feedback is not None
        s = lesson.next(engine)
    assert s.is_finished() and s.report.answered == 2


def test_placement_is_offered_first_and_runs_on_the_lesson_screens(engine):
    learner = engine.create_learner("Saida", engine.suggested_card_picture())
    assert engine.home_screen(learner.id, "sw").offer_placement
    test = k.LessonFlow.placement(learner.id, "sw", 3)
    s = test.start(engine)
    assert s.is_answering() and s.number == 1 and s.total >= 3  # the core counts its letters
    while s.is_answering():
        answer_first(test, s)
        assert test.submit(engine).is_answered()
        s = test.next(engine)
    assert s.is_finished() and s.report.message
    assert not engine.home_screen(learner.id, "sw").offer_placement


def test_home_and_settings_come_worded_and_counted_from_the_core(engine, tmp_path):
    learner = engine.create_learner("Amina", engine.suggested_card_picture())
    home = engine.home_screen(learner.id, "sw")
    assert home.name == "Amina" and sum(u.current for u in home.units) == 1
    assert home.letters_learned == 0
    view = engine.settings_view()
    tags = [lang.tag for lang in view.languages]
    assert len(tags) == len(set(tags)) and "sw" in tags
    junk = tmp_path / "junk.kpack"
    junk.write_bytes(b"not a pack")
    after = engine.install_pack_from_settings(str(junk))
    assert after.installed is None and after.refused
    assert after.languages == view.languages


def test_turns_pass_the_phone_and_end_after_confirming(engine):
    gate = k.FacilitatorGateFlow(engine)
    gate.set_name("Rehema")
    for d in (1, 3, 5, 7):
        gate.type_digit(d)
    gate.submit(engine)
    ids = [engine.create_learner(n, "").id for n in ("Amina", "Baraka")]
    _, gs = group_session(engine, ids)
    turns = k.TurnsFlow(engine, gs, 1)
    s = turns.state()
    assert s.is_passing() and s.turn.learner.id == ids[0]
    s = turns.start_turn(engine)
    assert s.is_playing() and s.lesson.is_answering() and s.lesson.total == 1
    answer_first(turns, s.lesson)
    assert turns.submit(engine).lesson.is_answered()
    s = turns.next(engine)
    assert s.is_passing() and s.turn.learner.id == ids[1]
    assert turns.end(engine).is_passing()  # not without confirming
    assert turns.begin_ending().is_ending()
    turns.set_notes("good day")
    ended = turns.end(engine)
    assert ended.is_ended() and ended.session.notes == "good day"


def test_facilitator_forms_enrol_a_roster_and_start_a_session_with_its_absent(engine):
    f = engine.create_facilitator("Rehema", "2468")
    engine.unlock_facilitator(f.id, "2468")
    ids = []
    for name in ("Amina", "Baraka"):
        form = k.EnrolFlow(engine)
        form.set_name(name)
        ids.append(form.save(engine).enrolled.id)
    again = k.EnrolFlow(engine)
    again.set_name("amina")
    refused = again.save(engine)
    assert refused.enrolled is None and "Amina" in refused.refused
    groups = k.GroupsFlow(engine)
    groups.set_name("Jumanne")
    group = groups.create(engine).groups[0]
    roster = k.RosterFlow(engine, group.id)
    for learner in ids:
        roster.toggle_adding(learner)
    assert [c.name for c in roster.add_ticked(engine).roster] == ["Amina", "Baraka"]
    attendance = k.AttendanceFlow(engine, group.id, "sw")
    attendance.toggle(ids[0])
    started = attendance.start(engine).started
    present = [e.present for e in engine.attendance(started)]
    assert present == [False, True]

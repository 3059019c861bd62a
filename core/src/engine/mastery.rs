//! Two-stage mastery: *provisional* mastery opens the next unit, so a learner keeps her pace;
//! *confirmed* mastery is what progress and reports count as learned.
//!
//! - **Provisional.** Knowledge tracing at P(learned) ≥ [`MASTERY_P`], at least
//!   [`MASTERY_CORRECT`] right answers to the skill's own item, and right answers in at least
//!   [`MIN_SITTINGS`] sittings — a sitting begins with a right answer [`SITTING_GAP_MS`] or
//!   more after the previous sitting began. Four right answers in one sitting show short-term
//!   memory, not learning: massed practice builds little that lasts (Cepeda et al. 2006,
//!   "Distributed practice in verbal recall tasks", *Psychological Bulletin* 132), and Khan
//!   Academy's mastery system will not raise a skill twice within 12 hours for that reason.
//! - **Confirmed.** Right again in delayed checks on later days: a direct answer to the skill's
//!   own item at least [`CHECK_AFTER_MS`]`[k]` after provisional mastery passes check k — the
//!   next sitting (≥ 12 h, Khan Academy's rule) and about a week later (ASSISTments' Automatic
//!   Reassessment and Relearning System re-tests a mastered skill 7 days after mastery, then at
//!   growing intervals; Heffernan & Heffernan 2014). Later re-tests are FSRS's reviews.
//! - **Reopened.** A wrong direct answer while mastery is unconfirmed is a failed check; once
//!   confirmed, a lapse (knowledge tracing falling below [`MASTERY_P`] after a direct answer)
//!   reopens it too. A reopened skill keeps one sitting of credit: it is mastered again after a
//!   right answer in a later sitting, not by three more in this one.
//!
//! Only a direct answer changes the stage. A word answered wrong lowers its letters'
//! P(learned) ([`super::credit`]) and so makes a mastered letter *suspect*, but it is the
//! planner's direct check of the letter that decides.

use crate::model::SkillState;

/// Provisional mastery: P(learned) at or above this…
pub const MASTERY_P: f64 = 0.95;
/// …with at least this many right answers to the skill's own item…
pub const MASTERY_CORRECT: u32 = 3;
/// …in at least this many sittings.
pub const MIN_SITTINGS: u32 = 2;
/// A right answer this long after the previous sitting began starts a new sitting: 12 h.
pub const SITTING_GAP_MS: i64 = 12 * 60 * 60 * 1000;
/// The delayed checks that confirm mastery: how long after provisional mastery each may pass
/// (12 h: the next sitting; 6.5 days: a week later, with half a day's slack so that a weekly
/// group session held a little earlier in the day still counts).
pub const CHECK_AFTER_MS: [i64; 2] = [SITTING_GAP_MS, 13 * SITTING_GAP_MS];

/// What the planner owes a skill on probation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Check {
    /// Mastered, but word answers have lowered its P(learned) below mastery: ask it directly.
    Suspect,
    /// Ready in every way but the sittings, and this is a later sitting: ask it again.
    Sitting,
    /// Mastered, unconfirmed, and its next delayed check is due.
    Delayed,
}

/// Whether `state` is ready for provisional mastery but for the sittings.
pub fn ready(state: &SkillState) -> bool {
    !state.mastered && state.p_learned >= MASTERY_P && state.correct >= MASTERY_CORRECT
}

/// Whether `state` is ready but already answered right in the current sitting: more practice
/// now would be massed, so the planner moves on.
pub fn waiting(state: &SkillState, now_ms: i64) -> bool {
    ready(state) && now_ms - state.sitting_ms < SITTING_GAP_MS
}

/// The check a skill is due for at `now_ms`, if any.
pub fn due_check(state: &SkillState, now_ms: i64) -> Option<Check> {
    if state.mastered {
        if state.p_learned < MASTERY_P {
            return Some(Check::Suspect);
        }
        let next = CHECK_AFTER_MS.get(state.checks as usize)?;
        (!state.confirmed && now_ms - state.mastered_ms >= *next).then_some(Check::Delayed)
    } else {
        (ready(state) && !waiting(state, now_ms)).then_some(Check::Sitting)
    }
}

/// Counts a direct answer (to the skill's own item) towards the stages, after knowledge
/// tracing has updated `p_learned` and the answer has been counted. Returns whether the skill
/// became (provisionally) mastered.
pub fn on_direct_answer(state: &mut SkillState, correct: bool, now_ms: i64) -> bool {
    if correct && (state.sittings == 0 || now_ms - state.sitting_ms >= SITTING_GAP_MS) {
        state.sittings += 1;
        state.sitting_ms = now_ms;
    }
    if state.mastered {
        let failed_check = !correct && !state.confirmed;
        if failed_check || state.p_learned < MASTERY_P {
            reopen(state, now_ms);
            return false;
        }
        if correct
            && !state.confirmed
            && let Some(&after) = CHECK_AFTER_MS.get(state.checks as usize)
            && now_ms - state.mastered_ms >= after
        {
            state.checks += 1;
            state.confirmed = state.checks as usize >= CHECK_AFTER_MS.len();
        }
        return false;
    }
    if ready(state) && state.sittings >= MIN_SITTINGS {
        promote(state, now_ms);
        return true;
    }
    false
}

/// Provisional mastery from now, no check passed yet.
pub fn promote(state: &mut SkillState, now_ms: i64) {
    state.mastered = true;
    state.mastered_ms = now_ms;
    state.checks = 0;
    state.confirmed = false;
}

/// Back to learning, with one sitting of credit: the next right answer in a later sitting
/// masters it again (the sitting restarts now, so it cannot be this one).
fn reopen(state: &mut SkillState, now_ms: i64) {
    state.mastered = false;
    state.confirmed = false;
    state.mastered_ms = 0;
    state.checks = 0;
    state.sittings = state.sittings.min(1);
    state.sitting_ms = now_ms;
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::clock::HOUR_MS as HOUR;

    fn learned(correct: u32) -> SkillState {
        SkillState {
            p_learned: 0.97,
            correct,
            attempts: correct,
            ..SkillState::default()
        }
    }

    #[test]
    fn one_sitting_is_not_enough_and_a_later_one_masters() {
        let mut s = learned(0);
        for i in 0..6 {
            s.correct += 1;
            assert!(!on_direct_answer(&mut s, true, 1000 + i * 15_000));
        }
        assert!(!s.mastered && s.sittings == 1);
        assert!(waiting(&s, 1000 + 10 * HOUR), "still the same sitting");
        assert_eq!(due_check(&s, 1000 + 10 * HOUR), None);
        assert_eq!(due_check(&s, 1000 + 13 * HOUR), Some(Check::Sitting));
        s.correct += 1;
        assert!(on_direct_answer(&mut s, true, 1000 + 13 * HOUR));
        assert!(s.mastered && !s.confirmed && s.sittings == 2);
    }

    #[test]
    fn two_delayed_checks_confirm_and_a_failed_one_reopens() {
        let mut s = learned(3);
        promote(&mut s, 0);
        assert_eq!(due_check(&s, HOUR), None);
        assert!(!on_direct_answer(&mut s, true, HOUR));
        assert_eq!(s.checks, 0, "an hour later is no delayed check");
        assert_eq!(due_check(&s, 24 * HOUR), Some(Check::Delayed));
        on_direct_answer(&mut s, true, 24 * HOUR);
        assert_eq!((s.checks, s.confirmed), (1, false));
        assert_eq!(
            due_check(&s, 3 * 24 * HOUR),
            None,
            "the week's check is not due"
        );
        on_direct_answer(&mut s, true, 7 * 24 * HOUR);
        assert!(s.confirmed && s.mastered);
        assert_eq!(
            due_check(&s, 30 * 24 * HOUR),
            None,
            "FSRS schedules the rest"
        );

        let mut t = learned(3);
        t.sittings = 2;
        promote(&mut t, 0);
        on_direct_answer(&mut t, false, 24 * HOUR);
        assert!(!t.mastered && !t.confirmed && t.sittings == 1, "{t:?}");
        t.correct += 1;
        assert!(
            !on_direct_answer(&mut t, true, 24 * HOUR + 60_000),
            "not in the same sitting"
        );
        assert!(
            on_direct_answer(&mut t, true, 37 * HOUR),
            "a later sitting masters it again"
        );
    }

    #[test]
    fn a_confirmed_skill_survives_a_slip_but_not_a_lapse() {
        let mut s = learned(5);
        promote(&mut s, 0);
        s.checks = 2;
        s.confirmed = true;
        s.p_learned = 0.96;
        on_direct_answer(&mut s, false, 40 * 24 * HOUR);
        assert!(s.confirmed, "knowledge tracing still says learned");
        s.p_learned = 0.8;
        on_direct_answer(&mut s, false, 41 * 24 * HOUR);
        assert!(!s.mastered && !s.confirmed);
    }

    #[test]
    fn a_mastered_skill_below_the_threshold_is_suspect() {
        let mut s = learned(3);
        promote(&mut s, 0);
        s.p_learned = 0.9;
        assert_eq!(due_check(&s, 1), Some(Check::Suspect));
    }
}

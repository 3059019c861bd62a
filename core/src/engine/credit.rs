//! Credit assignment: what a word's (or sentence's) answer says about its parts.
//!
//! A word is read right only if every letter in it is known — a conjunctive ("noisy-AND")
//! model, as in conjunctive knowledge tracing (Koedinger, Pavlik, Stamper, Nixon & Ritter 2011,
//! "Avoiding problem selection thrashing with conjunctive knowledge tracing", EDM). With
//! independent P(Lᵢ) for the parts and the word's own guess g and slip s:
//!
//! - P(right) = K(1 − s) + (1 − K)g, K = Πⱼ P(Lⱼ);
//! - P(Lᵢ | right) = P(Lᵢ)·[K₋ᵢ(1 − s) + (1 − K₋ᵢ)g] / P(right), K₋ᵢ = Πⱼ≠ᵢ P(Lⱼ);
//! - P(Lᵢ | wrong) = P(Lᵢ)·[K₋ᵢ s + (1 − K₋ᵢ)(1 − g)] / P(wrong).
//!
//! So a right word says every letter was probably known (least news about the letters already
//! likely), and a wrong word blames each letter by how likely it was unknown: a word of four
//! well-known letters and one new one mostly blames the new one. Each part then gets the
//! learning transition of its own parameters (she saw the word and its answer).
//!
//! Memory is credited sparingly. A right word is a retrieval of its letters, but a supported
//! one (the whole word, its picture, its sound help), so it counts as an FSRS *Hard* review of
//! its weakest letter only — the one whose recall was least sure, where the answer is most
//! informative — and never as a review of every letter (which let a letter's stability climb to
//! months on words alone). A wrong word changes no letter's memory: it cannot say which letter
//! failed; the lowered P(learned) makes the letters suspect and the planner asks them directly.

use super::bkt::BktParams;

/// P(learned) of each part after a word answer, before the learning transition: the
/// conjunctive posterior of each part given `correct`, with the word's `params` and `choices`.
pub fn part_posteriors(
    parts: &[f64],
    params: &BktParams,
    correct: bool,
    choices: usize,
) -> Vec<f64> {
    let guess = params.guess_for(choices);
    let slip = params.slip;
    let all: f64 = parts.iter().product();
    let (if_all, if_not) = if correct {
        (1.0 - slip, guess)
    } else {
        (slip, 1.0 - guess)
    };
    let evidence = all * if_all + (1.0 - all) * if_not;
    parts
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let others: f64 = parts
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, &q)| q)
                .product();
            let joint = p * (others * if_all + (1.0 - others) * if_not);
            if evidence > 0.0 {
                (joint / evidence).clamp(0.0, 1.0)
            } else {
                p
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORD: BktParams = BktParams::WORD;

    #[test]
    fn a_single_part_is_plain_knowledge_tracing() {
        for correct in [true, false] {
            let got = part_posteriors(&[0.4], &WORD, correct, 3)[0];
            let want = WORD.posterior(0.4, correct, 3);
            assert!((got - want).abs() < 1e-12, "{got} vs {want}");
        }
    }

    #[test]
    fn a_wrong_word_blames_the_letter_least_likely_known() {
        let after = part_posteriors(&[0.98, 0.98, 0.3], &WORD, false, 3);
        let drop_known = 0.98 - after[0];
        let drop_new = 0.3 - after[2];
        assert!(drop_new > 0.0 && drop_known >= 0.0);
        assert!(
            after[0] > 0.9,
            "a well-known letter keeps most of its estimate: {after:?}"
        );
        assert!(
            after[2] / 0.3 < after[0] / 0.98,
            "the new letter takes the blame: {after:?}"
        );
    }

    #[test]
    fn a_right_word_raises_every_part_and_the_unsure_ones_most() {
        let before = [0.95, 0.5];
        let after = part_posteriors(&before, &WORD, true, 3);
        assert!(after[0] > before[0] && after[1] > before[1]);
        assert!(after[1] - before[1] > after[0] - before[0]);
        // Less than a direct right answer would say: the word could have been guessed.
        assert!(after[1] < WORD.posterior(0.5, true, 0));
    }
}

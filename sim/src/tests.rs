//! Whole simulations: deterministic, and their chart is well-formed.

use super::*;
use crate::testing::sw_pack;

fn small() -> SimConfig {
    SimConfig {
        learners: 3,
        days: 6,
        threads: 2,
        ..SimConfig::default()
    }
}

#[test]
fn the_same_seed_gives_the_same_tables_and_another_seed_other_ones() {
    let pack = sw_pack();
    let policies = standard_policies();
    let a = simulate(&pack, &small(), &policies);
    let one_thread = SimConfig {
        threads: 1,
        ..small()
    };
    let b = simulate(&pack, &one_thread, &policies);
    assert_eq!(a.models, b.models, "threads do not change the result");
    assert_eq!(
        a.to_markdown(),
        simulate(&pack, &small(), &policies).to_markdown()
    );
    let other = SimConfig { seed: 2, ..small() };
    assert_ne!(a.models, simulate(&pack, &other, &policies).models);
}

#[test]
fn every_model_and_policy_is_reported_with_sane_measures() {
    let pack = sw_pack();
    let config = small();
    let report = simulate(&pack, &config, &standard_policies());
    assert_eq!(report.models.len(), TruthModel::ALL.len());
    for model in &report.models {
        let names: Vec<&str> = model.policies.iter().map(|p| p.policy.as_str()).collect();
        assert_eq!(&names[1..], ["fixed-order", "leitner", "random"]);
        for p in &model.policies {
            assert_eq!(
                p.exercises,
                (config.learners * config.budget()) as u64,
                "{}",
                p.policy
            );
            assert_eq!(p.unbuildable, 0, "{}", p.policy);
            assert_eq!(p.unit_pairs, config.learners * pack.units.len());
            assert_eq!(p.curve.len(), config.days + 1);
            assert_eq!(p.prediction.count, p.exercises as usize);
            for share in [
                p.mastered_share,
                p.retention,
                p.over_practice,
                p.correct_rate,
            ] {
                assert!((0.0..=1.0).contains(&share), "{}: {share}", p.policy);
            }
            assert!(p.exercises_to_unit <= config.budget() as f64);
            assert!(
                (p.curve[config.days] - p.mastered_share).abs() < 1e-9,
                "the curve ends at the budget's measure"
            );
            let letters = pack.units.iter().map(|u| u.graphemes.len()).sum::<usize>() as f64;
            assert!((0.0..=1.0).contains(&p.letters_known));
            assert!((p.letters_true - p.letters_known * letters).abs() < 1e-9);
            assert!(p.letters_counted <= letters && p.letters_true <= letters);
            assert!(p.letters_counted_true <= p.letters_counted.min(p.letters_true) + 1e-9);
            assert_eq!(p.units_known.len(), pack.units.len());
            assert!(p.units_known.iter().all(|s| (0.0..=1.0).contains(s)));
            let r = &p.recall;
            assert_eq!(
                r.unpredicted + r.bins.iter().map(|b| b.count).sum::<usize>(),
                r.samples
            );
        }
        // Day 0 is before any practice: the same for every policy.
        let day0: Vec<f64> = model.policies.iter().map(|p| p.curve[0]).collect();
        assert!(day0.windows(2).all(|w| w[0] == w[1]), "{day0:?}");
    }
    let table = report.to_markdown();
    for name in [
        "`bkt`",
        "`logistic`",
        "`memory`",
        "`actr`",
        "fixed-order",
        "Calibration",
        "letters truly known",
        "Per unit",
        "Predicted recall of mastered letters",
    ] {
        assert!(table.contains(name), "{name}");
    }
}

#[test]
fn the_chart_is_well_formed_with_one_line_per_policy() {
    let pack = sw_pack();
    let config = SimConfig {
        learners: 2,
        days: 3,
        models: vec![TruthModel::Memory],
        ..SimConfig::default()
    };
    let policies = standard_policies();
    let report = simulate(&pack, &config, &policies);
    let svg = mastery_chart(&report.models[0], &config);
    assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
    assert!(svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<polyline").count(), policies.len());
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    for p in &report.models[0].policies {
        assert!(
            svg.contains(&format!(">{}</text>", p.policy)),
            "legend {}",
            p.policy
        );
    }
    // Every polyline has one point per day plus the start.
    for line in svg.lines().filter(|l| l.starts_with("<polyline")) {
        let points = line
            .split("points=\"")
            .nth(1)
            .unwrap()
            .trim_end_matches("\"/>");
        assert_eq!(points.split(' ').count(), config.days + 1);
    }
    // Nothing but ASCII-safe markup and escaped text: no stray ampersands.
    assert!(!svg.contains("& "));
}

#[test]
fn baselines_give_no_predicted_recall_and_count_their_own_mastery() {
    let pack = sw_pack();
    let config = SimConfig {
        learners: 4,
        days: 8,
        models: vec![TruthModel::Logistic],
        ..SimConfig::default()
    };
    let report = simulate(&pack, &config, &baselines::all());
    for p in &report.models[0].policies {
        assert_eq!(p.recall.unpredicted, p.recall.samples, "{}", p.policy);
    }
    let leitner = &report.models[0].policies[1];
    assert_eq!(leitner.policy, "leitner");
    assert!(
        leitner.recall.samples > 0,
        "Leitner masters letters in 8 days"
    );
    assert!(report.to_markdown().contains("no prediction"));
}

/// Leitner, with a predicted recall of 0.95 for every letter it counts as mastered.
struct Predicting(baselines::Leitner);

impl SelectionPolicy for Predicting {
    fn name(&self) -> &'static str {
        "predicting"
    }

    fn choose(
        &self,
        ctx: &kusoma_core::policy::Context,
        rng: &mut rand_chacha::ChaCha8Rng,
    ) -> Option<kusoma_core::policy::Pick> {
        self.0.choose(ctx, rng)
    }

    fn observe(
        &self,
        pack: &kusoma_core::pack::Pack,
        model: &mut kusoma_core::model::LearnerModel,
        bank: &mut kusoma_core::model::ItemBank,
        obs: &kusoma_core::policy::Observation,
    ) -> Vec<kusoma_core::policy::Observed> {
        self.0.observe(pack, model, bank, obs)
    }

    fn unit_mastered(
        &self,
        pack: &kusoma_core::pack::Pack,
        model: &kusoma_core::model::LearnerModel,
        unit: usize,
    ) -> bool {
        self.0.unit_mastered(pack, model, unit)
    }

    fn predicted_recall(
        &self,
        _: &kusoma_core::pack::Pack,
        model: &kusoma_core::model::LearnerModel,
        skill: &str,
        _: i64,
    ) -> Option<f64> {
        model.mastered(skill).then_some(0.95)
    }
}

#[test]
fn a_policys_predicted_recall_is_binned_against_the_truths() {
    let pack = sw_pack();
    let config = SimConfig {
        learners: 3,
        days: 10,
        models: vec![TruthModel::Actr],
        ..SimConfig::default()
    };
    let policies: Vec<Box<dyn SelectionPolicy>> =
        vec![Box::new(Predicting(baselines::Leitner::default()))];
    let report = simulate(&pack, &config, &policies);
    let r = &report.models[0].policies[0].recall;
    assert!(r.samples > 0);
    assert_eq!(r.unpredicted, 0);
    assert_eq!(r.bins[9].count, r.samples, "every prediction is 0.95");
    assert!((r.bins[9].mean_predicted - 0.95).abs() < 1e-9);
    assert!((r.bins[9].observed - r.mean_true).abs() < 1e-9);
    let table = report.to_markdown();
    let recall = table
        .split("## Predicted recall of mastered letters")
        .nth(1)
        .unwrap();
    assert!(
        recall.contains("| predicted recall | predicting: n |"),
        "{recall}"
    );
    assert!(recall.contains("| 0.9–1.0 |"));
    assert!(!recall.contains("| 0.0–0.1 |"), "empty bins are left out");
}

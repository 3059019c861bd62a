//! The simulation's results as Markdown tables: outcomes per truth model (with the letters and
//! units truly known at the end), then the policies' prediction quality, the first policy's
//! calibration, and each policy's predicted recall of the letters it counts as mastered against
//! the truth's.

use std::fmt::Write as _;

use super::run::{ModelResult, PolicyResult, Report};

/// Names of the baselines the first policy is compared with, as they appear in the tables.
pub const COMPARED_WITH: [&str; 2] = ["fixed-order", "leitner"];

impl Report {
    /// Every table, in Markdown.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let c = &self.config;
        let _ = writeln!(
            out,
            "# Simulated learners: pack `{}`, {} learners, seed {}\n\n{} days × {} exercises \
             (budget {} exercises), {} choices per tap, {} skills in {} units; retention after {} \
             days without practice.\n",
            self.pack,
            c.learners,
            c.seed,
            c.days,
            c.session_length,
            c.budget(),
            c.choices,
            self.skills,
            self.units,
            c.retention_days
        );
        for model in &self.models {
            outcome_table(&mut out, model, c.budget());
            letters_table(&mut out, model, c.days);
            units_table(&mut out, model, c.days);
        }
        prediction_table(&mut out, &self.models);
        calibration_table(&mut out, &self.models);
        recall_tables(&mut out, &self.models);
        out
    }
}

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

fn outcome_table(out: &mut String, model: &ModelResult, budget: usize) {
    let _ = writeln!(
        out,
        "## Truth model `{}`: {}\n",
        model.model.name(),
        model.model.describe()
    );
    let _ = writeln!(
        out,
        "| policy | exercises to unit mastery¹ | same, mastered units only | units not mastered | \
         mastered at budget | 30-day retention | over-practice | right answers |"
    );
    let _ = writeln!(
        out,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for p in &model.policies {
        let unreached = p.units_unreached as f64 / p.unit_pairs.max(1) as f64;
        let _ = writeln!(
            out,
            "| {} | {:.1} | {:.1} | {} of {} ({}) | {} | {} | {} | {} |",
            p.policy,
            p.exercises_to_unit,
            p.exercises_to_unit_reached,
            p.units_unreached,
            p.unit_pairs,
            pct(unreached),
            pct(p.mastered_share),
            pct(p.retention),
            pct(p.over_practice),
            pct(p.correct_rate)
        );
    }
    let _ = writeln!(
        out,
        "\n¹ Mean over learners and units of the exercises done when the unit's graphemes were \
         first all truly mastered; a unit not mastered within the budget counts as {budget} (a \
         lower bound).\n"
    );
    if let Some(first) = model.policies.first() {
        let comparisons: Vec<String> = COMPARED_WITH
            .iter()
            .filter_map(|name| model.policies.iter().find(|p| p.policy == *name))
            .filter(|other| other.policy != first.policy)
            .map(|other| compare(first, other))
            .collect();
        if !comparisons.is_empty() {
            let _ = writeln!(out, "{}: {}.\n", first.policy, comparisons.join("; "));
        }
    }
    for p in model.policies.iter().filter(|p| p.unbuildable > 0) {
        let _ = writeln!(
            out,
            "Warning: {} picked {} items no exercise could be built for (skipped).\n",
            p.policy, p.unbuildable
        );
    }
}

/// "12.3 % fewer exercises to unit mastery than fixed-order".
fn compare(first: &PolicyResult, other: &PolicyResult) -> String {
    if other.exercises_to_unit <= 0.0 {
        return format!("no comparison with {} (0 exercises)", other.policy);
    }
    let saved = 1.0 - first.exercises_to_unit / other.exercises_to_unit;
    if saved >= 0.0 {
        format!(
            "{} fewer exercises to unit mastery than {}",
            pct(saved),
            other.policy
        )
    } else {
        format!(
            "{} more exercises to unit mastery than {}",
            pct(-saved),
            other.policy
        )
    }
}

fn prediction_table(out: &mut String, models: &[ModelResult]) {
    let _ = writeln!(
        out,
        "## Prediction quality\n\nEach policy's own P(correct), asked before every answer \
         (the baselines use the trait's default: 0.95 when their streak says mastered, else the \
         guess rate).\n"
    );
    let _ = writeln!(
        out,
        "| truth model | policy | AUC | log-loss | Brier | mean predicted | observed |"
    );
    let _ = writeln!(out, "| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for model in models {
        for p in &model.policies {
            let q = &p.prediction;
            let _ = writeln!(
                out,
                "| {} | {} | {} | {:.3} | {:.3} | {} | {} |",
                model.model.name(),
                p.policy,
                q.auc.map_or("—".to_owned(), |a| format!("{a:.3}")),
                q.log_loss,
                q.brier,
                pct(q.mean_predicted),
                pct(q.observed)
            );
        }
    }
    out.push('\n');
}

fn calibration_table(out: &mut String, models: &[ModelResult]) {
    let Some(name) = models
        .first()
        .and_then(|m| m.policies.first())
        .map(|p| p.policy.clone())
    else {
        return;
    };
    let _ = writeln!(
        out,
        "## Calibration of `{name}`\n\nPredictions in ten bins: how many, their mean, and the \
         share answered right.\n"
    );
    let mut header = String::from("| predicted |");
    let mut rule = String::from("| --- |");
    for model in models {
        let m = model.model.name();
        let _ = write!(header, " {m}: n | {m}: mean | {m}: observed |");
        rule.push_str(" ---: | ---: | ---: |");
    }
    let _ = writeln!(out, "{header}\n{rule}");
    let bins = models
        .first()
        .and_then(|m| m.policies.first())
        .map_or(0, |p| p.prediction.calibration.len());
    for b in 0..bins {
        let mut row = format!(
            "| {:.1}–{:.1} |",
            b as f64 / bins as f64,
            (b + 1) as f64 / bins as f64
        );
        for model in models {
            match model
                .policies
                .first()
                .and_then(|p| p.prediction.calibration.get(b))
            {
                Some(bin) if bin.count > 0 => {
                    let _ = write!(
                        row,
                        " {} | {} | {} |",
                        bin.count,
                        pct(bin.mean_predicted),
                        pct(bin.observed)
                    );
                }
                _ => row.push_str(" 0 | — | — |"),
            }
        }
        let _ = writeln!(out, "{row}");
    }
    out.push('\n');
}

/// Letters truly known at the end, and the policy's count of mastered letters against it.
fn letters_table(out: &mut String, model: &ModelResult, days: usize) {
    let _ = writeln!(
        out,
        "Letters after day {days} (means per learner): the share of the pack's letters truly \
         mastered, the letters the policy counts as mastered, those truly mastered, and those \
         both.\n"
    );
    let _ = writeln!(
        out,
        "| policy | letters truly known | counted mastered by the policy | truly mastered | \
         counted and truly mastered |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: |");
    for p in &model.policies {
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {:.1} | {:.1} |",
            p.policy,
            pct(p.letters_known),
            p.letters_counted,
            p.letters_true,
            p.letters_counted_true
        );
    }
    out.push('\n');
}

/// Per unit, the share of learners whose unit is truly mastered at the end.
fn units_table(out: &mut String, model: &ModelResult, days: usize) {
    let units = model.policies.first().map_or(0, |p| p.units_known.len());
    if units == 0 {
        return;
    }
    let _ = writeln!(
        out,
        "Per unit, % of learners with all the unit's letters truly mastered after day {days}:\n"
    );
    let mut header = String::from("| policy |");
    let mut rule = String::from("| --- |");
    for u in 1..=units {
        let _ = write!(header, " {u} |");
        rule.push_str(" ---: |");
    }
    let _ = writeln!(out, "{header}\n{rule}");
    for p in &model.policies {
        let mut row = format!("| {} |", p.policy);
        for share in &p.units_known {
            let _ = write!(row, " {:.0} |", 100.0 * share);
        }
        let _ = writeln!(out, "{row}");
    }
    out.push('\n');
}

/// Per truth model, each policy's predicted recall of the letters it counts as mastered against
/// the truth's recall, in ten bins.
fn recall_tables(out: &mut String, models: &[ModelResult]) {
    let _ = writeln!(
        out,
        "## Predicted recall of mastered letters against the truth\n\nAt the start of each day, \
         for every letter the policy counts as mastered: its predicted recall (the policy's own \
         estimate, `predicted_recall`) against the truth's recall (answering the letter's own \
         item from knowledge in its plainest kind). n samples, the mean prediction and the mean \
         true recall per bin.\n"
    );
    for model in models {
        let _ = writeln!(out, "### Truth model `{}`\n", model.model.name());
        let predicting: Vec<_> = model
            .policies
            .iter()
            .filter(|p| p.recall.unpredicted < p.recall.samples)
            .collect();
        for p in &model.policies {
            let r = &p.recall;
            let what = if r.unpredicted == r.samples {
                "no prediction".to_owned()
            } else if r.unpredicted > 0 {
                format!("no prediction for {} of them", r.unpredicted)
            } else {
                "all predicted".to_owned()
            };
            let _ = writeln!(
                out,
                "- {}: {} letter-days counted mastered, mean true recall {}; {}.",
                p.policy,
                r.samples,
                pct(r.mean_true),
                what
            );
        }
        out.push('\n');
        if predicting.is_empty() {
            continue;
        }
        let mut header = String::from("| predicted recall |");
        let mut rule = String::from("| --- |");
        for p in &predicting {
            let n = &p.policy;
            let _ = write!(header, " {n}: n | {n}: predicted | {n}: true |");
            rule.push_str(" ---: | ---: | ---: |");
        }
        let _ = writeln!(out, "{header}\n{rule}");
        let bins = predicting[0].recall.bins.len();
        for b in 0..bins {
            if predicting.iter().all(|p| p.recall.bins[b].count == 0) {
                continue;
            }
            let bin = &predicting[0].recall.bins[b];
            let mut row = format!("| {:.1}–{:.1} |", bin.lower, bin.upper);
            for p in &predicting {
                let bin = &p.recall.bins[b];
                if bin.count > 0 {
                    let _ = write!(
                        row,
                        " {} | {} | {} |",
                        bin.count,
                        pct(bin.mean_predicted),
                        pct(bin.observed)
                    );
                } else {
                    row.push_str(" 0 | — | — |");
                }
            }
            let _ = writeln!(out, "{row}");
        }
        out.push('\n');
    }
}

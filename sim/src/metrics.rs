//! Prediction-quality measures: AUC, log-loss and a calibration table of predicted
//! probabilities against outcomes; and a calibration of a policy's predicted recall against the
//! truth's recall ([`RecallCalibration`]).

/// Predictions are clamped to [ε, 1 − ε] for the log-loss, so one outcome predicted impossible
/// costs ln(1/ε) ≈ 6.9 nats instead of infinity (the trait's default prediction says 0 for a
/// tile exercise on an unmastered skill).
pub const LOG_LOSS_EPSILON: f64 = 1e-3;

/// One bin of a calibration table.
#[derive(Debug, Clone, PartialEq)]
pub struct CalibrationBin {
    /// Lowest prediction in the bin (inclusive).
    pub lower: f64,
    /// Highest prediction in the bin (exclusive, but 1.0 falls in the last bin).
    pub upper: f64,
    /// Predictions in the bin.
    pub count: usize,
    /// Their mean.
    pub mean_predicted: f64,
    /// The share of them that came true.
    pub observed: f64,
}

/// How well a policy's P(correct) predicted the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct PredictionQuality {
    /// Predictions scored.
    pub count: usize,
    /// Area under the ROC curve; `None` when every answer was right, or every one wrong.
    pub auc: Option<f64>,
    /// Mean negative log-likelihood (nats), predictions clamped by [`LOG_LOSS_EPSILON`].
    pub log_loss: f64,
    /// Mean squared error.
    pub brier: f64,
    /// Mean prediction.
    pub mean_predicted: f64,
    /// Share of right answers.
    pub observed: f64,
    /// Ten equal-width bins.
    pub calibration: Vec<CalibrationBin>,
}

impl PredictionQuality {
    /// Scores (prediction, outcome) pairs.
    pub fn of(pairs: &[(f64, bool)]) -> PredictionQuality {
        let n = pairs.len().max(1) as f64;
        PredictionQuality {
            count: pairs.len(),
            auc: auc(pairs),
            log_loss: log_loss(pairs),
            brier: pairs
                .iter()
                .map(|&(p, y)| (p - f64::from(u8::from(y))).powi(2))
                .sum::<f64>()
                / n,
            mean_predicted: pairs.iter().map(|&(p, _)| p).sum::<f64>() / n,
            observed: pairs.iter().filter(|&&(_, y)| y).count() as f64 / n,
            calibration: calibration(pairs, 10),
        }
    }
}

/// The area under the ROC curve: the probability that a right answer got a higher prediction
/// than a wrong one, ties counting half (Mann–Whitney with mid-ranks). `None` without both
/// outcomes.
pub fn auc(pairs: &[(f64, bool)]) -> Option<f64> {
    let positives = pairs.iter().filter(|&&(_, y)| y).count();
    let negatives = pairs.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    let mut sorted: Vec<(f64, bool)> = pairs.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Sum of the mid-ranks (1-based) of the positives.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            j += 1;
        }
        let mid_rank = (i + 1 + j) as f64 / 2.0;
        let tied_positives = sorted[i..j].iter().filter(|&&(_, y)| y).count();
        rank_sum += mid_rank * tied_positives as f64;
        i = j;
    }
    let p = positives as f64;
    Some((rank_sum - p * (p + 1.0) / 2.0) / (p * negatives as f64))
}

/// Mean negative log-likelihood of the outcomes, in nats, predictions clamped to
/// [[`LOG_LOSS_EPSILON`], 1 − [`LOG_LOSS_EPSILON`]]. 0 for no pairs.
pub fn log_loss(pairs: &[(f64, bool)]) -> f64 {
    if pairs.is_empty() {
        return 0.0;
    }
    let total: f64 = pairs
        .iter()
        .map(|&(p, y)| {
            let p = p.clamp(LOG_LOSS_EPSILON, 1.0 - LOG_LOSS_EPSILON);
            -(if y { p } else { 1.0 - p }).ln()
        })
        .sum();
    total / pairs.len() as f64
}

/// `bins` equal-width bins of the predictions over [0, 1] (1.0 goes in the last), with the mean
/// prediction and the observed rate in each (0 for an empty bin).
pub fn calibration(pairs: &[(f64, bool)], bins: usize) -> Vec<CalibrationBin> {
    let bins = bins.max(1);
    let mut count = vec![0usize; bins];
    let mut sum = vec![0.0; bins];
    let mut right = vec![0usize; bins];
    for &(p, y) in pairs {
        let b = ((p.clamp(0.0, 1.0) * bins as f64) as usize).min(bins - 1);
        count[b] += 1;
        sum[b] += p;
        right[b] += usize::from(y);
    }
    (0..bins)
        .map(|b| CalibrationBin {
            lower: b as f64 / bins as f64,
            upper: (b + 1) as f64 / bins as f64,
            count: count[b],
            mean_predicted: if count[b] > 0 {
                sum[b] / count[b] as f64
            } else {
                0.0
            },
            observed: if count[b] > 0 {
                right[b] as f64 / count[b] as f64
            } else {
                0.0
            },
        })
        .collect()
}

/// How a policy's predicted recall of the letters it counts as mastered compares with the
/// truth's recall of them, over (learner, day, letter) samples.
#[derive(Debug, Clone, PartialEq)]
pub struct RecallCalibration {
    /// Samples: a letter the policy counted as mastered at the start of a day.
    pub samples: usize,
    /// The truth's mean recall over all samples.
    pub mean_true: f64,
    /// Samples for which the policy gave no predicted recall.
    pub unpredicted: usize,
    /// Ten equal-width bins of the predicted recall; `observed` is the truth's mean recall in
    /// the bin (a probability, not a share of outcomes).
    pub bins: Vec<CalibrationBin>,
}

/// Running sums of a [`RecallCalibration`].
#[derive(Debug, Clone, Default)]
pub struct RecallTally {
    count: Vec<usize>,
    predicted: Vec<f64>,
    truth: Vec<f64>,
    samples: usize,
    truth_sum: f64,
    unpredicted: usize,
}

/// Bins of a [`RecallCalibration`].
pub const RECALL_BINS: usize = 10;

impl RecallTally {
    /// Adds one sample: the policy's prediction (if any) and the truth's recall.
    pub fn add(&mut self, predicted: Option<f64>, truth: f64) {
        if self.count.is_empty() {
            self.count = vec![0; RECALL_BINS];
            self.predicted = vec![0.0; RECALL_BINS];
            self.truth = vec![0.0; RECALL_BINS];
        }
        self.samples += 1;
        self.truth_sum += truth;
        match predicted.filter(|p| p.is_finite()) {
            Some(p) => {
                let p = p.clamp(0.0, 1.0);
                let b = ((p * RECALL_BINS as f64) as usize).min(RECALL_BINS - 1);
                self.count[b] += 1;
                self.predicted[b] += p;
                self.truth[b] += truth;
            }
            None => self.unpredicted += 1,
        }
    }

    /// The calibration so far.
    pub fn result(&self) -> RecallCalibration {
        let mean = |sum: f64, n: usize| if n > 0 { sum / n as f64 } else { 0.0 };
        RecallCalibration {
            samples: self.samples,
            mean_true: mean(self.truth_sum, self.samples),
            unpredicted: self.unpredicted,
            bins: (0..RECALL_BINS)
                .map(|b| {
                    let n = self.count.get(b).copied().unwrap_or(0);
                    CalibrationBin {
                        lower: b as f64 / RECALL_BINS as f64,
                        upper: (b + 1) as f64 / RECALL_BINS as f64,
                        count: n,
                        mean_predicted: mean(self.predicted.get(b).copied().unwrap_or(0.0), n),
                        observed: mean(self.truth.get(b).copied().unwrap_or(0.0), n),
                    }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_predictions_have_auc_one_and_reversed_zero() {
        let pairs = [(0.9, true), (0.8, true), (0.2, false), (0.1, false)];
        assert_eq!(auc(&pairs), Some(1.0));
        let reversed: Vec<(f64, bool)> = pairs.iter().map(|&(p, y)| (p, !y)).collect();
        assert_eq!(auc(&reversed), Some(0.0));
    }

    #[test]
    fn ties_count_half_and_one_class_has_no_auc() {
        assert_eq!(auc(&[(0.5, true), (0.5, false)]), Some(0.5));
        // Positives 0.7, 0.4; negatives 0.4, 0.1: pairs (0.7>0.4) (0.7>0.1) (0.4=0.4) (0.4>0.1).
        let pairs = [(0.7, true), (0.4, true), (0.4, false), (0.1, false)];
        assert_eq!(auc(&pairs), Some(3.5 / 4.0));
        assert_eq!(auc(&[(0.3, true), (0.9, true)]), None);
        assert_eq!(auc(&[]), None);
    }

    #[test]
    fn log_loss_is_the_mean_negative_log_likelihood() {
        let pairs = [(0.8, true), (0.25, false)];
        let expected = -(0.8f64.ln() + 0.75f64.ln()) / 2.0;
        assert!((log_loss(&pairs) - expected).abs() < 1e-12);
        assert!((log_loss(&[(0.5, true)]) - 2f64.ln()).abs() < 1e-12);
        let certain_and_wrong = log_loss(&[(1.0, false)]);
        assert!((certain_and_wrong - (1.0 / LOG_LOSS_EPSILON).ln()).abs() < 1e-9);
        assert_eq!(log_loss(&[]), 0.0);
    }

    #[test]
    fn calibration_bins_split_at_tenths() {
        let pairs = [
            (0.05, false),
            (0.15, true),
            (0.19, false),
            (0.95, true),
            (1.0, true),
            (0.1, true),
        ];
        let bins = calibration(&pairs, 10);
        assert_eq!(bins.len(), 10);
        assert_eq!(bins[0].count, 1);
        assert_eq!(bins[0].observed, 0.0);
        assert_eq!(bins[1].count, 3, "0.1 belongs to the second bin");
        assert!((bins[1].mean_predicted - (0.15 + 0.19 + 0.1) / 3.0).abs() < 1e-12);
        assert!((bins[1].observed - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(bins[9].count, 2, "1.0 falls in the last bin");
        assert_eq!(bins[9].observed, 1.0);
        assert_eq!(bins[5].count, 0);
        assert_eq!(bins.iter().map(|b| b.count).sum::<usize>(), pairs.len());
    }

    #[test]
    fn quality_summarizes_pairs() {
        let q = PredictionQuality::of(&[(1.0, true), (0.0, false)]);
        assert_eq!(q.count, 2);
        assert_eq!(q.auc, Some(1.0));
        assert_eq!(q.brier, 0.0);
        assert_eq!(q.observed, 0.5);
    }

    #[test]
    fn recall_calibration_bins_predictions_against_true_recall() {
        let mut tally = RecallTally::default();
        tally.add(Some(0.95), 0.5);
        tally.add(Some(0.91), 0.7);
        tally.add(Some(0.35), 0.3);
        tally.add(None, 0.9);
        let r = tally.result();
        assert_eq!(r.samples, 4);
        assert_eq!(r.unpredicted, 1);
        assert!((r.mean_true - 0.6).abs() < 1e-12);
        assert_eq!(r.bins.len(), RECALL_BINS);
        assert_eq!(r.bins[9].count, 2);
        assert!((r.bins[9].mean_predicted - 0.93).abs() < 1e-12);
        assert!((r.bins[9].observed - 0.6).abs() < 1e-12);
        assert_eq!(r.bins[3].count, 1);
        assert_eq!(RecallTally::default().result().bins[0].count, 0);
    }
}

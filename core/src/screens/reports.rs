//! What the report screens draw beyond the report records: numbers in the interface's own
//! digits (an Arabic screen shows ٧ and ٪ together, never 7 beside ٪), each week's bar with
//! its count and the day it starts, and attendance as "3 of 4" in the interface's words. The
//! shells draw these strings as they are, so no shell formats a number or rounds a share.

use crate::Kusoma;
use crate::clock::WEEK_MS;
use crate::l10n::Arg;
use crate::screens::text::UiText;
use crate::store::WeekCount;

/// One week's bar on a learner's chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekBar {
    /// Exercises answered that week (the bar's height).
    pub attempts: u32,
    /// The same count in the interface's digits, shown over the bar.
    pub count: String,
    /// The day the week starts (day/month, UTC), shown under the bar.
    pub starts: String,
}

impl Kusoma {
    /// The bars of a learner's weekly chart, oldest first.
    pub fn week_bars(&self, weeks: &[WeekCount]) -> Vec<WeekBar> {
        weeks
            .iter()
            .map(|w| {
                let count = Arg::Num(w.attempts.into());
                let (_, month, day) = crate::time::civil_date(w.week.saturating_mul(WEEK_MS));
                let date = [
                    ("day", Arg::Num(day.into())),
                    ("month", Arg::Num(month.into())),
                ];
                WeekBar {
                    attempts: w.attempts,
                    count: self
                        .ui_text(UiText::Count, &[("count", count)])
                        .unwrap_or_else(|| w.attempts.to_string()),
                    starts: self.ui_text(UiText::WeekOf, &date).unwrap_or_default(),
                }
            })
            .collect()
    }

    /// Group sessions attended of those held, in the interface's words ("3 of 4").
    pub fn attended_text(&self, attended: u32, held: u32) -> String {
        let args = [
            ("attended", Arg::Num(attended.into())),
            ("held", Arg::Num(held.into())),
        ];
        self.ui_text(UiText::AttendedOf, &args)
            .unwrap_or_else(|| format!("{attended}/{held}"))
    }
}

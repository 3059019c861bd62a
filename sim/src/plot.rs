//! A hand-written SVG line chart: the share of skills truly mastered against exercises, one
//! line per policy, with axes, tick labels, a title and a legend.

use std::fmt::Write as _;

use super::run::{ModelResult, SimConfig};

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 440.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 600.0;
const TOP: f64 = 50.0;
const BOTTOM: f64 = 380.0;
/// Line colours, one per policy in order (then repeated): colour-blind-safe Dark2.
pub const COLOURS: [&str; 6] = [
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
];

/// The chart of one truth model's results.
pub fn mastery_chart(result: &ModelResult, config: &SimConfig) -> String {
    let budget = config.budget().max(1) as f64;
    // The y axis goes up to the highest value rounded up to a tenth (a twentieth when small).
    let highest = result
        .policies
        .iter()
        .flat_map(|p| &p.curve)
        .fold(0.0f64, |a, &b| a.max(b));
    let y_step = if highest <= 0.2 { 0.05 } else { 0.1 };
    let y_ticks = ((highest / y_step - 1e-9).ceil() as u32).clamp(1, (1.0 / y_step).round() as u32);
    let y_max = f64::from(y_ticks) * y_step;
    let x_of = |exercises: f64| LEFT + (RIGHT - LEFT) * exercises / budget;
    let y_of = |share: f64| BOTTOM - (BOTTOM - TOP) * share.clamp(0.0, 1.0) / y_max;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(
        svg,
        r#"<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="white"/>"#
    );
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="28" text-anchor="middle" font-size="15">True mastery — {} model ({} learners)</text>"#,
        (LEFT + RIGHT) / 2.0,
        escape(result.model.name()),
        config.learners
    );
    // Grid and y ticks.
    for i in 0..=y_ticks {
        let share = f64::from(i) * y_step;
        let y = y_of(share);
        let _ = writeln!(
            svg,
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{RIGHT}\" y2=\"{y:.1}\" stroke=\"#e0e0e0\"/>"
        );
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}%</text>"#,
            LEFT - 6.0,
            y + 4.0,
            (share * 100.0).round()
        );
    }
    // X ticks.
    let step = nice_step(budget / 6.0);
    let mut tick = 0.0;
    while tick <= budget + 1e-9 {
        let x = x_of(tick);
        let _ = writeln!(
            svg,
            "<line x1=\"{x:.1}\" y1=\"{BOTTOM}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#333\"/>",
            BOTTOM + 5.0
        );
        let _ = writeln!(
            svg,
            r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            BOTTOM + 19.0,
            tick
        );
        tick += step;
    }
    // Axes and their labels.
    let _ = writeln!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{BOTTOM}\" x2=\"{RIGHT}\" y2=\"{BOTTOM}\" stroke=\"#333\"/>"
    );
    let _ = writeln!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{BOTTOM}\" stroke=\"#333\"/>"
    );
    let _ = writeln!(
        svg,
        r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">exercises ({} a day)</text>"#,
        (LEFT + RIGHT) / 2.0,
        BOTTOM + 42.0,
        config.session_length
    );
    let _ = writeln!(
        svg,
        r#"<text transform="translate(18 {:.1}) rotate(-90)" text-anchor="middle">skills truly mastered</text>"#,
        (TOP + BOTTOM) / 2.0
    );
    // One line per policy, then the legend.
    for (i, policy) in result.policies.iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        let points: Vec<String> = policy
            .curve
            .iter()
            .enumerate()
            .map(|(day, &share)| {
                format!(
                    "{:.1},{:.1}",
                    x_of((day * config.session_length) as f64),
                    y_of(share)
                )
            })
            .collect();
        let _ = writeln!(
            svg,
            r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
            points.join(" ")
        );
        let y = TOP + 10.0 + 22.0 * i as f64;
        let _ = writeln!(
            svg,
            r#"<line x1="{:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="3"/>"#,
            RIGHT + 20.0,
            RIGHT + 44.0
        );
        let _ = writeln!(
            svg,
            r#"<text x="{:.1}" y="{:.1}">{}</text>"#,
            RIGHT + 50.0,
            y + 4.0,
            escape(&policy.policy)
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// The smallest 1, 2 or 5 × 10ⁿ at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * magnitude)
        .max(1.0)
}

/// Escapes text for XML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(200.0), 200.0);
        assert_eq!(nice_step(170.0), 200.0);
        assert_eq!(nice_step(33.0), 50.0);
        assert_eq!(nice_step(0.3), 1.0);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}

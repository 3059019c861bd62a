//! Timestamps and durations in the ISO 8601 forms xAPI and CSV readers expect, from ms since
//! the Unix epoch (no date library in the phone library).

use crate::clock::{DAY_MS, HOUR_MS};

/// `2026-11-26T10:00:00.123Z` for `ms` since the Unix epoch (proleptic Gregorian, UTC).
pub fn iso_timestamp(ms: i64) -> String {
    let days = ms.div_euclid(DAY_MS);
    let in_day = ms.rem_euclid(DAY_MS);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        in_day / HOUR_MS,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000
    )
}

/// Year, month and day (UTC) of `ms` since the Unix epoch.
pub fn civil_date(ms: i64) -> (i64, u32, u32) {
    civil_from_days(ms.div_euclid(DAY_MS))
}

/// An ISO 8601 duration (`PT2.35S`) for `ms` milliseconds (negative counts as 0).
pub fn iso_duration(ms: i64) -> String {
    let ms = ms.max(0);
    let (s, frac) = (ms / 1000, ms % 1000);
    if frac == 0 {
        format!("PT{s}S")
    } else {
        let frac = format!("{frac:03}");
        format!("PT{s}.{}S", frac.trim_end_matches('0'))
    }
}

/// Year, month, day of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_match_known_dates() {
        assert_eq!(iso_timestamp(0), "1970-01-01T00:00:00.000Z");
        // 2000-02-29 (a leap day) 12:34:56.789 UTC.
        assert_eq!(iso_timestamp(951_827_696_789), "2000-02-29T12:34:56.789Z");
        assert_eq!(iso_timestamp(1_795_687_200_000), "2026-11-26T10:00:00.000Z");
        assert_eq!(iso_timestamp(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn durations_drop_trailing_zeros() {
        assert_eq!(iso_duration(2350), "PT2.35S");
        assert_eq!(iso_duration(2000), "PT2S");
        assert_eq!(iso_duration(5), "PT0.005S");
        assert_eq!(iso_duration(-4), "PT0S");
    }
}

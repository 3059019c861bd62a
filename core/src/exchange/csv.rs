//! CSV rows (RFC 4180) for spreadsheets: quoted when needed, and guarded against formula
//! injection — a learner's typed answer starting with `=` must not run in a spreadsheet.

use std::io::Write;

/// Writes one CSV record ending in CRLF.
pub fn record<W: Write>(out: &mut W, fields: &[&str]) -> std::io::Result<()> {
    let mut line = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        push_field(&mut line, field);
    }
    line.push_str("\r\n");
    out.write_all(line.as_bytes())
}

fn push_field(line: &mut String, field: &str) {
    // A cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice).
    let guarded;
    let field =
        if field.starts_with(['=', '+', '-', '@', '\t', '\r']) && field.parse::<f64>().is_err() {
            guarded = format!("'{field}");
            guarded.as_str()
        } else {
            field
        };
    if field.contains([',', '"', '\n', '\r']) {
        line.push('"');
        line.push_str(&field.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(fields: &[&str]) -> String {
        let mut out = Vec::new();
        record(&mut out, fields).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(line(&["a", "b c", "ना"]), "a,b c,ना\r\n");
        assert_eq!(
            line(&["a,b", "say \"hi\"", "x\ny"]),
            "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n"
        );
    }

    #[test]
    fn formulas_are_defused_but_numbers_are_not() {
        assert_eq!(
            line(&["=1+1", "@SUM(A1)", "-2.5", "+x"]),
            "'=1+1,'@SUM(A1),-2.5,'+x\r\n"
        );
    }
}

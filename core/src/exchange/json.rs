//! A small JSON writer for the xAPI export: statements have a fixed shape, so writing them by
//! hand keeps a JSON library out of the phone library.

use std::fmt::Write;

/// Appends `s` as a JSON string literal.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Other control characters, and the two line separators JavaScript chokes on.
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a number; a non-finite value (which JSON cannot hold) is written as 0.
pub fn number(out: &mut String, x: f64) {
    if x.is_finite() {
        let _ = write!(out, "{x}");
    } else {
        out.push('0');
    }
}

/// An object being written: `{"key":value,...}` with commas handled.
pub struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    /// Opens an object.
    pub fn open(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, first: true }
    }

    fn key(&mut self, key: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        string(self.out, key);
        self.out.push(':');
        self.out
    }

    /// A string member.
    pub fn str(&mut self, key: &str, value: &str) -> &mut Self {
        let out = self.key(key);
        string(out, value);
        self
    }

    /// A number member.
    pub fn num(&mut self, key: &str, value: f64) -> &mut Self {
        let out = self.key(key);
        number(out, value);
        self
    }

    /// A boolean member.
    pub fn bool(&mut self, key: &str, value: bool) -> &mut Self {
        let out = self.key(key);
        out.push_str(if value { "true" } else { "false" });
        self
    }

    /// A member whose value `write` appends (an object, an array).
    pub fn raw(&mut self, key: &str, write: impl FnOnce(&mut String)) -> &mut Self {
        let out = self.key(key);
        write(out);
        self
    }

    /// Closes the object.
    pub fn close(&mut self) {
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}e\u{2028}é𝄞");
        assert_eq!(out, r#""a\"b\\c\nd\u0001e\u2028é𝄞""#);
    }

    #[test]
    fn objects_nest_with_commas() {
        let mut out = String::new();
        Object::open(&mut out)
            .str("a", "x")
            .num("b", 1.5)
            .num("n", f64::NAN)
            .bool("c", false)
            .raw("d", |o| Object::open(o).num("e", 2.0).close())
            .close();
        assert_eq!(out, r#"{"a":"x","b":1.5,"n":0,"c":false,"d":{"e":2}}"#);
    }
}

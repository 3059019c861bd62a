//! Checks an untrusted FTL text before it reaches the Fluent parser, which has no recursion
//! limit: size is capped by the reader, nesting depth here.

/// Deepest nesting of `{` placeables and `(` call arguments accepted.
pub const MAX_DEPTH: usize = 32;

/// The 1-based line where nesting first goes deeper than [`MAX_DEPTH`], if it does.
/// Braces inside string literals are counted too, which can only over-estimate the depth.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut line = 1;
    for c in text.chars() {
        match c {
            '\n' => line += 1,
            '{' | '(' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(line);
                }
            }
            '}' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_nesting_and_rejects_deep_nesting() {
        assert_eq!(too_deep("a = { $n ->\n *[other] { $n }\n}\n"), None);
        let deep = format!("a = {}x{}\n", "{".repeat(33), "}".repeat(33));
        assert_eq!(too_deep(&deep), Some(1));
        let calls = format!("a = {{ {}1{} }}\n", "NUMBER(".repeat(40), ")".repeat(40));
        assert!(too_deep(&calls).is_some());
    }
}

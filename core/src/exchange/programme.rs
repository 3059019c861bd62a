//! The programme's own IRI, under which a phone's xAPI statements name learners' accounts
//! (`<iri>/learners`), activities (`<iri>/packs/…`, `<iri>/groups/…`) and extensions
//! (`<iri>/xapi/…`). A programme sets it once on each phone, before the first statement is
//! sent: a statement's id is fixed by its record, so the same statement sent again under
//! another IRI would be a conflict the LRS refuses, and one learner would have two accounts.
//! Until it is set, statements use [`DEFAULT_IRI`] under `.invalid` (RFC 2606), a name that
//! no one can own, rather than a domain of someone else's.

use crate::error::{Error, Result};
use crate::kusoma::Kusoma;
use crate::store::PROGRAMME_IRI;

/// The IRI statements use until a programme sets its own.
pub const DEFAULT_IRI: &str = "https://kusoma.invalid";

/// The longest programme IRI accepted (statements repeat it in every id).
pub const MAX_IRI_LEN: usize = 200;

/// Checks a programme IRI: an absolute `https://` (or `http://`) address with a host, no
/// query, fragment, space or control character, at most [`MAX_IRI_LEN`] bytes. Returns it
/// without a trailing `/`, since statements append `/learners`, `/packs/…`.
pub fn check_iri(iri: &str) -> Result<String> {
    let iri = iri.trim().trim_end_matches('/');
    let invalid = |why: &str| Err(Error::InvalidInput(format!("programme IRI `{iri}`: {why}")));
    if iri.len() > MAX_IRI_LEN {
        return invalid(&format!("longer than {MAX_IRI_LEN} bytes"));
    }
    let Some(rest) = iri
        .strip_prefix("https://")
        .or_else(|| iri.strip_prefix("http://"))
    else {
        return invalid("must start with https:// (or http://)");
    };
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || host.starts_with('.') || host.starts_with(':') {
        return invalid("has no host name");
    }
    if let Some(c) = iri
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '\\'))
    {
        return invalid(&format!("may not contain {c:?}"));
    }
    Ok(iri.to_owned())
}

impl Kusoma {
    /// The IRI this phone's statements are named under: the programme's, once set, else
    /// [`DEFAULT_IRI`].
    pub fn programme_iri(&self) -> Result<String> {
        Ok(self
            .store
            .device_value(PROGRAMME_IRI)?
            .unwrap_or_else(|| DEFAULT_IRI.to_owned()))
    }

    /// Sets the programme's IRI on this phone (a facilitator's action), once: setting the same
    /// IRI again is accepted, another is refused, and so is any once statements have been
    /// accepted by an LRS under the default. Returns the IRI as stored.
    pub fn set_programme_iri(&mut self, iri: &str) -> Result<String> {
        self.require_facilitator()?;
        let iri = check_iri(iri)?;
        match self.store.device_value(PROGRAMME_IRI)? {
            Some(current) if current == iri => return Ok(iri),
            Some(current) => {
                return Err(Error::InvalidInput(format!(
                    "this phone's programme IRI is already {current}: its statements are named under it, so it cannot change"
                )));
            }
            None if self.store.any_watermark()? => {
                return Err(Error::InvalidInput(format!(
                    "this phone has already sent statements under {DEFAULT_IRI}: a programme IRI must be set before the first sync"
                )));
            }
            None => {}
        }
        self.store.set_device_value(PROGRAMME_IRI, &iri)?;
        Ok(iri)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iri_is_an_absolute_web_address_without_query_or_fragment() {
        assert_eq!(
            check_iri(" https://literacy.example.org/kusoma/ ").unwrap(),
            "https://literacy.example.org/kusoma"
        );
        assert_eq!(
            check_iri("http://10.0.0.5:8080").unwrap(),
            "http://10.0.0.5:8080"
        );
        for bad in [
            "",
            "literacy.example.org",
            "ftp://example.org",
            "https://",
            "https:///path",
            "https://example.org/a b",
            "https://example.org/?x=1",
            "https://example.org/#top",
            "https://example.org/\u{1b}[31m",
        ] {
            let err = check_iri(bad).unwrap_err().to_string();
            assert!(err.contains("programme IRI"), "{bad:?}: {err}");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_IRI_LEN));
        assert!(
            check_iri(&long)
                .unwrap_err()
                .to_string()
                .contains("longer than")
        );
    }
}

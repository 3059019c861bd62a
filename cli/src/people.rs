//! `kusoma facilitator …`, `kusoma learner …`: profiles on a shared phone from the terminal,
//! and unlocking the facilitator tools for one command.
//!
//! A PIN is read from `$KUSOMA_FACILITATOR_PIN` (or a learner's from `--pin`), never echoed;
//! scripts set the variable, people at a terminal type it when asked.

use clap::{Args, Subcommand};
use kusoma_core::{AgeBand, Demographics, Enrolment, Gender, Kusoma, Learner};

use crate::error::{CliError, Result, usage};
use crate::term::Input;

/// The environment variable holding the facilitator's PIN.
pub const PIN_VARIABLE: &str = "KUSOMA_FACILITATOR_PIN";

/// `kusoma facilitator …`
#[derive(Debug, Subcommand)]
pub enum FacilitatorCommand {
    /// Add a facilitator; the PIN comes from $KUSOMA_FACILITATOR_PIN (the first facilitator of
    /// a phone needs no other; later ones need an existing facilitator's PIN in --unlock-pin).
    Add {
        /// The facilitator's name.
        name: String,
    },
    /// List the facilitators.
    List,
    /// Show the programme's IRI, which names this phone's xAPI statements, or set it: once, and
    /// before the first sync (e.g. https://literacy.example.org).
    Programme {
        /// The IRI to set.
        iri: Option<String>,
    },
}

/// `kusoma learner …`
#[derive(Debug, Subcommand)]
pub enum LearnerCommand {
    /// Enrol a learner.
    Add(AddLearner),
    /// List the learners (name, id, login, demographics).
    List,
    /// Delete a learner and all of her data, for good.
    Delete {
        /// Name or id.
        learner: String,
    },
}

/// Arguments of `kusoma learner add`.
#[derive(Debug, Args)]
pub struct AddLearner {
    /// The learner's name.
    pub name: String,
    /// An icon or emoji.
    #[arg(long, default_value = "")]
    pub icon: String,
    /// Picture login: three picture numbers from 1 to 12, e.g. `3,7,12`.
    #[arg(long, value_delimiter = ',', num_args = 1)]
    pub pictures: Vec<u8>,
    /// A PIN of 4 to 8 digits.
    #[arg(long)]
    pub pin: Option<String>,
    /// female, male, other (stored only with --consent).
    #[arg(long)]
    pub gender: Option<String>,
    /// 10-14, 15-24, 25-34, 35-49, 50+ (stored only with --consent).
    #[arg(long)]
    pub age_band: Option<String>,
    /// The learner agreed that her gender and age band are recorded.
    #[arg(long)]
    pub consent: bool,
}

/// Finds a learner by id or name (ignoring case); an unknown or ambiguous name is an error.
pub fn find(kusoma: &Kusoma, key: &str) -> Result<Learner> {
    let key = key.trim();
    let learners = kusoma.learners()?;
    if let Some(l) = learners.iter().find(|l| l.id == key) {
        return Ok(l.clone());
    }
    let named: Vec<&Learner> = learners
        .iter()
        .filter(|l| l.name.to_lowercase() == key.to_lowercase())
        .collect();
    match named.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(usage(format!("no learner named or numbered {key:?}"))),
        _ => Err(usage(format!(
            "{} learners are named {key:?}; use the id (kusoma learner list)",
            named.len()
        ))),
    }
}

/// Unlocks the facilitator tools when the phone has a facilitator: the one named by `who`, or
/// the only one, with the PIN from $KUSOMA_FACILITATOR_PIN or typed at the prompt.
pub fn unlock(kusoma: &mut Kusoma, who: Option<&str>) -> Result<()> {
    let facilitators = kusoma.facilitators()?;
    if facilitators.is_empty() {
        return Ok(());
    }
    let f = match who {
        Some(key) => facilitators
            .iter()
            .find(|f| f.id == key || f.name.to_lowercase() == key.to_lowercase())
            .ok_or_else(|| usage(format!("no facilitator named {key:?}")))?,
        None if facilitators.len() == 1 => &facilitators[0],
        None => {
            return Err(usage(
                "this phone has several facilitators: name one with --facilitator",
            ));
        }
    };
    let pin = match std::env::var(PIN_VARIABLE) {
        Ok(pin) => pin,
        Err(_) => Input::stdin()
            .ask(&format!("PIN of {}:", f.name))
            .ok_or_else(|| {
                usage(format!(
                    "the facilitator PIN is needed: set ${PIN_VARIABLE}"
                ))
            })?,
    };
    kusoma
        .unlock_facilitator(&f.id, pin.trim())
        .map(|_| ())
        .map_err(CliError::from)
}

/// Runs `kusoma facilitator …`.
pub fn facilitator(
    kusoma: &mut Kusoma,
    command: &FacilitatorCommand,
    who: Option<&str>,
) -> Result<()> {
    match command {
        FacilitatorCommand::Add { name } => {
            if !kusoma.facilitators()?.is_empty() {
                unlock(kusoma, None)?;
            }
            let pin = std::env::var("KUSOMA_NEW_FACILITATOR_PIN")
                .or_else(|_| std::env::var(PIN_VARIABLE))
                .map_err(|_| {
                    usage(format!("set the new facilitator's PIN in $KUSOMA_NEW_FACILITATOR_PIN or ${PIN_VARIABLE}"))
                })?;
            let f = kusoma.create_facilitator(name, pin.trim())?;
            println!("facilitator {} ({})", f.name, f.id);
        }
        FacilitatorCommand::List => {
            for f in kusoma.facilitators()? {
                println!("{}\t{}", f.id, f.name);
            }
        }
        FacilitatorCommand::Programme { iri: None } => {
            let iri = kusoma.programme_iri()?;
            if iri == kusoma_core::exchange::programme::DEFAULT_IRI {
                println!("{iri} (not set: set the programme's own before the first sync)");
            } else {
                println!("{iri}");
            }
        }
        FacilitatorCommand::Programme { iri: Some(iri) } => {
            unlock(kusoma, who)?;
            println!("programme IRI: {}", kusoma.set_programme_iri(iri)?);
        }
    }
    Ok(())
}

/// Runs `kusoma learner …`.
pub fn learner(kusoma: &mut Kusoma, command: &LearnerCommand, who: Option<&str>) -> Result<()> {
    match command {
        LearnerCommand::Add(a) => {
            unlock(kusoma, who)?;
            let demographics = demographics(a)?;
            let pictures = if a.pictures.is_empty() {
                None
            } else {
                // People count pictures from 1; the core numbers them from 0. The range is
                // checked here so the message speaks of the numbers the facilitator typed.
                let count = kusoma_core::secret::PICTURES;
                if let Some(&bad) = a.pictures.iter().find(|&&p| p == 0 || p > count) {
                    return Err(usage(format!(
                        "there are {count} pictures, numbered 1 to {count}; {bad} is not one"
                    )));
                }
                Some(a.pictures.iter().map(|&p| p - 1).collect::<Vec<u8>>())
            };
            let l = kusoma.enrol_learner(&Enrolment {
                name: a.name.clone(),
                icon: a.icon.clone(),
                pictures,
                pin: a.pin.clone(),
                demographics,
            })?;
            println!("learner {} ({})", l.name, l.id);
        }
        LearnerCommand::List => {
            for l in kusoma.learners()? {
                let login = match (l.has_pictures, l.has_pin) {
                    (true, true) => "pictures+PIN",
                    (true, false) => "pictures",
                    (false, true) => "PIN",
                    (false, false) => "open",
                };
                println!(
                    "{}\t{}\t{login}\t{}\t{}",
                    l.id,
                    l.name,
                    l.gender.as_str(),
                    l.age_band.as_str()
                );
            }
        }
        LearnerCommand::Delete { learner } => {
            unlock(kusoma, who)?;
            let l = find(kusoma, learner)?;
            kusoma.delete_learner(&l.id)?;
            println!("deleted {} and all of her data", l.name);
        }
    }
    Ok(())
}

fn demographics(a: &AddLearner) -> Result<Option<Demographics>> {
    if a.gender.is_none() && a.age_band.is_none() {
        return Ok(None);
    }
    if !a.consent {
        return Err(usage(
            "gender and age band are recorded only with the learner's consent: add --consent",
        ));
    }
    let gender = match &a.gender {
        Some(g) => Gender::parse(g)
            .ok_or_else(|| usage(format!("gender {g:?}: use female, male or other")))?,
        None => Gender::Unspecified,
    };
    let age_band = match &a.age_band {
        Some(b) => AgeBand::parse(b).ok_or_else(|| {
            usage(format!(
                "age band {b:?}: use 10-14, 15-24, 25-34, 35-49 or 50+"
            ))
        })?,
        None => AgeBand::Unspecified,
    };
    Ok(Some(Demographics { gender, age_band }))
}

//! What every object over the core shares: how it takes its lock.

use std::sync::{Mutex, MutexGuard};

use crate::error::KusomaError;

/// What is behind `inner` (the engine, or a screen's flow). A panic in an earlier call poisons
/// the lock; the store is transactional and every flow changes its state only after the core
/// call it makes has succeeded, so what is behind the lock is still whole: keep serving.
pub(crate) fn held<T>(inner: &Mutex<T>) -> MutexGuard<'_, T> {
    inner
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs a tap's `action` on the screen flow behind `inner` and gives what the screen draws
/// after it (`view` reads it), so one tap is one call.
pub(crate) fn act<F, V: Clone>(
    inner: &Mutex<F>,
    view: fn(&F) -> &V,
    action: impl FnOnce(&mut F) -> kusoma_core::Result<()>,
) -> Result<V, KusomaError> {
    shown(inner, |f| view(f).clone(), action)
}

/// [`act`] for a screen built from the flow (an enum by phase) rather than read from it.
pub(crate) fn shown<F, V>(
    inner: &Mutex<F>,
    view: impl FnOnce(&F) -> V,
    action: impl FnOnce(&mut F) -> kusoma_core::Result<()>,
) -> Result<V, KusomaError> {
    let mut flow = held(inner);
    action(&mut flow)?;
    Ok(view(&flow))
}

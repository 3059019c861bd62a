//! What every object over the core shares: how it takes its lock.

use std::sync::{Mutex, MutexGuard};

/// What is behind `inner` (the engine, or a screen's flow). A panic in an earlier call poisons
/// the lock; the store is transactional and every flow changes its state only after the core
/// call it makes has succeeded, so what is behind the lock is still whole: keep serving.
pub(crate) fn held<T>(inner: &Mutex<T>) -> MutexGuard<'_, T> {
    inner
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

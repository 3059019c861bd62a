//! A sync to a Learning Record Store, driven by the app with its own HTTP: the core's policy
//! (`kusoma_core::exchange::sync`) behind one object. The app loops: `next(engine)`; on `Post`
//! it posts the body to `<endpoint>/statements` and calls `answer` with the status (or none
//! when the network failed); on `Wait` it waits; `Done` and `Failed` end the loop.

use std::sync::{Arc, Mutex};

use kusoma_core::exchange::sync::{LrsAnswer, LrsSync, SyncPolicy, SyncStep};

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::flow::held;

// The core's `SyncStep`, crossing as it is (a mirror of its shape, no copy of its values): Post
// (POST `body` to `<endpoint>/statements` with Basic auth and `X-Experience-API-Version:
// 1.0.3`, then `answer`), Wait (`ms`, then `next` again), Done, Failed (`reason` to show).
#[uniffi::remote(Enum)]
pub enum SyncStep {
    Post { body: String, statements: u32 },
    Wait { ms: u64, reason: String },
    Done { sent: u64 },
    Failed { reason: String, sent: u64 },
}

/// One sync in progress.
#[derive(uniffi::Object)]
pub struct LrsSyncSession {
    inner: Mutex<LrsSync>,
}

#[uniffi::export]
impl LrsSyncSession {
    /// What to do next (reads and commits batches through `engine`).
    pub fn next(&self, engine: Arc<KusomaEngine>) -> Result<SyncStep, KusomaError> {
        let mut sync = held(&self.inner);
        Ok(sync.next(&mut engine.core())?)
    }

    /// The LRS's answer to the last post: its HTTP status and body, or no status when the
    /// request never got an answer (then `body` says what the platform reported).
    pub fn answer(&self, status: Option<u16>, body: String) {
        let answer = match status {
            Some(code) => LrsAnswer::Status { code, body },
            None => LrsAnswer::Unreachable { reason: body },
        };
        held(&self.inner).answer(answer);
    }

    /// Statements accepted so far.
    pub fn sent(&self) -> u64 {
        held(&self.inner).sent()
    }
}

#[uniffi::export]
impl KusomaEngine {
    /// Starts a sync to the LRS `endpoint` (its xAPI URL, which also names the watermark):
    /// `batch` statements per post, `tries` per request. Facilitators only.
    pub fn start_sync(
        &self,
        endpoint: String,
        batch: u32,
        tries: u32,
    ) -> Result<Arc<LrsSyncSession>, KusomaError> {
        let policy = SyncPolicy {
            batch,
            tries,
            ..SyncPolicy::default()
        };
        let sync = self.core().start_sync(&endpoint, policy)?;
        Ok(Arc::new(LrsSyncSession {
            inner: Mutex::new(sync),
        }))
    }
}

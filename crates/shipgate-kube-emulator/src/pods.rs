//! The pods of one ReplicaSet, internal to the emulator: created when it
//! scales up, available after [`crate::Config::ready_after`] unless their
//! image never pulls, terminating for [`crate::Config::terminate_after`] when
//! it scales down.

use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
struct Pod {
    created: Instant,
}

/// One ReplicaSet's pods.
#[derive(Debug, Clone, Default)]
pub struct Pods {
    running: Vec<Pod>,
    /// When each terminating pod is gone.
    terminating: Vec<Instant>,
    /// Whether the image pulls: false keeps every pod unavailable.
    pub pulls: bool,
}

impl Pods {
    /// No pods of an image that pulls or not.
    pub fn new(pulls: bool) -> Self {
        Self {
            pulls,
            ..Self::default()
        }
    }

    fn is_available(&self, pod: &Pod, now: Instant, ready_after: Duration) -> bool {
        self.pulls && now.saturating_duration_since(pod.created) >= ready_after
    }

    /// Creates or terminates pods until `count` run. Unavailable pods go
    /// first, then the newest.
    pub fn scale(&mut self, count: usize, now: Instant, ready_after: Duration, linger: Duration) {
        while self.running.len() < count {
            self.running.push(Pod { created: now });
        }
        while self.running.len() > count {
            let pick = self
                .running
                .iter()
                .rposition(|p| !self.is_available(p, now, ready_after))
                .unwrap_or(self.running.len() - 1);
            self.running.remove(pick);
            if !linger.is_zero() {
                self.terminating.push(now + linger);
            }
        }
        self.terminating.retain(|gone| *gone > now);
    }

    /// How many run (terminating ones aside).
    pub fn running(&self) -> usize {
        self.running.len()
    }

    /// How many are available.
    pub fn available(&self, now: Instant, ready_after: Duration) -> usize {
        self.running
            .iter()
            .filter(|p| self.is_available(p, now, ready_after))
            .count()
    }

    /// How many are terminating.
    pub fn terminating(&self, now: Instant) -> usize {
        self.terminating.iter().filter(|gone| **gone > now).count()
    }
}

//! A per-identity rate limit: a token bucket for each authenticated
//! identity, so one runaway CI job cannot starve the others.
//!
//! The buckets live in this replica's memory: behind a load balancer of N
//! replicas, an identity gets at most N times the limit, which is what a
//! limit against accidents (not attacks) needs.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many requests an identity may make.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// The sustained rate, requests per second (more than 0).
    pub per_second: f64,
    /// How many requests may come at once after a quiet spell (at least 1).
    pub burst: u32,
}

/// The most identities tracked at once; beyond it, the full buckets are
/// forgotten (a forgotten bucket is a full one).
const MAX_IDENTITIES: usize = 100_000;

/// The buckets of every identity seen.
pub struct RateLimiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl RateLimiter {
    /// A limiter enforcing `limit`.
    pub fn new(limit: RateLimit) -> Self {
        Self {
            limit: RateLimit {
                per_second: if limit.per_second > 0.0 {
                    limit.per_second
                } else {
                    f64::MIN_POSITIVE
                },
                burst: limit.burst.max(1),
            },
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request from `identity`'s bucket: `Ok` when it may go on,
    /// or how long until it may, when the bucket is empty.
    pub fn check(&self, identity: &str) -> Result<(), Duration> {
        self.check_at(identity, Instant::now())
    }

    fn check_at(&self, identity: &str, now: Instant) -> Result<(), Duration> {
        let burst = f64::from(self.limit.burst);
        let Ok(mut buckets) = self.buckets.lock() else {
            // A poisoned lock: limit nobody rather than everybody.
            return Ok(());
        };
        if buckets.len() >= MAX_IDENTITIES && !buckets.contains_key(identity) {
            let rate = self.limit.per_second;
            buckets.retain(|_, (tokens, at)| {
                *tokens + now.duration_since(*at).as_secs_f64() * rate < burst
            });
        }
        let (tokens, at) = buckets.entry(identity.to_owned()).or_insert((burst, now));
        let refilled =
            (*tokens + now.duration_since(*at).as_secs_f64() * self.limit.per_second).min(burst);
        *at = now;
        if refilled >= 1.0 {
            *tokens = refilled - 1.0;
            Ok(())
        } else {
            *tokens = refilled;
            let wait = (1.0 - refilled) / self.limit.per_second;
            Err(Duration::from_secs_f64(wait.min(86_400.0)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_empties_refills_and_is_per_identity() {
        let limiter = RateLimiter::new(RateLimit {
            per_second: 2.0,
            burst: 3,
        });
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check_at("a", t0), Ok(()));
        }
        let wait = limiter.check_at("a", t0).err().unwrap_or_default();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_millis(500),
            "{wait:?}"
        );
        assert_eq!(limiter.check_at("b", t0), Ok(()));
        assert_eq!(
            limiter.check_at("a", t0 + Duration::from_millis(500)),
            Ok(())
        );
        assert!(
            limiter
                .check_at("a", t0 + Duration::from_millis(500))
                .is_err()
        );
    }
}

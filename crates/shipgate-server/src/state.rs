//! What every handler shares.

use std::sync::Arc;

use crate::auth::Authenticator;
use crate::metrics::Metrics;
use crate::readers::ReaderPool;
use crate::writer::WriterHandle;

/// The application state: the writer, the readers, the authenticator, the
/// metrics and the settings handlers need.
#[derive(Clone)]
pub struct AppState {
    /// The group-commit writer.
    pub writer: WriterHandle,
    /// Read connections.
    pub readers: ReaderPool,
    /// Who is calling.
    pub authenticator: Arc<Authenticator>,
    /// Metrics.
    pub metrics: Arc<Metrics>,
    /// The service name entries of the seed's endpoints carry.
    pub service: Arc<str>,
    /// How long a request may take.
    pub request_timeout: std::time::Duration,
}

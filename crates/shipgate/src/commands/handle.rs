//! [`LedgerHandle`]: the ledger a release command reads and writes, local or
//! the audit server, behind the release crate's one [`Ledger`] trait.

use std::ops::Range;

use shipgate_ledger::entry::Kind;
use shipgate_ledger::store::{Selection, Store, Visit};
use shipgate_release::ReleaseError;
use shipgate_release::ledger::Ledger;
use shipgate_server::client::Client;

use crate::exit::CliError;

/// A local store, or the audit server.
pub enum LedgerHandle {
    /// `sqlite:PATH` or `postgres://...`.
    Local(Box<dyn Store>),
    /// `https://...`: reads with the server's filters, appends with an
    /// idempotency key.
    Remote(Box<Client>),
}

impl LedgerHandle {
    /// Fails (exit 3) unless the ledger will take entries of `kind` from
    /// this credential: always for a local store; for the audit server, when
    /// one of the roles it verified for the credential may write them. Asked
    /// before a driver runs, so nothing is deployed that the ledger would
    /// then refuse to record.
    pub fn require_write(&self, kind: Kind) -> Result<(), CliError> {
        let Self::Remote(client) = self else {
            return Ok(());
        };
        let me = client.whoami().map_err(super::remote::error)?;
        if me.may_write(kind) {
            return Ok(());
        }
        let roles: Vec<&str> = me.roles.iter().map(|r| r.as_str()).collect();
        Err(CliError::runtime(format!(
            "the audit server would refuse to record the {}: `{}` holds the role(s) {}, and nothing was done",
            kind.as_str(),
            me.id,
            if roles.is_empty() { "none".to_owned() } else { roles.join(", ") }
        ))
        .hint("use a credential with the `deployer` role (a server token, or an ID token a `[[server.oidc.roles]]` rule makes a deployer)"))
    }

    /// Opens the ledger at `location`: a store (writable when `write`), or a
    /// client for the server with the credential from the environment.
    pub fn open(location: &str, write: bool) -> Result<Self, CliError> {
        if super::remote::is_server(location) {
            return super::remote::client(location, "using").map(|c| Self::Remote(Box::new(c)));
        }
        let store = if write {
            super::ledger::open_location(location)?
        } else {
            super::ledger::open_location_read_only(location)?
        };
        Ok(Self::Local(store))
    }
}

fn server(e: shipgate_server::client::ClientError) -> ReleaseError {
    ReleaseError::Server(Box::new(e))
}

impl Ledger for LedgerHandle {
    fn select(&mut self, selection: &Selection, visit: &mut Visit<'_>) -> Result<(), ReleaseError> {
        match self {
            Self::Local(store) => Ledger::select(store.as_mut(), selection, visit),
            Self::Remote(client) => client.select(selection, visit).map_err(server),
        }
    }

    fn entry(&mut self, seq: u64) -> Result<Option<Vec<u8>>, ReleaseError> {
        match self {
            Self::Local(store) => Ledger::entry(store.as_mut(), seq),
            Self::Remote(client) => Ok(client.entry(seq).map_err(server)?.map(|e| e.bytes)),
        }
    }

    fn append(&mut self, entries: &[Vec<u8>]) -> Result<Range<u64>, ReleaseError> {
        match self {
            Self::Local(store) => Ledger::append(store.as_mut(), entries),
            Self::Remote(client) => client.append(entries).map_err(server),
        }
    }
}

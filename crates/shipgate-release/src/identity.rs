//! Who asks, and whether two names are the same person.

use shipgate_ledger::entry::Actor;

/// Who is asking: an approver, a rejecter, a deployer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The identity (`GITLAB_USER_LOGIN`, an e-mail address, a token's subject).
    pub id: String,
    /// How it was established (`gitlab-ci`, `github-actions`, `git-config`, `token`, ...).
    pub via: String,
    /// Whether anyone checked it (an ID token, a server token). CI variables
    /// and the local git user are not verified.
    pub verified: bool,
    /// Groups from a verified ID token's claims; empty for unverified identities.
    pub groups: Vec<String>,
}

impl Identity {
    /// The identity an entry's actor names. Groups are not recorded in
    /// entries, so there are none.
    pub fn from_actor(actor: &Actor) -> Self {
        Self {
            id: actor.id.clone(),
            via: actor.via.clone(),
            verified: actor.verified.unwrap_or(false),
            groups: Vec::new(),
        }
    }

    /// The entry actor for this identity.
    pub fn actor(&self) -> Actor {
        Actor {
            id: self.id.clone(),
            via: self.via.clone(),
            verified: Some(self.verified),
        }
    }
}

/// An author or committer of a commit in the release range.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Person {
    /// The name git recorded.
    pub name: String,
    /// The e-mail address git recorded.
    pub email: String,
}

impl Person {
    /// Whether identity `id` may be this person: the same e-mail address, the
    /// same name, or the e-mail's local part (a CI login such as `dana` for
    /// `dana@payments.test`), ignoring case. Matching generously can only
    /// refuse an approval, never allow one, so four-eyes fails closed.
    ///
    /// A verified identity names its provider (`gitlab:dana`): the login
    /// after the provider is compared too.
    pub fn is(&self, id: &str) -> bool {
        let id = id.trim();
        if id.is_empty() {
            return false;
        }
        let local = self.email.split('@').next().unwrap_or_default();
        let ids = [id, login(id)];
        [self.email.as_str(), self.name.as_str(), local]
            .iter()
            .any(|candidate| {
                let candidate = candidate.trim();
                !candidate.is_empty() && ids.iter().any(|i| candidate.eq_ignore_ascii_case(i))
            })
    }
}

/// Whether two identities name the same person, ignoring case and, when
/// one is an e-mail address and the other is not, the address's domain.
/// A provider prefix (`gitlab:`, `github:`) is ignored: `gitlab:dana` and
/// `dana` are the same person. Matching generously can only refuse.
pub fn same_identity(a: &str, b: &str) -> bool {
    let (a, b) = (login(a.trim()), login(b.trim()));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let local = |s: &str| s.split('@').next().unwrap_or_default().to_owned();
    match (a.contains('@'), b.contains('@')) {
        (true, false) => local(a).eq_ignore_ascii_case(b),
        (false, true) => local(b).eq_ignore_ascii_case(a),
        _ => false,
    }
}

/// The login of `id` without its provider prefix: `dana` for `gitlab:dana`;
/// `id` itself when it has none. A prefix is a word of letters, digits and
/// `-` before the first `:`.
fn login(id: &str) -> &str {
    match id.split_once(':') {
        Some((provider, rest))
            if !provider.is_empty()
                && !rest.trim().is_empty()
                && provider
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
        {
            rest.trim()
        }
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_is_their_email_name_or_login() {
        let dana = Person {
            name: "Dana Dev".into(),
            email: "dana@payments.test".into(),
        };
        assert!(dana.is("dana@payments.test"));
        assert!(dana.is("DANA@payments.test"));
        assert!(dana.is("Dana Dev"));
        assert!(dana.is("dana"));
        assert!(!dana.is("dan"));
        assert!(!dana.is("alice@payments.test"));
        assert!(!dana.is(""));
        assert!(dana.is("gitlab:dana"));
        assert!(dana.is("github:DANA@payments.test"));
        assert!(!dana.is("gitlab:dan"));
        assert!(!dana.is("gitlab:"));
    }

    #[test]
    fn identities_compare_by_login_and_address() {
        assert!(same_identity("alice", "Alice"));
        assert!(same_identity("alice@bank.test", "alice"));
        assert!(same_identity("alice", "alice@bank.test"));
        assert!(!same_identity("alice@bank.test", "alice@other.test"));
        assert!(!same_identity("alice", "bob"));
        assert!(!same_identity("", ""));
        assert!(same_identity("gitlab:alice", "alice"));
        assert!(same_identity("alice@bank.test", "github:alice"));
        assert!(!same_identity("gitlab:alice", "gitlab:bob"));
        assert!(!same_identity("gitlab:alice", "github:alicia"));
    }
}

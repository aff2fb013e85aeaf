//! `[environments.NAME]`: the release policy of one deployment environment.
//!
//! What must be true before a release of a commit may go to the environment:
//! gates passed in the ledger, a verified staging deployment, approvals from
//! allowed people who did not write the change, a change ticket, and no
//! freeze window (unless break-glass).

use std::collections::BTreeMap;
use std::path::Path;

use jiff::SignedDuration;
use jiff::tz::TimeZone;
use serde::Deserialize;
use toml::Spanned;

use crate::ConfigError;

/// The environment whose policy defaults to refusing unverified identities.
pub const PRODUCTION: &str = "production";

/// `[environments]`: one policy per environment name.
pub type EnvironmentsConfig = BTreeMap<String, EnvironmentPolicy>;

/// `[environments.NAME]`: the policy a release must meet to go to `NAME`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EnvironmentPolicy {
    /// Gates (`migrations`, `secrets`, `vulns`, `container`, `coverage`)
    /// whose latest recorded result for the commit must be `pass` or `warn`,
    /// from a clean work tree.
    pub required_gates: Vec<Spanned<String>>,
    /// An environment (usually `staging`) where the same commit or image
    /// digest must have been deployed successfully and then passed a smoke test.
    pub require_deployed_in: Option<Spanned<String>>,
    /// How many distinct people must approve (default 0).
    pub approvals: u32,
    /// Identities that may approve. With `approver_groups` also empty, anyone may.
    pub approvers: Vec<String>,
    /// Groups (from a verified ID token's claims) whose members may approve.
    pub approver_groups: Vec<String>,
    /// Four-eyes: no approver may be an author or committer of a commit in
    /// the release range, the pipeline's triggerer, or the deployer (default true).
    pub four_eyes: Option<bool>,
    /// How long an approval stays valid, such as `24h` or `8h 30m` (default: no limit).
    pub approval_ttl: Option<Spanned<String>>,
    /// A regular expression every approval's change ticket must match,
    /// such as `^(CHG|PAY)-[0-9]+$`. Unset: no ticket needed.
    pub ticket_pattern: Option<Spanned<String>>,
    /// Whether an identity nobody verified (CI variables, the local git user)
    /// may approve. Default: false for `production`, true elsewhere.
    pub allow_unverified: Option<bool>,
    /// Whether break-glass is allowed: an emergency approval, with a required
    /// reason, that overrides freeze windows and the approval count and is
    /// recorded as `needs-review` (default false).
    pub break_glass: bool,
    /// Freeze windows: `[[environments.NAME.freeze]]`.
    pub freeze: Vec<FreezeWindow>,
    /// How `shipgate deploy` and `rollback` deploy: `[environments.NAME.deploy]`.
    /// Not part of the policy's hash: changing the deploy command does not
    /// void approvals.
    pub deploy: Option<DeployConfig>,
    /// The smoke test `shipgate smoke` runs: `[[environments.NAME.smoke]]`.
    pub smoke: Vec<SmokeCheck>,
}

/// One `[[environments.NAME.smoke]]` check: an HTTP request and what its
/// response must be.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmokeCheck {
    /// A name for output and the ledger, such as `health`.
    pub name: String,
    /// The `http://` or `https://` URL.
    pub url: Spanned<String>,
    /// `GET` (default), `HEAD` or `POST`.
    #[serde(default)]
    pub method: SmokeMethod,
    /// The request body, for `POST`.
    pub body: Option<String>,
    /// The expected status (default 200).
    pub status: Option<Spanned<u16>>,
    /// Text the response body must contain.
    pub contains: Option<String>,
    /// How long the request may take (default `10s`).
    pub timeout: Option<Spanned<String>>,
}

/// The HTTP methods a smoke check may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum SmokeMethod {
    /// GET.
    #[default]
    Get,
    /// HEAD.
    Head,
    /// POST.
    Post,
}

impl SmokeCheck {
    /// The expected status (default 200).
    pub fn expected_status(&self) -> u16 {
        self.status.as_ref().map_or(200, |s| *s.get_ref())
    }

    /// The timeout (default 10 seconds). Validated at load.
    pub fn timeout(&self) -> SignedDuration {
        self.timeout
            .as_ref()
            .and_then(|t| parse_duration(t.get_ref()).ok())
            .unwrap_or(SignedDuration::from_secs(10))
    }

    fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let url = self.url.get_ref();
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(ConfigError::at_span(
                path,
                text,
                Some(self.url.span()),
                format!(
                    "the smoke check `{}` URL must start with http:// or https://",
                    self.name
                ),
            ));
        }
        if let Some(status) = &self.status
            && !(100..=599).contains(status.get_ref())
        {
            return Err(ConfigError::at_span(
                path,
                text,
                Some(status.span()),
                format!("`{}` is not an HTTP status", status.get_ref()),
            ));
        }
        if let Some(timeout) = &self.timeout {
            parse_duration(timeout.get_ref())
                .map_err(|m| ConfigError::at_span(path, text, Some(timeout.span()), m))?;
        }
        Ok(())
    }
}

/// The deploy drivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DriverKind {
    /// Runs a configured command (helm, argocd, nomad, a script).
    #[default]
    Exec,
    /// Sets a Deployment's container image through the Kubernetes API, as
    /// `kubectl set image` does, and waits for the rollout as `kubectl
    /// rollout status` does.
    Kubernetes,
}

/// `[environments.NAME.deploy]`: the deploy driver and its settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeployConfig {
    /// The driver (default `exec`).
    #[serde(default)]
    pub driver: DriverKind,
    /// The command and its arguments, run from the config file's folder with
    /// the image in `SHIPGATE_IMAGE` (see docs/release.md): for `exec`, and
    /// required there.
    pub command: Option<Spanned<Vec<String>>>,
    /// How long the command may run before it is killed, or how long the
    /// Kubernetes rollout may take, before the deployment counts as failed
    /// (default `300s`).
    pub timeout: Option<Spanned<String>>,
    /// `kubernetes`: the Deployment's namespace (default: the kubeconfig
    /// context's namespace, else `default`).
    pub namespace: Option<String>,
    /// `kubernetes`: the Deployment's name. Required there.
    pub deployment: Option<Spanned<String>>,
    /// `kubernetes`: the container whose image is set. Required there.
    pub container: Option<Spanned<String>>,
    /// `kubernetes`: the kubeconfig file, relative to the config file's
    /// folder (default: `KUBECONFIG`, else `~/.kube/config`, else the
    /// in-cluster service account).
    pub kubeconfig: Option<Spanned<String>>,
    /// `kubernetes`: the kubeconfig context (default: its current context).
    pub context: Option<String>,
    /// `kubernetes`: use the pod's service account, not a kubeconfig.
    #[serde(default)]
    pub in_cluster: bool,
    /// `kubernetes`: also wait until no old pod is still terminating
    /// (`status.terminatingReplicas` is 0), so a smoke test reaches only new
    /// pods (default false).
    #[serde(default)]
    pub wait_terminating: bool,
}

impl DeployConfig {
    fn validate_exec(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let Some(command) = &self.command else {
            return Err(ConfigError::at_span(
                path,
                text,
                None,
                "the `exec` deploy driver needs `command`: the program and its arguments, such as [\"./deploy.sh\"]",
            ));
        };
        if command
            .get_ref()
            .first()
            .is_none_or(|c| c.trim().is_empty())
        {
            return Err(ConfigError::at_span(
                path,
                text,
                Some(command.span()),
                "the deploy `command` is empty: give the program and its arguments, such as [\"./deploy.sh\"]",
            ));
        }
        let kubernetes_only = [
            ("namespace", self.namespace.is_some()),
            ("deployment", self.deployment.is_some()),
            ("container", self.container.is_some()),
            ("kubeconfig", self.kubeconfig.is_some()),
            ("context", self.context.is_some()),
            ("in_cluster", self.in_cluster),
            ("wait_terminating", self.wait_terminating),
        ];
        if let Some((key, _)) = kubernetes_only.iter().find(|(_, set)| *set) {
            return Err(ConfigError::at_span(
                path,
                text,
                None,
                format!(
                    "`{key}` is a setting of the `kubernetes` deploy driver, not of `exec`: add `driver = \"kubernetes\"` or remove it"
                ),
            ));
        }
        Ok(())
    }

    fn validate_kubernetes(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        if let Some(command) = &self.command {
            return Err(ConfigError::at_span(
                path,
                text,
                Some(command.span()),
                "`command` is a setting of the `exec` deploy driver: the `kubernetes` driver sets the image itself",
            ));
        }
        for (key, value) in [
            ("deployment", &self.deployment),
            ("container", &self.container),
        ] {
            match value {
                None => {
                    return Err(ConfigError::at_span(
                        path,
                        text,
                        None,
                        format!(
                            "the `kubernetes` deploy driver needs `{key}`: the name of the Deployment and of its container whose image is set"
                        ),
                    ));
                }
                Some(v) if v.get_ref().trim().is_empty() => {
                    return Err(ConfigError::at_span(
                        path,
                        text,
                        Some(v.span()),
                        format!("the deploy `{key}` is empty"),
                    ));
                }
                Some(_) => {}
            }
        }
        if self.in_cluster && self.kubeconfig.is_some() {
            return Err(ConfigError::at_span(
                path,
                text,
                self.kubeconfig.as_ref().map(Spanned::span),
                "give either `kubeconfig` or `in_cluster = true`, not both",
            ));
        }
        Ok(())
    }

    /// The timeout (default 300 seconds). Validated at load.
    pub fn timeout(&self) -> SignedDuration {
        self.timeout
            .as_ref()
            .and_then(|t| parse_duration(t.get_ref()).ok())
            .unwrap_or(SignedDuration::from_secs(300))
    }

    fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        match self.driver {
            DriverKind::Exec => self.validate_exec(text, path)?,
            DriverKind::Kubernetes => self.validate_kubernetes(text, path)?,
        }
        if let Some(timeout) = &self.timeout {
            parse_duration(timeout.get_ref())
                .map_err(|m| ConfigError::at_span(path, text, Some(timeout.span()), m))?;
        }
        Ok(())
    }
}

/// One `[[environments.NAME.freeze]]` window: it opens at every time the cron
/// expression matches in the time zone, and lasts `duration`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreezeWindow {
    /// A name for messages, such as `weekend`.
    pub name: Option<String>,
    /// When the window opens: a five-field cron expression (`0 16 * * FRI`).
    pub cron: Spanned<String>,
    /// How long it lasts, such as `64h` (Friday 16:00 to Monday 08:00).
    pub duration: Spanned<String>,
    /// The IANA time zone the cron expression is read in (default `UTC`).
    pub timezone: Option<Spanned<String>>,
}

impl EnvironmentPolicy {
    /// Whether four-eyes applies (default true).
    pub fn four_eyes(&self) -> bool {
        self.four_eyes.unwrap_or(true)
    }

    /// Whether unverified identities may approve in environment `name`.
    pub fn allows_unverified(&self, name: &str) -> bool {
        self.allow_unverified.unwrap_or(name != PRODUCTION)
    }

    /// The approval time-to-live, `None` for no limit. Validated at load.
    pub fn ttl(&self) -> Option<SignedDuration> {
        self.approval_ttl
            .as_ref()
            .and_then(|t| parse_duration(t.get_ref()).ok())
    }

    pub(crate) fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let at = |span, message: String| ConfigError::at_span(path, text, Some(span), message);
        for gate in &self.required_gates {
            if !GATES.contains(&gate.get_ref().as_str()) {
                return Err(at(
                    gate.span(),
                    format!(
                        "`{}` is not a gate; the gates are {}",
                        gate.get_ref(),
                        GATES.join(", ")
                    ),
                ));
            }
        }
        if let Some(env) = &self.require_deployed_in
            && env.get_ref().trim().is_empty()
        {
            return Err(at(
                env.span(),
                "`require_deployed_in` is empty: name an environment such as `staging`".into(),
            ));
        }
        if let Some(ttl) = &self.approval_ttl {
            parse_duration(ttl.get_ref()).map_err(|m| at(ttl.span(), m))?;
        }
        if let Some(pattern) = &self.ticket_pattern
            && let Err(err) = regex::Regex::new(pattern.get_ref())
        {
            return Err(at(
                pattern.span(),
                format!(
                    "`{}` is not a valid regular expression: {err}",
                    pattern.get_ref()
                ),
            ));
        }
        for window in &self.freeze {
            window.validate(text, path)?;
        }
        if let Some(deploy) = &self.deploy {
            deploy.validate(text, path)?;
        }
        for check in &self.smoke {
            check.validate(text, path)?;
        }
        Ok(())
    }
}

/// The gates `required_gates` may name.
pub const GATES: [&str; 5] = ["container", "coverage", "migrations", "secrets", "vulns"];

impl FreezeWindow {
    /// The parsed cron expression. Validated at load.
    pub fn schedule(&self) -> Result<croner::Cron, String> {
        parse_cron(self.cron.get_ref())
    }

    /// The window's length. Validated at load.
    pub fn length(&self) -> Result<SignedDuration, String> {
        parse_duration(self.duration.get_ref())
    }

    /// The time zone. Validated at load.
    pub fn zone(&self) -> Result<TimeZone, String> {
        match &self.timezone {
            None => Ok(TimeZone::UTC),
            Some(name) => TimeZone::get(name.get_ref())
                .map_err(|e| format!("`{}` is not a known time zone: {e}", name.get_ref())),
        }
    }

    /// A name for messages: `name`, else the cron expression.
    pub fn label(&self) -> String {
        self.name
            .clone()
            .unwrap_or_else(|| self.cron.get_ref().clone())
    }

    fn validate(&self, text: &str, path: &Path) -> Result<(), ConfigError> {
        let at = |span, message: String| ConfigError::at_span(path, text, Some(span), message);
        self.schedule().map_err(|m| at(self.cron.span(), m))?;
        self.length().map_err(|m| at(self.duration.span(), m))?;
        if let Some(zone) = &self.timezone {
            self.zone().map_err(|m| at(zone.span(), m))?;
        }
        Ok(())
    }
}

fn parse_cron(pattern: &str) -> Result<croner::Cron, String> {
    croner::parser::CronParser::new()
        .parse(pattern)
        .map_err(|e| format!("`{pattern}` is not a cron expression: {e}"))
}

/// A positive duration such as `24h`, `8h 30m` or `PT64H`.
fn parse_duration(text: &str) -> Result<SignedDuration, String> {
    let duration: SignedDuration = text.parse().map_err(|e| {
        format!("`{text}` is not a duration: {e}; write it as `24h`, `8h 30m` or `PT64H`")
    })?;
    if duration.is_positive() {
        Ok(duration)
    } else {
        Err(format!("`{text}` is not a positive duration"))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use std::path::Path;

    use crate::Config;

    fn parse(text: &str) -> Result<Config, crate::ConfigError> {
        Config::from_str_at(text, Path::new("/repo/shipgate.toml"))
    }

    const FULL: &str = r#"
[environments.staging]
required_gates = ["migrations", "secrets"]

[environments.production]
required_gates = ["migrations", "secrets", "vulns"]
require_deployed_in = "staging"
approvals = 2
approvers = ["alice@bank.test", "bob"]
approver_groups = ["release-managers"]
approval_ttl = "24h"
ticket_pattern = "^(CHG|PAY)-[0-9]+$"
break_glass = true

[[environments.production.freeze]]
name = "weekend"
cron = "0 16 * * FRI"
duration = "64h"
timezone = "Europe/London"
"#;

    #[test]
    fn a_full_policy_parses_with_its_defaults() {
        let config = parse(FULL).unwrap();
        let production = &config.environments["production"];
        assert_eq!(production.approvals, 2);
        assert!(production.four_eyes());
        assert!(!production.allows_unverified("production"));
        assert_eq!(production.ttl().unwrap().as_secs(), 24 * 3600);
        let window = &production.freeze[0];
        assert_eq!(window.length().unwrap().as_hours(), 64);
        assert_eq!(window.zone().unwrap().iana_name(), Some("Europe/London"));
        let staging = &config.environments["staging"];
        assert!(staging.allows_unverified("staging"));
        assert_eq!(staging.approvals, 0);
        assert!(staging.ttl().is_none());
    }

    #[test]
    fn unknown_keys_and_bad_values_name_line_and_column() {
        let cases = [
            (
                "[environments.production]\napprovers_count = 2\n",
                (2, 1),
                "unknown field `approvers_count`",
            ),
            (
                "[environments.production]\napprovals = -1\n",
                (2, 13),
                "invalid value",
            ),
            (
                "[environments.production]\nrequired_gates = [\"lint\"]\n",
                (2, 19),
                "`lint` is not a gate",
            ),
            (
                "[environments.production]\napproval_ttl = \"soon\"\n",
                (2, 16),
                "`soon` is not a duration",
            ),
            (
                "[environments.production]\napproval_ttl = \"0s\"\n",
                (2, 16),
                "not a positive duration",
            ),
            (
                "[environments.production]\nticket_pattern = \"(CHG\"\n",
                (2, 18),
                "not a valid regular expression",
            ),
            (
                "[environments.production]\nrequire_deployed_in = \" \"\n",
                (2, 23),
                "is empty",
            ),
            (
                "[[environments.production.freeze]]\ncron = \"0 25 * * *\"\nduration = \"1h\"\n",
                (2, 8),
                "not a cron expression",
            ),
            (
                "[[environments.production.freeze]]\ncron = \"0 16 * * FRI\"\nduration = \"a while\"\n",
                (3, 12),
                "not a duration",
            ),
            (
                "[[environments.production.freeze]]\ncron = \"0 16 * * FRI\"\nduration = \"1h\"\ntimezone = \"Mars/Olympus\"\n",
                (4, 12),
                "not a known time zone",
            ),
            (
                "[[environments.production.freeze]]\ncron = \"0 16 * * FRI\"\nduration = \"1h\"\nuntil = \"monday\"\n",
                (4, 1),
                "unknown field `until`",
            ),
        ];
        for (text, (line, column), message) in cases {
            let err = parse(text).unwrap_err();
            assert_eq!(
                (err.line, err.column),
                (Some(line), Some(column)),
                "{text}: {err}"
            );
            assert!(err.message.contains(message), "{text}: {err}");
        }
    }

    #[test]
    fn a_deploy_driver_is_configured_per_environment() {
        let config = parse("[environments.production.deploy]\ncommand = [\"./deploy.sh\", \"--wait\"]\ntimeout = \"90s\"\n").unwrap();
        let deploy = config.environments["production"].deploy.as_ref().unwrap();
        assert_eq!(deploy.driver, super::DriverKind::Exec);
        assert_eq!(
            deploy.command.as_ref().unwrap().get_ref(),
            &["./deploy.sh", "--wait"]
        );
        assert_eq!(deploy.timeout().as_secs(), 90);
        let default = parse("[environments.production.deploy]\ncommand = [\"x\"]\n").unwrap();
        assert_eq!(
            default.environments["production"]
                .deploy
                .as_ref()
                .unwrap()
                .timeout()
                .as_secs(),
            300
        );
        for (text, (line, column), message) in [
            (
                "[environments.production.deploy]\ncommand = []\n",
                (2, 11),
                "is empty",
            ),
            (
                "[environments.production.deploy]\ndriver = \"kubectl\"\ncommand = [\"x\"]\n",
                (2, 10),
                "unknown variant `kubectl`",
            ),
            (
                "[environments.production.deploy]\ncommand = [\"x\"]\ntimeout = \"forever\"\n",
                (3, 11),
                "not a duration",
            ),
            (
                "[environments.production.deploy]\ncommand = [\"x\"]\nwait = true\n",
                (3, 1),
                "unknown field `wait`",
            ),
        ] {
            let err = parse(text).unwrap_err();
            assert_eq!(
                (err.line, err.column),
                (Some(line), Some(column)),
                "{text}: {err}"
            );
            assert!(err.message.contains(message), "{text}: {err}");
        }
    }

    #[test]
    fn the_kubernetes_driver_names_its_deployment_and_container() {
        let config = parse("[environments.production.deploy]\ndriver = \"kubernetes\"\nnamespace = \"payments\"\ndeployment = \"api\"\ncontainer = \"app\"\nkubeconfig = \"kube/config\"\ncontext = \"prod\"\nwait_terminating = true\n").unwrap();
        let deploy = config.environments["production"].deploy.as_ref().unwrap();
        assert_eq!(deploy.driver, super::DriverKind::Kubernetes);
        assert_eq!(deploy.deployment.as_ref().unwrap().get_ref(), "api");
        assert_eq!(deploy.container.as_ref().unwrap().get_ref(), "app");
        assert_eq!(deploy.namespace.as_deref(), Some("payments"));
        assert!(deploy.wait_terminating);
        assert_eq!(deploy.timeout().as_secs(), 300);
        for (text, message) in [
            (
                "driver = \"kubernetes\"\ncontainer = \"app\"\n",
                "needs `deployment`",
            ),
            (
                "driver = \"kubernetes\"\ndeployment = \"api\"\n",
                "needs `container`",
            ),
            (
                "driver = \"kubernetes\"\ndeployment = \"api\"\ncontainer = \" \"\n",
                "`container` is empty",
            ),
            (
                "driver = \"kubernetes\"\ndeployment = \"a\"\ncontainer = \"b\"\ncommand = [\"x\"]\n",
                "`command` is a setting of the `exec`",
            ),
            (
                "driver = \"kubernetes\"\ndeployment = \"a\"\ncontainer = \"b\"\nkubeconfig = \"k\"\nin_cluster = true\n",
                "not both",
            ),
            (
                "command = [\"x\"]\ndeployment = \"api\"\n",
                "`deployment` is a setting of the `kubernetes`",
            ),
            ("timeout = \"9s\"\n", "needs `command`"),
        ] {
            let text = format!("[environments.production.deploy]\n{text}");
            let err = parse(&text).unwrap_err();
            assert!(err.message.contains(message), "{text}: {err}");
        }
    }

    #[test]
    fn smoke_checks_are_http_requests_with_expectations() {
        let config = parse("[[environments.staging.smoke]]\nname = \"health\"\nurl = \"https://payments.example/health\"\ncontains = \"ok\"\n[[environments.staging.smoke]]\nname = \"login\"\nurl = \"http://127.0.0.1:8080/login\"\nmethod = \"POST\"\nbody = \"{}\"\nstatus = 201\ntimeout = \"2s\"\n").unwrap();
        let checks = &config.environments["staging"].smoke;
        assert_eq!(checks[0].expected_status(), 200);
        assert_eq!(checks[0].timeout().as_secs(), 10);
        assert_eq!(checks[1].method, super::SmokeMethod::Post);
        assert_eq!(checks[1].expected_status(), 201);
        assert_eq!(checks[1].timeout().as_secs(), 2);
        for (text, (line, column), message) in [
            (
                "[[environments.staging.smoke]]\nname = \"h\"\nurl = \"ftp://x\"\n",
                (3, 7),
                "must start with http",
            ),
            (
                "[[environments.staging.smoke]]\nname = \"h\"\nurl = \"http://x\"\nstatus = 42\n",
                (4, 10),
                "not an HTTP status",
            ),
            (
                "[[environments.staging.smoke]]\nname = \"h\"\nurl = \"http://x\"\nmethod = \"DELETE\"\n",
                (4, 10),
                "unknown variant `DELETE`",
            ),
            (
                "[[environments.staging.smoke]]\nname = \"h\"\nurl = \"http://x\"\nheaders = {}\n",
                (4, 1),
                "unknown field `headers`",
            ),
        ] {
            let err = parse(text).unwrap_err();
            assert_eq!(
                (err.line, err.column),
                (Some(line), Some(column)),
                "{text}: {err}"
            );
            assert!(err.message.contains(message), "{text}: {err}");
        }
    }

    #[test]
    fn no_environments_means_no_policy() {
        assert!(parse("").unwrap().environments.is_empty());
    }
}

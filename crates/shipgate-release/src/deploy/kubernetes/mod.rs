//! The `kubernetes` driver: sets one container's image on a Deployment
//! through the Kubernetes API (kube-rs), as `kubectl set image` does,
//! annotates the Deployment with the commit, the approvals and a
//! `kubernetes.io/change-cause`, then waits for the rollout with kubectl's
//! own rollout-status algorithm ([`rollout_status`]).
//!
//! A rollback is the same thing with the ledger's known-good image; never
//! `kubectl rollout undo`, whose "previous revision" flips between the last
//! two (A, B, A). When the container already runs the image, nothing is
//! patched and the driver only waits for the rollout to be complete.
//!
//! What fails before the patch (the API unreachable, 401 or 403, the
//! Deployment or the container missing) is a [`DriverError`]: nothing was
//! deployed. What fails after it (the progress deadline exceeded, the
//! timeout, the Deployment deleted) is a failed [`DriverOutcome`].

mod patch;
mod status;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use k8s_openapi::api::apps::v1::Deployment;
use kube::api::{Api, Patch, PatchParams};
use kube::config::{KubeConfigOptions, Kubeconfig};

pub use status::{RolloutStatus, rollout_status};

use super::{Driver, DriverError, DriverOutcome, DriverRequest};

/// How to reach the cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cluster {
    /// A kubeconfig: this file (else `KUBECONFIG`, else `~/.kube/config`,
    /// else the in-cluster service account) and this context (else its
    /// current one).
    Kubeconfig {
        /// The file.
        path: Option<PathBuf>,
        /// The context.
        context: Option<String>,
    },
    /// The pod's own service account.
    InCluster,
}

/// The Deployment and container to set the image of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubernetesTarget {
    /// The namespace (default: the kubeconfig context's).
    pub namespace: Option<String>,
    /// The Deployment.
    pub deployment: String,
    /// The container.
    pub container: String,
}

/// Deploys by setting a Deployment's container image.
#[derive(Debug, Clone)]
pub struct KubernetesDriver {
    /// What to patch.
    pub target: KubernetesTarget,
    /// Where.
    pub cluster: Cluster,
    /// How long the rollout may take, the patch included.
    pub timeout: Duration,
    /// Also wait until no old pod is terminating.
    pub wait_terminating: bool,
    /// The longest pause between two reads of the Deployment while waiting:
    /// the first comes after 20 ms, and each pause doubles up to this.
    pub poll: Duration,
}

fn failed(message: String) -> DriverError {
    DriverError::Kubernetes { message }
}

/// An error and its sources, one sentence.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let more = s.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = s.source();
    }
    text
}

/// Where the request went, for messages.
struct Place<'a> {
    server: &'a str,
    namespace: &'a str,
    deployment: &'a str,
    environment: &'a str,
}

impl Place<'_> {
    fn describe(&self, e: &kube::Error) -> String {
        let Place {
            server,
            namespace,
            deployment,
            environment,
        } = self;
        match e {
            kube::Error::Api(s) if s.code == 404 => format!(
                "the Deployment `{namespace}/{deployment}` does not exist at {server}: check `namespace` and `deployment` in `[environments.{environment}.deploy]`"
            ),
            kube::Error::Api(s) if s.code == 403 => format!(
                "the Kubernetes API at {server} refused (403 Forbidden): {}; the identity needs `get` and `patch` on `deployments` in the namespace `{namespace}`",
                s.message
            ),
            kube::Error::Api(s) if s.code == 401 => format!(
                "the Kubernetes API at {server} did not accept the credentials (401 Unauthorized): check the kubeconfig's user"
            ),
            kube::Error::Api(s) => format!(
                "the Kubernetes API at {server} answered {} {}: {}",
                s.code, s.reason, s.message
            ),
            other => format!(
                "cannot reach the Kubernetes API at {server}: {}; check the kubeconfig's cluster and the network",
                chain(other)
            ),
        }
    }
}

impl KubernetesDriver {
    async fn client_config(&self) -> Result<kube::Config, DriverError> {
        let mut config = match &self.cluster {
            Cluster::InCluster => kube::Config::incluster().map_err(|e| {
                failed(format!(
                    "`in_cluster = true`, but there is no in-cluster service account here: {}",
                    chain(&e)
                ))
            })?,
            Cluster::Kubeconfig {
                path: Some(path),
                context,
            } => {
                let file = Kubeconfig::read_from(path).map_err(|e| {
                    failed(format!(
                        "cannot read the kubeconfig `{}`: {}",
                        path.display(),
                        chain(&e)
                    ))
                })?;
                let options = KubeConfigOptions {
                    context: context.clone(),
                    ..KubeConfigOptions::default()
                };
                kube::Config::from_custom_kubeconfig(file, &options)
                    .await
                    .map_err(|e| {
                        failed(format!(
                            "the kubeconfig `{}` is not usable: {}",
                            path.display(),
                            chain(&e)
                        ))
                    })?
            }
            Cluster::Kubeconfig {
                path: None,
                context: Some(context),
            } => {
                let options = KubeConfigOptions {
                    context: Some(context.clone()),
                    ..KubeConfigOptions::default()
                };
                kube::Config::from_kubeconfig(&options).await.map_err(|e| {
                    failed(format!(
                        "cannot load the kubeconfig context `{context}`: {}",
                        chain(&e)
                    ))
                })?
            }
            Cluster::Kubeconfig {
                path: None,
                context: None,
            } => kube::Config::infer().await.map_err(|e| {
                failed(format!(
                    "no kubeconfig (KUBECONFIG, ~/.kube/config) and no in-cluster service account: {}; set `kubeconfig` in `[environments.NAME.deploy]`",
                    chain(&e)
                ))
            })?,
        };
        let request_timeout = self
            .timeout
            .clamp(Duration::from_secs(1), Duration::from_secs(30));
        config.connect_timeout = Some(request_timeout);
        config.read_timeout = Some(request_timeout);
        config.write_timeout = Some(request_timeout);
        Ok(config)
    }

    async fn run(&self, request: &DriverRequest) -> Result<DriverOutcome, DriverError> {
        let started = Instant::now();
        let config = self.client_config().await?;
        let namespace = self
            .target
            .namespace
            .clone()
            .unwrap_or_else(|| config.default_namespace.clone());
        let server = config.cluster_url.to_string();
        let server = server.trim_end_matches('/');
        let client = kube::Client::try_from(config).map_err(|e| {
            failed(format!(
                "cannot make a Kubernetes client for {server}: {}",
                chain(&e)
            ))
        })?;
        let name = self.target.deployment.as_str();
        let place = Place {
            server,
            namespace: &namespace,
            deployment: name,
            environment: &request.environment,
        };
        let api: Api<Deployment> = Api::namespaced(client, &namespace);
        let current = api
            .get(name)
            .await
            .map_err(|e| failed(place.describe(&e)))?;
        let containers: Vec<(String, Option<String>)> = current
            .spec
            .as_ref()
            .and_then(|s| s.template.spec.as_ref())
            .map(|p| {
                p.containers
                    .iter()
                    .map(|c| (c.name.clone(), c.image.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let wanted = self.target.container.as_str();
        let Some((_, previous)) = containers.iter().find(|(n, _)| n == wanted) else {
            let names: Vec<String> = containers.iter().map(|(n, _)| format!("`{n}`")).collect();
            return Err(failed(format!(
                "the Deployment `{namespace}/{name}` has no container `{wanted}` (it has {}): check `container` in `[environments.{}.deploy]`",
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                },
                request.environment
            )));
        };
        let previous = previous.clone();
        let image = request.image.to_string();
        let mut log = Vec::new();
        if previous.as_deref() == Some(image.as_str()) {
            log.push(format!(
                "deployment.apps/{name} already runs `{image}` in `{wanted}`: nothing to patch"
            ));
        } else {
            let names: Vec<String> = containers.iter().map(|(n, _)| n.clone()).collect();
            let body = patch::set_image(request, &names, wanted);
            let params = PatchParams {
                field_manager: Some("shipgate".into()),
                ..PatchParams::default()
            };
            api.patch(name, &params, &Patch::Strategic(body))
                .await
                .map_err(|e| failed(place.describe(&e)))?;
            log.push(format!("deployment.apps/{name} image updated"));
        }
        let finish = |succeeded: bool, timed_out: bool, detail: String, log: Vec<String>| {
            let mut stdout = log.join("\n");
            stdout.push('\n');
            DriverOutcome {
                succeeded,
                exit_code: None,
                timed_out,
                stdout: stdout.into_bytes(),
                stderr: if succeeded {
                    Vec::new()
                } else {
                    format!("error: {detail}\n").into_bytes()
                },
                duration: started.elapsed(),
                previous_image: previous.clone(),
                detail: Some(detail),
            }
        };
        let deadline = started + self.timeout;
        let mut last = String::new();
        let mut pause = Duration::from_millis(20).min(self.poll);
        loop {
            match api.get(name).await {
                Ok(d) => match rollout_status(&d, self.wait_terminating) {
                    RolloutStatus::Waiting(m) => {
                        if m != last {
                            log.push(m.clone());
                            last = m;
                        }
                    }
                    RolloutStatus::Done(m) => {
                        log.push(m.clone());
                        return Ok(finish(true, false, m, log));
                    }
                    RolloutStatus::Failed(m) => return Ok(finish(false, false, m, log)),
                },
                Err(kube::Error::Api(s)) if s.code == 404 => {
                    let m = format!(
                        "the Deployment `{namespace}/{name}` was deleted during the rollout"
                    );
                    return Ok(finish(false, false, m, log));
                }
                // Anything else may pass (a restarting API server): try
                // again until the timeout, and say what it was then.
                Err(e) => last = place.describe(&e),
            }
            let now = Instant::now();
            if now >= deadline {
                let m = format!(
                    "timed out after {} s waiting for the rollout of `{namespace}/{name}`: {last}",
                    self.timeout.as_secs()
                );
                return Ok(finish(false, true, m, log));
            }
            tokio::time::sleep(pause.min(deadline - now)).await;
            pause = (pause * 2).min(self.poll);
        }
    }
}

impl Driver for KubernetesDriver {
    fn name(&self) -> &'static str {
        "kubernetes"
    }

    fn deploy(&mut self, request: &DriverRequest) -> Result<DriverOutcome, DriverError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| failed(format!("cannot start the async runtime: {e}")))?;
        runtime.block_on(self.run(request))
    }
}

//! kubectl's rollout-status algorithm for a Deployment
//! (`k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go`,
//! `DeploymentStatusViewer`), with the same messages.

use k8s_openapi::api::apps::v1::Deployment;

/// Where a rollout stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutStatus {
    /// Still going; the message says on what.
    Waiting(String),
    /// Every replica runs the new template and is available.
    Done(String),
    /// The `Progressing` condition says `ProgressDeadlineExceeded`.
    Failed(String),
}

/// The status of `deployment`'s rollout, as `kubectl rollout status` reads
/// it: the controller must have observed the latest generation; a
/// `ProgressDeadlineExceeded` condition fails; then updated, total and
/// available replicas must all reach the desired count; with
/// `wait_terminating`, no old pod may still be terminating.
pub fn rollout_status(deployment: &Deployment, wait_terminating: bool) -> RolloutStatus {
    let name = deployment.metadata.name.as_deref().unwrap_or_default();
    let generation = deployment.metadata.generation.unwrap_or(0);
    let status = deployment.status.clone().unwrap_or_default();
    if generation > status.observed_generation.unwrap_or(0) {
        return RolloutStatus::Waiting(
            "Waiting for deployment spec update to be observed...".into(),
        );
    }
    let timed_out = status.conditions.iter().flatten().any(|c| {
        c.type_ == "Progressing" && c.reason.as_deref() == Some("ProgressDeadlineExceeded")
    });
    if timed_out {
        return RolloutStatus::Failed(format!(
            "deployment \"{name}\" exceeded its progress deadline"
        ));
    }
    let updated = status.updated_replicas.unwrap_or(0);
    let replicas = status.replicas.unwrap_or(0);
    let available = status.available_replicas.unwrap_or(0);
    if let Some(desired) = deployment.spec.as_ref().and_then(|s| s.replicas)
        && updated < desired
    {
        return RolloutStatus::Waiting(format!(
            "Waiting for deployment \"{name}\" rollout to finish: {updated} out of {desired} new replicas have been updated..."
        ));
    }
    if replicas > updated {
        return RolloutStatus::Waiting(format!(
            "Waiting for deployment \"{name}\" rollout to finish: {} old replicas are pending termination...",
            replicas - updated
        ));
    }
    if available < updated {
        return RolloutStatus::Waiting(format!(
            "Waiting for deployment \"{name}\" rollout to finish: {available} of {updated} updated replicas are available..."
        ));
    }
    let terminating = status.terminating_replicas.unwrap_or(0);
    if wait_terminating && terminating > 0 {
        return RolloutStatus::Waiting(format!(
            "Waiting for deployment \"{name}\" rollout to finish: {terminating} old replicas are still terminating..."
        ));
    }
    RolloutStatus::Done(format!("deployment \"{name}\" successfully rolled out"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use super::*;
    use serde_json::json;

    fn deployment(generation: i64, status: &serde_json::Value) -> Deployment {
        serde_json::from_value(json!({
            "metadata": {"name": "api", "generation": generation},
            "spec": {"replicas": 3, "selector": {}, "template": {}},
            "status": status
        }))
        .unwrap()
    }

    #[test]
    fn each_step_of_kubectls_algorithm() {
        let done = json!({"observedGeneration": 2, "replicas": 3, "updatedReplicas": 3, "availableReplicas": 3});
        for (generation, status, want) in [
            (
                3,
                done.clone(),
                "Waiting for deployment spec update to be observed...",
            ),
            (
                2,
                json!({"observedGeneration": 2, "conditions": [{"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded"}]}),
                "deployment \"api\" exceeded its progress deadline",
            ),
            (
                2,
                json!({"observedGeneration": 2, "replicas": 4, "updatedReplicas": 1}),
                "Waiting for deployment \"api\" rollout to finish: 1 out of 3 new replicas have been updated...",
            ),
            (
                2,
                json!({"observedGeneration": 2, "replicas": 4, "updatedReplicas": 3}),
                "Waiting for deployment \"api\" rollout to finish: 1 old replicas are pending termination...",
            ),
            (
                2,
                json!({"observedGeneration": 2, "replicas": 3, "updatedReplicas": 3, "availableReplicas": 2}),
                "Waiting for deployment \"api\" rollout to finish: 2 of 3 updated replicas are available...",
            ),
            (
                2,
                done.clone(),
                "deployment \"api\" successfully rolled out",
            ),
        ] {
            let got = rollout_status(&deployment(generation, &status), false);
            let text = match &got {
                RolloutStatus::Waiting(m) | RolloutStatus::Done(m) | RolloutStatus::Failed(m) => {
                    m.clone()
                }
            };
            assert_eq!(text, want, "{got:?}");
        }
        let mut terminating = done;
        terminating["terminatingReplicas"] = json!(2);
        assert!(matches!(
            rollout_status(&deployment(2, &terminating), false),
            RolloutStatus::Done(_)
        ));
        assert!(matches!(
            rollout_status(&deployment(2, &terminating), true),
            RolloutStatus::Waiting(_)
        ));
    }
}

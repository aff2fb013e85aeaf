//! The patch that sets a container's image, as `kubectl set image` sends it
//! (a strategic merge patch on `spec.template.spec.containers`, merged by
//! container name), with shipgate's annotations on the Deployment.

use serde_json::{Value, json};

use crate::deploy::DriverRequest;

/// The annotation kubectl's `rollout history` shows as `CHANGE-CAUSE`.
pub const CHANGE_CAUSE: &str = "kubernetes.io/change-cause";
/// The commit deployed.
pub const COMMIT: &str = "shipgate.dev/commit";
/// The approval entries (sequence numbers, comma-separated) it relied on.
pub const APPROVALS: &str = "shipgate.dev/approvals";
/// `deploy` or `rollback`.
pub const ACTION: &str = "shipgate.dev/action";

/// The change cause: `shipgate deploy to production: IMAGE (commit C,
/// approvals 12,15)`.
pub fn change_cause(request: &DriverRequest) -> String {
    let commit = request.commit.get(..12).unwrap_or(&request.commit);
    let approvals = if request.approvals.is_empty() {
        String::new()
    } else {
        format!(", approvals {}", approvals(request))
    };
    format!(
        "shipgate {} to {}: {} (commit {commit}{approvals})",
        request.action, request.environment, request.image
    )
}

fn approvals(request: &DriverRequest) -> String {
    request
        .approvals
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// The strategic merge patch that sets `container`'s image to the
/// request's, keeping the order of `containers` (every container's name),
/// and annotates the Deployment.
pub fn set_image(request: &DriverRequest, containers: &[String], container: &str) -> Value {
    let order: Vec<Value> = containers.iter().map(|c| json!({"name": c})).collect();
    json!({
        "metadata": {"annotations": {
            CHANGE_CAUSE: change_cause(request),
            COMMIT: request.commit,
            APPROVALS: approvals(request),
            ACTION: request.action,
        }},
        "spec": {"template": {"spec": {
            "$setElementOrder/containers": order,
            "containers": [{"name": container, "image": request.image.to_string()}],
        }}}
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

    use super::*;
    use crate::deploy::ImageRef;

    #[test]
    fn the_patch_sets_one_image_and_says_why() {
        let image = format!("registry/api@sha256:{}", "a".repeat(64));
        let request = DriverRequest {
            action: "deploy",
            service: "payments".into(),
            environment: "production".into(),
            commit: "0123456789abcdef".into(),
            image: image.parse::<ImageRef>().unwrap(),
            previous_image: None,
            approvals: vec![12, 15],
        };
        let patch = set_image(&request, &["app".into(), "proxy".into()], "app");
        assert_eq!(
            patch["spec"]["template"]["spec"]["containers"],
            json!([{"name": "app", "image": image}])
        );
        assert_eq!(
            patch["spec"]["template"]["spec"]["$setElementOrder/containers"],
            json!([{"name": "app"}, {"name": "proxy"}])
        );
        let notes = &patch["metadata"]["annotations"];
        assert_eq!(
            notes[CHANGE_CAUSE],
            format!(
                "shipgate deploy to production: {image} (commit 0123456789ab, approvals 12,15)"
            )
        );
        assert_eq!(notes[APPROVALS], "12,15");
        assert_eq!(notes[COMMIT], "0123456789abcdef");
    }
}

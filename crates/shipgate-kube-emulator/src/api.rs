//! The HTTP routes: discovery, and Deployments and ReplicaSets under
//! `/apis/apps/v1`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Method};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use serde_json::{Value, json};

use crate::cluster::{Cluster, Resource};
use crate::discovery;
use crate::meta::str_at;
use crate::patch;
use crate::selector::LabelSelector;
use crate::status::Status;
use crate::watch::{self, Filter};

type Shared = Arc<Mutex<Cluster>>;
type Params = Query<HashMap<String, String>>;

fn lock(cluster: &Shared) -> std::sync::MutexGuard<'_, Cluster> {
    cluster
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The emulator's routes over the shared cluster.
pub fn router(cluster: Shared) -> Router {
    Router::new()
        .route("/version", get(|| async { Json(discovery::version()) }))
        .route(
            "/api",
            get(|State(c): State<Shared>| async move {
                let addr = lock(&c).addr.to_string();
                Json(discovery::core_versions(&addr))
            }),
        )
        .route("/api/v1", get(|| async { Json(discovery::core_v1()) }))
        .route("/apis", get(|| async { Json(discovery::groups()) }))
        .route("/apis/apps", get(|| async { Json(discovery::apps()) }))
        .route(
            "/apis/apps/v1",
            get(|| async { Json(discovery::apps_v1()) }),
        )
        .route("/apis/apps/v1/deployments", get(list_all_deployments))
        .route("/apis/apps/v1/replicasets", get(list_all_replica_sets))
        .route(
            "/apis/apps/v1/namespaces/{ns}/deployments",
            get(list_deployments).post(create_deployment),
        )
        .route(
            "/apis/apps/v1/namespaces/{ns}/deployments/{name}",
            get(get_deployment)
                .put(update_deployment)
                .patch(patch_deployment)
                .delete(delete_deployment),
        )
        .route(
            "/apis/apps/v1/namespaces/{ns}/deployments/{name}/status",
            get(get_deployment),
        )
        .route(
            "/apis/apps/v1/namespaces/{ns}/replicasets",
            get(list_replica_sets),
        )
        .route(
            "/apis/apps/v1/namespaces/{ns}/replicasets/{name}",
            get(get_replica_set),
        )
        .fallback(|method: Method, uri: axum::http::Uri| async move {
            Status::new(
                404,
                "NotFound",
                format!("the server could not find the requested resource ({method} {uri})"),
            )
        })
        .with_state(cluster)
}

/// A `?fieldSelector=`: `metadata.name` and `metadata.namespace`, with `=`,
/// `==` or `!=`.
fn field_filter(text: &str) -> Result<Vec<(String, bool, String)>, Status> {
    let mut terms = Vec::new();
    for term in text.split(',').filter(|t| !t.trim().is_empty()) {
        let (field, equal, value) = if let Some((f, v)) = term.split_once("!=") {
            (f, false, v)
        } else if let Some((f, v)) = term.split_once("==") {
            (f, true, v)
        } else if let Some((f, v)) = term.split_once('=') {
            (f, true, v)
        } else {
            return Err(Status::bad_request(format!(
                "invalid field selector `{term}`: expected FIELD=VALUE"
            )));
        };
        let field = field.trim();
        if field != "metadata.name" && field != "metadata.namespace" {
            return Err(Status::bad_request(format!(
                "\"{field}\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""
            )));
        }
        terms.push((field.to_string(), equal, value.trim().to_string()));
    }
    Ok(terms)
}

fn filter(
    resource: Resource,
    namespace: Option<String>,
    params: &HashMap<String, String>,
) -> Result<Filter, Status> {
    let labels = LabelSelector::parse(params.get("labelSelector").map_or("", String::as_str))
        .map_err(|e| Status::bad_request(format!("unable to parse the label selector: {e}")))?;
    let fields = field_filter(params.get("fieldSelector").map_or("", String::as_str))?;
    Ok(Filter {
        resource,
        namespace,
        keep: Box::new(move |o: &Value| {
            labels.matches(o.pointer("/metadata/labels").and_then(Value::as_object))
                && fields.iter().all(|(f, equal, v)| {
                    let at = if f == "metadata.name" {
                        "/metadata/name"
                    } else {
                        "/metadata/namespace"
                    };
                    (str_at(o, at) == Some(v.as_str())) == *equal
                })
        }),
    })
}

fn is_watch(params: &HashMap<String, String>) -> bool {
    params.get("watch").is_some_and(|w| w == "true" || w == "1")
}

fn list(
    cluster: &Shared,
    resource: Resource,
    namespace: Option<String>,
    params: &HashMap<String, String>,
) -> Response {
    let filter = match filter(resource, namespace, params) {
        Ok(f) => f,
        Err(status) => return status.into_response(),
    };
    if is_watch(params) {
        let since = match params.get("resourceVersion").filter(|v| !v.is_empty()) {
            None => None,
            Some(v) => match v.parse::<u64>() {
                Ok(rv) => Some(rv),
                Err(_) => {
                    return Status::bad_request(format!("resourceVersion `{v}` is not a number"))
                        .into_response();
                }
            },
        };
        let timeout = params
            .get("timeoutSeconds")
            .and_then(|t| t.parse::<u64>().ok())
            .map_or(Duration::from_secs(1800), Duration::from_secs);
        return watch::watch(cluster, filter, since, timeout);
    }
    let c = lock(cluster);
    let items = c.list(resource, filter.namespace.as_deref(), &*filter.keep);
    Json(json!({
        "kind": format!("{}List", resource.kind()),
        "apiVersion": "apps/v1",
        "metadata": {"resourceVersion": c.resource_version().to_string()},
        "items": items,
    }))
    .into_response()
}

async fn list_all_deployments(State(c): State<Shared>, Query(p): Params) -> Response {
    list(&c, Resource::Deployments, None, &p)
}

async fn list_all_replica_sets(State(c): State<Shared>, Query(p): Params) -> Response {
    list(&c, Resource::ReplicaSets, None, &p)
}

async fn list_deployments(
    State(c): State<Shared>,
    Path(ns): Path<String>,
    Query(p): Params,
) -> Response {
    list(&c, Resource::Deployments, Some(ns), &p)
}

async fn list_replica_sets(
    State(c): State<Shared>,
    Path(ns): Path<String>,
    Query(p): Params,
) -> Response {
    list(&c, Resource::ReplicaSets, Some(ns), &p)
}

fn one(c: &Shared, resource: Resource, ns: &str, name: &str) -> Response {
    match lock(c).get(resource, ns, name) {
        Some(o) => Json(o).into_response(),
        None => Status::not_found(resource.qualified(), name).into_response(),
    }
}

async fn get_deployment(
    State(c): State<Shared>,
    Path((ns, name)): Path<(String, String)>,
) -> Response {
    one(&c, Resource::Deployments, &ns, &name)
}

async fn get_replica_set(
    State(c): State<Shared>,
    Path((ns, name)): Path<(String, String)>,
) -> Response {
    one(&c, Resource::ReplicaSets, &ns, &name)
}

fn body_json(body: &Bytes) -> Result<Value, Status> {
    serde_json::from_slice(body)
        .map_err(|e| Status::bad_request(format!("the request body is not JSON: {e}")))
}

fn writable(c: &Cluster, verb: &str, ns: &str, name: &str) -> Result<(), Status> {
    if c.config.read_only {
        return Err(Status::forbidden(verb, "deployments", name, ns));
    }
    Ok(())
}

fn answer(result: Result<Value, Status>, created: bool) -> Response {
    match result {
        Ok(v) if created => (axum::http::StatusCode::CREATED, Json(v)).into_response(),
        Ok(v) => Json(v).into_response(),
        Err(s) => s.into_response(),
    }
}

async fn create_deployment(
    State(c): State<Shared>,
    Path(ns): Path<String>,
    body: Bytes,
) -> Response {
    let result = (|| {
        let body = body_json(&body)?;
        let mut c = lock(&c);
        let name = str_at(&body, "/metadata/name")
            .unwrap_or_default()
            .to_string();
        writable(&c, "create", &ns, &name)?;
        c.create_deployment(&ns, body)
    })();
    answer(result, true)
}

async fn update_deployment(
    State(c): State<Shared>,
    Path((ns, name)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let result = (|| {
        let body = body_json(&body)?;
        let mut c = lock(&c);
        writable(&c, "update", &ns, &name)?;
        c.update_deployment(&ns, &name, body)
    })();
    answer(result, false)
}

async fn patch_deployment(
    State(c): State<Shared>,
    Path((ns, name)): Path<(String, String)>,
    Query(params): Params,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let kind = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let result = (|| {
        let patch = body_json(&body)?;
        let mut c = lock(&c);
        writable(&c, "patch", &ns, &name)?;
        let mut object = c
            .deployment(&ns, &name)
            .ok_or_else(|| Status::not_found("deployments.apps", &name))?;
        let bad = |e: patch::PatchError| {
            Status::new(422, "Invalid", format!("the patch cannot be applied: {e}"))
        };
        match kind.as_str() {
            "application/json-patch+json" => patch::json_patch(&mut object, &patch).map_err(bad)?,
            "application/merge-patch+json" => patch::merge_patch(&mut object, &patch),
            "application/strategic-merge-patch+json" => {
                patch::strategic_merge_patch(&mut object, &patch).map_err(bad)?;
            }
            other => {
                return Err(Status::new(
                    415,
                    "UnsupportedMediaType",
                    format!(
                        "the body of the request was in an unknown format `{other}`: accepted media types are application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json"
                    ),
                ));
            }
        }
        if params.contains_key("dryRun") {
            return Ok(object);
        }
        c.update_deployment(&ns, &name, object)
    })();
    answer(result, false)
}

async fn delete_deployment(
    State(c): State<Shared>,
    Path((ns, name)): Path<(String, String)>,
) -> Response {
    let result = (|| {
        let mut c = lock(&c);
        writable(&c, "delete", &ns, &name)?;
        c.delete_deployment(&ns, &name)
    })();
    answer(result, false)
}

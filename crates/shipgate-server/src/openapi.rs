//! `GET /openapi.json`: the API's OpenAPI 3.1 document, generated from the
//! handlers' annotations and the body shapes of [`crate::schema`].

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes;

/// The OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "shipgate audit API",
        description = "The tamper-evident ledger over HTTP: entries, proofs, checkpoints, the offline bundle, the seed pipeline's endpoints, and the log as C2SP tlog-tiles. Authenticate with a server token (`sgt_...`) or a CI OIDC ID token as `Authorization: Bearer`.",
        license(name = "Apache-2.0"),
    ),
    paths(
        routes::write::post_entries,
        routes::read::list,
        routes::read::get,
        routes::proof::inclusion,
        routes::proof::consistency,
        routes::checkpoint::latest,
        routes::checkpoint::sign,
        routes::witness::post_cosignature,
        routes::tiles::checkpoint,
        routes::tiles::tile,
        routes::export::export,
        routes::whoami::whoami,
        routes::seed::post_deployment,
        routes::seed::post_rollback,
        routes::ops::health,
        routes::ops::ready,
        routes::ops::metrics,
        openapi_json,
    ),
    modifiers(&Bearer),
    tags(
        (name = "write", description = "Appending entries"),
        (name = "read", description = "Entries, proofs, checkpoints and the offline bundle"),
        (name = "tiles", description = "The log as C2SP tlog-tiles, and witness cosignatures of its checkpoints"),
        (name = "seed", description = "The seed pipeline's endpoints, payloads unchanged"),
        (name = "operations", description = "Health, readiness, metrics and this document"),
    )
)]
pub struct ApiDoc;

/// Adds the bearer scheme every authenticated route names.
struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A server token (`sgt_...`) or a CI OIDC ID token of a configured issuer",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document as JSON text, pretty-printed, without the crate version (so
/// that the blessed copy does not change on every release).
pub fn document() -> String {
    let mut doc = ApiDoc::openapi();
    doc.info.version = "v1".into();
    doc.to_pretty_json().unwrap_or_default()
}

/// `GET /openapi.json`: this document.
#[utoipa::path(
    get, path = "/openapi.json", tag = "operations",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json"))
)]
pub async fn openapi_json() -> Json<serde_json::Value> {
    let mut doc = ApiDoc::openapi();
    doc.info.version = "v1".into();
    Json(serde_json::to_value(&doc).unwrap_or_default())
}

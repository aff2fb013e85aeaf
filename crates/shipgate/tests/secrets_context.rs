//! The secrets gate on ordinary project files: translations, vendored and
//! minified code, stand-ins in examples, and provider verification's
//! settings (issue 13).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails by panicking"
)]

mod common;

use std::process::Command;

use common::{shipgate, temp_dir, write};

/// A project whose credential-like words are all labels, code or stand-ins.
fn ordinary_project(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    write(
        &dir,
        "resources/assets/v1/src/locales/cs.json",
        "{\n  \"firefly\": {\n    \"profile_oauth_client_secret\": \"Tajn\\u00e9\",\n    \"secret\": \"\\u5bc6\\u94a5\"\n  }\n}\n",
    );
    write(
        &dir,
        "public/v1/js/lib/vue.js",
        "      var propKeys = vm.$options._propKeys || [];\n",
    );
    write(
        &dir,
        ".env.example",
        "APP_KEY=SomeRandomStringOf32CharsExactly\n",
    );
    write(
        &dir,
        "app/Http/Kernel.php",
        "<?php\n$map = ['password' => 'Auth\\PasswordController'];\n",
    );
    dir
}

#[test]
fn labels_code_and_stand_ins_pass_and_verbose_says_why() {
    let dir = ordinary_project("secrets-context-ordinary");
    let run = shipgate(&dir, &["secrets", "scan", "--verbose"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    for reason in [
        "locales/cs.json:3 generic-secret `Tajn… (10 characters)`: a translation file",
        "public/v1/js/lib/vue.js:1 generic-secret `vm.$… (21 characters)`: a code expression",
        ".env.example:1 dotenv-secret `Some… (32 characters)`: a placeholder or an instruction",
    ] {
        assert!(
            run.stderr.contains(reason),
            "missing `{reason}` in:\n{}",
            run.stderr
        );
    }
    let json = shipgate(&dir, &["secrets", "scan", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let stats = &report["gates"][0]["stats"];
    assert_eq!(stats["dropped_localisation"], 2, "{stats}");
    assert_eq!(stats["dropped_code_expression"], 1, "{stats}");
}

#[test]
fn a_real_key_in_a_translation_or_an_example_still_fails() {
    let dir = ordinary_project("secrets-context-real");
    write(
        &dir,
        "resources/lang/en/services.php",
        "<?php\nreturn ['stripe' => 'sk_live_9Tq4Lm2Wx7Rv3Pz8Ks5Nd1Hb6Fy0Gc4J'];\n",
    );
    write(
        &dir,
        ".env.example",
        "MAIL_PASSWORD=hBR8D0gXRaLjnUDFd6kQ2\n",
    );
    let run = shipgate(&dir, &["secrets", "scan"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("stripe-secret-key"), "{}", run.stdout);
    assert!(run.stdout.contains("dotenv-secret"), "{}", run.stdout);
}

#[test]
fn failing_only_on_verified_keys_needs_verification_in_this_run() {
    let dir = ordinary_project("secrets-context-fail-on");
    write(&dir, "shipgate.toml", "[secrets]\nfail_on = \"verified\"\n");
    let run = shipgate(&dir, &["secrets", "scan"]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("fail_on = \"verified\"` needs verification"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--verify"), "{}", run.stderr);
    // `local` does not verify in CI, so the same holds there.
    write(
        &dir,
        "shipgate.toml",
        "[secrets]\nverify = \"local\"\nfail_on = \"verified\"\n",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_shipgate"))
        .args(["secrets", "scan"])
        .current_dir(&dir)
        .env("CI", "true")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    // An unknown value is a configuration error with its place.
    write(&dir, "shipgate.toml", "[secrets]\nverify = \"sometimes\"\n");
    let run = shipgate(&dir, &["secrets", "scan"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("shipgate.toml:2:"), "{}", run.stderr);
}

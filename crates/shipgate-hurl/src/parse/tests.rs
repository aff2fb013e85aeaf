//! The reader, construct by construct: what parses, and where and why what
//! does not parse fails.

#![allow(clippy::unwrap_used, reason = "a test fails by panicking")]

use std::time::Duration;

use crate::ast::{Body, Filter, Operand, PredicateKind, QueryKind};
use crate::parse;
use crate::template::{Part, Variables};

/// `line:column: message` of the error `text` gives.
fn error(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

fn unsupported(text: &str) -> (String, bool) {
    let e = parse(text).unwrap_err();
    (e.to_string(), e.unsupported)
}

#[test]
fn entries_methods_urls_and_comments() {
    let file = parse(
        "# health first\nGET https://payments.example/health # trailing comment\n\n  POST   http://127.0.0.1:8080/api/auth/login\nPATCH https://x/{{id}}\\#frag\n",
    )
    .unwrap();
    let methods: Vec<&str> = file
        .entries
        .iter()
        .map(|e| e.request.method.as_str())
        .collect();
    assert_eq!(methods, ["GET", "POST", "PATCH"]);
    let r = &file.entries[0].request;
    assert_eq!(r.url.literal().unwrap(), "https://payments.example/health");
    assert_eq!((r.pos.line, r.pos.column), (2, 1));
    assert_eq!(file.entries[1].request.pos.column, 3);
    assert_eq!(
        file.entries[2].request.url.source(),
        "https://x/{{id}}#frag"
    );
    assert!(file.entries.iter().all(|e| e.response.is_none()));
}

#[test]
fn an_empty_file_or_a_missing_url_is_an_error() {
    assert_eq!(
        error("# only a comment\n\n"),
        "1:1: expected a request such as `GET https://example.org/health`, found no request: a smoke test needs at least one"
    );
    assert_eq!(
        error("GET\n"),
        "1:1: expected a request such as `GET https://example.org/health`, found `GET`"
    );
    assert_eq!(
        error("GET   # nothing\n"),
        "1:7: expected a URL after the method"
    );
    assert_eq!(
        error("get https://x\n"),
        "1:1: expected a request such as `GET https://example.org/health`, found `get`"
    );
}

#[test]
fn headers() {
    let file =
        parse("GET https://x\nAuthorization: Bearer {{token}}\nX-Trace-Id:abc\\#1 # c\nHTTP 200\n")
            .unwrap();
    let headers = &file.entries[0].request.headers;
    assert_eq!(headers.len(), 2);
    assert_eq!(headers[0].key.literal().unwrap(), "Authorization");
    assert_eq!(headers[0].value.source(), "Bearer {{token}}");
    assert_eq!(headers[1].value.literal().unwrap(), "abc#1");
    assert_eq!(
        error("GET https://x\nAuthorization Bearer\n"),
        "2:15: expected `:` in a header `Name: value`, found `Bearer`"
    );
    assert_eq!(
        error("GET https://x\n\"Quoted\": 1\n"),
        "2:1: expected a header `Name: value`, a section such as `[Asserts]`, a body, or `HTTP <status>`, found `\"Quoted\":`"
    );
}

#[test]
fn json_bodies_keep_variables_and_check_the_json() {
    let file = parse(
        "POST https://x/login\nContent-Type: application/json\n{\n  \"email\": \"{{email}}\",\n  \"amount\": {{amount}}\n}\nHTTP 200\n",
    )
    .unwrap();
    let Some(Body::Json { text, pos }) = &file.entries[0].request.body else {
        panic!("a JSON body");
    };
    assert_eq!((pos.line, pos.column), (3, 1));
    let strings: Vec<bool> = text
        .parts
        .iter()
        .filter_map(|p| match p {
            Part::Var { json_string, .. } => Some(*json_string),
            Part::Text(_) => None,
        })
        .collect();
    assert_eq!(strings, [true, false]);
    let mut vars = Variables::new();
    vars.set("email", serde_json::json!("a\"b"));
    vars.set("amount", serde_json::json!(12));
    assert_eq!(
        text.render(&vars).unwrap(),
        "{\n  \"email\": \"a\\\"b\",\n  \"amount\": 12\n}"
    );
    assert_eq!(
        parse("POST https://x\n[1, {\"a\": [2]}]\n")
            .unwrap()
            .entries
            .len(),
        1
    );
}

#[test]
fn bad_json_bodies_fail_where_the_json_breaks() {
    assert_eq!(
        error("POST https://x\n{\n  \"a\": 1,\n  \"b\" 2\n}\n"),
        "4:7: the JSON body is not valid JSON: expected `:`"
    );
    assert_eq!(
        error("POST https://x\n{\"a\": {{v}} x}\n"),
        "2:13: the JSON body is not valid JSON: expected `,` or `}`"
    );
    assert_eq!(
        error("POST https://x\n{\"a\": 1\nHTTP 200\n"),
        "2:1: expected the JSON body to close its brackets, found the end of the file"
    );
    assert_eq!(
        error("POST https://x\n{\"a\": 1} trailing\n"),
        "2:10: expected the end of the line, found `trailing`"
    );
}

#[test]
fn text_bodies() {
    let file = parse(
        "POST https://x\n```\nline {{a}}\nline 2\n```\nPOST https://x\n`one {{b}} line`\nPOST https://x\n```json\n{\"raw\": true}\n```\nPOST https://x\n```inline```\n",
    )
    .unwrap();
    let texts: Vec<String> = file
        .entries
        .iter()
        .map(|e| match &e.request.body {
            Some(Body::Text { text, .. }) => text.source(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        texts,
        [
            "line {{a}}\nline 2\n",
            "one {{b}} line",
            "{\"raw\": true}\n",
            "inline"
        ]
    );
    assert_eq!(
        error("POST https://x\n```\nnever closed\n"),
        "2:1: expected ``` on a line of its own to close this multiline string, found the end of the file"
    );
    assert_eq!(
        error("POST https://x\n`open\n"),
        "2:1: expected `` ` `` to close the string, found the end of the line"
    );
    assert_eq!(
        error("POST https://x\n```yaml\na: 1\n```\n"),
        "2:4: expected `json`, `xml` or a new line after ```, found `yaml`"
    );
}

#[test]
fn unsupported_bodies_are_named() {
    for (text, feature, at) in [
        ("POST https://x\n<xml/>\n", "an XML body", "2:1"),
        (
            "POST https://x\nbase64,SGVsbG8=;\n",
            "a `base64,` body",
            "2:1",
        ),
        ("POST https://x\nhex,00ff;\n", "a `hex,` body", "2:1"),
        ("POST https://x\nfile,data.bin;\n", "a `file,` body", "2:1"),
        (
            "POST https://x\n```graphql\n{ a }\n```\n",
            "a GraphQL body",
            "2:4",
        ),
    ] {
        let (message, flagged) = unsupported(text);
        assert!(flagged, "{message}");
        assert!(
            message.starts_with(&format!("{at}: {feature}")),
            "{message}"
        );
        assert!(message.contains("shipgate does not support"), "{message}");
    }
}

#[test]
fn query_and_form_sections() {
    let file = parse(
        "GET https://x/search\n[Query]\nq: card payments\nlimit: {{n}}\nPOST https://x/login\n[FormParams]\nuser: smoke\n\n[QueryStringParams]\ndebug: 1\nHTTP 302\n",
    )
    .unwrap();
    let first = &file.entries[0].request;
    assert_eq!(first.query.len(), 2);
    assert_eq!(first.query[0].value.literal().unwrap(), "card payments");
    let second = &file.entries[1].request;
    assert_eq!(second.form[0].key.literal().unwrap(), "user");
    assert_eq!(second.query[0].key.literal().unwrap(), "debug");
    assert_eq!(
        error("GET https://x\n[Query]\na: 1\n[QueryStringParams]\nb: 2\n"),
        "4:1: `[QueryStringParams]` appears twice in this request"
    );
    assert_eq!(
        error("GET https://x\n[Query]\nnot a pair\n"),
        "3:5: expected `:` in a parameter `name: value`, found `a`"
    );
    assert_eq!(
        error("POST https://x\n[Form]\na: 1\n{\"b\": 2}\n"),
        "4:1: expected no body after `[Form]`: a request has one or the other, found `{\"b\":`"
    );
}

#[test]
fn sections_in_the_wrong_place_or_unknown_or_unsupported() {
    assert_eq!(
        error("GET https://x\n[Asserts]\nstatus == 200\n"),
        "2:1: `[Asserts]` belongs to the response: write `HTTP <status>` before it"
    );
    assert_eq!(
        error("GET https://x\nHTTP 200\n[Query]\na: 1\n"),
        "3:1: `[Query]` belongs to the request, before `HTTP <status>`"
    );
    assert_eq!(
        error("GET https://x\n[Querry]\n"),
        "2:1: `[Querry]` is not a Hurl section: expected `[Query]`, `[Form]`, `[Options]` (request) or `[Captures]`, `[Asserts]` (response)"
    );
    for section in ["BasicAuth", "Cookies", "Multipart", "MultipartFormData"] {
        let (message, flagged) = unsupported(&format!("GET https://x\n[{section}]\na: b\n"));
        assert!(flagged);
        assert!(
            message.starts_with(&format!("2:1: the `[{section}]` section is a Hurl feature")),
            "{message}"
        );
    }
}

#[test]
fn options() {
    let file = parse(
        "GET https://x/health\n[Options]\nretry: 10\nretry-interval: 500ms\ndelay: 2s\nvariable: region=eu-{{zone}}\nHTTP 200\n",
    )
    .unwrap();
    let options = &file.entries[0].request.options;
    assert_eq!(options.retry, 10);
    assert_eq!(options.retry_interval, Duration::from_millis(500));
    assert_eq!(options.delay, Duration::from_secs(2));
    assert_eq!(options.variables[0].name, "region");
    assert_eq!(options.variables[0].value.source(), "eu-{{zone}}");
    assert_eq!(
        parse("GET https://x\n[Options]\nretry-interval: 250\n")
            .unwrap()
            .entries[0]
            .request
            .options
            .retry_interval,
        Duration::from_millis(250),
        "milliseconds without a unit"
    );
    assert_eq!(
        error("GET https://x\n[Options]\nretry: -1\n"),
        "3:8: `retry: -1` (retry forever) is not allowed in a smoke test: give a number of retries from 0 to 1000"
    );
    assert_eq!(
        error("GET https://x\n[Options]\nretry: many\n"),
        "3:8: expected a number of retries from 0 to 1000, found `many`"
    );
    assert_eq!(
        error("GET https://x\n[Options]\ndelay: 5h\n"),
        "3:8: expected a duration unit `ms`, `s` or `m`, found `h`"
    );
    assert_eq!(
        error("GET https://x\n[Options]\nretries: 3\n"),
        "3:1: `retries` is not a Hurl option: expected `retry`, `retry-interval`, `delay` or `variable`"
    );
    let (message, flagged) = unsupported("GET https://x\n[Options]\ninsecure: true\n");
    assert!(flagged);
    assert!(
        message.starts_with("3:1: the `insecure` option is a Hurl feature"),
        "{message}"
    );
}

#[test]
fn response_lines() {
    let file =
        parse("GET https://x\nHTTP/1.1 201\nGET https://x\nHTTP *\nGET https://x\nHTTP/* 404\n")
            .unwrap();
    let lines: Vec<(Option<String>, Option<u16>)> = file
        .entries
        .iter()
        .map(|e| {
            let r = e.response.as_ref().unwrap();
            (r.version.clone(), r.status)
        })
        .collect();
    assert_eq!(
        lines,
        [
            (Some("HTTP/1.1".into()), Some(201)),
            (None, None),
            (None, Some(404))
        ]
    );
    assert_eq!(
        error("GET https://x\nHTTP 2OO\n"),
        "2:6: expected a status code from 100 to 599, or `*`, found `2OO`"
    );
    assert_eq!(
        error("GET https://x\nHTTP 999\n"),
        "2:6: expected a status code from 100 to 599, or `*`, found `999`"
    );
    assert_eq!(
        error("GET https://x\nHTTP/1.2 200\n"),
        "2:5: expected `HTTP`, `HTTP/1.0`, `HTTP/1.1`, `HTTP/2`, `HTTP/3` or `HTTP/*`, found `HTTP/1.2`"
    );
    assert_eq!(
        error("GET https://x\nHTTP\n"),
        "2:5: expected a space before the status code, found the end of the line"
    );
    assert_eq!(
        error("GET https://x\nHTTP 200 OK\n"),
        "2:10: expected the end of the line, found `OK`"
    );
    assert_eq!(
        error("GET https://x\nHTTP 200\nstray words\n"),
        "3:7: expected `:` in a header `Name: value`, found `words`"
    );
}

#[test]
fn captures() {
    let file = parse(
        "POST https://x/login\nHTTP 200\n[Captures]\ntoken: jsonpath \"$.token\"\nsession: header \"Set-Cookie\"\ncsrf: regex \"csrf=([a-z0-9]+)\"\nid: regex /id=(\\d+)/\nraw: body\nn: jsonpath \"$.items\" count\nsecret: jsonpath \"$.s\" redact\n",
    )
    .unwrap();
    let captures = &file.entries[0].response.as_ref().unwrap().captures;
    let names: Vec<&str> = captures.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        ["token", "session", "csrf", "id", "raw", "n", "secret"]
    );
    assert!(matches!(captures[0].query.kind, QueryKind::JsonPath(_)));
    assert!(matches!(captures[1].query.kind, QueryKind::Header(_)));
    assert!(matches!(captures[3].query.kind, QueryKind::Regex(_)));
    assert!(matches!(captures[4].query.kind, QueryKind::Body));
    assert_eq!(captures[5].filters, [Filter::Count]);
    assert_eq!(
        error("GET https://x\nHTTP 200\n[Captures]\ntoken jsonpath \"$.token\"\n"),
        "4:7: expected `:` after the capture's name, found `jsonpath`"
    );
    assert_eq!(
        error("GET https://x\nHTTP 200\n[Captures]\ntoken: jsonpath $.token\n"),
        "4:17: expected a JSONPath expression in quotes, such as \"$.token\", found `$.token`"
    );
    assert!(
        error("GET https://x\nHTTP 200\n[Captures]\ntoken: jsonpath \"$..[\"\n")
            .starts_with("4:17: `$..[` is not a JSONPath expression"),
    );
    assert!(
        error("GET https://x\nHTTP 200\n[Captures]\nid: regex \"(unclosed\"\n")
            .starts_with("4:11: not a valid regular expression"),
    );
    assert_eq!(
        error("GET https://x\nHTTP 200\n[Captures]\nid: jsonpath \"$.id\" extra\n"),
        "4:21: expected the end of the line, found `extra`"
    );
    let (message, flagged) =
        unsupported("GET https://x\nHTTP 200\n[Captures]\nid: xpath \"//id\"\n");
    assert!(flagged);
    assert!(
        message.starts_with("4:5: the `xpath` query is a Hurl feature"),
        "{message}"
    );
    let (message, flagged) =
        unsupported("GET https://x\nHTTP 200\n[Captures]\nid: jsonpath \"$.id\" toString\n");
    assert!(flagged);
    assert!(
        message.starts_with("4:21: the `toString` filter is a Hurl feature"),
        "{message}"
    );
}

#[test]
fn asserts_and_their_predicates() {
    let file = parse(
        "GET https://x\nHTTP 200\n[Asserts]\nstatus == 200\nheader \"Content-Type\" contains \"json\"\njsonpath \"$.status\" == \"ok\" # comment\njsonpath \"$.count\" > 2\njsonpath \"$.ratio\" <= 0.5\njsonpath \"$.name\" startsWith \"pay\"\njsonpath \"$.id\" matches /^[0-9]+$/\njsonpath \"$.id\" matches \"^[0-9]+$\"\njsonpath \"$.token\" exists\njsonpath \"$.token\" isString\njsonpath \"$.items\" count >= 1\njsonpath \"$.items\" nth 0 == {{first}}\nbody not contains \"error\"\nduration < 1000\njsonpath \"$.ok\" == true\njsonpath \"$.gone\" == null\njsonpath \"$.gone\" not exists\njsonpath \"$.x\" != `raw`\n",
    )
    .unwrap();
    let asserts = &file.entries[0].response.as_ref().unwrap().asserts;
    assert_eq!(asserts.len(), 18);
    assert_eq!(asserts[2].source, "jsonpath \"$.status\" == \"ok\"");
    assert!(matches!(
        asserts[0].predicate.kind,
        PredicateKind::Equal(Operand::Integer(200))
    ));
    assert!(matches!(
        asserts[4].predicate.kind,
        PredicateKind::LessOrEqual(Operand::Float(_))
    ));
    assert!(matches!(
        asserts[6].predicate.kind,
        PredicateKind::Matches(_)
    ));
    assert_eq!(asserts[10].filters, [Filter::Count]);
    assert_eq!(asserts[11].filters, [Filter::Nth(0)]);
    assert!(
        matches!(&asserts[11].predicate.kind, PredicateKind::Equal(Operand::Variable(v)) if v == "first")
    );
    assert!(asserts[12].not);
    assert!(matches!(
        asserts[14].predicate.kind,
        PredicateKind::Equal(Operand::Bool(true))
    ));
    assert!(matches!(
        asserts[15].predicate.kind,
        PredicateKind::Equal(Operand::Null)
    ));
    assert!(asserts[16].not && matches!(asserts[16].predicate.kind, PredicateKind::Exists));
}

#[test]
fn bad_asserts_fail_at_the_faulty_token() {
    let at = |line: &str| error(&format!("GET https://x\nHTTP 200\n[Asserts]\n{line}\n"));
    assert_eq!(
        at("status = 200"),
        "4:8: expected a predicate (`==`, `!=`, `>`, `>=`, `<`, `<=`, `startsWith`, `endsWith`, `contains`, `includes`, `matches`, `exists`, `isString`, `isInteger`, `isFloat`, `isNumber`, `isBoolean`, `isCollection`, `isList`, `isObject`, `isEmpty`), found `=`"
    );
    assert_eq!(
        at("status =="),
        "4:10: expected a space before the value, found the end of the line"
    );
    assert_eq!(
        at("status == two"),
        "4:11: expected a value (a \"string\", a number, `true`, `false`, `null` or `{{variable}}`), found `two`"
    );
    assert_eq!(
        at("jsonpath \"$.a\" == \"open"),
        "4:19: expected `\"` to close the string, found the end of the line"
    );
    assert_eq!(
        at("statuss == 200"),
        "4:1: expected a query (`status`, `header`, `body`, `jsonpath`, `regex`, `duration`, `variable`), found `statuss`"
    );
    assert_eq!(
        at("header Content-Type == \"x\""),
        "4:8: expected the header's name in quotes, found `Content-Type`"
    );
    assert_eq!(
        at("status"),
        "4:7: expected a space before the predicate, found the end of the line"
    );
    assert_eq!(
        at("status == 200 200"),
        "4:15: expected the end of the line, found `200`"
    );
    assert_eq!(
        at("body matches 42"),
        "4:14: expected a regular expression: \"...\" or /.../, found `42`"
    );
    assert_eq!(
        at("jsonpath \"$.a\" == \"\\q\""),
        "4:20: expected an escape (`\\\\`, `\\n`, `\\t`, `\\r`, `\\b`, `\\f`, `\\u{...}`, `\\\"`), found `\\q`"
    );
    let (message, flagged) =
        unsupported("GET https://x\nHTTP 200\n[Asserts]\njsonpath \"$.id\" isUuid\n");
    assert!(flagged);
    assert!(
        message.starts_with("4:17: the `isUuid` predicate is a Hurl feature"),
        "{message}"
    );
}

#[test]
fn templates() {
    let file = parse("GET https://x/{{ host }}/a?b={{b_2}}\nHTTP 200\n").unwrap();
    let vars: Vec<(&str, String)> = file.entries[0]
        .request
        .url
        .variables()
        .map(|(n, p)| (n, p.to_string()))
        .collect();
    assert_eq!(
        vars,
        [("host", "1:15".to_owned()), ("b_2", "1:30".to_owned())]
    );
    assert_eq!(
        error("GET https://x/{{}}\n"),
        "1:17: expected a variable name (letters, digits, `_`, `-`) after `{{`, found `}}`"
    );
    assert_eq!(
        error("GET https://x/{{host\n"),
        "1:21: expected `}}` to close the variable, found the end of the line"
    );
    let (message, flagged) = unsupported("GET https://x/{{host | upper}}\n");
    assert!(flagged);
    assert!(message.starts_with("1:22: a template filter"), "{message}");
}

#[test]
fn text_after_an_entry_must_start_the_next() {
    assert_eq!(
        error("POST https://x\n{\"a\": 1}\n[Asserts]\n"),
        "3:1: expected `HTTP <status>` or the next request, found `[Asserts]`"
    );
    assert_eq!(
        error("GET https://x\nHTTP 200\n`body`\n{\"a\": 1}\n"),
        "4:1: expected the next request, found `{\"a\":`"
    );
}

#[test]
fn windows_line_endings_read_the_same() {
    let file = parse("GET https://x\r\nHTTP 200\r\n[Asserts]\r\nstatus == 200\r\n").unwrap();
    assert_eq!(file.entries[0].response.as_ref().unwrap().asserts.len(), 1);
}

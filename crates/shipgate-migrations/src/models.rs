//! The Eloquent models of a Laravel application: which table each one maps
//! to, and which columns the running version writes (`$fillable`) and casts
//! (`$casts`, or a `casts()` method). Rules use them to say what a schema
//! change breaks in the version still running during a rolling deploy.
//!
//! A model is read from its source text, not executed: `protected $table`
//! when it is a literal, else Laravel's convention (the class name in
//! snake case, its last word plural); array literals of quoted strings.
//! What cannot be read literally is left out, so a model only ever adds
//! evidence to a finding and never hides one.

use std::collections::HashMap;
use std::path::Path;

/// A column a model lists, and the line that lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The column.
    pub column: String,
    /// Its 1-based line in the model's file.
    pub line: usize,
}

/// One Eloquent model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    /// The class name, such as `TransactionJournal`.
    pub class: String,
    /// The file, as reports show it.
    pub path: String,
    /// The table it maps to.
    pub table: String,
    /// The columns of `$fillable`, which mass assignment writes.
    pub fillable: Vec<Listed>,
    /// The columns `$casts` or `casts()` name.
    pub casts: Vec<Listed>,
    /// `$guarded = []`: every column is mass assignable.
    pub unguarded: bool,
}

/// Where a model uses a column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnUse<'a> {
    /// The model.
    pub model: &'a Model,
    /// `$fillable` or `$casts`.
    pub list: &'static str,
    /// The line that lists the column.
    pub line: usize,
}

impl std::fmt::Display for ColumnUse<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the model `{}` lists it in `{}` ({}:{})",
            self.model.class, self.list, self.model.path, self.line
        )
    }
}

/// The models of an application, by table.
#[derive(Debug, Clone, Default)]
pub struct Models {
    by_table: HashMap<String, Vec<Model>>,
}

impl Models {
    /// Reads every `*.php` file under `dir` (such as `app/Models`) that
    /// declares a class; paths are shown relative to `root`. A missing
    /// folder gives no models; a file that cannot be read or is not UTF-8
    /// is skipped (a model only adds evidence).
    pub fn read(dir: &Path, root: &Path) -> Self {
        let mut models = Self::default();
        let mut paths: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(walkdir::DirEntry::into_path)
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("php")))
            .collect();
        paths.sort();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            if let Some(model) = parse(&shown, &text) {
                models.add(model);
            }
        }
        models
    }

    /// The models under `dir` (relative to `root`) as they were at revision
    /// `rev` of the git repository that holds `root`: in a merge request,
    /// the version still running while the change rolls out. Paths show as
    /// `REV:PATH`. `None` when the repository or the revision cannot be
    /// read; no models when the folder did not exist then.
    pub fn read_at(dir: &str, root: &Path, rev: &str) -> Option<Self> {
        let repo = git2::Repository::discover(root).ok()?;
        let workdir = repo.workdir()?.canonicalize().ok()?;
        let root = root.canonicalize().ok()?;
        let prefix = root.strip_prefix(&workdir).ok()?;
        let tree = repo
            .revparse_single(rev)
            .and_then(|o| o.peel_to_commit())
            .and_then(|c| c.tree())
            .ok()?;
        let Ok(entry) = tree.get_path(&prefix.join(dir)) else {
            return Some(Self::default());
        };
        let folder = entry.to_object(&repo).and_then(|o| o.peel_to_tree()).ok()?;
        let mut models = Self::default();
        folder
            .walk(git2::TreeWalkMode::PreOrder, |parent, item| {
                let name = item.name().unwrap_or_default();
                if item.kind() == Some(git2::ObjectType::Blob)
                    && Path::new(name)
                        .extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case("php"))
                    && let Ok(blob) = repo.find_blob(item.id())
                    && let Ok(text) = std::str::from_utf8(blob.content())
                    && let Some(model) = parse(&format!("{rev}:{dir}/{parent}{name}"), text)
                {
                    models.add(model);
                }
                git2::TreeWalkResult::Ok
            })
            .ok()?;
        Some(models)
    }

    /// Adds a model.
    pub fn add(&mut self, model: Model) {
        self.by_table
            .entry(model.table.clone())
            .or_default()
            .push(model);
    }

    /// Whether no model was read.
    pub fn is_empty(&self) -> bool {
        self.by_table.is_empty()
    }

    /// How many models were read.
    pub fn len(&self) -> usize {
        self.by_table.values().map(Vec::len).sum()
    }

    /// The models of `table`.
    pub fn of(&self, table: &str) -> &[Model] {
        self.by_table.get(table).map_or(&[], Vec::as_slice)
    }

    /// The first model of `table` that lists `column` in `$fillable`, else
    /// in `$casts`.
    pub fn column_use(&self, table: &str, column: &str) -> Option<ColumnUse<'_>> {
        let models = self.of(table);
        let find = |list: &'static str, pick: fn(&Model) -> &[Listed]| {
            models.iter().find_map(|model| {
                pick(model)
                    .iter()
                    .find(|l| l.column.eq_ignore_ascii_case(column))
                    .map(|l| ColumnUse {
                        model,
                        list,
                        line: l.line,
                    })
            })
        };
        find("$fillable", |m| &m.fillable).or_else(|| find("$casts", |m| &m.casts))
    }
}

/// Reads a model from its PHP source: `None` when the file declares no
/// class.
pub fn parse(path: &str, text: &str) -> Option<Model> {
    let code = blank_comments(text);
    let class = class_name(&code)?;
    let table = property_string(&code, "$table").unwrap_or_else(|| table_for(&class));
    // Offsets of the newlines, once, so a line number is a binary search:
    // linear in the file however many columns it lists.
    let newlines: Vec<usize> = code
        .bytes()
        .enumerate()
        .filter_map(|(i, b)| (b == b'\n').then_some(i))
        .collect();
    let line_of = |at: usize| newlines.partition_point(|&n| n < at) + 1;
    let fillable = array_after(&code, "$fillable")
        .map(|(at, items)| listed(items, at, false, &line_of))
        .unwrap_or_default();
    let mut casts = array_after(&code, "$casts")
        .map(|(at, items)| listed(items, at, true, &line_of))
        .unwrap_or_default();
    if let Some(method) = find_word(&code, "function casts", 0)
        && let Some((at, items)) = array_after(&code[method..], "return")
    {
        casts.extend(listed(items, method + at, true, &line_of));
    }
    let unguarded =
        array_after(&code, "$guarded").is_some_and(|(_, items)| items.trim().is_empty());
    Some(Model {
        class,
        path: path.to_owned(),
        table,
        fillable,
        casts,
        unguarded,
    })
}

/// `text` with comments replaced by spaces (newlines kept, so offsets and
/// lines stay true); strings are left alone.
fn blank_comments(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' | b'"' => i = string_end(bytes, i),
            b'#' => i = blank_until_newline(&mut out, bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') => i = blank_until_newline(&mut out, bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let end = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |e| i + 2 + e + 2);
                for b in &mut out[i..end] {
                    if *b != b'\n' {
                        *b = b' ';
                    }
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    // Only ASCII bytes were replaced, by ASCII spaces.
    String::from_utf8(out).unwrap_or_default()
}

fn blank_until_newline(out: &mut [u8], bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < bytes.len() && bytes[i] != b'\n' {
        out[i] = b' ';
        i += 1;
    }
    i
}

/// The index just past the string literal that starts at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The offset of `word` at or after `from`, not inside a longer word.
fn find_word(code: &str, word: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(found) = code.get(at..)?.find(word) {
        let start = at + found;
        let end = start + word.len();
        let before = code[..start].chars().next_back();
        let after = code[end..].chars().next();
        let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        if !part(after) && (word.starts_with('$') || !part(before)) {
            return Some(start);
        }
        at = end;
    }
    None
}

/// The name of the first class the file declares.
fn class_name(code: &str) -> Option<String> {
    let at = find_word(code, "class", 0)?;
    let name: String = code[at + "class".len()..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The literal string assigned to property `name` (`protected $table =
/// 'ledger';`).
fn property_string(code: &str, name: &str) -> Option<String> {
    let at = find_word(code, name, 0)?;
    let rest = code[at + name.len()..].trim_start().strip_prefix('=')?;
    let rest = rest.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let value = &rest[1..];
    let end = value.find(quote)?;
    Some(value[..end].to_owned()).filter(|v| !v.is_empty())
}

/// The inside of the array literal after `marker` (`$fillable = [` or
/// `return [`), with the offset where it starts; `None` when the marker is
/// absent or not followed by a literal array.
fn array_after<'a>(code: &'a str, marker: &str) -> Option<(usize, &'a str)> {
    let at = find_word(code, marker, 0)?;
    let rest = &code[at + marker.len()..];
    let rest_trimmed = rest.trim_start();
    let rest_trimmed = rest_trimmed
        .strip_prefix('=')
        .map_or(rest_trimmed, str::trim_start);
    let open = rest_trimmed
        .strip_prefix('[')
        .map(|_| code.len() - rest_trimmed.len())?;
    let bytes = code.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' | b'"' => {
                i = string_end(bytes, i);
                continue;
            }
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some((open + 1, &code[open + 1..i]));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The quoted items of an array's inside at depth 0: every string for a
/// list, the keys (strings followed by `=>`) for a map.
fn listed(items: &str, offset: usize, keys: bool, line_of: &dyn Fn(usize) -> usize) -> Vec<Listed> {
    let bytes = items.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' | b'"' => {
                let end = string_end(bytes, i);
                let close = if bytes.get(end.wrapping_sub(1)) == Some(&bytes[i]) && end > i + 1 {
                    end - 1
                } else {
                    end
                };
                let value = items.get(i + 1..close).unwrap_or_default();
                let is_key = items[end..].trim_start().starts_with("=>");
                let at_item_start = items[..i]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_none_or(|c| c == ',' || c == '[');
                if depth == 0 && keys == is_key && (keys || at_item_start) && !value.is_empty() {
                    out.push(Listed {
                        column: value.to_owned(),
                        line: line_of(offset + i),
                    });
                }
                i = end;
                continue;
            }
            b'[' | b'(' => depth += 1,
            b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    out
}

/// Laravel's table for a model class: snake case, the last word plural
/// (`TransactionJournal` → `transaction_journals`, `Currency` →
/// `currencies`).
pub fn table_for(class: &str) -> String {
    let mut snake = String::new();
    for (i, c) in class.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                snake.push('_');
            }
            snake.extend(c.to_lowercase());
        } else {
            snake.push(c);
        }
    }
    plural(&snake)
}

fn plural(word: &str) -> String {
    let irregular = [("person", "people"), ("child", "children"), ("man", "men")];
    for (one, many) in irregular {
        if let Some(stem) = word.strip_suffix(one)
            && (stem.is_empty() || stem.ends_with('_'))
        {
            return format!("{stem}{many}");
        }
    }
    if let Some(stem) = word.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return format!("{stem}ies");
    }
    if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|s| word.ends_with(s))
    {
        return format!("{word}es");
    }
    format!("{word}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRANSACTION: &str = r#"<?php
namespace App\Models;

use Illuminate\Database\Eloquent\Model;

// class Commented extends Model {}
class Transaction extends Model
{
    protected $table = 'transactions';

    /* 'not_a_column' */
    protected $fillable = [
        'account_id',
        'amount', // the signed amount
        "currency_code",
    ];

    protected $casts = [
        'amount'     => 'decimal:2',
        'created_at' => 'datetime',
    ];
}
"#;

    #[test]
    fn a_model_gives_its_table_fillable_and_casts_with_lines() {
        let model = parse("app/Models/Transaction.php", TRANSACTION).unwrap();
        assert_eq!(model.class, "Transaction");
        assert_eq!(model.table, "transactions");
        let fillable: Vec<(&str, usize)> = model
            .fillable
            .iter()
            .map(|l| (l.column.as_str(), l.line))
            .collect();
        assert_eq!(
            fillable,
            [("account_id", 13), ("amount", 14), ("currency_code", 15)]
        );
        let casts: Vec<&str> = model.casts.iter().map(|l| l.column.as_str()).collect();
        assert_eq!(casts, ["amount", "created_at"]);
        assert!(!model.unguarded);
    }

    #[test]
    fn a_casts_method_and_a_conventional_table() {
        let text = "<?php\nclass TransactionJournal extends Model {\n protected $guarded = [];\n protected function casts(): array {\n  return ['booked_at' => 'datetime', 'meta' => 'array'];\n }\n}\n";
        let model = parse("m.php", text).unwrap();
        assert_eq!(model.table, "transaction_journals");
        assert_eq!(model.casts.len(), 2);
        assert_eq!(model.casts[0].line, 5);
        assert!(model.fillable.is_empty());
        assert!(model.unguarded);
    }

    #[test]
    fn a_file_without_a_class_or_with_computed_lists_adds_nothing_false() {
        assert!(parse("helpers.php", "<?php\nfunction money() {}\n").is_none());
        let text =
            "<?php\nclass Account extends Model {\n protected $fillable = self::FIELDS;\n}\n";
        let model = parse("a.php", text).unwrap();
        assert_eq!(model.table, "accounts");
        assert!(model.fillable.is_empty());
        // Values of a map are not columns.
        let text =
            "<?php\nclass Fee extends Model {\n protected $casts = ['rate' => 'decimal:4'];\n}\n";
        let model = parse("f.php", text).unwrap();
        assert_eq!(model.casts.len(), 1);
        assert_eq!(model.casts[0].column, "rate");
    }

    #[test]
    fn laravel_table_names() {
        assert_eq!(table_for("Currency"), "currencies");
        assert_eq!(table_for("Key"), "keys");
        assert_eq!(table_for("Box"), "boxes");
        assert_eq!(table_for("Person"), "people");
        assert_eq!(table_for("PiggyBank"), "piggy_banks");
        assert_eq!(table_for("Batch"), "batches");
    }

    #[test]
    fn column_use_names_the_model_list_and_line() {
        let mut models = Models::default();
        models.add(parse("app/Models/Transaction.php", TRANSACTION).unwrap());
        let found = models.column_use("transactions", "amount").unwrap();
        assert_eq!(
            found.to_string(),
            "the model `Transaction` lists it in `$fillable` (app/Models/Transaction.php:14)"
        );
        let cast = models.column_use("transactions", "created_at").unwrap();
        assert_eq!(cast.list, "$casts");
        assert!(models.column_use("transactions", "legacy_fee").is_none());
        assert!(models.column_use("accounts", "amount").is_none());
    }
}

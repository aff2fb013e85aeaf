//! `DROP TABLE [IF EXISTS] t, ... [CASCADE | RESTRICT]` read word by word.

use super::{all_words, end, keyword};
use crate::ir::OpKind;
use crate::sql::fallback::plain_name;

/// A `DropTable` for each table the statement drops, in the order named,
/// or `None` when it is not of the shape read here (a quoted or qualified
/// name is the parser's).
pub(crate) fn drop_table(text: &str) -> Option<Vec<OpKind>> {
    let w = all_words(text)?;
    let kw = |i: usize| keyword(&w, i);
    if (kw(0), kw(1)) != ("DROP", "TABLE") {
        return None;
    }
    let mut i = 2;
    if (kw(i), kw(i + 1)) == ("IF", "EXISTS") {
        i += 2;
    }
    let mut ops = Vec::new();
    loop {
        let table = plain_name(w.get(i)?)?;
        if matches!(kw(i), "IF" | "CASCADE" | "RESTRICT") {
            return None;
        }
        ops.push(OpKind::DropTable {
            table: table.to_ascii_lowercase(),
        });
        i += 1;
        if kw(i) != "," {
            break;
        }
        i += 1;
    }
    if matches!(kw(i), "CASCADE" | "RESTRICT") {
        i += 1;
    }
    end(&w, i).then_some(ops)
}

//! The relevance (skip logic) expression language of the intake form.
//!
//! Owns the tokenizer, the recursive-descent parser (depth- and length-
//! limited), the abstract syntax tree and the evaluator. Expressions are
//! parsed and type-checked once, when the form definition is loaded; answers
//! are never turned into code and nothing is ever `eval`ed. This module must
//! never panic on any input string and never look at the form definition
//! itself: the loader resolves question names and types.
//!
//! Grammar (keywords are lowercase; question ids are lowercase-with-hyphens):
//!
//! ```text
//! expr     := and ( "or" and )*
//! and      := unary ( "and" unary )*
//! unary    := "not" unary | compare
//! compare  := operand ( op operand )?
//! op       := "==" | "!=" | "<" | "<=" | ">" | ">=" | "contains"
//! operand  := question-id | "count" "(" question-id ")" | "\"text\""
//!           | integer | "yes" | "no" | "(" expr ")"
//! ```
//!
//! A bare question id (no operator) means "this yes/no question is answered
//! yes". Any comparison that involves an unanswered (or hidden) question is
//! false, so `not (status == "asylum")` is true while `status` is unanswered.

use std::fmt;

/// Longest expression accepted, in bytes.
pub const MAX_EXPR_LEN: usize = 1000;
/// Deepest nesting of parentheses / `not` accepted.
pub const MAX_DEPTH: usize = 24;

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Contains,
}

impl fmt::Display for CmpOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Contains => "contains",
        })
    }
}

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operand {
    /// The answer of a question.
    Question(String),
    /// `count(x)`: items of a repeat group or options ticked in a multiple choice.
    Count(String),
    /// A quoted choice id (or text).
    Text(String),
    Number(i64),
    Yes,
    No,
}

/// A parsed relevance condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    Or(Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    /// A bare yes/no question id: true when answered yes.
    IsYes(String),
    Compare { left: Operand, op: CmpOp, right: Operand },
}

/// Why an expression could not be parsed. `pos` is a 0-based character
/// position in the expression text (messages show it 1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the condition is empty")]
    Empty,
    #[error("the condition is longer than {MAX_EXPR_LEN} characters")]
    TooLong,
    #[error("character {}: unexpected character `{ch}`", .pos + 1)]
    UnexpectedChar { pos: usize, ch: char },
    #[error("character {}: the text in quotes is not closed", .pos + 1)]
    UnterminatedText { pos: usize },
    #[error("character {}: the number is too large", .pos + 1)]
    NumberTooLarge { pos: usize },
    #[error("character {}: the condition ends too early; {expected} is missing", .pos + 1)]
    UnexpectedEnd { pos: usize, expected: &'static str },
    #[error("character {}: expected {expected}, found `{found}`", .pos + 1)]
    Unexpected { pos: usize, expected: &'static str, found: String },
    #[error("character {}: too many nested parentheses or `not`s (at most {MAX_DEPTH})", .pos + 1)]
    TooDeep { pos: usize },
}

impl ParseError {
    /// 0-based character position of the problem, when there is one.
    pub fn position(&self) -> Option<usize> {
        match self {
            ParseError::Empty | ParseError::TooLong => None,
            ParseError::UnexpectedChar { pos, .. }
            | ParseError::UnterminatedText { pos }
            | ParseError::NumberTooLarge { pos }
            | ParseError::UnexpectedEnd { pos, .. }
            | ParseError::Unexpected { pos, .. }
            | ParseError::TooDeep { pos } => Some(*pos),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Text(String),
    Number(i64),
    Op(CmpOp),
    And,
    Or,
    Not,
    Yes,
    No,
    Count,
    LParen,
    RParen,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => s.clone(),
            Tok::Text(s) => format!("\"{s}\""),
            Tok::Number(n) => n.to_string(),
            Tok::Op(op) => op.to_string(),
            Tok::And => "and".into(),
            Tok::Or => "or".into(),
            Tok::Not => "not".into(),
            Tok::Yes => "yes".into(),
            Tok::No => "no".into(),
            Tok::Count => "count".into(),
            Tok::LParen => "(".into(),
            Tok::RParen => ")".into(),
        }
    }
}

/// Words that cannot be question ids because the language uses them.
pub const KEYWORDS: &[&str] = &["and", "or", "not", "yes", "no", "contains", "count"];

fn is_ident_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
}

fn tokenize(src: &str) -> Result<Vec<(usize, Tok)>, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let start = i;
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                out.push((start, Tok::LParen));
                i += 1;
            }
            ')' => {
                out.push((start, Tok::RParen));
                i += 1;
            }
            '=' | '!' | '<' | '>' => {
                let next = chars.get(i + 1).copied();
                let (op, len) = match (c, next) {
                    ('=', Some('=')) => (CmpOp::Eq, 2),
                    ('!', Some('=')) => (CmpOp::Ne, 2),
                    ('<', Some('=')) => (CmpOp::Le, 2),
                    ('>', Some('=')) => (CmpOp::Ge, 2),
                    ('<', _) => (CmpOp::Lt, 1),
                    ('>', _) => (CmpOp::Gt, 1),
                    _ => return Err(ParseError::UnexpectedChar { pos: start, ch: c }),
                };
                out.push((start, Tok::Op(op)));
                i += len;
            }
            '"' => {
                i += 1;
                let mut text = String::new();
                loop {
                    match chars.get(i) {
                        None => return Err(ParseError::UnterminatedText { pos: start }),
                        Some('"') => {
                            i += 1;
                            break;
                        }
                        Some(&ch) => {
                            text.push(ch);
                            i += 1;
                        }
                    }
                }
                out.push((start, Tok::Text(text)));
            }
            c if c.is_ascii_digit() || (c == '-' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) => {
                let negative = c == '-';
                if negative {
                    i += 1;
                }
                let mut value: i64 = 0;
                while let Some(d) = chars.get(i).and_then(|d| d.to_digit(10)) {
                    value = value
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(i64::from(d)))
                        .ok_or(ParseError::NumberTooLarge { pos: start })?;
                    i += 1;
                }
                if chars.get(i).is_some_and(|&ch| is_ident_char(ch) || ch == '.') {
                    let ch = chars.get(i).copied().unwrap_or(' ');
                    return Err(ParseError::UnexpectedChar { pos: i, ch });
                }
                out.push((start, Tok::Number(if negative { -value } else { value })));
            }
            c if c.is_ascii_lowercase() => {
                let mut word = String::new();
                while let Some(&ch) = chars.get(i).filter(|ch| is_ident_char(**ch)) {
                    word.push(ch);
                    i += 1;
                }
                let tok = match word.as_str() {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "not" => Tok::Not,
                    "yes" => Tok::Yes,
                    "no" => Tok::No,
                    "contains" => Tok::Op(CmpOp::Contains),
                    "count" => Tok::Count,
                    _ => Tok::Ident(word),
                };
                out.push((start, tok));
            }
            other => return Err(ParseError::UnexpectedChar { pos: start, ch: other }),
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<(usize, Tok)>,
    at: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at).map(|(_, t)| t)
    }
    fn pos(&self) -> usize {
        self.toks.get(self.at).map(|(p, _)| *p).unwrap_or(self.end)
    }
    fn bump(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.at).map(|(_, t)| t.clone());
        self.at += 1;
        t
    }
    fn unexpected(&self, expected: &'static str) -> ParseError {
        match self.toks.get(self.at) {
            Some((pos, tok)) => ParseError::Unexpected { pos: *pos, expected, found: tok.describe() },
            None => ParseError::UnexpectedEnd { pos: self.end, expected },
        }
    }

    fn expr(&mut self, depth: usize) -> Result<Expr, ParseError> {
        let mut left = self.and(depth)?;
        while self.peek() == Some(&Tok::Or) {
            self.bump();
            let right = self.and(depth)?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self, depth: usize) -> Result<Expr, ParseError> {
        let mut left = self.unary(depth)?;
        while self.peek() == Some(&Tok::And) {
            self.bump();
            let right = self.unary(depth)?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self, depth: usize) -> Result<Expr, ParseError> {
        if depth >= MAX_DEPTH {
            return Err(ParseError::TooDeep { pos: self.pos() });
        }
        if self.peek() == Some(&Tok::Not) {
            self.bump();
            return Ok(Expr::Not(Box::new(self.unary(depth + 1)?)));
        }
        self.compare(depth)
    }

    fn compare(&mut self, depth: usize) -> Result<Expr, ParseError> {
        if self.peek() == Some(&Tok::LParen) {
            self.bump();
            let inner = self.expr(depth + 1)?;
            if self.peek() != Some(&Tok::RParen) {
                return Err(self.unexpected("`)`"));
            }
            self.bump();
            return Ok(inner);
        }
        let left = self.operand()?;
        let op = match self.peek() {
            Some(Tok::Op(op)) => *op,
            _ => {
                return match left {
                    Operand::Question(id) => Ok(Expr::IsYes(id)),
                    _ => Err(self.unexpected("a comparison such as `==`")),
                }
            }
        };
        self.bump();
        let right = self.operand()?;
        Ok(Expr::Compare { left, op, right })
    }

    fn operand(&mut self) -> Result<Operand, ParseError> {
        let expected = "a question id, a \"quoted\" value, a number, yes or no";
        match self.peek().cloned() {
            Some(Tok::Ident(id)) => {
                self.bump();
                Ok(Operand::Question(id))
            }
            Some(Tok::Text(t)) => {
                self.bump();
                Ok(Operand::Text(t))
            }
            Some(Tok::Number(n)) => {
                self.bump();
                Ok(Operand::Number(n))
            }
            Some(Tok::Yes) => {
                self.bump();
                Ok(Operand::Yes)
            }
            Some(Tok::No) => {
                self.bump();
                Ok(Operand::No)
            }
            Some(Tok::Count) => {
                self.bump();
                if self.peek() != Some(&Tok::LParen) {
                    return Err(self.unexpected("`(` after count"));
                }
                self.bump();
                let id = match self.peek().cloned() {
                    Some(Tok::Ident(id)) => id,
                    _ => return Err(self.unexpected("a question id inside count( )")),
                };
                self.bump();
                if self.peek() != Some(&Tok::RParen) {
                    return Err(self.unexpected("`)`"));
                }
                self.bump();
                Ok(Operand::Count(id))
            }
            _ => Err(self.unexpected(expected)),
        }
    }
}

/// Parses a condition. Never panics; errors carry the character position.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    if src.len() > MAX_EXPR_LEN {
        return Err(ParseError::TooLong);
    }
    let toks = tokenize(src)?;
    if toks.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut p = Parser { toks, at: 0, end: src.chars().count() };
    let e = p.expr(0)?;
    if p.at < p.toks.len() {
        return Err(p.unexpected("`and`, `or` or the end of the condition"));
    }
    Ok(e)
}

impl Expr {
    /// Every question id the expression mentions (in order, may repeat).
    pub fn references(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Or(a, b) | Expr::And(a, b) => {
                a.collect(out);
                b.collect(out);
            }
            Expr::Not(a) => a.collect(out),
            Expr::IsYes(id) => out.push(id),
            Expr::Compare { left, right, .. } => {
                for o in [left, right] {
                    if let Operand::Question(id) | Operand::Count(id) = o {
                        out.push(id);
                    }
                }
            }
        }
    }
}

/// What the evaluator needs to know about an answer. The caller maps stored
/// answers to this view and returns `Unanswered` for hidden questions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fact<'a> {
    Unanswered,
    Text(&'a str),
    List(&'a [String]),
    Bool(bool),
    Number(i64),
    /// A repeat group with this many items.
    Items(usize),
}

/// Evaluates a parsed condition. `lookup` returns the visible answer of a
/// question id. Type mismatches (impossible after load-time checking) are false.
pub fn eval<'a>(expr: &Expr, lookup: &dyn Fn(&str) -> Fact<'a>) -> bool {
    match expr {
        Expr::Or(a, b) => eval(a, lookup) || eval(b, lookup),
        Expr::And(a, b) => eval(a, lookup) && eval(b, lookup),
        Expr::Not(a) => !eval(a, lookup),
        Expr::IsYes(id) => lookup(id) == Fact::Bool(true),
        Expr::Compare { left, op, right } => {
            let l = match left {
                Operand::Question(id) => lookup(id),
                Operand::Count(id) => match lookup(id) {
                    Fact::List(l) => Fact::Number(l.len() as i64),
                    Fact::Items(n) => Fact::Number(n as i64),
                    Fact::Unanswered => Fact::Number(0),
                    Fact::Text(_) => Fact::Number(1),
                    _ => Fact::Unanswered,
                },
                _ => Fact::Unanswered,
            };
            compare(l, *op, right)
        }
    }
}

fn compare(left: Fact<'_>, op: CmpOp, right: &Operand) -> bool {
    match (left, right) {
        (Fact::Text(a), Operand::Text(b)) => match op {
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            _ => false,
        },
        (Fact::List(items), Operand::Text(b)) => op == CmpOp::Contains && items.iter().any(|i| i == b),
        (Fact::Bool(a), Operand::Yes | Operand::No) => {
            let b = matches!(right, Operand::Yes);
            match op {
                CmpOp::Eq => a == b,
                CmpOp::Ne => a != b,
                _ => false,
            }
        }
        (Fact::Number(a), Operand::Number(b)) => match op {
            CmpOp::Eq => a == *b,
            CmpOp::Ne => a != *b,
            CmpOp::Lt => a < *b,
            CmpOp::Le => a <= *b,
            CmpOp::Gt => a > *b,
            CmpOp::Ge => a >= *b,
            CmpOp::Contains => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(id: &str) -> Operand {
        Operand::Question(id.into())
    }

    #[test]
    fn parses_choice_comparison() {
        assert_eq!(
            parse(r#"status == "humanitarian-visa""#).unwrap(),
            Expr::Compare { left: q("status"), op: CmpOp::Eq, right: Operand::Text("humanitarian-visa".into()) }
        );
    }

    #[test]
    fn parses_contains_yes_and_numbers() {
        assert_eq!(
            parse(r#"needs contains "housing""#).unwrap(),
            Expr::Compare { left: q("needs"), op: CmpOp::Contains, right: Operand::Text("housing".into()) }
        );
        assert_eq!(
            parse("has-children == yes").unwrap(),
            Expr::Compare { left: q("has-children"), op: CmpOp::Eq, right: Operand::Yes }
        );
        assert_eq!(
            parse("nights-left <= -3").unwrap(),
            Expr::Compare { left: q("nights-left"), op: CmpOp::Le, right: Operand::Number(-3) }
        );
        assert_eq!(
            parse("count(household) >= 2").unwrap(),
            Expr::Compare { left: Operand::Count("household".into()), op: CmpOp::Ge, right: Operand::Number(2) }
        );
    }

    #[test]
    fn and_binds_tighter_than_or_and_not_binds_tightest() {
        let e = parse("a or b and not c").unwrap();
        assert_eq!(
            e,
            Expr::Or(
                Box::new(Expr::IsYes("a".into())),
                Box::new(Expr::And(
                    Box::new(Expr::IsYes("b".into())),
                    Box::new(Expr::Not(Box::new(Expr::IsYes("c".into()))))
                ))
            )
        );
        let p = parse("(a or b) and c").unwrap();
        assert!(matches!(p, Expr::And(_, _)));
        assert_eq!(p.references(), vec!["a", "b", "c"]);
    }

    #[test]
    fn malformed_expressions_report_positions() {
        assert_eq!(parse(""), Err(ParseError::Empty));
        assert_eq!(parse("   "), Err(ParseError::Empty));
        assert_eq!(parse("a = 1"), Err(ParseError::UnexpectedChar { pos: 2, ch: '=' }));
        assert_eq!(parse("a = 1").unwrap_err().to_string(), "character 3: unexpected character `=`");
        assert_eq!(parse("a = 1").unwrap_err().position(), Some(2));
        assert_eq!(parse(r#"a == "x"#), Err(ParseError::UnterminatedText { pos: 5 }));
        assert!(matches!(parse("a =="), Err(ParseError::UnexpectedEnd { pos: 4, .. })));
        assert!(matches!(parse("(a == 1"), Err(ParseError::UnexpectedEnd { .. })));
        assert!(matches!(parse("a == 1)"), Err(ParseError::Unexpected { pos: 6, .. })));
        assert!(matches!(parse("a b"), Err(ParseError::Unexpected { pos: 2, .. })));
        assert!(matches!(parse("and a"), Err(ParseError::Unexpected { pos: 0, .. })));
        assert!(matches!(parse("\"x\""), Err(ParseError::UnexpectedEnd { pos: 3, .. })));
        assert!(matches!(parse("\"x\" or a"), Err(ParseError::Unexpected { pos: 4, .. })));
        assert!(matches!(parse("a == 99999999999999999999"), Err(ParseError::NumberTooLarge { pos: 5 })));
        assert!(matches!(parse("a == 1.5"), Err(ParseError::UnexpectedChar { pos: 6, ch: '.' })));
        assert!(matches!(parse("Status == 1"), Err(ParseError::UnexpectedChar { pos: 0, ch: 'S' })));
        assert!(matches!(parse("count(a"), Err(ParseError::UnexpectedEnd { .. })));
        assert!(matches!(parse("count a"), Err(ParseError::Unexpected { .. })));
        let deep = "(".repeat(100) + "a" + &")".repeat(100);
        assert!(matches!(parse(&deep), Err(ParseError::TooDeep { .. })));
        let nots = "not ".repeat(100) + "a";
        assert!(matches!(parse(&nots), Err(ParseError::TooDeep { .. })));
        assert_eq!(parse(&"a or ".repeat(300)), Err(ParseError::TooLong));
    }

    #[test]
    fn evaluation_follows_unanswered_is_false_rule() {
        let needs = vec!["housing".to_string(), "legal".to_string()];
        let lookup = |id: &str| match id {
            "status" => Fact::Text("asylum"),
            "needs" => Fact::List(&needs),
            "kids" => Fact::Bool(true),
            "nights" => Fact::Number(2),
            "household" => Fact::Items(3),
            _ => Fact::Unanswered,
        };
        let t = |s: &str| eval(&parse(s).unwrap(), &lookup);
        assert!(t(r#"status == "asylum""#));
        assert!(!t(r#"status != "asylum""#));
        assert!(t(r#"needs contains "housing""#));
        assert!(!t(r#"needs contains "work""#));
        assert!(t("kids"));
        assert!(t("kids == yes"));
        assert!(!t("kids == no"));
        assert!(t("nights < 3 and nights >= 2"));
        assert!(!t("nights > 2"));
        assert!(t("count(household) == 3"));
        assert!(t("count(needs) == 2"));
        assert!(t("count(missing) == 0"));
        assert!(!t(r#"missing == "x""#));
        assert!(!t(r#"missing != "x""#));
        assert!(t(r#"not (missing == "x")"#));
        assert!(t(r#"missing or status == "asylum""#));
        assert!(!t("missing and kids"));
        // Type mismatches are false, never a panic.
        assert!(!t("status > 3"));
        assert!(!t(r#"kids contains "x""#));
    }

    proptest! {
        #[test]
        fn arbitrary_strings_never_panic_the_parser(s in ".{0,200}") {
            let _ = parse(&s);
        }

        #[test]
        fn expression_like_strings_never_panic(s in "[a-z()=!<>\" 0-9-]{0,120}") {
            if let Ok(e) = parse(&s) {
                let _ = eval(&e, &|_| Fact::Number(1));
                let _ = e.references();
            }
        }
    }
}

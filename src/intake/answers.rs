//! Stored intake answers: language-neutral values keyed by stable question id.
//!
//! Owns [`AnswerValue`], [`Answers`] (with the content version they were
//! given under) and their conversion to and from `serde_json::Value`. Values
//! are never labels: a choice is its id, a date is ISO `YYYY-MM-DD`, a yes/no
//! is a boolean, a repeat group is an array of objects. This module never
//! drops an answer it does not understand and never knows about the form
//! definition (the engine decides what is relevant or valid).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// One answer value, as stored in the vault and exported.
///
/// | question type | value |
/// |---|---|
/// | short/long text, phone | `Text` |
/// | single choice | `Text` (the choice id) |
/// | date | `Text` (`YYYY-MM-DD`) |
/// | multiple choice | `List` of choice ids |
/// | yes/no | `Bool` |
/// | number, year | `Number` (integer) |
/// | repeat group | `Items`: one map per member |
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "serde_json::Value", try_from = "serde_json::Value")]
pub enum AnswerValue {
    Text(String),
    List(Vec<String>),
    Bool(bool),
    Number(i64),
    Items(Vec<BTreeMap<String, AnswerValue>>),
}

/// Why a JSON value is not an answer value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerJsonError {
    #[error("null is not an answer")]
    Null,
    #[error("numbers must be whole")]
    NotWholeNumber,
    #[error("a list mixes texts and other values")]
    MixedList,
    #[error("an object is not an answer (repeat items must be inside a list)")]
    BareObject,
    #[error("the answers are not an object")]
    NotAnObject,
}

impl AnswerValue {
    /// The JSON form used in exports.
    pub fn to_json(&self) -> Json {
        match self {
            AnswerValue::Text(s) => Json::String(s.clone()),
            AnswerValue::List(l) => Json::Array(l.iter().map(|s| Json::String(s.clone())).collect()),
            AnswerValue::Bool(b) => Json::Bool(*b),
            AnswerValue::Number(n) => Json::Number((*n).into()),
            AnswerValue::Items(items) => Json::Array(
                items
                    .iter()
                    .map(|m| {
                        // Inserted one by one: collecting sorts (see `crate::sort`).
                        let mut object = serde_json::Map::new();
                        for (k, v) in m {
                            object.insert(k.clone(), v.to_json());
                        }
                        Json::Object(object)
                    })
                    .collect(),
            ),
        }
    }

    /// Reads the JSON form. An empty array reads as an empty `List`, which
    /// the engine treats like an empty repeat group where one is expected.
    pub fn from_json(value: &Json) -> Result<Self, AnswerJsonError> {
        Ok(match value {
            Json::Null => return Err(AnswerJsonError::Null),
            Json::Bool(b) => AnswerValue::Bool(*b),
            Json::Number(n) => match n.as_i64() {
                Some(i) => AnswerValue::Number(i),
                None => match n.as_f64() {
                    Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => AnswerValue::Number(f as i64),
                    _ => return Err(AnswerJsonError::NotWholeNumber),
                },
            },
            Json::String(s) => AnswerValue::Text(s.clone()),
            Json::Array(arr) => {
                if arr.iter().all(Json::is_string) {
                    AnswerValue::List(arr.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
                } else if arr.iter().all(Json::is_object) {
                    let mut items = Vec::with_capacity(arr.len());
                    for obj in arr {
                        let Json::Object(map) = obj else { return Err(AnswerJsonError::MixedList) };
                        let mut item = BTreeMap::new();
                        for (k, v) in map {
                            if v.is_null() {
                                continue;
                            }
                            item.insert(k.clone(), AnswerValue::from_json(v)?);
                        }
                        items.push(item);
                    }
                    AnswerValue::Items(items)
                } else {
                    return Err(AnswerJsonError::MixedList);
                }
            }
            Json::Object(_) => return Err(AnswerJsonError::BareObject),
        })
    }

    /// Whether the value counts as "not answered" (blank text, empty list).
    /// An empty repeat group is an answer ("no members"), not a blank.
    pub fn is_blank(&self) -> bool {
        match self {
            AnswerValue::Text(s) => s.trim().is_empty(),
            AnswerValue::List(l) => l.is_empty(),
            _ => false,
        }
    }
}

impl From<AnswerValue> for Json {
    fn from(v: AnswerValue) -> Json {
        v.to_json()
    }
}

impl TryFrom<Json> for AnswerValue {
    type Error = AnswerJsonError;
    fn try_from(v: Json) -> Result<Self, Self::Error> {
        AnswerValue::from_json(&v)
    }
}

/// All answers of one newcomer, with the content version of the form they
/// were last edited under. Ids the current form does not know are kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// `content_version` of the definition these answers were last saved with.
    #[serde(default)]
    pub content_version: Option<String>,
    #[serde(default)]
    pub values: BTreeMap<String, AnswerValue>,
}

impl Answers {
    pub fn new(content_version: impl Into<String>) -> Self {
        Self { content_version: Some(content_version.into()), values: BTreeMap::new() }
    }

    pub fn get(&self, id: &str) -> Option<&AnswerValue> {
        self.values.get(id)
    }

    /// Sets a top-level answer; a blank value clears it.
    pub fn set(&mut self, id: &str, value: AnswerValue) {
        if value.is_blank() {
            self.values.remove(id);
        } else {
            self.values.insert(id.to_owned(), value);
        }
    }

    pub fn clear(&mut self, id: &str) {
        self.values.remove(id);
    }

    /// Items of a repeat group (empty when none).
    pub fn items(&self, group: &str) -> &[BTreeMap<String, AnswerValue>] {
        match self.values.get(group) {
            Some(AnswerValue::Items(items)) => items,
            _ => &[],
        }
    }

    /// Appends an empty item to a repeat group; returns its index. A value of
    /// another shape stored under `group` (an older form) is replaced only if
    /// it is an empty list.
    pub fn add_item(&mut self, group: &str) -> Option<usize> {
        let entry = self.values.entry(group.to_owned()).or_insert_with(|| AnswerValue::Items(Vec::new()));
        if matches!(entry, AnswerValue::List(l) if l.is_empty()) {
            *entry = AnswerValue::Items(Vec::new());
        }
        match entry {
            AnswerValue::Items(items) => {
                items.push(BTreeMap::new());
                Some(items.len() - 1)
            }
            _ => None,
        }
    }

    /// Removes item `index` of a repeat group; false when there is none.
    pub fn remove_item(&mut self, group: &str, index: usize) -> bool {
        match self.values.get_mut(group) {
            Some(AnswerValue::Items(items)) if index < items.len() => {
                items.remove(index);
                true
            }
            _ => false,
        }
    }

    /// Sets (or, for a blank value, clears) a question inside item `index`
    /// of a repeat group; false when the item does not exist.
    pub fn set_in_item(&mut self, group: &str, index: usize, id: &str, value: AnswerValue) -> bool {
        match self.values.get_mut(group) {
            Some(AnswerValue::Items(items)) => match items.get_mut(index) {
                Some(item) => {
                    if value.is_blank() {
                        item.remove(id);
                    } else {
                        item.insert(id.to_owned(), value);
                    }
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// The answers as a JSON object id → value (all of them, hidden or not).
    pub fn to_json_map(&self) -> serde_json::Map<String, Json> {
        let mut map = serde_json::Map::new();
        for (k, v) in &self.values {
            map.insert(k.clone(), v.to_json());
        }
        map
    }

    /// Reads answers from a JSON object id → value. Nulls are skipped.
    pub fn from_json_map(content_version: Option<String>, map: &Json) -> Result<Self, AnswerJsonError> {
        let Json::Object(obj) = map else { return Err(AnswerJsonError::NotAnObject) };
        let mut values = BTreeMap::new();
        for (k, v) in obj {
            if v.is_null() {
                continue;
            }
            values.insert(k.clone(), AnswerValue::from_json(v)?);
        }
        Ok(Self { content_version, values })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_round_trip_through_json() {
        let mut member = BTreeMap::new();
        member.insert("relationship".to_string(), AnswerValue::Text("child".into()));
        member.insert("birth-year".to_string(), AnswerValue::Number(2015));
        let mut a = Answers::new("1");
        a.set("city", AnswerValue::Text("warsaw".into()));
        a.set("needs", AnswerValue::List(vec!["legal".into(), "housing".into()]));
        a.set("danger", AnswerValue::Bool(false));
        a.set("nights", AnswerValue::Number(3));
        a.set("household", AnswerValue::Items(vec![member]));
        let j = Json::Object(a.to_json_map());
        assert_eq!(j["household"], json!([{"relationship": "child", "birth-year": 2015}]));
        assert_eq!(j["nights"], json!(3));
        let back = Answers::from_json_map(Some("1".into()), &j).unwrap();
        assert_eq!(back, a);
        // serde goes through the same JSON shape.
        let s = serde_json::to_string(&a).unwrap();
        assert!(s.contains(r#""needs":["legal","housing"]"#), "{s}");
        let again: Answers = serde_json::from_str(&s).unwrap();
        assert_eq!(again, a);
    }

    #[test]
    fn odd_json_is_rejected_or_normalised() {
        assert_eq!(AnswerValue::from_json(&json!(1985.0)), Ok(AnswerValue::Number(1985)));
        assert_eq!(AnswerValue::from_json(&json!(1.5)), Err(AnswerJsonError::NotWholeNumber));
        assert_eq!(AnswerValue::from_json(&json!(null)), Err(AnswerJsonError::Null));
        assert_eq!(AnswerValue::from_json(&json!({"a": 1})), Err(AnswerJsonError::BareObject));
        assert_eq!(AnswerValue::from_json(&json!(["a", 1])), Err(AnswerJsonError::MixedList));
        assert_eq!(AnswerValue::from_json(&json!([{"a": [1]}])), Err(AnswerJsonError::MixedList));
        assert_eq!(AnswerValue::from_json(&json!([])), Ok(AnswerValue::List(vec![])));
        assert_eq!(Answers::from_json_map(None, &json!([1])), Err(AnswerJsonError::NotAnObject));
    }

    #[test]
    fn blank_values_clear_and_repeat_items_are_edited_in_place() {
        let mut a = Answers::default();
        a.set("name", AnswerValue::Text("Ala".into()));
        a.set("name", AnswerValue::Text("  ".into()));
        assert!(a.get("name").is_none());
        assert_eq!(a.add_item("household"), Some(0));
        assert_eq!(a.add_item("household"), Some(1));
        assert!(a.set_in_item("household", 1, "birth-year", AnswerValue::Number(2010)));
        assert!(!a.set_in_item("household", 5, "birth-year", AnswerValue::Number(2010)));
        assert!(a.remove_item("household", 0));
        assert_eq!(a.items("household").len(), 1);
        assert_eq!(a.items("household")[0].get("birth-year"), Some(&AnswerValue::Number(2010)));
        assert!(!a.remove_item("household", 3));
        a.set("name", AnswerValue::Text("x".into()));
        assert_eq!(a.add_item("name"), None);
    }
}

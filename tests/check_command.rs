//! The `waymark-check` command as a translator or organisation runs it: clean
//! on the shipped files, and failing with `file:line` on seeded broken copies.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A scratch copy of the site's data files (locales, public/) to break.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waymark-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&repo().join("locales"), &dir.join("locales"));
    copy_dir(&repo().join("public"), &dir.join("public"));
    dir
}

fn run(dir: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_waymark-check")).arg(dir).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, f(text)).unwrap();
}

#[test]
fn the_shipped_files_pass() {
    let (code, out) = run(&repo());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 error(s)"), "{out}");
}

#[test]
fn a_broken_translation_fails_with_file_and_line() {
    let dir = scratch("ftl");
    // A syntax error in Belarusian and a message removed from Polish.
    edit(&dir.join("locales/be/app.ftl"), |t| t.replacen("nav-label =", "nav-label = { $", 1));
    edit(&dir.join("locales/pl/app.ftl"), |t| {
        t.lines().filter(|l| !l.starts_with("nav-settings =")).collect::<Vec<_>>().join("\n")
    });
    let (code, out) = run(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.lines().any(|l| l.starts_with("locales/be/app.ftl:") && l.contains("error")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("locales/pl/app.ftl") && l.contains("nav-settings")), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn broken_content_and_config_fail_with_file_and_line() {
    let dir = scratch("content");
    edit(&dir.join("public/content/checklist.toml"), |t| t.replacen("after = [", "after = [\"no-such-step\", ", 1));
    edit(&dir.join("public/config/org.toml"), |t| t.replacen("name = ", "name = 42 #", 1));
    let (code, out) = run(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.lines().any(|l| l.starts_with("content/checklist.toml:") && l.contains("no-such-step")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("config/org.toml:") && l.contains("name")), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_folder_that_does_not_exist_is_a_usage_error() {
    let (code, _) = run(Path::new("/nonexistent/waymark"));
    assert_eq!(code, 2);
}

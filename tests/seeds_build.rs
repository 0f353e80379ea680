//! SLOW (one `cargo check` in a fresh target dir: about a minute the first time, seconds after).
//! The one test that runs the real build script on a bad seed folder, to prove that the user sees
//! what tests/seeds_load.rs checks at the library level: one `error:` line per bad file with its
//! line and byte, `warning:` lines for the rest, and a failed build.
//!
//! It cannot deadlock on Cargo's build lock, which the `cargo test` running it may hold: the
//! inner build uses its own target dir (target/seeds-build-test under the package), runs
//! `--offline` (no package-cache lock wait for the network), and is killed after 15 minutes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIME_LIMIT: Duration = Duration::from_secs(15 * 60);

fn bad_seed_folder() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("seeds_build_bad");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let good = "A Good Title\n\"We are ready,\" said Ann Lee on March 3, 2026.\n";
    let files: &[(&str, &[u8])] = &[
        ("a_empty.txt", b""),
        ("b_latin1.txt", b"Title\nsecond line\ncaf\xe9 third\n"),
        ("c_good.txt", good.as_bytes()),
        ("d_same_as_c.txt", good.as_bytes()),
        ("e_comments.txt", b"Title\nBody.\n4 Comments\nAnn\nNice.\n"),
        ("notes.md", b"# not an article"),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    dir
}

/// Runs `cargo check --lib` of this package with `NEWSLENS_SEEDS=seeds`; returns (success, stderr).
fn cargo_check_with_seeds(seeds: &Path) -> (bool, String) {
    let package = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let stderr_file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("seeds_build_stderr.txt");
    let mut child = Command::new(cargo)
        .args(["check", "--lib", "--offline", "--color", "never"])
        .current_dir(package)
        .env("NEWSLENS_SEEDS", seeds)
        .env("CARGO_TARGET_DIR", package.join("target/seeds-build-test"))
        .env_remove("RUSTFLAGS")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr_file).unwrap())
        .spawn()
        .expect("cargo runs");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIME_LIMIT {
            child.kill().ok();
            panic!("cargo check took over {TIME_LIMIT:?}; see {}", stderr_file.display());
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    (status.success(), std::fs::read_to_string(&stderr_file).unwrap())
}

#[test]
fn slow_a_real_build_reports_every_bad_seed_and_fails() {
    let seeds = bad_seed_folder();
    let (ok, stderr) = cargo_check_with_seeds(&seeds);
    assert!(!ok, "the build succeeded on a bad seed folder:\n{stderr}");
    let dir = seeds.display().to_string();
    let expected_errors = [
        format!("error: newslens@0.1.0: {dir}/a_empty.txt: is empty"),
        format!("error: newslens@0.1.0: {dir}/b_latin1.txt:3: is not valid UTF-8 (0xE9 here); save it as UTF-8 (byte 21)"),
        format!("error: newslens@0.1.0: 2 problem(s) with the seeds in {dir}"),
    ];
    let expected_warnings = [
        format!("warning: newslens@0.1.0: {dir}: ignoring entries that are not .txt files: notes.md"),
        format!("warning: newslens@0.1.0: {dir}/d_same_as_c.txt: same text as {dir}/c_good.txt"),
        // From the extractor: the readable files are still extracted for their warnings.
        // (the extractor's wording is its own: only the file is checked)
        format!("warning: newslens@0.1.0: {dir}/e_comments.txt: "),
    ];
    for line in expected_errors.iter().chain(&expected_warnings) {
        assert!(stderr.contains(line.as_str()), "missing {line:?} in:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "the build script panicked:\n{stderr}");
}

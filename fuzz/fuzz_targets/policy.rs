//! Any text as a policy: reading never panics, and a policy that reads round-trips through JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use school_enterprise::{read_json, Policy};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(policy) = read_json::<Policy>(text) else {
        return;
    };
    let written = serde_json::to_string(&policy).expect("a policy serializes");
    let again: Policy = read_json(&written).expect("what was written reads");
    assert_eq!(again, policy, "the policy round-trips");
});

//! Peak memory of checking a portfolio, against the memory of the portfolio itself.
//!
//! The portfolio is the benches' (`benches/support`): agreements of all four modes in realistic
//! proportions. A tracking global allocator (this test binary only) counts the bytes live on the
//! heap. The portfolio's own size is what is live after it is built (without spare capacity); the check's cost is the highest number
//! of bytes live during `Portfolio::check` above that. The 1,000,000-student figure comes from the
//! ignored test, run by hand:
//! `cargo test --release --test memory -- --ignored --nocapture`.

// The benches' portfolio of all four modes.
#[path = "../benches/support/mod.rs"]
mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use school_enterprise::*;
use support::portfolio;

struct Tracking;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: forwards every call to the system allocator unchanged; only counts bytes.
unsafe impl GlobalAlloc for Tracking {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        grew(new_size);
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Tracking = Tracking;

/// (bytes the portfolio holds, bytes the check needs above them at its peak).
fn measure(students: usize) -> (usize, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    let portfolio = portfolio(students);
    let held = LIVE.load(Ordering::Relaxed) - before;
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let report = portfolio.check(&Policy::cn());
    let extra = PEAK.load(Ordering::Relaxed) - base;
    assert!(report.is_empty(), "{report}");
    drop(portfolio);
    (held, extra)
}

#[test]
fn checking_needs_less_memory_than_the_portfolio_holds() {
    let (held, extra) = measure(10_000);
    println!("10,000 students: portfolio {held} bytes, check peak {extra} bytes above it");
    assert!(
        extra < held,
        "the check needs {extra} bytes, the portfolio holds {held}"
    );
}

#[test]
#[ignore = "a million students: run by hand with --release"]
fn checking_a_million_students_needs_less_memory_than_the_portfolio_holds() {
    let (held, extra) = measure(1_000_000);
    println!("1,000,000 students: portfolio {held} bytes, check peak {extra} bytes above it");
    assert!(
        extra < held,
        "the check needs {extra} bytes, the portfolio holds {held}"
    );
}

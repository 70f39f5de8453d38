//! Checking a valid agreement makes a number of heap allocations that does not grow with its size.
//!
//! A counting global allocator (this test binary only) counts the allocations made while one
//! agreement is checked, at two sizes ten times apart. The counts must be equal. What is left: the
//! agreement index allocates its two buffers (placement marks and element keys) once per check,
//! and the interaction mode's index of its teaching plan two more.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use school_enterprise::*;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A valid agreement with `n` placements, one per extra student, and its registry.
fn valid(n: usize) -> (CooperationAgreement, Registry) {
    let mut a = agreement();
    a.placements = (0..n)
        .map(|k| {
            let mut p = placement();
            p.id = PlacementId::from_u128(10_000 + k as u128);
            p.student = extra_student(k);
            p
        })
        .collect();
    // Enough employees that the intern shares hold in a portfolio too.
    let registry = registry_with(n, |e| {
        e.employees = 100_000;
        e.posts[0].headcount = 100_000;
    });
    (a, registry)
}

fn allocations_while(f: impl FnOnce() -> Report) -> (usize, Report) {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let report = f();
    (ALLOCATIONS.load(Ordering::Relaxed) - before, report)
}

#[test]
fn checking_a_valid_agreement_allocates_the_same_at_two_sizes() {
    let policy = Policy::cn();
    let (small, small_registry) = valid(20);
    let (large, large_registry) = valid(200);
    let (small_count, small_report) = allocations_while(|| small.check(&small_registry, &policy));
    let (large_count, large_report) = allocations_while(|| large.check(&large_registry, &policy));
    assert!(small_report.is_empty(), "{small_report}");
    assert!(large_report.is_empty(), "{large_report}");
    assert_eq!(
        small_count, large_count,
        "allocations grow with the agreement's size"
    );
    // What is left: the agreement index (2) and the interaction mode's index of its plan (2).
    assert!(small_count <= 4, "{small_count} allocations");
}

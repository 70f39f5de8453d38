//! A property-testing kit (cargo feature `proptest`): strategies that generate valid arrangements,
//! and single-fault mutations that each break one rule and say which code the check must raise.
//!
//! Downstream systems (a school's records system, an authority's dashboard) test their own code
//! against the rules with it; the crate tests itself with it.
//!
//! - [`values`]: `Arbitrary` for every value type (ids, date ranges, times, shifts, schedules,
//!   windows, currencies, money, shares), so `any::<DateRange>()` works.
//! - [`valid_agreement`] and [`valid_portfolio`]: arrangements that pass under
//!   [`Policy::cn`](crate::Policy::cn) with no error and no warning, of the [`Sizes`] asked for.
//!   Their placements (and the employments of [`valid_employed_study`]) follow single weekly
//!   patterns or two- and three-week rotas, some with a day off and an extra shift.
//!   [`valid_agreement_with_calendar`]: one with the policy to check it under, cn with an
//!   official calendar it respects (a make-up working Sunday worked, a public holiday taken off).
//! - [`agreement_mutation`], [`portfolio_mutation`] (one code) and [`agreement_mutations`],
//!   [`portfolio_mutations`] (any code): a valid arrangement with one fault, the policy to check
//!   it under, and the codes it must raise.
//! - Modes: [`valid_introduced`] and [`introduced_mutation`] (mode 1, [`INTRODUCED_MUTATIONS`]);
//!   [`valid_rotation`], [`valid_employed_study`] (or [`valid_alternation`], either), and
//!   [`rotation_mutation`], [`employed_study_mutation`] (or [`alternation_mutation`],
//!   [`alternation_mutations`]) for every `alternation.*` and `employed_study.*` code and the
//!   `worktime.*` codes on an employment's shift pattern (mode 2, [`ALTERNATION_MUTATIONS`]);
//!   [`valid_interaction`] and [`interaction_mutation`] (mode 3, [`INTERACTION_MUTATIONS`]);
//!   [`valid_order`], [`order_mutation`] and [`order_mutations`] (mode 4, order-based classes
//!   with their internships, [`ORDER_MUTATIONS`]).
//! - Profiles: [`valid_agreement_in`] takes a [`Profile`] (cn or de) and draws arrangements valid
//!   under its policy from the same generator; [`de_mutation`] and [`de_mutations`] break the
//!   seven codes the de profile switches on ([`DE_MUTATIONS`]).
//!
//! ## Codes without a mutation
//!
//! None: every code of the catalogue has a single-fault mutation, each raising its one code alone
//! (tests/kit*.rs check every one).
//!
//! ## A downstream property test
//!
//! ```
//! use proptest::prelude::*;
//! use school_enterprise::testing::{agreement_mutations, valid_agreement, Sizes};
//! use school_enterprise::RuleCode;
//!
//! proptest! {
//!     #![proptest_config(ProptestConfig::with_cases(16))]
//!     // In your crate, put `#[test]` on each of these; here they are called below.
//!     // Your system's import of an agreement must keep it valid...
//!     fn valid_agreements_stay_valid(a in valid_agreement(Sizes::default())) {
//!         let report = a.agreement.check(&a.registry, &school_enterprise::Policy::cn());
//!         prop_assert!(report.is_empty(), "{}", report);
//!     }
//!
//!     // ...and every single fault must be caught with its code.
//!     fn faults_are_caught(m in agreement_mutations(Sizes::default())) {
//!         let report = m.target.agreement.check(&m.target.registry, &m.policy);
//!         let found: std::collections::BTreeSet<RuleCode> =
//!             report.iter().filter_map(|v| v.rule()).collect();
//!         prop_assert_eq!(found, m.codes);
//!     }
//! }
//!
//! valid_agreements_stay_valid();
//! faults_are_caught();
//! ```

mod alternation;
mod arrangement;
mod employed_study;
mod interaction;
mod introduced;
mod mutation;
mod order;
mod profile;
mod record;
mod rotation;
pub mod values;

pub use alternation::{
    alternation_mutation, alternation_mutations, valid_alternation, ALTERNATION_MUTATIONS,
};
pub use arrangement::{
    valid_agreement, valid_agreement_with_calendar, valid_portfolio, Arrangement, Sizes, SCHOOL,
};
pub use employed_study::{employed_study_mutation, valid_employed_study, EMPLOYED_STUDY_MUTATIONS};
pub use interaction::{
    interaction_mutation, interaction_mutations, valid_interaction, INTERACTION_MUTATIONS,
};
pub use introduced::{
    introduced_mutation, introduced_mutations, valid_introduced, INTRODUCED_MUTATIONS,
};
pub use mutation::{
    agreement_mutation, agreement_mutations, portfolio_mutation, portfolio_mutations, Mutation,
    AGREEMENT_MUTATIONS, PORTFOLIO_MUTATIONS,
};
pub use order::{order_mutation, order_mutations, valid_order, ORDER_MUTATIONS};
pub use profile::{
    de_mutation, de_mutations, valid_agreement_in, Profile, DE_MONTHLY_PAY, DE_MUTATIONS,
};
pub use rotation::{rotation_mutation, valid_rotation, ROTATION_MUTATIONS};

//! Realistic programmes, one per mode, built the way a school enters them and at the size a
//! school runs them. Each passes `check` under its policy with no error and no warning, and each
//! has its one most realistic fault, applied as a small change to the valid programme, which
//! raises exactly its code at the path and with the figures worked out by hand from RULES.md.

mod employed_study;
mod interaction;
mod internship;
mod introduced;
mod order;
mod rotation;
mod support;

//! The class-level timetable and task list of employed study, entered once and applied to every
//! employment: what is read of them once per check (sorted task ids, the union of the sessions'
//! intervals), and the rules about a shared session that do not depend on an employment.
//!
//! A shared session naming no task fires `employed_study.class_linked_to_job` once, at
//! `timetable[i]`. A shared session naming a task of the shared list is linked for every
//! employment. One naming a task that neither the shared list nor any employment holds is
//! reported once by `agreement.references_resolve` at `timetable[i].task`, and is otherwise read
//! as usual. One naming a task that some employment holds must find it in each employment: the
//! employment that lacks it is reported there (see [`Timetable::unlinked`]).

use super::employed::EmployedStudy;
use super::weekly::Covered;
use crate::agreement::dangling;
use crate::check::{Figure, Loc, Scope, Sink};
use crate::{RuleCode, TaskId};

/// What the checker reads of the shared timetable and task list, once.
#[derive(Debug)]
pub(super) struct Timetable {
    /// The ids of the shared task list, sorted.
    tasks: Vec<TaskId>,
    /// The shared sessions that name a task outside the shared list which some employment
    /// holds: (position in the timetable, task).
    per_employment: Vec<(usize, TaskId)>,
    /// The union of the shared sessions' intervals.
    pub(super) covered: Covered,
}

impl Timetable {
    /// Reads `model`'s shared timetable and task list, found at `at`, and reports what concerns
    /// a shared session alone.
    pub(super) fn new(model: &EmployedStudy, at: Loc<'_>, sink: &mut Sink<'_>) -> Self {
        let mut tasks: Vec<TaskId> = model.tasks.iter().map(|task| task.id).collect();
        tasks.sort_unstable();
        let covered = Covered::new(
            model
                .timetable
                .iter()
                .map(|class| class.span().week_interval()),
        );
        let mut per_employment = Vec::new();
        let timetable_at = at.field("timetable");
        let mut held: Option<Vec<TaskId>> = None;
        for (i, class) in model.timetable.iter().enumerate() {
            let here = timetable_at.index(i);
            let Some(task) = class.task else {
                sink.push(
                    RuleCode::EmployedStudyClassLinkedToJob,
                    here,
                    Scope::Plain,
                    "the class names no job task to link learning to".to_owned(),
                    vec![Figure::new("class", class)],
                );
                continue;
            };
            if tasks.binary_search(&task).is_ok() {
                continue;
            }
            // The tasks of every employment, sorted, read only when a shared session needs them.
            let held = held.get_or_insert_with(|| {
                let mut all: Vec<TaskId> = model
                    .employments
                    .iter()
                    .flat_map(|job| job.tasks.iter().map(|task| task.id))
                    .collect();
                all.sort_unstable();
                all
            });
            if held.binary_search(&task).is_ok() {
                per_employment.push((i, task));
            } else {
                dangling(
                    sink,
                    here.field("task"),
                    "task of the class or an employment",
                    task,
                );
            }
        }
        Self {
            tasks,
            per_employment,
            covered,
        }
    }

    /// Whether the shared task list holds `task`.
    pub(super) fn has_task(&self, task: TaskId) -> bool {
        self.tasks.binary_search(&task).is_ok()
    }

    /// The shared sessions (position in the timetable) whose task the employment with these
    /// task ids (`own`, sorted) lacks.
    pub(super) fn unlinked<'s>(&'s self, own: &'s [TaskId]) -> impl Iterator<Item = usize> + 's {
        self.per_employment
            .iter()
            .filter(|(_, task)| own.binary_search(task).is_err())
            .map(|(i, _)| *i)
    }
}

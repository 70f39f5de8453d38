//! The registry: the schools, enterprises, students and instructors that agreements refer to by
//! id, indexed once when it is built.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::{
    CampusSite, Enterprise, EnterpriseId, Error, Instructor, InstructorId, Name, Post, PostId,
    School, SchoolId, SiteId, Student, StudentId,
};

/// A hasher for ids: UUIDs are already well spread, so a multiply-and-mix of their two halves is
/// enough, and much cheaper than the default SipHash. It is not meant to resist inputs crafted to
/// collide; a registry built from such ids is slower to query, never wrong.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct IdHasher(u64);

impl IdHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        // The finalizer of MurmurHash3: every input bit reaches every output bit.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^= h >> 33;
        h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        h ^ (h >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        for byte in chunks.remainder() {
            self.mix(u64::from(*byte));
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.mix(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.mix(value as u64);
    }
}

/// A map keyed by ids, hashed with [`IdHasher`].
pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// The parties agreements refer to, with O(1) look-ups by id.
///
/// Building a registry refuses two parties of one kind with one id (and two posts with one id,
/// across enterprises, or two campus sites, across schools): a registry is the table ids are resolved against, so it must be
/// unambiguous. Deserialization goes through the same check.
///
/// ```
/// use school_enterprise::*;
///
/// let school = School::new(SchoolId::from_u128(1), Name::new("Weld City Technical School")?,
///     SchoolKind::SecondaryVocational);
/// let registry = Registry::new(vec![school], vec![], vec![], vec![])?;
/// assert!(registry.school(SchoolId::from_u128(1)).is_some());
/// assert!(registry.school(SchoolId::from_u128(2)).is_none());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    schools: Vec<School>,
    enterprises: Vec<Enterprise>,
    students: Vec<Student>,
    instructors: Vec<Instructor>,
    school_index: IdMap<SchoolId, usize>,
    enterprise_index: IdMap<EnterpriseId, usize>,
    student_index: IdMap<StudentId, usize>,
    instructor_index: IdMap<InstructorId, usize>,
    post_index: IdMap<PostId, (usize, usize)>,
    site_index: IdMap<SiteId, (usize, usize)>,
}

impl PartialEq for Registry {
    fn eq(&self, other: &Self) -> bool {
        self.schools == other.schools
            && self.enterprises == other.enterprises
            && self.students == other.students
            && self.instructors == other.instructors
    }
}

impl Eq for Registry {}

fn index<K: Hash + Eq + Copy + Into<uuid::Uuid>, T>(
    items: &[T],
    kind: &'static str,
    key: impl Fn(&T) -> K,
) -> Result<IdMap<K, usize>, Error> {
    let mut map = IdMap::with_capacity_and_hasher(items.len(), Default::default());
    for (position, item) in items.iter().enumerate() {
        let id = key(item);
        if map.insert(id, position).is_some() {
            return Err(Error::DuplicateRegistryId {
                kind,
                id: id.into(),
            });
        }
    }
    Ok(map)
}

/// Indexes the parts of `owners` (the posts of enterprises, the sites of schools) by id, to the
/// positions of their owner and of the part in it.
fn index_within<O, P, K: Hash + Eq + Copy + Into<uuid::Uuid>>(
    owners: &[O],
    kind: &'static str,
    parts: impl Fn(&O) -> &[P],
    key: impl Fn(&P) -> K,
) -> Result<IdMap<K, (usize, usize)>, Error> {
    let mut map = IdMap::default();
    for (o, owner) in owners.iter().enumerate() {
        for (p, part) in parts(owner).iter().enumerate() {
            let id = key(part);
            if map.insert(id, (o, p)).is_some() {
                return Err(Error::DuplicateRegistryId {
                    kind,
                    id: id.into(),
                });
            }
        }
    }
    Ok(map)
}

/// Puts `item` at `at` in `items`, giving back what was there.
fn replace_at<T>(
    items: &mut [T],
    at: Option<usize>,
    item: T,
    kind: &'static str,
    id: impl Fn(&T) -> uuid::Uuid,
) -> Result<T, Error> {
    let missing = Error::NotInRegistry {
        kind,
        id: id(&item),
    };
    match at.and_then(|at| items.get_mut(at)) {
        Some(slot) => Ok(std::mem::replace(slot, item)),
        None => Err(missing),
    }
}

/// Moves the index of an owner's parts (posts, sites) from `old` to `new`, refusing an id another
/// owner's part has or one `new` repeats (the index is then unchanged).
fn reindex_parts<P, K: Hash + Eq + Copy + Into<uuid::Uuid>>(
    index: &mut IdMap<K, (usize, usize)>,
    owner: usize,
    old: Option<&[P]>,
    new: &[P],
    kind: &'static str,
    key: impl Fn(&P) -> K,
) -> Result<(), Error> {
    let mut seen = IdMap::<K, ()>::default();
    for part in new {
        let id = key(part);
        let elsewhere = index.get(&id).is_some_and(|(o, _)| *o != owner);
        if elsewhere || seen.insert(id, ()).is_some() {
            return Err(Error::DuplicateRegistryId {
                kind,
                id: id.into(),
            });
        }
    }
    for part in old.unwrap_or_default() {
        index.remove(&key(part));
    }
    for (p, part) in new.iter().enumerate() {
        index.insert(key(part), (owner, p));
    }
    Ok(())
}

impl Registry {
    /// A registry of these parties. Refuses duplicate ids within a kind, and two posts (or two
    /// campus sites) with one id, even of different enterprises (or schools).
    pub fn new(
        schools: Vec<School>,
        enterprises: Vec<Enterprise>,
        students: Vec<Student>,
        instructors: Vec<Instructor>,
    ) -> Result<Self, Error> {
        let school_index = index(&schools, "school", |s| s.id)?;
        let enterprise_index = index(&enterprises, "enterprise", |e| e.id)?;
        let student_index = index(&students, "student", |s| s.id)?;
        let instructor_index = index(&instructors, "instructor", |i| i.id)?;
        let post_index = index_within(&enterprises, "post", |e| &e.posts, |p| p.id)?;
        let site_index = index_within(&schools, "campus site", |s| &s.sites, |s| s.id)?;
        Ok(Self {
            schools,
            enterprises,
            students,
            instructors,
            school_index,
            enterprise_index,
            student_index,
            instructor_index,
            post_index,
            site_index,
        })
    }

    /// The school with this id.
    pub fn school(&self, id: SchoolId) -> Option<&School> {
        self.school_index
            .get(&id)
            .and_then(|&i| self.schools.get(i))
    }

    /// The enterprise with this id.
    pub fn enterprise(&self, id: EnterpriseId) -> Option<&Enterprise> {
        self.enterprise_index
            .get(&id)
            .and_then(|&i| self.enterprises.get(i))
    }

    /// The student with this id.
    pub fn student(&self, id: StudentId) -> Option<&Student> {
        self.student_index
            .get(&id)
            .and_then(|&i| self.students.get(i))
    }

    /// The instructor with this id.
    pub fn instructor(&self, id: InstructorId) -> Option<&Instructor> {
        self.instructor_index
            .get(&id)
            .and_then(|&i| self.instructors.get(i))
    }

    /// The post with this id, with the enterprise that has it.
    pub fn post(&self, id: PostId) -> Option<(&Enterprise, &Post)> {
        let &(e, p) = self.post_index.get(&id)?;
        let enterprise = self.enterprises.get(e)?;
        Some((enterprise, enterprise.posts.get(p)?))
    }

    /// The post with this id, with the enterprise that has it and its position among that
    /// enterprise's posts.
    pub(crate) fn post_located(&self, id: PostId) -> Option<(&Enterprise, &Post, usize)> {
        let &(e, p) = self.post_index.get(&id)?;
        let enterprise = self.enterprises.get(e)?;
        Some((enterprise, enterprise.posts.get(p)?, p))
    }

    /// The campus site with this id, with the school that has it.
    pub fn site(&self, id: SiteId) -> Option<(&School, &CampusSite)> {
        let &(s, c) = self.site_index.get(&id)?;
        let school = self.schools.get(s)?;
        Some((school, school.sites.get(c)?))
    }

    /// The name of the school, enterprise, student or instructor with this id (looked up in that
    /// order), to show people who a report's id figures (`student`, `instructor`, ...) name.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let teacher = Instructor::new(InstructorId::from_u128(5), Name::new("Li Hua")?,
    ///     Employer::School(SchoolId::from_u128(1)));
    /// let registry = Registry::new(vec![], vec![], vec![], vec![teacher])?;
    /// // A report's figure `instructor = 00000000-0000-0000-0000-000000000005`:
    /// let id = "00000000-0000-0000-0000-000000000005".parse()?;
    /// assert_eq!(registry.name_of(id).map(Name::as_str), Some("Li Hua"));
    /// assert_eq!(registry.name_of(uuid::Uuid::from_u128(6)), None);
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name_of(&self, id: uuid::Uuid) -> Option<&Name> {
        let school = || self.school(id.into()).map(|s| &s.name);
        let enterprise = || self.enterprise(id.into()).map(|e| &e.name);
        let student = || self.student(id.into()).map(|s| &s.name);
        let instructor = || self.instructor(id.into()).map(|i| &i.name);
        school()
            .or_else(enterprise)
            .or_else(student)
            .or_else(instructor)
    }

    /// Replaces the student with `student`'s id, giving back the one replaced; the student keeps
    /// its place.
    ///
    /// # Errors
    ///
    /// [`Error::NotInRegistry`] when no student has that id.
    pub fn replace_student(&mut self, student: Student) -> Result<Student, Error> {
        let at = self.student_index.get(&student.id).copied();
        replace_at(&mut self.students, at, student, "student", |s| s.id.into())
    }

    /// Replaces the instructor with `instructor`'s id, giving back the one replaced.
    ///
    /// # Errors
    ///
    /// [`Error::NotInRegistry`] when no instructor has that id.
    ///
    /// ```
    /// use school_enterprise::*;
    ///
    /// let teacher = Instructor::new(InstructorId::from_u128(5), Name::new("Li Hua")?,
    ///     Employer::School(SchoolId::from_u128(1)));
    /// let mut registry = Registry::new(vec![], vec![], vec![], vec![teacher.clone()])?;
    /// let mut renamed = teacher;
    /// renamed.name = Name::new("Li Hua (senior)")?;
    /// let old = registry.replace_instructor(renamed)?;
    /// assert_eq!(old.name.as_str(), "Li Hua");
    /// assert_eq!(registry.instructors()[0].name.as_str(), "Li Hua (senior)");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn replace_instructor(&mut self, instructor: Instructor) -> Result<Instructor, Error> {
        let at = self.instructor_index.get(&instructor.id).copied();
        replace_at(&mut self.instructors, at, instructor, "instructor", |i| {
            i.id.into()
        })
    }

    /// Replaces the enterprise with `enterprise`'s id, posts included, giving back the one
    /// replaced.
    ///
    /// # Errors
    ///
    /// [`Error::NotInRegistry`] when no enterprise has that id; [`Error::DuplicateRegistryId`]
    /// when one of its posts has the id of another enterprise's post, or of another of its own
    /// (the registry is then unchanged).
    pub fn replace_enterprise(&mut self, enterprise: Enterprise) -> Result<Enterprise, Error> {
        let at = self.enterprise_index.get(&enterprise.id).copied();
        let owner = at.ok_or(Error::NotInRegistry {
            kind: "enterprise",
            id: enterprise.id.into(),
        })?;
        reindex_parts(
            &mut self.post_index,
            owner,
            self.enterprises.get(owner).map(|e| &e.posts[..]),
            &enterprise.posts,
            "post",
            |p| p.id,
        )?;
        replace_at(&mut self.enterprises, at, enterprise, "enterprise", |e| {
            e.id.into()
        })
    }

    /// Replaces the school with `school`'s id, campus sites included, giving back the one
    /// replaced.
    ///
    /// # Errors
    ///
    /// [`Error::NotInRegistry`] when no school has that id; [`Error::DuplicateRegistryId`] when
    /// one of its sites has the id of another school's site, or of another of its own (the
    /// registry is then unchanged).
    pub fn replace_school(&mut self, school: School) -> Result<School, Error> {
        let at = self.school_index.get(&school.id).copied();
        let owner = at.ok_or(Error::NotInRegistry {
            kind: "school",
            id: school.id.into(),
        })?;
        reindex_parts(
            &mut self.site_index,
            owner,
            self.schools.get(owner).map(|s| &s.sites[..]),
            &school.sites,
            "campus site",
            |s| s.id,
        )?;
        replace_at(&mut self.schools, at, school, "school", |s| s.id.into())
    }

    /// The position of a student in [`Registry::students`].
    pub(crate) fn student_position(&self, id: StudentId) -> Option<usize> {
        self.student_index.get(&id).copied()
    }

    /// The position of an enterprise in [`Registry::enterprises`].
    pub(crate) fn enterprise_position(&self, id: EnterpriseId) -> Option<usize> {
        self.enterprise_index.get(&id).copied()
    }

    /// Every school, in the order given.
    pub fn schools(&self) -> &[School] {
        &self.schools
    }

    /// Every enterprise, in the order given.
    pub fn enterprises(&self) -> &[Enterprise] {
        &self.enterprises
    }

    /// Every student, in the order given.
    pub fn students(&self) -> &[Student] {
        &self.students
    }

    /// Every instructor, in the order given.
    pub fn instructors(&self) -> &[Instructor] {
        &self.instructors
    }
}

#[derive(Serialize)]
struct RegistryRef<'a> {
    schools: &'a [School],
    enterprises: &'a [Enterprise],
    students: &'a [Student],
    instructors: &'a [Instructor],
}

#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct RegistryData {
    #[serde(default)]
    schools: Vec<School>,
    #[serde(default)]
    enterprises: Vec<Enterprise>,
    #[serde(default)]
    students: Vec<Student>,
    #[serde(default)]
    instructors: Vec<Instructor>,
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Registry {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Registry".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = RegistryData::json_schema(generator);
        schema.insert(
            "description".into(),
            "The schools, enterprises, students and instructors that agreements name by id. \
             Each list may be left out (empty); an id used twice in one list is refused."
                .into(),
        );
        schema
    }
}

impl Serialize for Registry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        RegistryRef {
            schools: &self.schools,
            enterprises: &self.enterprises,
            students: &self.students,
            instructors: &self.instructors,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Registry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = RegistryData::deserialize(deserializer)?;
        Registry::new(
            data.schools,
            data.enterprises,
            data.students,
            data.instructors,
        )
        .map_err(serde::de::Error::custom)
    }
}

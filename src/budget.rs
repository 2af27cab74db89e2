//! Every build has a budget of time and memory. A theme is shared between
//! municipalities and its Typst code may loop forever (three nested
//! `range(10000)`) or ask for gigabytes (`range(1000000000)`, a string doubled
//! sixty times); neither may hang the tool or exhaust the machine.
//!
//! - Memory: [`Budget`] is the process's allocator (the binary declares it
//!   `#[global_allocator]`). It counts the bytes in use in large blocks (of
//!   [`LARGE`] or more: what a huge array, string or image is made of) and,
//!   when an allocation would take them past [`MEMORY_LIMIT`], ends the
//!   process with exit status 1 and a message naming the work under way,
//!   instead of letting the allocation fail (an abort) or the machine swap.
//!   Small blocks pass uncounted: counting every one (a shared atomic counter
//!   on each of millions of allocations) cost a build 5–9 %.
//! - Time: [`Deadline`] arms a watchdog for the work under way; past it, the
//!   process ends the same way. A killed build leaves no half-written file
//!   (outputs are written to a temporary file and renamed).
//!
//! This is the crate's only `unsafe` code: an allocator must be an
//! `unsafe impl GlobalAlloc`. It only counts and forwards to the system's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The most memory a run may hold: a story at its limits lays out in far
/// less (a 1,088-page deck from a 3 MB story holds about 700 MB).
pub const MEMORY_LIMIT: usize = 1536 << 20;

/// The time a build may take unless `--timeout` says otherwise: generous, a
/// busy story's three decks take about a second.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Blocks this large or larger are counted.
pub const LARGE: usize = 64 << 10;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Set once the process is ending: every allocation is then let through, so
/// the message and the exit can run.
static ENDING: AtomicBool = AtomicBool::new(false);

/// The counting allocator (see the module's text).
pub struct Budget;

impl Budget {
    /// Starts enforcing [`MEMORY_LIMIT`]. Until then (and in tests, which use
    /// the system allocator) nothing is limited.
    pub fn enforce() {
        LIMIT.store(MEMORY_LIMIT, Ordering::Relaxed);
    }

    /// Bytes allocated now.
    pub fn in_use() -> usize {
        IN_USE.load(Ordering::Relaxed)
    }

    fn admit(size: usize) -> bool {
        if size < LARGE {
            return true;
        }
        let before = IN_USE.fetch_add(size, Ordering::Relaxed);
        if before.saturating_add(size) <= LIMIT.load(Ordering::Relaxed)
            || ENDING.load(Ordering::Relaxed)
        {
            return true;
        }
        IN_USE.fetch_sub(size, Ordering::Relaxed);
        false
    }
}

#[allow(unsafe_code)]
// SAFETY: every method forwards to `System` with the caller's own arguments;
// the only addition is the count of bytes in use.
unsafe impl GlobalAlloc for Budget {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised for `layout`.
        counted(layout.size(), || unsafe { System.alloc(layout) })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised for `layout`.
        counted(layout.size(), || unsafe { System.alloc_zeroed(layout) })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout` (above).
        unsafe { System.dealloc(ptr, layout) };
        release(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the new block taken, then the old one given back.
        if !Budget::admit(new_size) {
            over_budget(new_size);
        }
        // SAFETY: as the caller promised for `ptr`, `layout` and `new_size`.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if new.is_null() {
            release(new_size);
        } else {
            release(layout.size());
        }
        new
    }
}

/// A block of `size` taken by `allocate` within the budget (its count given
/// back if the system has none to give).
fn counted(size: usize, allocate: impl FnOnce() -> *mut u8) -> *mut u8 {
    if !Budget::admit(size) {
        over_budget(size);
    }
    let ptr = allocate();
    if ptr.is_null() {
        release(size);
    }
    ptr
}

/// Gives back a block's count (small blocks were never counted).
fn release(size: usize) {
    if size >= LARGE {
        IN_USE.fetch_sub(size, Ordering::Relaxed);
    }
}

/// What the process is doing, for the message that ends it: e.g. "laying out
/// the final-session deck of decks/a/story.yaml with theme `x` (/path/x)".
static WORK: Mutex<Vec<Work>> = Mutex::new(Vec::new());

struct Work {
    id: usize,
    what: String,
    deadline: Instant,
}

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A piece of work with a deadline: armed while it lives. The watchdog (one
/// thread, started with the first deadline) ends the process when any armed
/// work passes its deadline.
pub struct Deadline {
    id: usize,
}

impl Deadline {
    /// Arms a deadline `limit` from now for the work described by `what`.
    pub fn arm(what: impl Into<String>, limit: Duration) -> Deadline {
        static WATCHDOG: OnceLock<()> = OnceLock::new();
        WATCHDOG.get_or_init(|| {
            std::thread::Builder::new()
                .name("storydeck-deadline".into())
                .spawn(watch)
                .expect("the deadline watchdog starts");
        });
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        let work = Work {
            id,
            what: what.into(),
            deadline: Instant::now() + limit,
        };
        lock_work().push(work);
        Deadline { id }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        lock_work().retain(|w| w.id != self.id);
    }
}

fn lock_work() -> std::sync::MutexGuard<'static, Vec<Work>> {
    WORK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn watch() {
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let now = Instant::now();
        let late = lock_work()
            .iter()
            .find(|w| w.deadline <= now)
            .map(|w| w.what.clone());
        if let Some(what) = late {
            end(&format!(
                "{}: {}\n = {}: {}\n",
                crate::t!("diag-error"),
                crate::t!("budget-time", what = what),
                crate::t!("diag-hint"),
                crate::t!("budget-time-hint")
            ));
        }
    }
}

/// Ends the process for an allocation that would pass the memory limit.
fn over_budget(size: usize) -> ! {
    // Everything from here on may allocate: let it.
    ENDING.store(true, Ordering::Relaxed);
    let what = WORK
        .try_lock()
        .ok()
        .and_then(|w| w.last().map(|w| w.what.clone()))
        .unwrap_or_else(|| crate::t!("budget-building"));
    end(&format!(
        "{}: {}\n = {}: {}\n",
        crate::t!("diag-error"),
        crate::t!(
            "budget-memory",
            limit = MEMORY_LIMIT >> 20,
            what = what,
            asked = size >> 20
        ),
        crate::t!("diag-hint"),
        crate::t!("budget-memory-hint")
    ))
}

fn end(message: &str) -> ! {
    use std::io::Write;
    ENDING.store(true, Ordering::Relaxed);
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(crate::diag::printable(message).as_bytes());
    let _ = err.flush();
    std::process::exit(1)
}

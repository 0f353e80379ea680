//! Work the reader does not see, put after the frame that shows a change.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A job to run once, by whichever of its two timers comes first.
type Once = Rc<Cell<Option<Box<dyn FnOnce()>>>>;

/// The longest `f` waits when no frame comes (a hidden tab paints none).
const AT_THE_LATEST_MS: u32 = 100;

/// Runs `f` once the browser has painted the next frame: the address and the tab's title are
/// written there, out of a click's time to the next paint (INP; `pushState` took 5–16 ms of a
/// facet click in a profile at 1,000 articles).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let job: Once = Rc::new(Cell::new(Some(Box::new(f))));
    let run = |job: &Once| {
        if let Some(f) = job.take() {
            f();
        }
    };
    // A frame's callbacks run before its paint; a task they post runs after it.
    let after_frame = {
        let job = job.clone();
        Closure::once_into_js(move || Timeout::new(0, move || run(&job)).forget())
    };
    let _ = gloo::utils::window().request_animation_frame(after_frame.unchecked_ref());
    Timeout::new(AT_THE_LATEST_MS, move || run(&job)).forget();
}

//! Long work cut into slices, so that the page answers input meanwhile. At 10,000 articles,
//! decoding `corpus.bin` and making its index was one task of about 300 ms in the browser: a
//! reader typing a search on the first screen waited that long for a key (BENCHMARKS.md,
//! "Session 24"). The decoder and the index call [`Pace::tick`] between items of work; the
//! page's pace (`app::pace`) hands the main thread back to the browser once a slice has run
//! long enough. Natively, and wherever the work is short, [`Pace::none`] never waits, and
//! [`finish_now`] runs the same code to its end: one code path, paced or not. A pace is a
//! value, not a type parameter: the paced functions are compiled once (as generics, each was
//! compiled twice, 6.5 KB gzip more in the page's module).

use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

/// What a pace waits for when a slice is over.
pub type Pause = Pin<Box<dyn Future<Output = ()>>>;

/// Where long work may let others run: at each tick it asks `wait` whether to, and how.
pub struct Pace<'p> {
    wait: Option<Box<dyn FnMut() -> Option<Pause> + 'p>>,
}

impl<'p> Pace<'p> {
    /// A pace that never waits.
    pub fn none() -> Pace<'static> {
        Pace { wait: None }
    }

    /// A pace that waits for what `wait` gives, when it gives one.
    pub fn new(wait: impl FnMut() -> Option<Pause> + 'p) -> Pace<'p> {
        Pace { wait: Some(Box::new(wait)) }
    }

    /// Called between items of work; may wait (the browser runs meanwhile) before it returns.
    pub async fn tick(&mut self) {
        if let Some(pause) = self.wait.as_mut().and_then(|wait| wait()) {
            pause.await;
        }
    }

    /// Called after small item number `item` (a card, an event group): ticks after every
    /// [`SMALL_ITEMS`] of them, as a tick is a call.
    pub async fn tick_after(&mut self, item: usize) {
        if item % SMALL_ITEMS == SMALL_ITEMS - 1 {
            self.tick().await;
        }
    }
}

/// Small items of work between two ticks: about the cards of an article.
pub const SMALL_ITEMS: usize = 16;

/// Runs `work`, which waits on nothing but a [`Pace::none`], to its end, now.
pub fn finish_now<T>(work: impl Future<Output = T>) -> T {
    let mut work = pin!(work);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        // Ready at the first poll: nothing in it waits (a pending poll would only be polled again).
        if let Poll::Ready(value) = work.as_mut().poll(&mut context) {
            return value;
        }
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use std::cell::Cell;

    /// Counts of a stuttering pace: ticks, and the waits among them.
    #[derive(Default)]
    pub struct Stutter {
        pub ticks: Cell<usize>,
        pub waits: Cell<usize>,
    }

    impl Stutter {
        /// A pace that makes the work wait (`Pending` once) every `every` ticks, as the
        /// browser would resume it; the tests run paced work through it.
        pub fn pace(&self, every: usize) -> Pace<'_> {
            Pace::new(move || {
                self.ticks.set(self.ticks.get() + 1);
                if self.ticks.get() % every != 0 {
                    return None;
                }
                self.waits.set(self.waits.get() + 1);
                Some(Box::pin(WaitOnce(false)))
            })
        }
    }

    /// Pending at its first poll, ready at the next.
    struct WaitOnce(bool);

    impl Future for WaitOnce {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<()> {
            if std::mem::replace(&mut self.0, true) {
                return Poll::Ready(());
            }
            context.waker().wake_by_ref();
            Poll::Pending
        }
    }

    /// Polls `work` until it is ready, counting the polls.
    pub fn run<T>(work: impl Future<Output = T>) -> (T, usize) {
        let mut work = pin!(work);
        let mut context = Context::from_waker(Waker::noop());
        let mut polls = 1;
        loop {
            match work.as_mut().poll(&mut context) {
                Poll::Ready(value) => return (value, polls),
                Poll::Pending => polls += 1,
            }
        }
    }

    #[test]
    fn a_stuttering_pace_makes_work_wait_and_resume() {
        let stutter = Stutter::default();
        let mut pace = stutter.pace(3);
        let work = async {
            let mut sum = 0;
            for k in 1..=10 {
                sum += k;
                pace.tick().await;
            }
            sum
        };
        let (sum, polls) = run(work);
        assert_eq!(sum, 55);
        assert_eq!((polls, stutter.ticks.get(), stutter.waits.get()), (4, 10, 3), "waited at ticks 3, 6 and 9");
        assert_eq!(finish_now(async { 7 }), 7);
        let mut none = Pace::none();
        assert_eq!(run(async { none.tick().await; 1 }), (1, 1), "no pause never waits");
    }
}

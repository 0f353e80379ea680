//! Long work cut into slices, so that the page answers input meanwhile. At 10,000 articles,
//! decoding `corpus.bin` and making its index was one task of about 350 ms in the browser: a
//! reader typing a search on the first screen waited that long for a key (BENCHMARKS.md,
//! "Session 24"). The decoder and the index call [`Pace::tick`] between items of work; the
//! page's pace (`app::pace`) hands the main thread back to the browser once a slice has run
//! long enough. Natively, and wherever the work is short, [`NoPause`] never waits, and
//! [`finish_now`] runs the same code to its end: one code path, paced or not.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Where long work may let others run.
pub trait Pace {
    /// Called between items of work; may wait (the browser runs meanwhile) before it returns.
    fn tick(&mut self) -> impl Future<Output = ()>;
}

/// A pace that never waits.
pub struct NoPause;

impl Pace for NoPause {
    async fn tick(&mut self) {}
}

/// Runs `work`, which waits on nothing but a [`NoPause`], to its end, now.
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

    /// A pace that makes the work wait (returns `Pending` once) every `every` ticks, counting
    /// the waits: the tests run paced work through it, as the browser would resume it.
    pub struct Stutter {
        pub every: usize,
        pub ticks: usize,
        pub waits: usize,
    }

    impl Stutter {
        pub fn every(every: usize) -> Stutter {
            Stutter { every, ticks: 0, waits: 0 }
        }
    }

    /// Pending at its first poll, ready at the next.
    struct WaitOnce(bool);

    impl Future for WaitOnce {
        type Output = ();
        fn poll(mut self: std::pin::Pin<&mut Self>, context: &mut Context<'_>) -> Poll<()> {
            if std::mem::replace(&mut self.0, true) {
                return Poll::Ready(());
            }
            context.waker().wake_by_ref();
            Poll::Pending
        }
    }

    impl Pace for Stutter {
        async fn tick(&mut self) {
            self.ticks += 1;
            if self.ticks % self.every == 0 {
                self.waits += 1;
                WaitOnce(false).await;
            }
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
        let mut pace = Stutter::every(3);
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
        assert_eq!(polls, 4, "waited at ticks 3, 6 and 9");
        assert_eq!(finish_now(async { 7 }), 7);
        let mut none = NoPause;
        assert_eq!(run(async { none.tick().await; 1 }), (1, 1), "no pause never waits");
    }
}

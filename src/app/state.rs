//! App state: one reducer over the query model. Every change a user makes is an `Action`.

use std::rc::Rc;

use yew::Reducible;

use crate::query::{Query, View};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub query: Query,
}

pub enum Action {
    ToggleSpeaker(String),
    ClearSpeakers,
    SetView(View),
    /// The URL changed under us (back/forward): take its query as is.
    Restore(Query),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut query = self.query.clone();
        match action {
            Action::ToggleSpeaker(name) => query.toggle_speaker(&name),
            Action::ClearSpeakers => query.speakers.clear(),
            Action::SetView(view) => query.view = view,
            Action::Restore(restored) => query = restored,
        }
        if query == self.query {
            self
        } else {
            Rc::new(State { query })
        }
    }
}

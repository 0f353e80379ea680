//! App state: one reducer over the query model. Every change a user makes is an `Action`.

use std::rc::Rc;

use yew::Reducible;

use crate::extract::model::QuoteKind;
use crate::query::{Query, Sort, View};

/// How a state change reaches the browser history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum History {
    /// A discrete change: its own back/forward step.
    #[default]
    Push,
    /// Typing: rewrite the current entry so keystrokes do not flood the history.
    Replace,
    /// The state came from the URL (load, back/forward): leave the history alone.
    Keep,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub query: Query,
    /// Element id to bring into view and focus after the change (a card or a reader sentence).
    pub anchor: Option<String>,
    pub history: History,
}

pub enum Action {
    ToggleSpeaker(String),
    ClearSpeakers,
    ToggleKind(QuoteKind),
    ToggleArticle(String),
    ToggleMention(String),
    SetText(String),
    SetPeriod(Option<String>, Option<String>),
    SetView(View),
    SetSort(Sort),
    ClearAll,
    /// Open a speaker's page (a fresh query: their quotes only).
    OpenSpeaker(String),
    /// Open an article in the reader at the element `anchor`.
    OpenReader { file: String, anchor: String },
    /// Leave the reader, back at the card `anchor`.
    CloseReader { anchor: Option<String> },
    /// The URL changed under us (load, back/forward): take its query and hash as they are.
    Restore(Query, Option<String>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut query = self.query.clone();
        let mut anchor = None;
        let mut history = History::Push;
        match action {
            Action::ToggleSpeaker(name) => query.toggle_speaker(&name),
            Action::ClearSpeakers => query.speakers.clear(),
            Action::ToggleKind(kind) => query.toggle_kind(kind),
            Action::ToggleArticle(file) => query.toggle_article(&file),
            Action::ToggleMention(name) => query.toggle_mention(&name),
            Action::SetText(text) => {
                // The first keystroke of a search is a step back/forward can return to.
                if !self.query.text.is_empty() && !text.is_empty() {
                    history = History::Replace;
                }
                query.text = text;
            }
            Action::SetPeriod(from, to) => query.set_period(from.as_deref(), to.as_deref()),
            Action::SetView(view) => query.view = view,
            Action::SetSort(sort) => query.sort = sort,
            Action::ClearAll => query = query.cleared(),
            Action::OpenSpeaker(name) => {
                query = Query::speaker_page(&name);
                anchor = Some("speaker-page".to_string());
            }
            Action::OpenReader { file, anchor: target } => {
                query.read = Some(file);
                anchor = Some(target);
            }
            Action::CloseReader { anchor: target } => {
                query.read = None;
                anchor = target;
            }
            Action::Restore(restored, target) => {
                query = restored;
                anchor = target;
                history = History::Keep;
            }
        }
        if query == self.query && anchor.is_none() {
            return self;
        }
        Rc::new(State { query, anchor, history })
    }
}

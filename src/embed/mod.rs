//! The embeddable widget: `<news-lens>` (defined by `embed/embed.js`) renders a filtered slice of
//! the corpus inside a shadow root, from attributes that mirror the app's permalink parameters.
//!
//! Pure parts (tested natively): `params` (attributes -> what to show, with polite notices for
//! bad values), `select` (which cards), `snippet` (the HTML a host pastes). The Yew view and the
//! `mountWidget` export are wasm32 only.

pub mod params;
pub mod select;
pub mod snippet;

#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
mod widget;

#[cfg(target_arch = "wasm32")]
pub use mount::{load_corpus, mount_widget, WidgetHandle};

pub mod app;
pub mod embed_dialog;
pub mod event_card;
pub mod quote_card;
pub mod speaker_filter;

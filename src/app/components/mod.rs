pub mod app;
pub mod event_card;
pub mod facet;
pub mod marked;
pub mod quote_card;
pub mod reader;
pub mod timeline;

//! Mounting a widget: what `embed.js` calls for each `<news-lens>`, through the exports of the
//! widget's own module (`src/bin/widget.rs`). All widgets of a page run in the one wasm instance
//! and share the data files they show, each decoded once.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use super::widget::{Widget, WidgetProps};
use crate::bundle;
use crate::extract::model::Corpus;

thread_local! {
    /// Decoded data files by path (`data/whole.bin`, `data/speakers/K.bin`), each decoded
    /// once for every widget of the page that shows it.
    static CORPORA: RefCell<HashMap<String, Rc<Corpus>>> = RefCell::new(HashMap::new());
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

/// Decodes the bytes of a data file for the widgets of the page: `data/whole.bin` (the default
/// `path`) or a speaker bucket (`data/speakers/K.bin`). Called once per file by `embed.js`,
/// which fetches it. Returns the bucket's speaker keys (none for the corpus), so that `embed.js`
/// can tell whether the bucket holds the speaker it wants.
pub fn load_corpus(data: &[u8], path: Option<String>) -> Result<Vec<String>, JsError> {
    let path = path.unwrap_or_else(|| bundle::WHOLE_PATH.to_string());
    let data = bundle::decode_data(&path, data).map_err(|e| JsError::new(&e))?;
    CORPORA.with(|cell| cell.borrow_mut().insert(path, Rc::new(data.corpus)));
    Ok(data.keys)
}

/// The corpus `loadCorpus` decoded from `path`.
fn loaded_corpus(path: Option<String>) -> Result<Rc<Corpus>, JsError> {
    let path = path.unwrap_or_else(|| bundle::WHOLE_PATH.to_string());
    CORPORA
        .with(|cell| cell.borrow().get(&path).cloned())
        .ok_or_else(|| JsError::new(&format!("the widget's data ({path}) is not loaded: loadCorpus first")))
}

/// A mounted widget. `update` re-renders it from new attributes; `destroy` unmounts it.
pub struct WidgetHandle {
    app: Option<AppHandle<Widget>>,
    props: WidgetProps,
}

/// Renders a widget into `container` (an element inside the shadow root). `attrs` is a plain
/// object `{ attributeName: value }`; `app_url` is the app's page for the "Open" link; `data` the
/// path of the data file it shows (loaded by `loadCorpus`; `data/whole.bin` when absent).
pub fn mount_widget(container: web_sys::Element, attrs: &JsValue, app_url: String, data: Option<String>) -> Result<WidgetHandle, JsError> {
    install_panic_hook();
    let corpus = loaded_corpus(data)?;
    let instance = NEXT_INSTANCE.with(|n| n.replace(n.get() + 1));
    let props = WidgetProps { corpus, attrs: Rc::new(read_attrs(attrs)?), app_url: app_url.into(), instance };
    let app = yew::Renderer::<Widget>::with_root_and_props(container, props.clone()).render();
    Ok(WidgetHandle { app: Some(app), props })
}

/// The event `embed.js` listens for (its `detail` is the message).
const PANIC_EVENT: &str = "newslens-panic";

/// A panic anywhere in the module (in a click handler too) leaves every widget of the page
/// frozen, as the instance cannot be trusted after it: tell `embed.js`, which shows the message
/// in each widget instead of leaving them looking alive. (Set through Yew, which would otherwise
/// replace it with its console-only hook.)
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&message.into());
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(PANIC_EVENT, &init) {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }));
}

impl WidgetHandle {
    /// New attributes, and the data file they need (see `mountWidget`).
    pub fn update(&mut self, attrs: &JsValue, data: Option<String>) -> Result<(), JsError> {
        self.props.corpus = loaded_corpus(data)?;
        self.props.attrs = Rc::new(read_attrs(attrs)?);
        if let Some(app) = &mut self.app {
            app.update(self.props.clone());
        }
        Ok(())
    }

    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// `{ name: value }` -> pairs; non-string values are refused with a message, not ignored.
fn read_attrs(attrs: &JsValue) -> Result<Vec<(String, String)>, JsError> {
    if attrs.is_undefined() || attrs.is_null() {
        return Ok(Vec::new());
    }
    let object = attrs.dyn_ref::<js_sys::Object>().ok_or_else(|| JsError::new("mountWidget: attrs must be an object"))?;
    js_sys::Object::entries(object)
        .iter()
        .map(|entry| {
            let pair = js_sys::Array::from(&entry);
            let name = pair.get(0).as_string().unwrap_or_default();
            let value = pair.get(1).as_string().ok_or_else(|| JsError::new(&format!("mountWidget: attribute '{name}' must be a string")))?;
            Ok((name, value))
        })
        .collect()
}

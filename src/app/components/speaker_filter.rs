use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SpeakerFilterProps {
    /// `(canonical name, number of quotes)`, most quoted first.
    pub speakers: Rc<Vec<(String, usize)>>,
    pub selected: Vec<String>,
    pub on_toggle: Callback<String>,
    pub on_clear: Callback<()>,
}

#[component]
pub fn SpeakerFilter(props: &SpeakerFilterProps) -> Html {
    let item = |(name, count): &(String, usize)| {
        let checked = props.selected.contains(name);
        let on_toggle = props.on_toggle.clone();
        let value = name.clone();
        html! {
            <li key={name.clone()}>
                <label>
                    <input type="checkbox" checked={checked} name="speaker" value={name.clone()}
                        onchange={Callback::from(move |_| on_toggle.emit(value.clone()))} />
                    <span class="name">{ name }</span>
                    <span class="facet-count">{ count }</span>
                </label>
            </li>
        }
    };
    let on_clear = props.on_clear.clone();
    html! {
        <fieldset class="facet speaker-facet">
            <legend>{ "Speakers" }</legend>
            if props.speakers.is_empty() {
                <p class="empty">{ "No named speakers in these articles." }</p>
            }
            <ul>{ for props.speakers.iter().map(item) }</ul>
            if !props.selected.is_empty() {
                <button type="button" class="clear" onclick={Callback::from(move |_| on_clear.emit(()))}>
                    { "Show all speakers" }
                </button>
            }
        </fieldset>
    }
}

//! Text into XML: escaped, and without the control characters XML 1.0 cannot
//! hold (a story refuses them already; a theme's own text might not).

use std::borrow::Cow;

pub fn escape(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| !c.is_control() || matches!(c, '\t' | '\n' | '\r');
    if text.chars().all(allowed) {
        return quick_xml::escape::escape(text);
    }
    let clean: String = text.chars().filter(|&c| allowed(c)).collect();
    Cow::Owned(quick_xml::escape::escape(clean.as_str()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_never_reach_the_xml() {
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(escape("x\u{1b}y"), "xy");
        assert_eq!(escape("#read(\"/x\")]$"), "#read(&quot;/x&quot;)]$");
    }
}

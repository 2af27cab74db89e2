//! XML for the package's parts, written through quick-xml's writer: element
//! by element, every attribute value and every text escaped by construction,
//! and without the control characters XML 1.0 cannot hold (a story refuses
//! them already; a theme's own text might not).

use std::borrow::Cow;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// An element to write: its name, its attributes in order, its children.
#[derive(Debug, Clone)]
pub struct El {
    name: Cow<'static, str>,
    attrs: Vec<(&'static str, String)>,
    children: Vec<Node>,
}

#[derive(Debug, Clone)]
enum Node {
    El(El),
    Text(String),
    /// Fixed PresentationML written in the source (a theme's colour scheme):
    /// `'static`, so no text computed at run time can reach it unescaped.
    Markup(&'static str),
}

impl El {
    pub fn new(name: impl Into<Cow<'static, str>>) -> El {
        El {
            name: name.into(),
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    pub fn attr(mut self, key: &'static str, value: impl std::fmt::Display) -> El {
        self.attrs
            .push((key, clean(&value.to_string()).into_owned()));
        self
    }

    pub fn attr_if(self, on: bool, key: &'static str, value: impl std::fmt::Display) -> El {
        if on { self.attr(key, value) } else { self }
    }

    pub fn child(mut self, child: El) -> El {
        self.children.push(Node::El(child));
        self
    }

    pub fn child_if(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    pub fn children(mut self, children: impl IntoIterator<Item = El>) -> El {
        self.children.extend(children.into_iter().map(Node::El));
        self
    }

    pub fn text(mut self, text: &str) -> El {
        self.children.push(Node::Text(clean(text).into_owned()));
        self
    }

    /// Fixed markup from the source, as it is.
    pub fn markup(mut self, markup: &'static str) -> El {
        self.children.push(Node::Markup(markup));
        self
    }

    /// Written as a start and an end tag even when it holds nothing.
    pub fn keep_open(self) -> El {
        self.text("")
    }

    fn write<W: Write>(&self, w: &mut Writer<W>) -> std::io::Result<()> {
        let mut start = BytesStart::new(self.name.as_ref());
        for (key, value) in &self.attrs {
            start.push_attribute((*key, value.as_str()));
        }
        if self.children.is_empty() {
            return w.write_event(Event::Empty(start));
        }
        w.write_event(Event::Start(start))?;
        for child in &self.children {
            match child {
                Node::El(el) => el.write(w)?,
                Node::Text(text) => w.write_event(Event::Text(BytesText::new(text)))?,
                Node::Markup(markup) => w.get_mut().write_all(markup.as_bytes())?,
            }
        }
        w.write_event(Event::End(BytesEnd::new(self.name.as_ref())))
    }
}

/// A part of the package: the XML declaration, then (after a line break when
/// `break_line`) its root element.
pub fn part(root: &El, break_line: bool) -> String {
    let mut w = Writer::new(Vec::new());
    let written = w
        .write_event(Event::Decl(BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            Some("yes"),
        )))
        .and_then(|()| {
            if break_line {
                w.get_mut().push(b'\n');
            }
            root.write(&mut w)
        });
    written.expect("XML is written to memory");
    String::from_utf8(w.into_inner()).expect("the writer writes UTF-8")
}

/// `text` without the control characters XML 1.0 cannot hold.
fn clean(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| !c.is_control() || matches!(c, '\t' | '\n' | '\r');
    if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| allowed(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_never_reach_the_xml() {
        let el = El::new("a:t")
            .attr("descr", "a<b & \"c\"")
            .text("x\u{1b}y #read(\"/x\")]$ <");
        assert_eq!(
            part(&el, false),
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<a:t descr="a&lt;b &amp; &quot;c&quot;">xy #read(&quot;/x&quot;)]$ &lt;</a:t>"#
            )
        );
    }

    #[test]
    fn an_element_without_children_is_empty_unless_kept_open() {
        assert_eq!(
            part(&El::new("a:off").attr("x", 1), false)
                .split_once("?>")
                .unwrap()
                .1,
            r#"<a:off x="1"/>"#
        );
        assert_eq!(
            part(&El::new("a:path").keep_open(), true)
                .split_once("?>")
                .unwrap()
                .1,
            "\n<a:path></a:path>"
        );
    }
}

//! The logical structure of a document, which a screen reader follows:
//! headings, paragraphs, tables with their header cells, and figures with
//! a description, in reading order. Layout adds an element before it draws
//! the element's first line, so the order of elements is the page flow.
//! Everything drawn is either part of an element or an artifact (running
//! headers, footers, page numbers, rules, repeated table headings), which
//! assistive technology skips.

/// An element of the structure, by its place in the document's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(usize);

#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    /// `level` 1 is the document's title; the text is also the heading's
    /// title in the structure and its entry in the outline.
    Heading {
        level: u16,
        title: String,
    },
    Paragraph,
    Table,
    TableHead,
    TableBody,
    Row,
    /// A heading cell; `for_row` when it heads its row (a label beside its
    /// value), else it heads its column.
    HeaderCell {
        for_row: bool,
    },
    Cell,
    /// A chart: what it shows, in words, for those who cannot see it.
    Figure {
        alt: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub role: Role,
    pub children: Vec<NodeId>,
}

/// What a piece of drawing belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Content(NodeId),
    Artifact(Artifact),
}

/// Drawing that is not content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    Header,
    Footer,
    PageNumber,
    /// Rules and other lines that only lay the page out.
    Layout,
    /// A table's heading row drawn again at the top of a new page.
    RepeatedHeading,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Structure {
    nodes: Vec<Node>,
    roots: Vec<NodeId>,
}

impl Structure {
    /// Adds an element as the last child of `parent`, or at the top level.
    pub fn add(&mut self, parent: Option<NodeId>, role: Role) -> NodeId {
        let id = NodeId(self.nodes.len());
        self.nodes.push(Node {
            role,
            children: Vec::new(),
        });
        match parent {
            Some(parent) => self.nodes[parent.0].children.push(id),
            None => self.roots.push(id),
        }
        id
    }

    pub fn roots(&self) -> &[NodeId] {
        &self.roots
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    /// Every element, parents before their children (the order they were
    /// added), with its id.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.nodes.iter().enumerate().map(|(i, n)| (NodeId(i), n))
    }
}

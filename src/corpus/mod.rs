//! The corpus layer: article files on disk → [`Document`]s. Finding them
//! (`discover`), reading them (`read`), their front matter (`front_matter`),
//! document ids (`ids`), texts the corpus already holds (`copies`), a new
//! article's text from a file, standard input or a saved web page (`input`,
//! `html`), and adding an article (`add`).
//!
//! Architecture invariant: only `corpus::add` writes under the corpus folder, and
//! only a new file, atomically; everything else here reads.
//!
//! [`Document`]: crate::engine::Document

pub mod add;
pub mod copies;
pub mod discover;
pub mod front_matter;
pub mod html;
pub mod ids;
pub mod input;
pub mod read;

pub use add::{AddRequest, Added, NewMeta, Prepared, add, prepare};
pub use copies::same_texts;
pub use discover::{DocFile, Listing, discover, find};
pub use ids::derived_id;
pub use read::{Read, parse, parse_new, read};

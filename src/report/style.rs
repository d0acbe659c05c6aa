//! Colour, one way for every printer: a [`Paint`] that is on or off for a whole
//! output, and the styles the reports use (anstyle). The command line decides
//! whether it is on (a terminal, `NO_COLOR`, `CLICOLOR_FORCE`); printers never ask.

use anstyle::{AnsiColor, Color, Reset, Style};
use std::fmt::Display;

pub const BOLD: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();
pub const RED: Style = fg(AnsiColor::Red);
pub const GREEN: Style = fg(AnsiColor::Green);
pub const YELLOW: Style = fg(AnsiColor::Yellow);
pub const MAGENTA: Style = fg(AnsiColor::Magenta);

const fn fg(c: AnsiColor) -> Style {
    Style::new().fg_color(Some(Color::Ansi(c)))
}

/// Whether an output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    on: bool,
}

impl Paint {
    pub const OFF: Paint = Paint { on: false };
    pub const ON: Paint = Paint { on: true };

    pub fn new(on: bool) -> Self {
        Self { on }
    }

    pub fn is_on(self) -> bool {
        self.on
    }

    /// `text` in `styles`, applied in order, then reset; `text` alone when off.
    pub fn paint(self, styles: &[Style], text: impl Display) -> String {
        format!("{}{text}{}", self.start(styles), self.end())
    }

    /// The escape sequence that starts `styles`, or nothing when off (for text whose
    /// styled part is built piecewise).
    pub fn start(self, styles: &[Style]) -> String {
        if !self.on {
            return String::new();
        }
        styles.iter().map(|s| s.render().to_string()).collect()
    }

    /// The escape sequence that ends a style, or nothing when off.
    pub fn end(self) -> String {
        if self.on {
            Reset.render().to_string()
        } else {
            String::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_plain_ansi_or_nothing() {
        assert_eq!(
            Paint::ON.paint(&[RED, BOLD], "✗"),
            "\x1b[31m\x1b[1m✗\x1b[0m"
        );
        assert_eq!(Paint::ON.paint(&[DIM], "·"), "\x1b[2m·\x1b[0m");
        assert_eq!(Paint::OFF.paint(&[RED, BOLD], "✗"), "✗");
        assert_eq!(Paint::OFF.start(&[BOLD]) + &Paint::OFF.end(), "");
    }
}

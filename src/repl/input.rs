//! The text of one interactive input as it is typed line by line: whether it is complete or
//! needs a `... ` continuation line, and how far to indent that line.

use super::scan::scan;

/// What the REPL should do with the input typed so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Only blank lines or nothing: show `>>> ` again.
    Empty,
    /// A whole input: compile and run it.
    Complete,
    /// An open bracket, string, `\`, or a compound statement not yet ended by a blank line.
    NeedMore,
}

/// The lines of one input so far, each ending in `\n`.
#[derive(Default)]
pub struct Input {
    text: String,
    /// The line just added was blank.
    last_blank: bool,
}

/// Statements after which the next line goes one level out.
const BLOCK_ENDERS: [&str; 5] = ["return", "pass", "break", "continue", "raise"];

impl Input {
    /// No line typed yet.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Adds what one `readline` returned (one line, or several when pasted). A line of blanks
    /// outside a string counts as empty, so it ends a compound statement however many spaces
    /// auto-indent put on it.
    pub fn push(&mut self, line: &str) {
        let line = line.strip_suffix('\n').unwrap_or(line);
        self.last_blank = line.trim().is_empty();
        if self.last_blank && !scan(&self.text, &|_| false).in_string {
            self.text.push('\n');
        } else {
            self.text.push_str(line);
            self.text.push('\n');
        }
    }

    /// Takes the text out, leaving the input empty.
    pub fn take(&mut self) -> String {
        self.last_blank = false;
        std::mem::take(&mut self.text)
    }

    /// Drops what was typed (Ctrl-C at a prompt).
    pub fn clear(&mut self) {
        self.take();
    }

    /// Whether to run the input or ask for another line. A blank line ends the input unless a
    /// bracket, string or `\` is still open, so `if x:` followed by a blank line is compiled and
    /// reports its missing block, as CPython's REPL does.
    pub fn status(&self) -> Status {
        if self.text.trim().is_empty() {
            return Status::Empty;
        }
        if !crate::syntax::is_incomplete(&self.text) {
            return Status::Complete;
        }
        if self.last_blank {
            let s = scan(&self.text, &|_| false);
            if s.open_brackets == 0 && !s.in_string && !s.continued {
                return Status::Complete;
            }
        }
        Status::NeedMore
    }

    /// The indentation to pre-fill on the next continuation line: one level more after a line
    /// ending in `:`, one less after `return`/`pass`/`break`/`continue`/`raise`, the same
    /// otherwise, and none inside a string.
    pub fn next_indent(&self) -> String {
        let s = scan(&self.text, &|_| false);
        if s.in_string {
            return String::new();
        }
        let body = self.text.strip_suffix('\n').unwrap_or(&self.text);
        let line_start = body.rfind('\n').map_or(0, |n| n + 1);
        let line = &body[line_start..];
        let indent: String = line.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
        if s.open_brackets > 0 || s.continued {
            return indent;
        }
        // The code of the last line, without its comment.
        let comment =
            s.tokens.iter().find(|t| t.start >= line_start && t.class == super::scan::Class::Comment);
        let code = match comment {
            Some(t) => &body[line_start..t.start],
            None => line,
        }
        .trim();
        if code.ends_with(':') {
            return format!("{indent}    ");
        }
        let first_word = code.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
        if BLOCK_ENDERS.contains(&first_word) {
            return dedent(&indent);
        }
        indent
    }
}

/// `indent` one level (four columns or a tab) shallower.
fn dedent(indent: &str) -> String {
    if let Some(rest) = indent.strip_suffix('\t') {
        return rest.to_string();
    }
    let spaces = indent.len() - indent.trim_end_matches(' ').len();
    indent[..indent.len() - spaces.min(4)].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(lines: &[&str]) -> Input {
        let mut i = Input::default();
        for l in lines {
            i.push(l);
        }
        i
    }

    #[test]
    fn simple_statements_are_complete() {
        assert_eq!(input(&["x = 1"]).status(), Status::Complete);
        assert_eq!(input(&["1 +"]).status(), Status::Complete);
        assert_eq!(input(&[""]).status(), Status::Empty);
        assert_eq!(input(&["   "]).status(), Status::Empty);
    }

    #[test]
    fn compound_statements_wait_for_a_blank_line() {
        assert_eq!(input(&["def f():"]).status(), Status::NeedMore);
        assert_eq!(input(&["def f():", "    return 1"]).status(), Status::NeedMore);
        assert_eq!(input(&["def f():", "    return 1", ""]).status(), Status::Complete);
        // Auto-indent leaves blanks on the closing line.
        assert_eq!(input(&["for i in x:", "    print(i)", "    "]).status(), Status::Complete);
        // A missing block is reported rather than waited for.
        assert_eq!(input(&["if x:", ""]).status(), Status::Complete);
    }

    #[test]
    fn brackets_strings_and_backslashes_continue() {
        assert_eq!(input(&["x = [1,"]).status(), Status::NeedMore);
        assert_eq!(input(&["x = [1,", ""]).status(), Status::NeedMore);
        assert_eq!(input(&["x = [1,", "2]"]).status(), Status::Complete);
        assert_eq!(input(&["s = '''a", ""]).status(), Status::NeedMore);
        assert_eq!(input(&["s = '''a", "", "'''"]).status(), Status::Complete);
        assert_eq!(input(&["x = 1 + \\"]).status(), Status::NeedMore);
        assert_eq!(input(&["x = 1 + \\", "2"]).status(), Status::Complete);
    }

    #[test]
    fn blank_lines_inside_strings_are_kept() {
        assert_eq!(input(&["s = '''a", "   ", "'''"]).text(), "s = '''a\n   \n'''\n");
        assert_eq!(input(&["if x:", "    "]).text(), "if x:\n\n");
    }

    #[test]
    fn pasted_blocks() {
        assert_eq!(input(&["def f():\n    return 1\n\nf()"]).status(), Status::Complete);
        assert_eq!(input(&["x = 1\ny = 2\n"]).status(), Status::Complete);
    }

    #[test]
    fn auto_indent() {
        assert_eq!(input(&["def f():"]).next_indent(), "    ");
        assert_eq!(input(&["def f():", "    if x:  # note"]).next_indent(), "        ");
        assert_eq!(input(&["def f():", "    x = 1"]).next_indent(), "    ");
        assert_eq!(input(&["def f():", "    if x:", "        return 1"]).next_indent(), "    ");
        assert_eq!(input(&["def f():", "    pass"]).next_indent(), "");
        assert_eq!(input(&["x = [1,"]).next_indent(), "");
        assert_eq!(input(&["def f():", "    s = '''"]).next_indent(), "");
        assert_eq!(input(&["d = {1:"]).next_indent(), "");
        assert_eq!(input(&["if x:", "\treturn"]).next_indent(), "");
    }
}

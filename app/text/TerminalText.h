// Text headed for a terminal: lead data from a CSV file can carry escape
// sequences (ESC ]0;title BEL, ESC [2J) that would retitle the window, clear
// the screen or worse when a CLI command prints it. One function makes any
// text inert before it is printed for humans; JSON output escapes on its own.
#pragma once

#include <QString>

namespace outreach {

class TerminalText
{
public:
    enum class Lines {
        Keep,   // "\n" and "\t" stay: whole messages, help text
        Escape, // "\n" and "\t" are shown as \n and \t too: one table cell, one line
    };

    // Every C0 control (but, with Lines::Keep, newline and tab), DEL, every C1
    // control and the Unicode bidirectional overrides and isolates (which
    // reorder what is shown) become visible escapes such as \x1B or \u202E;
    // a lone carriage return too, so no line can overwrite another. Everything
    // else is returned unchanged.
    static QString neutralized(const QString &text, Lines lines = Lines::Keep);
};

} // namespace outreach

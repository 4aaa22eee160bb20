using EsaTls.Core.Text;

namespace EsaTls.Query.Output;

/// <summary>A value in a table or timeline: one line, no terminal control, <c>-</c> when missing.</summary>
public static class TerminalText
{
    public static string Clean(string? value) => string.IsNullOrEmpty(value) ? "-" : VisibleText.Escape(value, keepTabs: false);
}

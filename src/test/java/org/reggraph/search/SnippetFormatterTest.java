package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    @Test
    void foldsTheLayoutOfATableLaidPage() {
        String cell = "(b)\n\n\n                              \n                              \t\n"
                + "                                 the state of <mark>penalties</mark>,   in particular";
        assertEquals("(b)\nthe state of <mark>penalties</mark>, in particular", SnippetFormatter.tidy(cell));
    }

    @Test
    void keepsSingleSpacesLineBreaksAndNoBreakSpaces() {
        String text = "Article\u00A099(1) applies.\nThe Commission <mark>shall</mark> act.";
        assertEquals(text, SnippetFormatter.tidy(text));
    }

    @Test
    void tabsAndEdgesBecomeSpacesOrGo() {
        assertEquals("a b c d", SnippetFormatter.tidy("  a\tb \t c\fd\r\n"));
        assertEquals("x y", SnippetFormatter.tidy("x" + " ".repeat(100_000) + "y"));
    }

    @Test
    void prefixOfATextWithoutMatchesIsEscapedAndFolded() {
        assertEquals("&lt;b&gt; Fines &amp; penalties\nunder § 764.3", SnippetFormatter.prefix("<b>   Fines & penalties\n\n  under § 764.3"));
        assertEquals(302, SnippetFormatter.prefix("x".repeat(400)).length());
    }
}

package org.reggraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    @Test
    void foldsTheLayoutOfATableLaidPage() {
        String cell = "(b)\n\n\n                              \n                              \t\n"
                + "                                 the state of <mark>penalties</mark>,   in particular";
        assertEquals("(b) the state of <mark>penalties</mark>, in particular", SnippetFormatter.tidy(cell));
    }

    @Test
    void joinsTheLinesOfASentenceAndKeepsTheBreaksBeforeAnythingElse() {
        String page = "However, such controls must be\n<mark>tailored</mark> to enable re-\nexporters to\n"
                + "comply.\nThe rule applies:\n(a) to exporters;\n- to transferors of open-weight\nmodels.";
        assertEquals("However, such controls must be <mark>tailored</mark> to enable re-exporters to comply.\n"
                + "The rule applies:\n(a) to exporters;\n- to transferors of open-weight models.", SnippetFormatter.tidy(page));
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
        assertEquals("&lt;b&gt; Fines &amp; penalties\n§ 764.3", SnippetFormatter.prefix("<b>   Fines & penalties\n\n  § 764.3"));
        assertEquals(302, SnippetFormatter.prefix("x".repeat(400)).length());
    }
}

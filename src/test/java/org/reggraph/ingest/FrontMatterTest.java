package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** YAML front matter as scraped pages write it: folded, quoted two ways, escaped. */
class FrontMatterTest {

    @Test
    void aDoubleQuotedTitleFoldsAndDecodesItsEscapes() {
        FrontMatter front = FrontMatter.split("""
                ---
                date: '2031-07-21'
                title: "FACT SHEET: Sample-\\u2060Agency Secures Invented Commitments\\
                  \\ from Imaginary Companies on the Agency\\u2019s\\_\\
                  Rules"
                ---
                Body.
                """);
        assertEquals("FACT SHEET: Sample-\u2060Agency Secures Invented Commitments from Imaginary Companies on the"
                + " Agency\u2019s Rules", front.fields().get("title"));
        assertEquals("2031-07-21", front.fields().get("date"));
        assertEquals("Body.\n", front.body());
    }

    @Test
    void singleQuotedAndPlainScalarsFoldOverIndentedLines() {
        FrontMatter front = FrontMatter.split("""
                ---
                title: 'Fact Sheet: Removing Invented Barriers to Sample Use and
                  Procurement'
                tags: statements
                  releases
                quote: 'It''s done'
                ---
                """);
        assertEquals("Fact Sheet: Removing Invented Barriers to Sample Use and Procurement", front.fields().get("title"));
        assertEquals("statements releases", front.fields().get("tags"));
        assertEquals("It's done", front.fields().get("quote"));
    }
}

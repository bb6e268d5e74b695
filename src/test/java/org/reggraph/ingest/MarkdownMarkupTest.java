package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.model.Provision;

/** A Markdown page's inline HTML, escapes and line marks are markup: its text, and the sections it marks, read without them. */
class MarkdownMarkupTest {

    private static String text(String markdown) {
        return MarkdownMarkup.read(markdown).text();
    }

    @Test
    void tagsAndCommentsGoAndTheWordsTheyHeldStay() {
        assertEquals("Sec. 3. Sample rules. See note1 and the list.\nA line then another. Read <https://example.org>.",
                text("<span style=\"text-decoration: underline\">Sec</span>. "
                        + "<span style=\"text-decoration: underline\">3</span>. <u>Sample rules</u>. See note<sup>1</sup>"
                        + " and <a href=\"#list\">the list</a>.<!-- a\ncomment -->\nA line then<br/>another. "
                        + "Read <https://example.org>."));
        assertEquals("if a < b and c > d", text("if a < b and c > d"), "comparisons are not tags");
        assertEquals("kept  <!-- never closed <!-- either", text("kept <!-- gone --> <!-- never closed <!-- either"),
                "an unclosed comment stays text");
        assertEquals("(b) 3 * 4 _sample_ C:\\dir", text("\\(b\\) 3 \\* 4 \\_sample\\_ C:\\\\dir"));
    }

    @Test
    void linksKeepTheirTextAndEmphasisGoes() {
        assertEquals("Ensuring Products are Safe - The companies commit to annual inventories and more.",
                text("**Ensuring Products are Safe** - **The companies commit** to "
                        + "[annual inventories](https://example.org/inventory \"Sample\") and *more*."));
        assertEquals("the sample holders. NIST  saw data about [1] (see note)",
                text("the sample holders.[2](#page-2-0) NIST ![](_page_0_Picture_5.jpeg) saw "
                        + "*[data](#page-31-1)* about [\\[1\\]](https://doi.org/10.0/sample(1)) (see note)"),
                "a footnote's mark linked into the page goes whole, a figure's empty text with it");
        assertEquals("* a bullet\n3 * 4 and ***\n*not emphasis*", text("* a bullet\n3 * 4 and ***\n\\*not emphasis\\*"),
                "bullets, products, rules and escaped stars stay");
    }

    @Test
    void aLinkWrappedOverALineKeepsItsTextButNotAcrossAParagraph() {
        assertEquals("has secured sample\ncommitments from seven companies",
                text("has [secured sample\ncommitments](https://example.org/sample.pdf) from seven companies"));
        assertEquals("[an unclosed bracket\n\nthen](https://example.org) a paragraph",
                text("[an unclosed bracket\n\nthen](https://example.org) a paragraph"), "a blank line ends a link's text");
    }

    @Test
    void headingsLoseTheirSignsAndAreMarkedAsSpans() {
        MarkdownMarkup.MarkdownText read = MarkdownMarkup.read("""
                ## Sample Agency Announces **Invented** Rule ##

                Body with a # sign.
                \\# Not a heading

                Underlined Sample Title
                =======================

                ---

                - an item
                ---
                #hashtag and ####
                """);
        assertEquals("""
                Sample Agency Announces Invented Rule

                Body with a # sign.
                # Not a heading

                Underlined Sample Title




                - an item

                #hashtag and ####
                """, read.text());
        assertEquals(List.of("Sample Agency Announces Invented Rule", "Underlined Sample Title"),
                read.headings().stream().map(heading -> heading.of(read.text())).toList(),
                "an escaped sign, a sign without a space and an item's underline make no heading");
    }

    @Test
    void aPagesHeadingsStartProvisionsWithoutTheirSigns(@TempDir Path folder) throws Exception {
        Path notice = folder.resolve("sample-notice.md");
        Files.writeString(notice, """
                ---
                title: Sample Press Release
                ---
                **FOR IMMEDIATE RELEASE**

                ## Sample Bureau Announces Invented Controls

                ---

                The sample bureau announced invented controls today.

                ### Sec. 2. Sample Duties.

                Each sample exporter shall keep an invented record.
                """);
        ParsedText parsed;
        try (TextExtractor extractor = new TextExtractor(1_000_000, Duration.ofSeconds(30))) {
            parsed = extractor.extract(notice, notice.getFileName().toString());
        }
        assertFalse(parsed.text().contains("#") || parsed.text().contains("---"), parsed.text());
        List<Provision> provisions = new Segmenter().segment(parsed.text(), parsed.headings());
        assertEquals(List.of("", "", "Sec. 2"), provisions.stream().map(Provision::label).toList());
        assertEquals(List.of("", "Sample Bureau Announces Invented Controls", "Sec. 2. Sample Duties."),
                provisions.stream().map(Provision::heading).toList());
        assertTrue(provisions.get(1).span().of(parsed.text()).startsWith("Sample Bureau Announces Invented Controls\n"),
                provisions.get(1).span().of(parsed.text()));
    }

    @Test
    void anOrdersUnderlinedSectionMarksStartItsSections(@TempDir Path folder) throws Exception {
        Path order = folder.resolve("sample-order.md");
        Files.writeString(order, """
                ---
                title: Sample Order on Invented Weights
                ---
                By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:

                <span style="text-decoration: underline">Section</span> <span style="text-decoration: underline">1</span>.  <span style="text-decoration: underline">Purpose</span>.  This sample order explains nothing real.

                <span style="text-decoration: underline">Sec</span>. <span style="text-decoration: underline">2</span>.  <span style="text-decoration: underline">Sample Duties</span>.  (a)  Each sample agency shall file an invented report.

                \\(b\\)  Nothing in this section shall be construed to require a licence.
                """);
        ParsedText parsed;
        try (TextExtractor extractor = new TextExtractor(1_000_000, Duration.ofSeconds(30))) {
            parsed = extractor.extract(order, order.getFileName().toString());
        }
        assertTrue(parsed.text().contains("Sec. 2.  Sample Duties.  (a)"), parsed.text());
        List<String> labels = new Segmenter().segment(parsed.text(), parsed.headings()).stream()
                .map(Provision::label).toList();
        assertEquals(List.of("", "Sec. 1", "Sec. 2", "Sec. 2(a)", "Sec. 2(b)"), labels);
    }
}

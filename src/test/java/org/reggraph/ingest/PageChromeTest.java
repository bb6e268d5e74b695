package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.testing.TestPaths;

/** A web page's menus, side panels and footer stay out of the text; its article, title included, stays in. */
class PageChromeTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Order on model weights</title></head><body>
            <a href="#content">Skip to content</a>
            <header class="site"><div>The Agency</div><nav><a href="/">Home</a> <a href="/news">Briefing Room</a></nav>
              <h2>Menu</h2></header>
            <main id="content">
              <article>
                <header><h1>Order on the Export of Model Weights</h1><nav>Home / Orders</nav></header>
                <h2>Sec. 1. Licences</h2>
                <p>No person may transfer covered model weights abroad without a licence.</p>
                <aside><h3>Related coverage</h3><ul><li><a href="#">Other story</a></li></ul></aside>
                <p>A person who violates this order is subject to civil penalties.</p>
                <form action="/subscribe"><p>Stay connected: sign up for updates</p><input name="email"></form>
              </article>
              <nav class="next-prev"><a href="#">Previous order</a></nav>
            </main>
            <footer><nav><a href="/privacy">Privacy Policy</a></nav><p>1600 Example Avenue</p></footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleAndDropsTheChromeAroundIt(@TempDir Path folder) throws Exception {
        ParsedText parsed = extract(folder, "order.html", PAGE);
        String text = parsed.text();
        for (String kept : new String[] {"Order on the Export of Model Weights", "Sec. 1. Licences",
            "No person may transfer covered model weights abroad", "subject to civil penalties", "Skip to content"}) {
            assertTrue(text.contains(kept), () -> "missing \"" + kept + "\" in: " + text);
        }
        for (String dropped : new String[] {"The Agency", "Briefing Room", "Menu", "Home / Orders",
            "Related coverage", "Other story", "Previous order", "Privacy Policy", "1600 Example Avenue",
            "Stay connected"}) {
            assertFalse(text.contains(dropped), () -> "kept \"" + dropped + "\" in: " + text);
        }
        // The headings the segmenter cuts at are the article's, at their place in the new text.
        assertEquals(List.of("Order on the Export of Model Weights", "Sec. 1. Licences"),
                parsed.headings().stream().map(heading -> heading.of(text)).toList());
    }

    @Test
    void readsAPageWithoutLandmarksWholeEvenInsideAForm(@TempDir Path folder) throws Exception {
        String page = "<html><body><form action=\"/page.aspx\"><div>Agency of Examples</div><h1>Title</h1>"
                + "<div><p>First paragraph.</p><p>Second paragraph.</p></div></form></body></html>";
        String text = extract(folder, "plain.html", page).text();
        assertEquals(List.of("Agency of Examples", "Title", "First paragraph.", "Second paragraph."),
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    @Test
    void dropsTheWhiteHousePagesMenusFromNsm25() throws Exception {
        Path page = TestPaths.requireShared()
                .resolve("corpus/directives/us/WhiteHouse_NSM-25_AI_National_Security_Memorandum_2024-10-24.html");
        try (TextExtractor extractor = new TextExtractor(5_000_000, Duration.ofSeconds(60))) {
            String text = extractor.extract(page, page.getFileName().toString()).text();
            assertTrue(text.contains("Memorandum on Advancing the United"), "the title is kept");
            assertTrue(text.contains("Section 1."), "the memorandum's sections are kept");
            for (String menu : new String[] {"Privacy Policy", "Show submenu for", "Mobile Menu Overlay",
                "Share this page on Facebook", "1600 Pennsylvania Ave NW", "Email Address"}) {
                assertFalse(text.contains(menu), () -> "the page's \"" + menu + "\" is still in the text");
            }
        }
    }

    private static ParsedText extract(Path folder, String name, String html) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        try (TextExtractor extractor = new TextExtractor(1_000_000, Duration.ofSeconds(30))) {
            return extractor.extract(file, name);
        }
    }
}

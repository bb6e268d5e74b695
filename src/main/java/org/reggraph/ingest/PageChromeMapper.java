package org.reggraph.ingest;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping without a web page's chrome: site navigation, page footers and side panels are
 * dropped with everything inside them, as Tika drops scripts. A government or news page wraps a few
 * paragraphs of a directive in menus, share buttons and sitemaps; kept, they became provisions that
 * matched searches ("Contact Us", "Related coverage") and pushed the document's own text down its page.
 *
 * <p>A {@code header} cannot simply go: an article's header holds its title. Nor can a {@code form}: old
 * sites wrap a whole page in one. So {@code header}, {@code form}, {@code main} and {@code article} are
 * passed on, and {@link PlainTextHandler} drops a header outside {@code main} and {@code article} (a page's
 * masthead) and a form inside them (a search box, a sign-up). HTML without these elements reads as before.
 */
final class PageChromeMapper extends DefaultHtmlMapper {
    /** Never the document's own text (HTML5: {@code aside} is "tangentially related" content). */
    private static final Set<String> CHROME = Set.of("NAV", "FOOTER", "ASIDE");
    private static final Set<String> LANDMARKS = Set.of("HEADER", "MAIN", "ARTICLE", "FORM");

    @Override
    public String mapSafeElement(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return LANDMARKS.contains(upper) ? upper.toLowerCase(Locale.ROOT) : super.mapSafeElement(name);
    }

    @Override
    public boolean isDiscardElement(String name) {
        return CHROME.contains(name.toUpperCase(Locale.ROOT)) || super.isDiscardElement(name);
    }
}

package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reggraph.model.Span;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into plain text and remembers where the headings are, so the segmenter can use
 * the structure a format marks up (HTML, DOCX) instead of guessing it from the text alone. Refuses texts
 * longer than a limit instead of cutting them, so no provision is silently lost.
 */
final class PlainTextHandler extends DefaultHandler {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "br", "table", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "dt", "dd");

    private final StringBuilder text = new StringBuilder();
    private final List<Span> headings = new ArrayList<>();
    private final long maxChars;
    private int bodyDepth;
    /** Inside {@code main} or {@code article}: a header there is the content's own (its title). */
    private int contentDepth;
    /** Inside a page's masthead, a header outside {@code main} and {@code article} ({@link PageChromeMapper}). */
    private int mastheadDepth;
    /**
     * Inside a form within {@code main} or {@code article}: a search box or a sign-up, not the content. A form
     * outside them may wrap a whole page (old ASP.NET sites), so it stays.
     */
    private int widgetDepth;
    private int headingStart = -1;
    private boolean limitReached;

    PlainTextHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    /** Signals a text over the limit; recognised by the extractor and reported as too large. */
    static final class TextTooLongException extends SAXException {
        private static final long serialVersionUID = 1L;

        TextTooLongException(long limit) {
            super("text is longer than " + limit + " characters");
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (name.equals("body")) {
            bodyDepth++;
        } else if (name.equals("main") || name.equals("article")) {
            contentDepth++;
        } else if (name.equals("header") && contentDepth == 0) {
            mastheadDepth++;
        } else if (name.equals("form") && contentDepth > 0) {
            widgetDepth++;
        } else if (bodyDepth > 0 && !inChrome() && HEADINGS.contains(name)) {
            endLine();
            headingStart = text.length();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (name.equals("body")) {
            bodyDepth--;
            return;
        }
        if (name.equals("main") || name.equals("article")) {
            contentDepth--;
        } else if (name.equals("header") && contentDepth == 0 && mastheadDepth > 0) {
            mastheadDepth--;
        } else if (name.equals("form") && contentDepth > 0 && widgetDepth > 0) {
            widgetDepth--;
        }
        if (bodyDepth == 0) {
            return;
        }
        if (HEADINGS.contains(name) && headingStart >= 0) {
            int end = text.length();
            while (end > headingStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > headingStart) {
                headings.add(new Span(headingStart, end));
            }
            headingStart = -1;
        }
        if (BLOCKS.contains(name)) {
            endLine();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth > 0 && !inChrome()) {
            append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void append(char[] ch, int start, int length) throws SAXException {
        if (limitReached || text.length() + (long) length > maxChars) {
            limitReached = true;
            throw new TextTooLongException(maxChars);
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\r') {
                continue; // line ends are '\n' everywhere, so offsets do not depend on the platform
            }
            // NUL and other C0 controls corrupt RDF literals and mean nothing in prose.
            text.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
        }
    }

    private boolean inChrome() {
        return mastheadDepth > 0 || widgetDepth > 0;
    }

    private void endLine() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** Whether the text outgrew the limit, even if a parser caught the exception that said so. */
    boolean limitReached() {
        return limitReached;
    }

    String text() {
        return text.toString();
    }

    List<Span> headings() {
        return headings;
    }
}

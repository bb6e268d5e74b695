package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.CanonicalId;
import org.reggraph.model.DocumentKind;

/**
 * Decides a document's identity: the canonical identifier its metadata, title or opening text declares (an
 * Executive Order number, a Federal Register document number, a CELEX number, an EU act, a NIST or OMB
 * publication), else a slug of its file name. News never takes an identifier from its title or text: a
 * fact sheet titled after an order is about that order, not the order itself.
 */
public final class DocumentIdentity {
    /**
     * How far into the opening text, and into the title or file name, a declaration of identity may start.
     * Twelve characters leave room for an issuer's name before it ("WhiteHouse_NSM-25_..."), not for a
     * subject ("OMB_Guidance_on_2025_Agency_AI_Reporting_M-25-21.pdf" is about M-25-21, not M-25-21).
     */
    static final int TEXT_DECLARATION_WITHIN = 300;
    static final int TITLE_DECLARATION_WITHIN = 12;

    private record Scheme(Pattern pattern, Function<Matcher, String> key, Function<Matcher, String> display) {
    }

    // Boundaries are "no letter or digit next to it" rather than \b: in file names words are joined by '_',
    // a word character, so \b would not end the number in "EO-14110_2023-10-30_...".
    private static final List<Scheme> SCHEMES = List.of(
            new Scheme(Pattern.compile("(?<![A-Za-z0-9])(?:Executive\\s+Order|E\\.\\s?O\\.|EO)[\\s_-]*(?:No\\.\\s*)?(1[0-9]{4})(?![A-Za-z0-9])",
                    Pattern.CASE_INSENSITIVE),
                    m -> CanonicalId.executiveOrder(m.group(1)), m -> "Executive Order " + m.group(1)),
            new Scheme(Pattern.compile("(?<![A-Za-z0-9])(?:FR\\s+Doc\\.?(?:\\s+No\\.)?|FR)[\\s_]+(\\d{4}-\\d{5})(?![A-Za-z0-9])"),
                    m -> CanonicalId.federalRegisterDocument(m.group(1)), m -> "FR Doc. " + m.group(1)),
            new Scheme(Pattern.compile("(?<![A-Za-z0-9])CELEX[:\\s_]*(\\d{5}[A-Z]\\d{4})(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE),
                    m -> CanonicalId.celex(m.group(1)), m -> "CELEX " + m.group(1).toUpperCase(Locale.ROOT)),
            new Scheme(Pattern.compile("(?<![A-Za-z0-9])(Regulation|Directive)[\\s_]*\\(?(?:EU|EC)\\)?[\\s_]*(?:No[\\s_]*)?"
                    + "(\\d{4})[/_-](\\d{1,4})(?![A-Za-z0-9])"),
                    m -> CanonicalId.euAct(m.group(1), m.group(2) + "/" + m.group(3)),
                    m -> m.group(1) + " (EU) " + m.group(2) + "/" + m.group(3)),
            new Scheme(Pattern.compile("(?<![A-Za-z0-9])NIST[\\s._]+(AI|SP|IR|CSWP)[\\s._]+(\\d{3}-\\d{1,3}[A-Z]?)(?![A-Za-z0-9])"),
                    m -> CanonicalId.nistPublication(m.group(1), m.group(2)),
                    m -> "NIST " + m.group(1) + " " + m.group(2)),
            new Scheme(Pattern.compile("(?<![A-Za-z0-9])(?:OMB[\\s_]+)?(M-\\d{2}-\\d{2})(?![A-Za-z0-9])"),
                    m -> CanonicalId.ombMemorandum(m.group(1)), m -> "OMB " + m.group(1)),
            new Scheme(Pattern.compile("(?<![A-Za-z0-9])(NSPM|NSM)[\\s_-]*(\\d{1,3})(?![A-Za-z0-9])"),
                    m -> CanonicalId.presidentialMemorandum(m.group(1), m.group(2)),
                    m -> m.group(1) + "-" + m.group(2)));

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** The identity and any further keys under which citations may name the same document. */
    public record Identity(String key, String identifier, List<String> alsoKnownAs) {
    }

    public Identity identify(String declared, String title, String text, String fileName, DocumentKind kind) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> displays = new ArrayList<>();
        collect(declared, Integer.MAX_VALUE, false, keys, displays);
        if (kind != DocumentKind.NEWS) {
            // Only a directive's or guidance's file name names it; "FactSheet_EO-14110.md" is about EO 14110.
            collect(fileName, TITLE_DECLARATION_WITHIN, false, keys, displays);
            // A title or opening may cite other acts ("... Amending Executive Order 13694", an authority line
            // naming "E.O. 12938"): only a mark at the very start of the title, or opening a line of the
            // text, declares the document's own identity.
            collect(title, TITLE_DECLARATION_WITHIN, false, keys, displays);
            collect(text.substring(0, Math.min(text.length(), 4 * TEXT_DECLARATION_WITHIN)).stripLeading(),
                    TEXT_DECLARATION_WITHIN, true, keys, displays);
        }
        // Chinese instruments are cited by title (《…》), so a Chinese title is a key citations can meet; it is
        // never the document's own id, which stays readable.
        List<String> chineseTitle = kind != DocumentKind.NEWS && title != null && HAN.matcher(title).find()
                ? List.of(CanonicalId.chineseInstrument(title)) : List.of();
        if (keys.isEmpty()) {
            return new Identity(CanonicalId.slug(stripExtension(fileName)), fileName, chineseTitle);
        }
        List<String> all = new ArrayList<>(keys);
        List<String> aliases = new ArrayList<>(all.subList(1, all.size()));
        aliases.addAll(chineseTitle);
        return new Identity(all.get(0), displays.get(0), aliases);
    }

    private static void collect(String source, int within, boolean atLineStart, Set<String> keys,
                                List<String> displays) {
        if (source == null || source.isBlank()) {
            return;
        }
        // One declaration per source, the first scheme that matches.
        // Only the head of a long text is searched: a declaration must start within the limit anyway.
        int head = within == Integer.MAX_VALUE ? source.length() : Math.min(source.length(), within + 80);
        for (Scheme scheme : SCHEMES) {
            Matcher matcher = scheme.pattern.matcher(source).region(0, head);
            while (matcher.find() && matcher.start() <= within) {
                if (atLineStart && !opensLine(source, matcher.start())) {
                    continue;
                }
                if (keys.add(scheme.key.apply(matcher))) {
                    displays.add(scheme.display.apply(matcher));
                }
                return;
            }
        }
    }

    /** Nothing but blanks and Markdown marks ("# ", "**") before {@code at} on its line. */
    private static boolean opensLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '#' && c != '*' && c != '_' && c != '>') {
                return false;
            }
        }
        return true;
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

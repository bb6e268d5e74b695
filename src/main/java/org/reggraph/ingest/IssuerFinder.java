package org.reggraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.DocumentKind;

/**
 * Finds who issued a document, for files no manifest describes, from what the document says of itself, in
 * order of trust: its metadata naming a known body (a web page's site name, a PDF's creator), the web site it
 * was taken from, an acronym its name opens with ("NIST SP 800-218"), a Federal Register document's
 * {@code AGENCY:} line, and a known body named in its opening (a letterhead, an act's heading, an enacting
 * formula). A news report names the bodies it reports on, so only its metadata and site count.
 */
final class IssuerFinder {
    /**
     * Metadata naming a file's maker or its site. An office file's author is whoever typed it (a contractor's
     * name, "python-docx"), so these count only when they name a known body.
     */
    private static final List<String> MAKER_FIELDS =
            List.of("og:site_name", "application-name", "dc:publisher", "dc:creator", "author");
    /** "AGENCY: Bureau of Industry and Security, Commerce." The Federal Register's agencies are federal. */
    private static final Pattern AGENCY_LINE = Pattern.compile("(?m)^\\h*AGENCY:\\s*(\\S[^\\n]*?)\\.?\\h*$");
    private static final String FEDERAL = "US";
    /** "Regulation (EU) 2024/1689", "Directive 95/46/EC": an identifier of the Union's acts. */
    private static final Pattern EU_ACT = Pattern.compile("\\((?:EU|EC|EU, Euratom)\\)|/EC\\b|/EU\\b");
    /** Letterheads, mastheads and enacting formulas stand on the first page. */
    private static final int OPENING = 2_000;

    private IssuerFinder() {
    }

    /**
     * @param sourceUrl the address the file was taken from, if known
     * @param publicationName its identifier or title
     */
    static Optional<IssuingBody> find(ParsedText parsed, Optional<String> sourceUrl, String publicationName,
                                      DocumentKind kind) {
        Optional<IssuingBody> declared = declaredByMetadata(parsed)
                .or(() -> sourceUrl.flatMap(IssuerFinder::host).flatMap(IssuingBodies::publishingAt));
        if (declared.isPresent() || kind == DocumentKind.NEWS) {
            return declared;
        }
        return Optional.ofNullable(publicationName).flatMap(IssuingBodies::branding)
                .or(() -> agencyLine(parsed.text()))
                .or(() -> IssuingBodies.namedIn(parsed.text(), OPENING));
    }

    /** Where a document applies when its issuer is unknown but its identifier is an EU act's. */
    static Optional<String> jurisdictionOfIdentifier(String identifier) {
        return identifier != null && EU_ACT.matcher(identifier).find() ? Optional.of("EU") : Optional.empty();
    }

    private static Optional<IssuingBody> declaredByMetadata(ParsedText parsed) {
        for (String field : MAKER_FIELDS) {
            Optional<IssuingBody> named = knownBodyIn(parsed.metadata(field));
            if (named.isPresent()) {
                return named;
            }
        }
        // A web page's title ends with its site's name ("... - GOV.UK", "..._中央网络安全和信息化委员会办公室").
        boolean webPage = parsed.mediaType() != null && parsed.mediaType().contains("html");
        return webPage ? knownBodyIn(parsed.metadata("dc:title")) : Optional.empty();
    }

    private static Optional<IssuingBody> knownBodyIn(String value) {
        return value == null ? Optional.empty() : IssuingBodies.namedIn(value.strip(), Integer.MAX_VALUE);
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(new URI(url.strip()).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The agency line's known body, else the agency as the line names it. */
    private static Optional<IssuingBody> agencyLine(String text) {
        Matcher line = AGENCY_LINE.matcher(text).region(0, Math.min(text.length(), 4 * OPENING));
        if (!line.find()) {
            return Optional.empty();
        }
        String agency = line.group(1).strip();
        return IssuingBodies.namedIn(agency, Integer.MAX_VALUE)
                .or(() -> Optional.of(new IssuingBody(agency, FEDERAL, List.of(), List.of(), List.of())));
    }
}

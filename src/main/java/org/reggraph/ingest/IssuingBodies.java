package org.reggraph.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing bodies RegGraph recognises, those of the documents it was built for: US federal agencies and the
 * President, the EU's legislators, the UK's Parliament and government, California's legislature and China's
 * cyberspace regulator. A body's name is the entity catalog's preferred label where the catalog has it, so a
 * document's issuer and the entity its text mentions read alike. Names are matched in the case they are
 * written in, a space standing for any white space: a formula in capitals ("OF THE EUROPEAN PARLIAMENT AND OF
 * THE COUNCIL") is the act's own heading, where running text citing the act writes it in lower case.
 */
final class IssuingBodies {
    static final List<IssuingBody> ALL = List.of(
            body("The White House", "US",
                    names("By the authority vested in me as President by the Constitution and the laws of the United States",
                            "^The White House$"),
                    "whitehouse.gov", "bidenwhitehouse.archives.gov", "trumpwhitehouse.archives.gov",
                    "obamawhitehouse.archives.gov"),
            body("Office of Management and Budget", "US", names("(?i)\\bOffice of Management and Budget\\b"), "omb.gov")
                    .brandedAs("OMB"),
            body("Bureau of Industry and Security", "US", names("(?i)\\bBureau of Industry and Security\\b"),
                    "bis.gov", "bis.doc.gov").brandedAs("BIS"),
            body("Cybersecurity and Infrastructure Security Agency", "US",
                    names("(?i)\\bCybersecurity and Infrastructure Security Agency\\b"), "cisa.gov").brandedAs("CISA"),
            body("National Institute of Standards and Technology", "US",
                    names("(?i)\\bNational Institute of Standards and Technology\\b", "\\bdoi\\.org/10\\.6028/NIST\\."),
                    "nist.gov").brandedAs("NIST"),
            body("General Services Administration", "US", names("(?i)\\bGeneral Services Administration\\b"),
                    "gsa.gov", "fedramp.gov").brandedAs("GSA", "FedRAMP"),
            body("California Legislature", "US",
                    names("(?i)\\bThe people of the State of California do enact as follows",
                            "\\bLEGISLATIVE COUNSEL['’]S DIGEST\\b"),
                    "legislature.ca.gov"),
            body("European Parliament and Council of the European Union", "EU",
                    names("\\bOF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\\b")),
            body("European Commission", "EU",
                    names("(?m)^COMMISSION (?:DELEGATED |IMPLEMENTING )?(?:REGULATION|DIRECTIVE|DECISION)\\b"),
                    "ec.europa.eu"),
            body("UK Parliament", "UK", names("\\bBe it enacted by the (?:King|Queen)[’']s most Excellent Majesty")),
            body("UK Government", "UK", names("\\bGOV\\.UK$"), "gov.uk"),
            body("Cyberspace Administration of China", "CN",
                    names("(?i)\\bCyberspace Administration of China\\b", "国家互联网信息办公室",
                            "中央网络安全和信息化委员会办公室"),
                    "cac.gov.cn").brandedAs("CAC"));

    private static final Pattern SPOKEN_OF = Pattern.compile("(?i)the\\s");

    private IssuingBodies() {
    }

    /**
     * The body named earliest in {@code text}, looking no further than {@code within} characters. A name after
     * "the" is spoken of ("The Bureau of Industry and Security shall publish ..."), not signing: a letterhead,
     * an agency line or a site names its body bare.
     */
    static Optional<IssuingBody> namedIn(String text, int within) {
        int end = Math.min(text.length(), within);
        IssuingBody earliest = null;
        int earliestAt = end;
        for (IssuingBody body : ALL) {
            for (Pattern name : body.names()) {
                Matcher matcher = name.matcher(text).region(0, end);
                while (matcher.find() && matcher.start() < earliestAt) {
                    if (!SPOKEN_OF.matcher(text).region(Math.max(0, matcher.start() - 4), matcher.start()).matches()) {
                        earliest = body;
                        earliestAt = matcher.start();
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    static Optional<IssuingBody> publishingAt(String host) {
        return ALL.stream().filter(body -> body.publishesAt(host)).findFirst();
    }

    static Optional<IssuingBody> branding(String publicationName) {
        return ALL.stream().filter(body -> body.brands(publicationName)).findFirst();
    }

    private static IssuingBody body(String name, String jurisdiction, List<Pattern> names, String... hosts) {
        return new IssuingBody(name, jurisdiction, names, List.of(hosts), List.of());
    }

    private static List<Pattern> names(String... expressions) {
        return Arrays.stream(expressions).map(IssuingBodies::loosely).toList();
    }

    /**
     * A space in {@code expression} stands for any run of white space, no-break spaces included: a first page
     * wraps a name across lines, doubles its spaces, or binds "13\u00A0June".
     */
    static Pattern loosely(String expression) {
        return Pattern.compile(expression.replace(" ", "[\\s\\h]+"));
    }
}

package org.reggraph.extract;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.reggraph.model.CanonicalId;
import org.reggraph.model.CitationType;

/**
 * How each kind of citation is written, and how a match becomes a canonical key through
 * {@link CanonicalId}. White space inside a citation may be a line break, a no-break space or a thin space, as
 * parsed PDFs, EUR-Lex and the Federal Register print them; {@code S} in the patterns below stands for such a run.
 */
final class CitationPatterns {
    /** One way of writing a citation, with the function that builds its canonical key. */
    record Form(CitationType type, Pattern pattern, Function<MatchResult, String> key, List<String> literals) {
        Form(CitationType type, Pattern pattern, Function<MatchResult, String> key) {
            this(type, pattern, key, List.of());
        }

        /** Every match in the text, looked for around the literals one of which every match contains. */
        List<MatchResult> findAll(String text) {
            return LiteralWindows.findAll(pattern, literals, text);
        }
    }

    /** A run of white space inside a citation; {@code O}, an optional one. Shared with {@link CitationExtractor}. */
    static final String S = "[\\s\\h]+";
    static final String O = "[\\s\\h]*";

    static final List<String> CFR_LITERALS = List.of("CFR", "C.F.R.");
    static final Pattern CFR = Pattern.compile(
            "\\b(\\d{1,2})" + S + "(?:CFR|C\\.F\\.R\\.)" + S + "(?:(?:[Pp]arts?|pt\\.)" + S + ")?(\\d{1,4}(?:\\.\\d+[a-z]?)?)");
    /** A further part or section after a CFR citation: "15 CFR parts 732, 734 and 740". */
    static final Pattern CFR_CONTINUATION = Pattern.compile(
            "\\G(?:" + O + "," + O + "(?:and" + S + ")?|" + S + "(?:and|through|to)" + S + "|" + O + "[-–]" + O + ")(\\d{3,4}(?:\\.\\d+[a-z]?)?)");
    /** "§ 744.23", "Section 744.23" or "part 744" in a text that cites one CFR title (the EAR cite their own sections bare). */
    static final List<String> BARE_SECTION_LITERALS = List.of("§", "Section");
    static final Pattern BARE_SECTION = Pattern.compile("(?:§§?" + O + "(\\d{1,4})|\\bSection" + S + "(\\d{3}))\\.(\\d+[a-z]?)\\b");
    static final List<String> BARE_PART_LITERALS = List.of("part", "Part");
    static final Pattern BARE_PART = Pattern.compile("(?<![\\w.])(?:[Pp]arts?)" + S + "(\\d{3})(?!\\d|\\.\\d)");
    static final List<String> EXECUTIVE_ORDER_LITERALS = List.of("Executive", "E.", "EO");
    static final Pattern EXECUTIVE_ORDER = Pattern.compile(
            "(?:\\bExecutive" + S + "Orders?|\\bE\\." + O + "O\\.|\\bEO)" + O + "(?:No\\.?" + S + ")?(\\d{5})\\b");
    static final Pattern EXECUTIVE_ORDER_CONTINUATION = Pattern.compile(
            "\\G(?:" + O + "(?:of" + S + "[A-Z][a-z]+" + S + "\\d{1,2}," + S + "\\d{4})?" + O + "(?:,|" + S + "and|" + S + "or|," + S + "and)" + O + ")(\\d{5})\\b");

    static final List<Form> FORMS = List.of(
            // Chinese drafting names another instrument by its title in book-title marks; the suffix says it
            // is a law, regulation, measure, standard or plan rather than a book or an article.
            new Form(CitationType.CHINESE_INSTRUMENT, Pattern.compile(
                    "《([^《》\\n]{1,60}?(?:法|条例|规定|办法|决定|规则|细则|意见|通知|规划|标准|指南|准则|措施|纲要|目录|公约))》"),
                    m -> CanonicalId.chineseInstrument(m.group(1)), List.of("《")),
            new Form(CitationType.USC, Pattern.compile(
                    "\\b(\\d{1,2})" + S + "U\\." + O + "S\\." + O + "C\\.(?:" + O + "§§?|" + S + "[Ss]ec(?:tion|\\.))?" + O
                            + "(\\d+[a-z]*(?:-\\d+)?)"),
                    m -> CanonicalId.usc(Integer.parseInt(m.group(1)), m.group(2)), List.of("U.", "U ")),
            new Form(CitationType.USC, Pattern.compile(
                    "\\b[Ss]ection" + S + "(\\d+[a-z]*)(?:\\([\\w]+\\))*" + S + "of" + S + "title" + S + "(\\d{1,2})," + O + "United" + S + "States" + S + "Code"),
                    m -> CanonicalId.usc(Integer.parseInt(m.group(2)), m.group(1)), List.of("United")),
            new Form(CitationType.FEDERAL_REGISTER, Pattern.compile("\\b(\\d{2,3})" + S + "FR" + S + "(\\d{1,6})\\b"),
                    m -> CanonicalId.federalRegisterPage(Integer.parseInt(m.group(1)), m.group(2)), List.of("FR")),
            new Form(CitationType.FEDERAL_REGISTER, Pattern.compile(
                    "\\bFR" + S + "Doc\\.?" + O + "(?:No\\.?" + S + ")?(\\d{4}-\\d{4,6})\\b|federalregister\\.gov/d/(\\d{4}-\\d{4,6})\\b"),
                    m -> CanonicalId.federalRegisterDocument(m.group(1) != null ? m.group(1) : m.group(2)), List.of("FR", "federalregister")),
            new Form(CitationType.OMB_MEMORANDUM, Pattern.compile(
                    "(?:\\bOMB" + S + "(?:[Mm]emorandum" + S + ")?)?\\bM-(\\d{2})-(\\d{2,3})\\b"),
                    m -> CanonicalId.ombMemorandum("M-" + m.group(1) + "-" + m.group(2)), List.of("M-")),
            new Form(CitationType.PRESIDENTIAL_MEMORANDUM, Pattern.compile("\\b(NSM|NSPM|PPD|PDD|HSPD|NSD)-(\\d{1,3})\\b"),
                    m -> CanonicalId.presidentialMemorandum(m.group(1), m.group(2)), List.of("NSM", "NSPM", "PPD", "PDD", "HSPD", "NSD")),
            new Form(CitationType.PRESIDENTIAL_MEMORANDUM, Pattern.compile(
                    "\\bNational" + S + "Security" + S + "Presidential" + S + "Memorandum[-–" + "\\s\\u00A0]" + O + "(\\d{1,3})\\b"),
                    m -> CanonicalId.presidentialMemorandum("NSPM", m.group(1)), List.of("Presidential")),
            new Form(CitationType.NIST_PUBLICATION, Pattern.compile(
                    "(?:\\bNIST" + S + ")?\\b(?:Special" + S + "Publication|SP)" + O + "(\\d{3}-\\d{1,4}[A-Z]?)(?:(?:," + O + "|" + S + ")Rev(?:ision|\\.)?" + O + "\\d+(?:\\.\\d+)*)?"),
                    m -> CanonicalId.nistPublication("SP", m.group(1)), List.of("SP", "Special")),
            new Form(CitationType.NIST_PUBLICATION, Pattern.compile(
                    "\\bNIST[\\s\\u00A0.]+(AI|IR|CSWP)[\\s\\u00A0.]+(\\d{3,4}(?:-\\d{1,4})?)(?:e\\d{4})?\\b|\\bNISTIR" + S + "(\\d{4})\\b"),
                    m -> m.group(3) != null ? CanonicalId.nistPublication("IR", m.group(3))
                            : CanonicalId.nistPublication(m.group(1), m.group(2)), List.of("NIST")),
            new Form(CitationType.NIST_PUBLICATION, Pattern.compile(
                    "\\b(?:NIST" + S + ")?(?:AI" + S + "RMF(?:" + S + "1\\.0)?|(?:Artificial" + S + "Intelligence|AI)" + S + "Risk" + S + "Management" + S + "Framework)\\b"),
                    m -> CanonicalId.nistPublication("AI", "100-1"), List.of("RMF", "Risk")),
            new Form(CitationType.NIST_PUBLICATION, Pattern.compile(
                    "\\b(?:NIST" + S + ")?(?:CSF" + O + "2\\.0|Cybersecurity" + S + "Framework(?:" + S + "2\\.0)?)"),
                    m -> CanonicalId.nistPublication("CSWP", "29"), List.of("CSF", "Cybersecurity")),
            new Form(CitationType.NIST_PUBLICATION, Pattern.compile("\\bSecure" + S + "Software" + S + "Development" + S + "Framework\\b|\\bSSDF\\b"),
                    m -> CanonicalId.nistPublication("SP", "800-218"), List.of("SSDF", "Secure")),
            new Form(CitationType.EU_ACT, Pattern.compile(
                    "\\b(Regulation|Directive|Decision|Implementing" + S + "Regulation|Delegated" + S + "Regulation)s?" + S
                            + "\\((?:EU|EC|EEC|Euratom)\\)" + S + "(?:No" + O + ")?(\\d{1,4}/\\d{1,4})"),
                    m -> CanonicalId.euAct(m.group(1).replaceAll("[\\s\\h]+", " ").replaceFirst("^(?:Implementing|Delegated) ", ""), m.group(2)), List.of("(EU)", "(EC)", "(EEC)", "(Euratom)")),
            new Form(CitationType.EU_ACT, Pattern.compile("\\b(Regulation|Directive|Decision)s?" + S + "(\\d{2,4}/\\d{1,4})/(?:EU|EC|EEC)\\b"),
                    m -> CanonicalId.euAct(m.group(1), m.group(2)), List.of("/EU", "/EC", "/EEC")),
            new Form(CitationType.EU_ACT, Pattern.compile("\\bGDPR\\b|\\bGeneral" + S + "Data" + S + "Protection" + S + "Regulation\\b"),
                    m -> CanonicalId.euAct("Regulation", "2016/679"), List.of("GDPR", "General")),
            new Form(CitationType.EU_ACT, Pattern.compile("\\b(?:EU" + S + ")?(?:AI|Artificial" + S + "Intelligence)" + S + "Act\\b"),
                    m -> CanonicalId.euAct("Regulation", "2024/1689"), List.of("Act")),
            new Form(CitationType.EU_ACT, Pattern.compile("\\bNIS" + O + "2(?:" + S + "Directive)?\\b"),
                    m -> CanonicalId.euAct("Directive", "2022/2555"), List.of("NIS")),
            new Form(CitationType.EU_ACT, Pattern.compile("\\bCELEX(?:" + S + "number)?(?::|%3A|" + O + ":?" + O + ")(\\d[12]\\d{3}[A-Z]{1,2}\\d{4})\\b"),
                    m -> CanonicalId.celex(m.group(1)), List.of("CELEX")),
            new Form(CitationType.ECCN, Pattern.compile("(?<![\\w.\\-/])(\\d[A-E]\\d{3})((?:\\.[a-z](?:\\.\\d{1,2})?(?:\\.[a-z])?)?)(?![\\w\\-])"),
                    m -> CanonicalId.eccn(m.group(1))),
            new Form(CitationType.PUBLIC_LAW, Pattern.compile(
                    "(?:\\bPub(?:lic)?\\." + O + "L\\.|\\bP\\.L\\.|\\bPublic" + S + "Law(?:" + S + "No\\.)?)" + O + "(\\d{2,3})[-–](\\d{1,4})\\b"),
                    m -> CanonicalId.publicLaw(m.group(1) + "-" + m.group(2)), List.of("L.", "Law")));

    private CitationPatterns() {
    }
}

package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's title in its opening lines, for files whose metadata names none. The first line is
 * rarely the title: a Federal Register rule opens with its billing code and agency, a memorandum with its
 * letterhead, an act of the Official Journal with its date and page, a converted PDF with a page marker.
 * So the drafting conventions come first (the line before {@code AGENCY:}, the {@code SUBJECT:} of a
 * memorandum, the heading of an EU act with its date and subject), then the first line that reads as a
 * heading once letterheads, page furniture and data are skipped.
 */
final class OpeningTitle {
    /** Lines looked at: titles sit on the first page. */
    private static final int OPENING_LINES = 40;
    private static final int LONGEST = 250;

    private static final Pattern MARKUP = Pattern.compile("^[\\s#>*_]+|[\\s*_]+$");
    private static final Pattern AGENCY_LINE = Pattern.compile("^AGENCY:");
    private static final Pattern SUBJECT_LINE = Pattern.compile("^(?:SUBJECT|Subject|RE):\\s*(\\S.*)$");
    private static final Pattern EU_ACT = Pattern.compile(
            "^(?:REGULATION|DIRECTIVE|DECISION|IMPLEMENTING REGULATION|DELEGATED REGULATION)\\s*\\((?:EU|EC|EU, Euratom)\\)"
                    + "\\s*(?:No\\s*)?\\d{2,4}/\\d+\\b.*");
    private static final Pattern EU_ACT_DATE = Pattern.compile("^of\\h+\\d{1,2}\\h+\\p{L}+\\h+\\d{4}$");
    /** A Federal Register front page's lines between the agency and the title. */
    private static final Pattern FEDERAL_REGISTER_FURNITURE = Pattern.compile(
            "^(?:RIN\\s|\\[Docket|\\[FR Doc|\\d+ CFR\\b|BILLING CODE).*", Pattern.CASE_INSENSITIVE);
    /** Letterheads, page furniture and addresses that open documents without being their title. */
    private static final Pattern NOT_A_TITLE = Pattern.compile(String.join("|",
            "^\\{\\d+\\}-*$", "^[-=_.]{3,}$", "^!\\[", "^<", "^\\d+$", "^page \\d+", "^BILLING CODE",
            "^WASHINGTON\\b", "^(?:MEMORANDUM FOR|FROM|TO|DATE|CC|THROUGH):", "^Official Journal", "^EN$",
            "^L \\d+/\\d+$", "^L series$", "^\\d{1,2}\\.\\d{1,2}\\.\\d{4}$", "^\\d{4}/\\d+$", "^Version [\\d.]+$",
            "^Table of Contents$", "^Contents$", "^(?:Draft|DRAFT|Preprint)$",
            "^[A-Z][a-z]+ \\d{1,2}, \\d{4}$", "^\\d{4}-\\d{2}-\\d{2}$",
            "^[\"{\\[]", "\\t", "(?:…|\\.\\.\\.)$"), Pattern.CASE_INSENSITIVE);
    /** An agency's name in capitals heads its letter; the title comes after. */
    private static final Pattern LETTERHEAD = Pattern.compile(
            "^(?:THE )?(?:DEPARTMENT|OFFICE|EXECUTIVE OFFICE|BUREAU|AGENCY|WHITE HOUSE)\\b[A-Z ,.'&-]*$");
    /** A heading names something: a couple of words, not "recital 1". */
    private static final int FEWEST_LETTERS = 10;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private OpeningTitle() {
    }

    static Optional<String> find(String text) {
        List<String> lines = openingLines(text);
        Optional<String> found = federalRegister(lines).or(() -> subject(lines)).or(() -> euAct(lines))
                .or(() -> firstHeading(lines));
        return found.map(OpeningTitle::tidy).filter(title -> !title.isEmpty());
    }

    private static List<String> openingLines(String text) {
        List<String> lines = new ArrayList<>();
        // Lazily: a regulation's text runs to megabytes, and only its first page matters.
        text.lines().map(raw -> MARKUP.matcher(raw).replaceAll("").strip()).filter(line -> !line.isEmpty())
                .limit(OPENING_LINES).forEach(lines::add);
        return lines;
    }

    /** A rule's title is the line above {@code AGENCY:}, past its RIN and docket lines. */
    private static Optional<String> federalRegister(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (AGENCY_LINE.matcher(lines.get(i)).find()) {
                for (int j = i - 1; j >= 0; j--) {
                    String candidate = lines.get(j);
                    if (!FEDERAL_REGISTER_FURNITURE.matcher(candidate).matches()) {
                        return readsAsTitle(candidate) ? Optional.of(candidate) : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> subject(List<String> lines) {
        for (String line : lines) {
            Matcher subject = SUBJECT_LINE.matcher(line);
            if (subject.matches()) {
                return Optional.of(subject.group(1));
            }
        }
        return Optional.empty();
    }

    /** "REGULATION (EU) 2016/679 OF ...", "of 27 April 2016", "on the protection of ...": one title. */
    private static Optional<String> euAct(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (EU_ACT.matcher(lines.get(i)).matches()) {
                StringBuilder title = new StringBuilder(lines.get(i));
                if (i + 2 < lines.size() && EU_ACT_DATE.matcher(lines.get(i + 1)).matches()) {
                    title.append(' ').append(lines.get(i + 1)).append(' ').append(lines.get(i + 2));
                }
                return Optional.of(title.toString());
            }
        }
        return Optional.empty();
    }

    /** The first line that reads as a heading; a heading in capitals may run over a few lines. */
    private static Optional<String> firstHeading(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = undoubled(lines.get(i));
            if (!mayOpenTitle(line)) {
                continue;
            }
            StringBuilder title = new StringBuilder(line);
            for (int j = i + 1; j < Math.min(lines.size(), i + 4) && isCapitals(line); j++) {
                String next = undoubled(lines.get(j));
                if (!isCapitals(next) || !mayOpenTitle(next)) {
                    break;
                }
                title.append(' ').append(next);
            }
            if (letters(title) >= FEWEST_LETTERS) {
                return Optional.of(title.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean readsAsTitle(String line) {
        return mayOpenTitle(line) && letters(line) >= FEWEST_LETTERS;
    }

    private static boolean mayOpenTitle(String line) {
        return line.length() <= LONGEST && LETTER.matcher(line).find() && !NOT_A_TITLE.matcher(line).find()
                && !LETTERHEAD.matcher(line).matches();
    }

    private static long letters(CharSequence line) {
        return line.codePoints().filter(Character::isLetter).count();
    }

    private static boolean isCapitals(String line) {
        return LETTER.matcher(line).find() && line.equals(line.toUpperCase(Locale.ROOT));
    }

    /**
     * Text drawn twice on a PDF's cover (a shadow or bold effect) comes out twice: "AI RMFAI RMF" is
     * "AI RMF".
     */
    static String undoubled(String line) {
        int half = line.length() / 2;
        if (line.length() >= 4 && line.length() % 2 == 0 && line.substring(0, half).equals(line.substring(half))) {
            return line.substring(0, half);
        }
        return line;
    }

    /** A found title, {@link #clean}, without the full stop a heading line may close with. */
    private static String tidy(String title) {
        String cleaned = clean(title);
        return cleaned.endsWith(".") && !cleaned.endsWith("..") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
    }

    /**
     * Any title on one line, without invisible characters (a word joiner in "Biden-Harris") or the "(CONTINUED)" of
     * a chapter printed over several volumes (eCFR's exports declare it in their front matter too), cut near the
     * limit.
     */
    static String clean(String title) {
        String cleaned = title.replaceAll("\\p{Cf}", "").replaceAll("\\s+", " ").strip()
                .replaceFirst("(?i)\\s*\\(continued\\)$", "");
        if (cleaned.length() <= LONGEST) {
            return cleaned;
        }
        int cut = cleaned.lastIndexOf(' ', LONGEST - 2);
        return cleaned.substring(0, cut > LONGEST / 2 ? cut : LONGEST - 2) + " …";
    }
}

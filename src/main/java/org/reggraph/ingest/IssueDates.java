package org.reggraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document gives itself on its first page, in the formulas its drafting conventions use: the
 * day a Federal Register document is published, the day an EU act is adopted ("of 13 June 2024"), a
 * governor's approval, a UK act's royal assent ("[29th June 1990]"), the date line of a Chinese order
 * ("2023年7月10日" standing alone), and a letterhead's date line ("January 26, 2022" standing alone). The
 * formulas are tried in that order; the first that matches is the date.
 */
final class IssueDates {
    private static final int OPENING = 6_000;
    private static final int LETTERHEAD = 1_500;
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final DateTimeFormatter MONTH_DAY_YEAR = strict("MMMM d, uuuu");
    private static final DateTimeFormatter DAY_MONTH_YEAR = strict("d MMMM uuuu");
    private static final DateTimeFormatter NUMERIC_US = strict("MM/dd/uuuu");

    private record Formula(Pattern pattern, int within, Function<Matcher, LocalDate> date) {
    }

    private static final List<Formula> FORMULAS = List.of(
            // A public-inspection copy: "scheduled to be published in the Federal Register on 01/15/2025".
            new Formula(IssuingBodies.loosely("scheduled to be published in the Federal Register on (\\d{2}/\\d{2}/\\d{4})"),
                    OPENING, m -> date(m.group(1), NUMERIC_US)),
            // The printed page's header: "Federal Register / Vol. 89, No. 66 / Thursday, April 4, 2024 / ...".
            new Formula(IssuingBodies.loosely("Federal Register\\s*/\\s*Vol\\. \\d+, No\\. \\d+\\s*/\\s*\\p{L}+day, ("
                    + MONTH + " \\d{1,2}, \\d{4})"), OPENING, m -> date(m.group(1), MONTH_DAY_YEAR)),
            new Formula(IssuingBodies.loosely("\\b(?:REGULATION|DIRECTIVE|DECISION)\\s*\\((?:EU|EC|EU, Euratom)\\)\\s*(?:No\\s*)?"
                    + "\\d{2,4}/\\d+\\b[\\s\\S]{0,160}? of (\\d{1,2} " + MONTH + " \\d{4})"),
                    OPENING, m -> date(m.group(1), DAY_MONTH_YEAR)),
            new Formula(IssuingBodies.loosely("Approved by Governor (" + MONTH + " \\d{1,2}, \\d{4})"),
                    OPENING, m -> date(m.group(1), MONTH_DAY_YEAR)),
            new Formula(IssuingBodies.loosely("\\[(\\d{1,2})(?:st|nd|rd|th) (" + MONTH + " \\d{4})\\]"),
                    OPENING, m -> date(m.group(1) + " " + m.group(2), DAY_MONTH_YEAR)),
            new Formula(IssuingBodies.loosely("(?m)^\\h*(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\h*$"), OPENING,
                    m -> LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)))),
            new Formula(IssuingBodies.loosely("(?m)^[\\h*#]*(" + MONTH + " \\d{1,2}, \\d{4})[\\h*]*$"), LETTERHEAD,
                    m -> date(m.group(1), MONTH_DAY_YEAR)));

    private IssueDates() {
    }

    private static LocalDate date(String text, DateTimeFormatter format) {
        return LocalDate.parse(text.replaceAll("[\\s\\h]+", " "), format);
    }

    /** Strict, so "February 30, 2024" is no date rather than the 29th. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    static Optional<LocalDate> find(String text) {
        for (Formula formula : FORMULAS) {
            Matcher matcher = formula.pattern().matcher(text).region(0, Math.min(text.length(), formula.within()));
            while (matcher.find()) {
                try {
                    return Optional.of(formula.date().apply(matcher));
                } catch (DateTimeException e) {
                    // "February 30": not a date; look further
                }
            }
        }
        return Optional.empty();
    }
}

package org.reggraph.ingest;

import java.util.Locale;

/** Roman numerals as drafters number with them, "i" to "lxxxix" (either case in, lower case out). */
final class RomanNumerals {
    private static final String LETTERS = "ivxl";
    private static final int[] LETTER_VALUES = {1, 5, 10, 50};
    private static final int[] STEPS = {50, 40, 10, 9, 5, 4, 1};
    private static final String[] DIGITS = {"l", "xl", "x", "ix", "v", "iv", "i"};

    private RomanNumerals() {
    }

    /** The value of a numeral made of i, v, x and l: "iv" is 4, "XII" 12. */
    static int value(String numeral) {
        String lower = numeral.toLowerCase(Locale.ROOT);
        int value = 0;
        for (int i = 0; i < lower.length(); i++) {
            int digit = letterValue(lower.charAt(i));
            value += i + 1 < lower.length() && digit < letterValue(lower.charAt(i + 1)) ? -digit : digit;
        }
        return value;
    }

    /** The value of one letter of a numeral: "v" is 5. */
    static int letterValue(char letter) {
        return LETTER_VALUES[LETTERS.indexOf(Character.toLowerCase(letter))];
    }

    /** The numeral for {@code value}, in lower case: 9 is "ix". */
    static String of(int value) {
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < STEPS.length; i++) {
            for (; rest >= STEPS[i]; rest -= STEPS[i]) {
                roman.append(DIGITS[i]);
            }
        }
        return roman.toString();
    }
}

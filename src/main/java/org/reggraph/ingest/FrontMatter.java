package org.reggraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter at the head of a Markdown file ({@code ---} ... {@code ---}): scraped web pages carry
 * their title, date and source URL there. Only flat {@code key: scalar} pairs are read, plain, single- or
 * double-quoted, folded over indented lines, with YAML's escapes; that is all such headers hold, and it
 * spares a YAML dependency.
 */
record FrontMatter(Map<String, String> fields, String body) {
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---\\n(.*?)\\n---[ \\t]*\\n", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*):\\s*(.*)$");

    static FrontMatter split(String text) {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            return new FrontMatter(Map.of(), text);
        }
        return new FrontMatter(parseFields(block.group(1)), text.substring(block.end()));
    }

    private static Map<String, String> parseFields(String yaml) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = yaml.split("\\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher field = FIELD.matcher(lines[i]);
            if (!field.matches()) {
                continue;
            }
            StringBuilder value = new StringBuilder(field.group(2).trim());
            boolean doubleQuoted = value.length() > 0 && value.charAt(0) == '"';
            // A scalar folds over the indented lines after it; in a double-quoted one, a line ending in a
            // backslash joins the next without a space.
            while (i + 1 < lines.length && isContinuation(lines[i + 1]) && !(doubleQuoted && closesDoubleQuote(value))) {
                if (doubleQuoted && value.length() > 0 && value.charAt(value.length() - 1) == '\\') {
                    value.setLength(value.length() - 1);
                } else {
                    value.append(' ');
                }
                value.append(lines[++i].trim());
            }
            fields.put(field.group(1), scalar(value.toString()));
        }
        return fields;
    }

    private static boolean isContinuation(String line) {
        return !line.isBlank() && Character.isWhitespace(line.charAt(0));
    }

    private static boolean closesDoubleQuote(CharSequence value) {
        if (value.length() < 2 || value.charAt(value.length() - 1) != '"') {
            return false;
        }
        int backslashes = 0;
        for (int i = value.length() - 2; i >= 0 && value.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    private static String scalar(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return unescapeDoubleQuoted(value.substring(1, value.length() - 1)).trim();
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'").trim();
        }
        return value;
    }

    /**
     * YAML's escapes in a double-quoted scalar: {@code \u2019} is a right quote, {@code \_} a no-break space
     * (read as a space, which is what a title means by it), {@code \ } a space.
     */
    private static String unescapeDoubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char escape = text.charAt(++i);
            int hexDigits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
            if (hexDigits > 0 && isHex(text, i + 1, hexDigits)) {
                out.appendCodePoint(Integer.parseInt(text.substring(i + 1, i + 1 + hexDigits), 16));
                i += hexDigits;
                continue;
            }
            switch (escape) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '_', ' ' -> out.append(' ');
                default -> out.append(escape); // \" \\ \/ and anything unknown stand for themselves
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int digits) {
        if (from + digits > text.length()) {
            return false;
        }
        for (int i = from; i < from + digits; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}

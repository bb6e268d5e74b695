package org.reggraph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter at the head of a Markdown file ({@code ---} ... {@code ---}): scraped web pages carry
 * their title, date and source URL there. Only flat {@code key: scalar} pairs are read, including YAML's
 * folded double-quoted strings; that is all such headers hold, and it spares a YAML dependency.
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
            if (value.length() > 0 && value.charAt(0) == '"') {
                // A double-quoted scalar may fold over lines, each but the last ending in a backslash.
                while (!closesDoubleQuote(value) && i + 1 < lines.length) {
                    if (value.charAt(value.length() - 1) == '\\') {
                        value.setLength(value.length() - 1);
                    } else {
                        value.append(' ');
                    }
                    value.append(lines[++i].trim());
                }
            }
            fields.put(field.group(1), unquote(value.toString()));
        }
        return fields;
    }

    private static boolean closesDoubleQuote(CharSequence value) {
        return value.length() >= 2 && value.charAt(value.length() - 1) == '"'
                && value.charAt(value.length() - 2) != '\\';
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            String inner = value.substring(1, value.length() - 1);
            return inner.replace("\\_", " ").replace("\\ ", " ").replace("\\\"", "\"").replace("''", "'").trim();
        }
        return value;
    }
}

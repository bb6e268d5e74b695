package org.reggraph.ingest.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Records with named fields, in file order, each field's value as text (lines kept). */
record RecordTable(List<String> columns, List<Map<String, String>> rows) {
    /** "id", "task_id", "Subcategory ID", "node-id": a column whose name says it identifies. */
    private static final Pattern IDENTIFIER_NAME = Pattern.compile("(?i)(?:^|[\\s_-])id$|^id$");
    /** "article", "Section": a column named after the unit of a legal text that its values number. */
    private static final Pattern UNIT_NAME = Pattern.compile("(?i)article|section|regulation|rule|recital|annex");
    /** What such a column holds when it numbers the records: "5", "5a", "IV". */
    private static final Pattern UNIT_NUMBER = Pattern.compile("\\d{1,4}[a-z]?|[IVXLC]{1,7}");
    /** Rows that may lack the identifier (a framework's function rows above its subcategories), at most. */
    private static final double MISSING_IDENTIFIERS = 0.1;

    RecordTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * The column that names the records: of the columns named as identifiers, or after a legal unit and
     * holding its numbers, whose values are distinct and nearly always present, the one with the most values,
     * the later (more specific) one on a tie.
     */
    Optional<String> identifierColumn() {
        String best = null;
        long bestCount = 0;
        for (String column : columns) {
            boolean unit = isUnit(column);
            if (!unit && !IDENTIFIER_NAME.matcher(column.strip()).find()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            rows.forEach(row -> {
                String value = row.getOrDefault(column, "").strip();
                if (!value.isEmpty()) {
                    values.add(value);
                }
            });
            if (unit && !values.stream().allMatch(value -> UNIT_NUMBER.matcher(value).matches())) {
                continue;
            }
            boolean distinct = values.stream().distinct().count() == values.size();
            boolean present = values.size() >= rows.size() * (1 - MISSING_IDENTIFIERS);
            if (distinct && present && !values.isEmpty() && values.size() >= bestCount) {
                best = column;
                bestCount = values.size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A record's label: its identifier, or the unit and its number as the text cites it, "Article 5". */
    static String label(String identifierColumn, String value) {
        if (value.isEmpty() || !isUnit(identifierColumn)) {
            return value;
        }
        String unit = identifierColumn.strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(unit.charAt(0)) + unit.substring(1) + " " + value;
    }

    private static boolean isUnit(String column) {
        return UNIT_NAME.matcher(column.strip()).matches();
    }
}

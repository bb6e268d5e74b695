package org.reggraph.ingest.records;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.StructuredSources;
import org.reggraph.ingest.StructuredText;

/**
 * Recognises a table of records (a {@code .csv} file with a header, or a JSON file holding an array of
 * objects) that has a column of identifiers (or of a legal unit's numbers, "article"), and reads each record
 * as a provision labelled with its identifier ("Article 5"). A table without such a column, and any other
 * file, is left to Tika.
 */
public final class RecordTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_ARRAY_OF_OBJECTS = Pattern.compile("^\\uFEFF?\\s*\\[\\s*\\{");
    private static final String INDENT = StructuredText.INDENT;

    private RecordTables() {
    }

    public static Optional<ParsedText> read(Path file, String opening, String displayName, long maxChars)
            throws IngestException {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        if (!csv && !JSON_ARRAY_OF_OBJECTS.matcher(opening).find()) {
            return Optional.empty();
        }
        StructuredSources.requireReadableSize(file, displayName, maxChars, csv ? "a CSV table" : "a JSON table");
        RecordTable table;
        try {
            table = csv ? readCsv(file) : readJson(file);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Not a table this reader understands (a ragged CSV, JSON that is not well formed): Tika reads it
            // as text, as before, and says so if it cannot either.
            return Optional.empty();
        }
        Optional<String> identifier = table.identifierColumn();
        if (identifier.isEmpty()) {
            return Optional.empty();
        }
        StructuredText text = new StructuredText();
        for (Map<String, String> row : table.rows()) {
            String id = RecordTable.label(identifier.get(), row.getOrDefault(identifier.get(), "").strip());
            int start = text.position();
            text.line(id.isEmpty() ? "(no " + identifier.get() + ")" : id);
            row.forEach((column, value) -> {
                if (!column.equals(identifier.get()) && !value.isBlank()) {
                    field(text, column, value);
                }
            });
            text.provision(id, id, start);
            text.blankLine();
        }
        return Optional.of(StructuredSources.withinLimit(
                text.parsed(csv ? "text/csv" : "application/json", Map.of()), displayName, maxChars));
    }

    /** "group_name: Prepare the Organization"; a value of several lines keeps them, indented. */
    private static void field(StructuredText text, String column, String value) {
        List<String> lines = value.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        text.line(INDENT + fieldName(column) + ": " + lines.get(0));
        lines.stream().skip(1).forEach(line -> text.line(INDENT + INDENT + line));
    }

    /** "group_name" reads "Group name"; "Subcategory ID" stays as it is. */
    static String fieldName(String column) {
        String words = column.strip().replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static RecordTable readCsv(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new IllegalStateException("row " + record.getRecordNumber() + " has "
                            + record.size() + " cells for " + columns.size() + " columns");
                }
                Map<String, String> row = new LinkedHashMap<>();
                columns.forEach(column -> row.put(column, record.get(column)));
                rows.add(row);
            }
            return new RecordTable(columns, rows);
        }
    }

    private static RecordTable readJson(Path file) throws IOException {
        JsonNode array;
        try (InputStream in = Files.newInputStream(file)) {
            array = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalStateException("not well-formed JSON", e);
        }
        List<String> columns = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode record : array) {
            if (!record.isObject()) {
                throw new IllegalStateException("an item of the array is not an object");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = record.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!columns.contains(field.getKey())) {
                    columns.add(field.getKey());
                }
                row.put(field.getKey(), valueText(field.getValue()));
            }
            rows.add(row);
        }
        return new RecordTable(columns, rows);
    }

    /** A value as text: a list of values one to a line, an object's fields "name: value". */
    private static String valueText(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(valueText(item)));
            return String.join("\n", items);
        }
        if (value.isObject()) {
            List<String> fields = new ArrayList<>();
            value.fields().forEachRemaining(field -> fields.add(fieldName(field.getKey()) + ": "
                    + valueText(field.getValue()).replace('\n', ';')));
            return fields.stream().collect(Collectors.joining("; "));
        }
        return value.asText();
    }
}

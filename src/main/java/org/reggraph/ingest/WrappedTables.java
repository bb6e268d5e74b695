package org.reggraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.NistIdentifier;

/**
 * Reads a Markdown table that a PDF converter wrote one printed line per row, column by column, as its reader
 * does. The NIST Privacy Framework's core came out so: each subcategory's sentence runs down its column over
 * several rows, beside the unrelated lines of its category and function, so a row held the ends of three
 * sentences and the text searched and shown was those rows, pipes and padding included. Read by column, each
 * cell is whole again and each subcategory opens a line of its own, where the segmenter finds its identifier.
 *
 * <p>A table is read so only when it is plainly wrapped: among its cells under a cell that is not empty, at
 * least a third start in lower case, in the middle of a sentence. A table whose rows are records (a term and
 * its meaning, a control and its title) stays as it is, one line per row. Over the shared corpus's two
 * Markdown files with tables the wrapped ones measured 0.36 to 0.78, the rest 0 to 0.12 (or fewer than
 * {@value #MIN_CONTINUATIONS} such cells, which say nothing either way).
 */
final class WrappedTables {
    private static final int MIN_CONTINUATIONS = 8;
    /** Converters write "|--|" under an empty column, shorter than CommonMark's three dashes. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\h*\\|(?:\\h*:?-+:?\\h*\\|)+\\h*");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A NIST identifier and its colon after a cell's first line ("are inventoried ID.IM-P1:", "established and in
     * GV.MT-P5: place to receive"): the converter took the label, printed beside the sentence's first line,
     * after that line. It heads the cell.
     */
    private static final String LABEL = NistIdentifier.SUBCATEGORY + ":";
    private static final Pattern LATE_LABEL = Pattern.compile("(.*?\\S)\\h+(" + LABEL + ")(\\h+.*)?");
    private static final Pattern LEADING_LABEL = Pattern.compile(LABEL);

    private WrappedTables() {
    }

    static String read(String text) {
        if (!text.contains("|")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        // Where the run of rows that line i is in ends: found once per run, so a long run of rows that is no
        // table (no delimiter under its first row) costs its length, not its square.
        int end = 0;
        while (i < lines.length) {
            if (end <= i) {
                end = i;
                while (end < lines.length && isRow(lines[end])) {
                    end++;
                }
            }
            if (end - i >= 3 && DELIMITER_ROW.matcher(lines[i + 1]).matches()) {
                appendTable(out, List.of(lines).subList(i, end));
                i = end;
            } else {
                out.append(lines[i]);
                i++;
            }
            if (i < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean isRow(String line) {
        String stripped = line.strip();
        return stripped.length() > 1 && stripped.charAt(0) == '|' && stripped.charAt(stripped.length() - 1) == '|';
    }

    private static void appendTable(StringBuilder out, List<String> lines) {
        List<List<String>> body = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            body.add(cells(line));
        }
        if (!isWrapped(body)) {
            out.append(String.join("\n", lines));
            return;
        }
        // The header becomes a heading, so the columns read before the one of labelled cells (a subcategory's
        // function and category) make a provision of their own rather than the end of the last subcategory
        // of the page before.
        List<String> header = cells(lines.get(0)).stream().filter(cell -> !cell.isEmpty()).toList();
        out.append(header.isEmpty() ? "" : "#### " + String.join(" | ", header));
        int columns = body.stream().mapToInt(List::size).max().orElse(0);
        for (int column = 0; column < columns; column++) {
            List<String> read = readColumn(body, column);
            if (!read.isEmpty()) {
                out.append("\n\n").append(String.join("\n", read));
            }
        }
    }

    private static List<String> cells(String row) {
        String stripped = row.strip();
        String[] parts = CELL_SEPARATOR.split(stripped.substring(1, stripped.length() - 1), -1);
        List<String> cells = new ArrayList<>(parts.length);
        for (String part : parts) {
            cells.add(SPACES.matcher(part).replaceAll(" ").strip());
        }
        return cells;
    }

    private static boolean isWrapped(List<List<String>> body) {
        int continuing = 0;
        int lowerCase = 0;
        for (int row = 1; row < body.size(); row++) {
            List<String> above = body.get(row - 1);
            List<String> cells = body.get(row);
            for (int column = 0; column < Math.min(above.size(), cells.size()); column++) {
                String cell = cells.get(column);
                if (!cell.isEmpty() && !above.get(column).isEmpty()) {
                    continuing++;
                    if (Character.isLowerCase(cell.charAt(0))) {
                        lowerCase++;
                    }
                }
            }
        }
        return continuing >= MIN_CONTINUATIONS && 3 * lowerCase >= continuing;
    }

    /** A column's cells, each on a line: a line continues the one before unless that one ended a sentence. */
    private static List<String> readColumn(List<List<String>> body, int column) {
        List<String> read = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (List<String> row : body) {
            String piece = column < row.size() ? labelFirst(row.get(column)) : "";
            if (piece.isEmpty()) {
                continue;
            }
            boolean startsCell = LEADING_LABEL.matcher(piece).lookingAt()
                    || Character.isUpperCase(piece.charAt(0)) && endsSentence(cell);
            if (cell.length() > 0 && startsCell) {
                read.add(cell.toString());
                cell.setLength(0);
            }
            if (cell.length() > 0) {
                cell.append(' ');
            }
            cell.append(piece);
        }
        if (cell.length() > 0) {
            read.add(cell.toString());
        }
        return read;
    }

    private static boolean endsSentence(CharSequence cell) {
        char last = cell.length() == 0 ? ' ' : cell.charAt(cell.length() - 1);
        return last == '.' || last == ';';
    }

    private static String labelFirst(String piece) {
        Matcher late = LATE_LABEL.matcher(piece);
        if (!late.matches() || LEADING_LABEL.matcher(piece).lookingAt()) {
            return piece;
        }
        return late.group(2) + " " + late.group(1) + (late.group(3) == null ? "" : late.group(3));
    }
}

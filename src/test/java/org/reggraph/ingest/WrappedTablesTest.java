package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedTablesTest {
    /**
     * An illustrative profile's core, written for this test the way a PDF converter writes such a table: one
     * printed line per row, the subcategories' sentences running down the third column, two labels set after
     * their sentence's first line (one of them in the middle of the row).
     */
    static final String WRAPPED = """
            Table 1: Sample Profile Core

            | Function          | Category                              | Subcategory                                   |  |
            |-------------------|---------------------------------------|-----------------------------------------------|--|
            | MAP-P (MP-P):     | Data Inventory (MP.DI-P): Systems     | MP.DI-P1: Systems that process model          |  |
            | Understand the    | that process data are known<br>and    | weights<br>are listed.                        |  |
            | data a model      | their owners named.                   | Owners of each system and their<br>MP.DI-P2:  |  |
            | depends on.       |                                       | roles are recorded.                           |  |
            |                   |                                       | The places where weights<br>MP.DI-P3: are    |  |
            |                   |                                       | stored in writing and kept current.           |  |
            |                   | Sharing (MP.SH-P): Transfers abroad   | MP.SH-P1: Each transfer of weights abroad is  |  |
            |                   | are authorised before they happen.    | authorised and logged.                        |  |

            After the table.
            """;

    @Test
    void aWrappedTableIsReadColumnByColumnWithEachLabelledCellOnALineOfItsOwn() {
        String read = MarkdownMarkup.read(WRAPPED).text();
        assertEquals("""
                Table 1: Sample Profile Core

                Function | Category | Subcategory

                MAP-P (MP-P): Understand the data a model depends on.

                Data Inventory (MP.DI-P): Systems that process data are known and their owners named.
                Sharing (MP.SH-P): Transfers abroad are authorised before they happen.

                MP.DI-P1: Systems that process model weights are listed.
                MP.DI-P2: Owners of each system and their roles are recorded.
                MP.DI-P3: The places where weights are stored in writing and kept current.
                MP.SH-P1: Each transfer of weights abroad is authorised and logged.

                After the table.
                """, read);
    }

    @Test
    void aTableOfRecordsStaysOneLinePerRow() {
        String records = """
                | Identifier | Name                    |
                |------------|-------------------------|
                | MP-P       | Map                     |
                | MP.DI-P    | Data Inventory          |
                | MP.SH-P    | Sharing                 |
                | GV-P       | Govern                  |
                | GV.PO-P    | Policies                |
                | GV.RM-P    | Risk Management         |
                | CT-P       | Control                 |
                | CT.DM-P    | Data Management         |
                | CM-P       | Communicate             |
                """;
        assertEquals(records, WrappedTables.read(records));
    }

    @Test
    void pipesOutsideATableAndATableWithoutItsDelimiterRowAreLeftAlone() {
        String text = "a | b\n| not | a table |\n| second | line |\n| third | line |\n";
        assertEquals(text, WrappedTables.read(text));
        String longRun = "| row |\n".repeat(200_000);
        assertEquals(longRun, WrappedTables.read(longRun), "a long run of rows with no delimiter, read once");
    }

    @Test
    void aTableStartingInsideARunOfRowsIsFound() {
        String text = "| stray |\n" + WRAPPED.substring(WRAPPED.indexOf("| Function"));
        String read = WrappedTables.read(text);
        assertTrue(read.startsWith("| stray |\n#### Function | Category | Subcategory"), read);
    }

    @Test
    void theSegmenterCutsTheReadTableAtEachSubcategory() {
        MarkdownMarkup.MarkdownText read = MarkdownMarkup.read(WRAPPED);
        String text = read.text();
        List<String> labels = new Segmenter().segment(text, read.headings()).stream()
                .map(provision -> provision.label()).filter(label -> label.contains("-P")).toList();
        assertEquals(List.of("MP.DI-P1", "MP.DI-P2", "MP.DI-P3", "MP.SH-P1"), labels);
        assertTrue(new Segmenter().segment(text, read.headings()).stream()
                .anyMatch(provision -> provision.label().equals("MP.DI-P2")
                        && text.substring(provision.span().start(), provision.span().end())
                        .equals("MP.DI-P2: Owners of each system and their roles are recorded.")),
                "the provision's span is its own line");
    }
}

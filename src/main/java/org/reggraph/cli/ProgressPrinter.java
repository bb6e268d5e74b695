package org.reggraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.reggraph.pipeline.FileOutcome;
import org.reggraph.pipeline.ProgressListener;

/** A progress bar on a terminal, plain lines otherwise (logs, CI), one per file. */
final class ProgressPrinter implements ProgressListener {
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;

    ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void fileDone(int done, int total, FileOutcome outcome) {
        String status = outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (total <= 0) {
            // A streamed collection does not know its size in advance: count without a bar.
            out.printf(Locale.ROOT, "[%d] %s %s%n", done, status, outcome.file());
        } else if (terminal) {
            int filled = done * BAR_WIDTH / total;
            String name = shorten(outcome.file(), 40);
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d %-12s %-40s", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled),
                    done, total, status, name);
            if (done == total) {
                out.println();
            }
        } else {
            out.printf(Locale.ROOT, "[%d/%d] %s %s%n", done, total, status, outcome.file());
        }
        out.flush();
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : "…" + text.substring(text.length() - width + 1);
    }
}

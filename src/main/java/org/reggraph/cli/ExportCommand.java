package org.reggraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.reggraph.RegGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: writes the whole dataset, every named graph, as N-Quads or TriG. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole dataset (every document's named graph) to standard output or a file.")
final class ExportCommand implements Callable<Integer> {
    enum Format { nquads, trig }

    @Mixin
    DataOptions data;

    @Option(names = "--format", defaultValue = "nquads", description = "nquads or trig (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (RegGraph regGraph = RegGraph.open(data.config());
             OutputStream out = output == null ? nonClosing(System.out)
                     : new BufferedOutputStream(Files.newOutputStream(output))) {
            Lang lang = format == Format.trig ? Lang.TRIG : Lang.NQUADS;
            regGraph.store().read(() -> {
                RDFDataMgr.write(out, regGraph.store().dataset(), lang);
                return null;
            });
            out.flush();
        }
        return 0;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}

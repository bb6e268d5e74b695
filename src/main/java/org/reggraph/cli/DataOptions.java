package org.reggraph.cli;

import java.nio.file.Path;
import org.reggraph.config.AppConfig;
import picocli.CommandLine.Option;

/** The data folder option every command that opens a store shares. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder holding the graph (TDB2) and the search index (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = AppConfig.DEFAULT_BASE_IRI,
            description = "Namespace of every IRI RegGraph mints; keep it fixed for stable IRIs "
                    + "(default: ${DEFAULT-VALUE}).")
    String baseIri;

    AppConfig config() {
        return AppConfig.fromEnvironment(dataDir).withBaseIri(baseIri);
    }
}

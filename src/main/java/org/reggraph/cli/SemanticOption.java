package org.reggraph.cli;

import org.reggraph.search.semantic.SemanticMode;
import picocli.CommandLine.Option;

/** Which provisions get a dense vector, shared by the commands that write the index. */
final class SemanticOption {
    @Option(names = "--semantic", paramLabel = "MODE", defaultValue = "passages",
            description = "Which provisions get a dense vector for hybrid search: off, passages (jsonl passages "
                    + "only) or all (slower). Default: ${DEFAULT-VALUE}.")
    String semantic;

    SemanticMode mode() {
        return SemanticMode.parse(semantic);
    }
}

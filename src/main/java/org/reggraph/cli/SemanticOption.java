package org.reggraph.cli;

import java.util.Optional;
import org.reggraph.search.semantic.SemanticMode;
import picocli.CommandLine.Option;

/** Which provisions get a dense vector, shared by the commands that write the index. */
final class SemanticOption {
    @Option(names = "--semantic", paramLabel = "MODE",
            description = "Which provisions get a dense vector for hybrid search: off, passages (jsonl passages "
                    + "only) or all (slower). Default: the mode the store was last written with, else passages.")
    String semantic;

    /** The mode asked for; empty without the option, when the store's index keeps its own. */
    Optional<SemanticMode> mode() {
        return semantic == null ? Optional.empty() : Optional.of(SemanticMode.parse(semantic));
    }
}

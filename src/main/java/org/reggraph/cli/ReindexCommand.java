package org.reggraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.reggraph.RegGraph;
import org.reggraph.search.semantic.SemanticMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reindex}: rebuilds the search index from the graph alone. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the Lucene index from the graph alone; the graph is the system of record.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Mixin
    SemanticOption semantic;

    @Override
    public Integer call() {
        Optional<SemanticMode> mode = semantic.mode();
        try (RegGraph regGraph = RegGraph.openToRebuild(data.config())) {
            mode.ifPresent(regGraph.index()::setSemanticMode);
            int documents = regGraph.reindex();
            System.out.println("reindexed " + documents + " documents from the graph");
        }
        return 0;
    }
}

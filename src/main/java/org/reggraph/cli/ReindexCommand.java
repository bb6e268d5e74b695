package org.reggraph.cli;

import java.util.concurrent.Callable;
import org.reggraph.RegGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reindex}: rebuilds the search index from the graph alone. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the Lucene index from the graph alone; the graph is the system of record.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        try (RegGraph regGraph = RegGraph.open(data.config())) {
            int documents = regGraph.reindex();
            System.out.println("reindexed " + documents + " documents from the graph");
        }
        return 0;
    }
}

package org.reggraph.cli;

import org.reggraph.search.ranking.LearntRanking;
import picocli.CommandLine.Option;

/** The switches for the learnt parts of question ranking, shared by the commands that answer questions. */
final class LearntRankingOptions {
    @Option(names = "--question-map", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Map questions with the adapter learnt on regulatory question-passage pairs (ObliQA) before "
                    + "the dense search; --no-question-map leaves E5's vectors as they are. Acts only where passages "
                    + "have vectors (default: on).")
    boolean questionMap;

    @Option(names = "--reranker", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Reorder the first 50 fused hits with the model learnt on ObliQA, which reads how each side "
                    + "ranked a hit and what else of its document, section and neighbours was found; --no-reranker "
                    + "keeps the fused order. Acts only where passages have vectors (default: on).")
    boolean reranker;

    LearntRanking ranking() {
        return new LearntRanking(questionMap, reranker);
    }
}

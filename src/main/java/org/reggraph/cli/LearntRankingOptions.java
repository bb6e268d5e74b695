package org.reggraph.cli;

import picocli.CommandLine.Option;

/** The switch for the learnt question map, shared by the commands that answer questions. */
final class QuestionMapOption {
    @Option(names = "--question-map", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Map questions with the adapter learnt on regulatory question-passage pairs (ObliQA) before "
                    + "the dense search; --no-question-map leaves E5's vectors as they are. Acts only where passages "
                    + "have vectors (default: on).")
    boolean on;
}

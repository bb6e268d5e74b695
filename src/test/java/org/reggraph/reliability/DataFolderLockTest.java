package org.reggraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.RegGraph;
import org.reggraph.config.AppConfig;

/** One process owns a data folder: a second one, in another JVM, hears so plainly and touches nothing. */
class DataFolderLockTest {
    private static final String IN_USE = "is in use by another RegGraph process";

    @TempDir
    Path workDir;

    @Test
    void aSecondProcessIsToldTheFolderIsInUseAndTheLockDiesWithItsOwner() throws Exception {
        Path data = workDir.resolve("data");
        Path notice = Files.writeString(workDir.resolve("notice.txt"), "Section 1. The holder shall report.\n",
                StandardCharsets.UTF_8);
        try (ChildProcess server = ChildProcess.regGraph("serve", "--data", data.toString(), "--port", "0",
                "--no-samples")) {
            assertTrue(server.awaitLine(line -> line.startsWith("RegGraph is serving"), 120_000), server::output);

            try (ChildProcess second = ChildProcess.regGraph("ingest", "--data", data.toString(), notice.toString())) {
                assertEquals(2, second.awaitExit(120), second::output);
                assertTrue(second.output().contains("data folder " + data + " " + IN_USE), second::output);
            }
            IllegalStateException inProcess = assertThrows(IllegalStateException.class,
                    () -> RegGraph.open(AppConfig.defaults(data)).close());
            assertTrue(inProcess.getMessage().contains(IN_USE), inProcess.getMessage());

            server.killHard();
        }
        try (RegGraph afterKill = RegGraph.open(AppConfig.defaults(data))) {
            assertTrue(afterKill.store().isEmpty(), "a killed owner leaves no lock behind");
        }
    }
}

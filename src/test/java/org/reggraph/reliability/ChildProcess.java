package org.reggraph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A RegGraph command line run in its own JVM on the test's class path, its output collected line by line,
 * so tests can wait for a line, kill the process with SIGKILL, or wait for its exit code.
 */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::collect, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code RegGraphCommand} with the given arguments, output and errors merged. */
    static ChildProcess regGraph(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.reggraph.cli.RegGraphCommand"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("REGGRAPH_TOKEN");
        return new ChildProcess(builder.start());
    }

    private void collect() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process was killed; what was read so far stays
        }
    }

    /** Waits until some output line matches, or the process ends, or the time is up; says whether it matched. */
    boolean awaitLine(Predicate<String> wanted, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (lines.stream().anyMatch(wanted)) {
                return true;
            }
            if (!process.isAlive()) {
                reader.join(1_000);
                return lines.stream().anyMatch(wanted);
            }
            Thread.sleep(20);
        }
        return false;
    }

    long linesMatching(Predicate<String> wanted) {
        return lines.stream().filter(wanted).count();
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            killHard();
            throw new AssertionError("the child process did not finish in " + timeoutSeconds + " s:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killHard();
        }
    }
}

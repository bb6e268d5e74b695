package org.reggraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code reggraph} command; each capability is a subcommand. */
@Command(name = "reggraph", mixinStandardHelpOptions = true, versionProvider = RegGraphCommand.Version.class,
        description = "RegGraph: a knowledge graph of regulation, served for search and SPARQL.",
        subcommands = {IngestCommand.class, SearchCommand.class, ServeCommand.class, ExtractCommand.class,
                ExportCommand.class, ReindexCommand.class,
                CommandLine.HelpCommand.class})
public final class RegGraphCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; errors are printed, never thrown as stack traces. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new RegGraphCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("reggraph: " + e.getMessage());
            return 2;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"reggraph " + org.reggraph.RegGraph.softwareVersion()};
        }
    }
}

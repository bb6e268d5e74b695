package org.reggraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reggraph.config.AppConfig;
import org.reggraph.extract.EntityCatalog;
import org.reggraph.extract.Extractor;
import org.reggraph.extract.KnownEntity;
import org.reggraph.ingest.DocumentDescriber;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.ingest.TextExtractor;
import org.reggraph.model.Citation;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.EntityMention;
import org.reggraph.model.Findings;
import org.reggraph.model.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract}: prints what the extractors find in one file, storing nothing. The text is the plain text
 * the ingest pipeline's Tika wrapper makes, so offsets printed here are the offsets the graph will hold.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the rules, entity mentions and citations found in one file, without storing anything.",
            "JSON lines: one object per finding with a \"type\" of rule, entity or citation; \"text\" is the finding "
                    + "exactly as it appears in the plain text, and \"start\"/\"end\" are UTF-16 char offsets "
                    + "(half-open, as Java strings count) into the plain text Tika makes of the file.",
            "Exit status 0 on success, 1 when the file cannot be read or parsed."})
public final class ExtractCommand implements Callable<Integer> {
    /** How findings are printed. */
    public enum Format { jsonl, text }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to read (any format Tika parses).")
    Path file;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--kind", defaultValue = "auto", paramLabel = "KIND",
            description = "directive, guidance, news or passage; auto reads it from a folder named news or "
                    + "guidance on the file's path, else directive (default: ${DEFAULT-VALUE}).")
    String kind;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentKind documentKind;
        try {
            documentKind = kind.equalsIgnoreCase("auto") ? DocumentDescriber.kindFromPath(file) : DocumentKind.parse(kind);
        } catch (IllegalArgumentException e) {
            err.println("reggraph extract: --kind: " + e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println("reggraph extract: " + file + ": no such file");
            return 1;
        }
        ParsedText parsed;
        try (TextExtractor parser = new TextExtractor(AppConfig.DEFAULT_MAX_TEXT_CHARS, AppConfig.DEFAULT_PARSE_TIMEOUT)) {
            parsed = parser.extract(file, file.toString());
        } catch (IngestException e) {
            err.println("reggraph extract: " + e.getMessage());
            return 1;
        }
        String text = parsed.text();
        Findings findings = new Extractor().extract(text, documentKind, parsed.headings());
        if (format == Format.text) {
            printText(out, text, findings);
        } else {
            printJsonLines(out, text, findings);
        }
        out.flush();
        return 0;
    }

    private static void printJsonLines(PrintWriter out, String text, Findings findings) throws JsonProcessingException {
        EntityCatalog catalog = EntityCatalog.standard();
        for (Rule rule : findings.rules()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "rule");
            line.put("modality", rule.modality().label());
            line.put("text", rule.span().of(text));
            line.put("start", rule.span().start());
            line.put("end", rule.span().end());
            line.put("bearer", rule.bearer());
            line.put("bearerEntity", catalog.bearerNamedIn(rule.bearer()).map(KnownEntity::key).orElse(null));
            line.put("action", rule.action());
            line.put("object", rule.object());
            line.put("condition", rule.condition());
            line.put("exception", rule.exception());
            line.put("deadline", rule.deadline());
            line.put("penalty", rule.penalty());
            line.put("reported", rule.reported());
            out.println(JSON.writeValueAsString(line));
        }
        for (EntityMention mention : findings.entities()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "entity");
            line.put("key", mention.key());
            line.put("entityType", mention.type().label());
            line.put("label", mention.preferredLabel());
            line.put("text", mention.span().of(text));
            line.put("start", mention.span().start());
            line.put("end", mention.span().end());
            out.println(JSON.writeValueAsString(line));
        }
        for (Citation citation : findings.citations()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "citation");
            line.put("citationType", citation.type().name().toLowerCase(Locale.ROOT));
            line.put("targetKey", citation.targetKey());
            if (citation.pinpoint() != null) {
                line.put("pinpoint", citation.pinpoint());
            }
            line.put("relation", citation.relation().name().toLowerCase(Locale.ROOT));
            line.put("text", citation.surface());
            line.put("start", citation.span().start());
            line.put("end", citation.span().end());
            out.println(JSON.writeValueAsString(line));
        }
    }

    private static void printText(PrintWriter out, String text, Findings findings) {
        out.printf(Locale.ROOT, "%d rules, %d entity mentions, %d citations%n", findings.rules().size(),
                findings.entities().size(), findings.citations().size());
        for (Rule rule : findings.rules()) {
            out.printf(Locale.ROOT, "%n[%d,%d) %s%s: %s%n", rule.span().start(), rule.span().end(),
                    rule.modality().label(), rule.reported() ? " (reported)" : "", oneLine(rule.span().of(text)));
            printPart(out, "bearer", rule.bearer());
            printPart(out, "action", rule.action());
            printPart(out, "object", rule.object());
            printPart(out, "condition", rule.condition());
            printPart(out, "exception", rule.exception());
            printPart(out, "deadline", rule.deadline());
            printPart(out, "penalty", rule.penalty());
        }
        out.println();
        for (EntityMention mention : findings.entities()) {
            out.printf(Locale.ROOT, "[%d,%d) entity %s (%s): %s%n", mention.span().start(), mention.span().end(),
                    mention.key(), mention.type().label(), oneLine(mention.span().of(text)));
        }
        out.println();
        for (Citation citation : findings.citations()) {
            out.printf(Locale.ROOT, "[%d,%d) citation %s %s -> %s: %s%n", citation.span().start(), citation.span().end(),
                    citation.relation().name().toLowerCase(Locale.ROOT), citation.type().name().toLowerCase(Locale.ROOT),
                    citation.targetKey() + (citation.pinpoint() == null ? "" : " at " + citation.pinpoint()),
                    oneLine(citation.surface()));
        }
    }

    private static void printPart(PrintWriter out, String name, String value) {
        if (value != null) {
            out.printf(Locale.ROOT, "    %-9s %s%n", name, value);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}

package org.reggraph.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.reggraph.ingest.FailureKind;
import org.reggraph.pipeline.FileOutcome.Status;

/**
 * The hostile-file suite: every file an analyst might drop on RegGraph by mistake or by malice, written by
 * the test into a folder, each with the outcome RegGraph must give it. Run as a main class it writes the
 * files to a folder, for ingesting them through the jar in a small heap:
 * {@code java -cp target/test-classes:target/reggraph.jar org.reggraph.reliability.HostileFiles DIR}.
 */
public final class HostileFiles {
    /** A secret in a local file that an external entity tries to read into the stored text. */
    public static final String SECRET_MARKER = "SECRET-MARKER-7f3a9c";
    /** One gibibyte: what the compression bombs inflate to. */
    static final long BOMB_BYTES = 1L << 30;
    /** A sentence each stored file must carry through, proving its text was read correctly. */
    static final String CONTROL_SENTENCE = "The exporter shall keep records for five years.";

    /** One hostile file: its name, what it is, how to make it, and what RegGraph must do with it. */
    public record Case(String fileName, String description, Status status, FailureKind failure, Maker maker) {
        boolean stored() {
            return status == Status.STORED;
        }
    }

    @FunctionalInterface
    interface Maker {
        void make(Path file, Path folder) throws Exception;
    }

    private HostileFiles() {
    }

    static List<Case> cases() {
        return List.of(
                new Case("empty.txt", "zero bytes", Status.FAILED, FailureKind.EMPTY,
                        (file, folder) -> Files.write(file, new byte[0])),
                new Case("blank.txt", "only whitespace and line ends", Status.FAILED, FailureKind.EMPTY,
                        (file, folder) -> Files.writeString(file, " \n\n\t \n", UTF_8)),
                new Case("random.bin", "64 KiB of random bytes", Status.FAILED, FailureKind.UNSUPPORTED_TYPE,
                        (file, folder) -> Files.write(file, randomBytes(64 * 1024))),
                new Case("corrupt.pdf", "a PDF header followed by random bytes", Status.FAILED, FailureKind.CORRUPT,
                        (file, folder) -> Files.write(file, concat("%PDF-1.7\n".getBytes(UTF_8), randomBytes(32 * 1024)))),
                new Case("truncated.pdf", "a real PDF cut after 60% of its bytes", Status.FAILED, FailureKind.CORRUPT,
                        (file, folder) -> {
                            HostileDocuments.pdf(file, CONTROL_SENTENCE, null);
                            byte[] whole = Files.readAllBytes(file);
                            Files.write(file, Arrays.copyOf(whole, whole.length * 6 / 10));
                        }),
                new Case("encrypted.pdf", "a PDF that needs a user password (PDFBox, AES-128)",
                        Status.FAILED, FailureKind.ENCRYPTED,
                        (file, folder) -> HostileDocuments.pdf(file, CONTROL_SENTENCE, HostileDocuments.userPassword())),
                new Case("owner-password.pdf", "a PDF encrypted with an owner password only (opens without one)",
                        Status.STORED, null,
                        (file, folder) -> HostileDocuments.pdf(file, CONTROL_SENTENCE,
                                HostileDocuments.ownerPasswordOnly())),
                new Case("encrypted.docx", "a DOCX encrypted with a password (POI, agile encryption)",
                        Status.FAILED, FailureKind.ENCRYPTED,
                        (file, folder) -> HostileDocuments.encryptedDocx(file, CONTROL_SENTENCE)),
                new Case("not-really.docx", "plain text named .docx", Status.STORED, null,
                        (file, folder) -> Files.writeString(file, CONTROL_SENTENCE + "\n", UTF_8)),
                new Case("html-named.pdf", "an HTML page named .pdf", Status.STORED, null,
                        (file, folder) -> Files.writeString(file, "<!DOCTYPE html><html><head><title>Notice</title>"
                                + "</head><body><p>" + CONTROL_SENTENCE + "</p></body></html>", UTF_8)),
                new Case("xxe.xml", "XML whose external entity reads a local secret file", Status.STORED, null,
                        (file, folder) -> Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE notice [\n"
                                + "  <!ENTITY secret SYSTEM \"" + secretFile(folder).toUri() + "\">\n]>\n"
                                + "<notice><p>" + CONTROL_SENTENCE + "</p><p>&secret;</p></notice>\n", UTF_8)),
                new Case("xxe-parameter.xml", "XML whose external DTD and parameter entity read a local secret",
                        Status.STORED, null,
                        (file, folder) -> Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE notice SYSTEM \""
                                + secretFile(folder).toUri() + "\" [\n  <!ENTITY % leak SYSTEM \""
                                + secretFile(folder).toUri() + "\">\n  %leak;\n]>\n<notice><p>" + CONTROL_SENTENCE
                                + "</p></notice>\n", UTF_8)),
                new Case("billion-laughs.xml", "XML entity expansion bomb (10^9 copies of 'lol')",
                        Status.FAILED, FailureKind.CORRUPT, (file, folder) -> Files.writeString(file, billionLaughs(), UTF_8)),
                new Case("bomb.docx", "a 3.5 MiB DOCX whose body inflates to 1 GiB", Status.FAILED, FailureKind.TOO_LARGE,
                        (file, folder) -> HostileDocuments.docxBomb(file, BOMB_BYTES)),
                new Case("bomb.zip", "a 1.5 MiB zip whose one text member inflates to 1 GiB", Status.FAILED,
                        FailureKind.TOO_LARGE, (file, folder) -> HostileDocuments.zipBomb(file, BOMB_BYTES)),
                new Case("deep.html", "HTML with 100,000 nested div elements", Status.STORED, null,
                        (file, folder) -> Files.writeString(file, "<html><body>" + "<div>".repeat(100_000)
                                + CONTROL_SENTENCE + "</div>".repeat(100_000) + "</body></html>", UTF_8)),
                new Case("unclosed-comments.md", "Markdown with 200,000 HTML comments opened and never closed",
                        Status.STORED, null, (file, folder) -> Files.writeString(file,
                                "<!-- ".repeat(200_000) + "\n\n" + CONTROL_SENTENCE + "\n", UTF_8)),
                new Case("unclosed-links.md", "Markdown with one line of 200,000 links and emphasis opened and never closed",
                        Status.STORED, null, (file, folder) -> Files.writeString(file,
                                "[a](b**".repeat(200_000) + "\n\n" + CONTROL_SENTENCE + "\n", UTF_8)),
                new Case("huge.txt", "25 million characters of text, over the 20 million limit", Status.FAILED,
                        FailureKind.TOO_LARGE, (file, folder) -> writeHugeText(file, 25_000_000L)),
                new Case("nul-bytes.txt", "text with NUL bytes between sentences", Status.STORED, null,
                        (file, folder) -> Files.write(file, concat((CONTROL_SENTENCE + "\u0000\u0000 ").getBytes(UTF_8),
                                "Section 2. The holder must report.\n".repeat(20).getBytes(UTF_8)))),
                new Case("windows-1252.txt", "text in windows-1252, not UTF-8", Status.STORED, null,
                        (file, folder) -> Files.write(file, legacyText().getBytes(Charset.forName("windows-1252")))),
                new Case("utf-16.txt", "text in UTF-16 with a byte order mark", Status.STORED, null,
                        (file, folder) -> Files.write(file, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                                legacyText().getBytes(StandardCharsets.UTF_16BE)))),
                new Case("notice; rm -rf ~ $(touch pwned) `touch pwned2` & echo 'x' | cat > y.txt",
                        "a file name with spaces, quotes and shell metacharacters", Status.STORED, null,
                        (file, folder) -> Files.writeString(file, "Notice. " + CONTROL_SENTENCE + "\n", UTF_8)),
                new Case("zz-control.txt", "an ordinary notice after all the hostile ones", Status.STORED, null,
                        (file, folder) -> Files.writeString(file, "Section 1. " + CONTROL_SENTENCE + "\n", UTF_8)));
    }

    /** Writes every case into {@code folder} (and the secret the entities aim at, outside it). */
    static List<Case> writeAll(Path folder) throws Exception {
        Files.createDirectories(folder);
        List<Case> cases = cases();
        for (Case hostile : cases) {
            hostile.maker().make(folder.resolve(hostile.fileName()), folder);
        }
        return cases;
    }

    /** The local file external entities try to read; beside the folder, so it is not ingested itself. */
    static Path secretFile(Path folder) throws IOException {
        Path secret = folder.toAbsolutePath().getParent().resolve("secret-" + folder.getFileName() + ".txt");
        if (!Files.exists(secret)) {
            Files.writeString(secret, SECRET_MARKER + "\n", UTF_8);
        }
        return secret;
    }

    /** Text with letters outside ASCII that a wrong decoding would garble. */
    static String legacyText() {
        return ("Règlement spécial : l'exportateur doit déclarer les modèles. Größe und Übermaß sind zu melden. "
                + "Señal de exportación.\n").repeat(8);
    }

    private static String billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            xml.append(" <!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level == 1 ? "" : String.valueOf(level - 1)) + ";").repeat(10)).append("\">\n");
        }
        return xml.append("]>\n<lolz>&lol9;</lolz>\n").toString();
    }

    private static void writeHugeText(Path file, long chars) throws IOException {
        String line = "Section 9. The holder shall keep the weights secure and report every transfer.\n";
        try (var out = Files.newBufferedWriter(file, UTF_8)) {
            for (long written = 0; written < chars; written += line.length()) {
                out.write(line);
            }
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes); // fixed seed: the same file on every run
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: HostileFiles FOLDER");
            System.exit(2);
        }
        for (Case hostile : writeAll(Path.of(args[0]))) {
            System.out.println(hostile.fileName() + "\t" + hostile.description());
        }
    }
}

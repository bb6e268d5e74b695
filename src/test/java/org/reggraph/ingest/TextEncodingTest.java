package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text is read in the encoding it was written in, however little of it is not ASCII. */
class TextEncodingTest {
    private static final String RULE = "§ 744.23 Advanced AI model weights.\n(a) You must obtain a license.\n";

    @TempDir
    Path folder;

    @Test
    void aShortUtf8FileWithOneSectionSignIsReadAsUtf8() throws Exception {
        // Tika alone read this file as TIS-620: the section sign came out as two Thai letters.
        assertEquals(RULE.strip(), extract("rule.txt", RULE, StandardCharsets.UTF_8).strip());
    }

    @Test
    void aFileInALegacyEncodingStillReachesTikasDetectors() throws Exception {
        String german = "Die Verordnung gilt für alle Anbieter. Maßnahmen müssen dokumentiert werden. ".repeat(20);
        assertEquals(german.strip(), extract("verordnung.txt", german, Charset.forName("windows-1252")).strip());
    }

    @Test
    void wellFormedUtf8IsToldFromOtherBytes() {
        assertTrue(Utf8FirstEncodingDetector.isUtf8("plain ASCII".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(Utf8FirstEncodingDetector.isUtf8("§ 744.23".getBytes(StandardCharsets.UTF_8)));
        byte[] cut = "Maßnahme".getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8FirstEncodingDetector.isUtf8(java.util.Arrays.copyOf(cut, 3)), "a sequence cut by the end");
        assertFalse(Utf8FirstEncodingDetector.isUtf8("Maßnahme".getBytes(Charset.forName("windows-1252"))));
        assertFalse(Utf8FirstEncodingDetector.isUtf8("rule".getBytes(StandardCharsets.UTF_16LE)), "NUL bytes");
    }

    private String extract(String name, String text, Charset charset) throws IOException, IngestException {
        Path file = Files.write(folder.resolve(name), text.getBytes(charset));
        try (TextExtractor extractor = new TextExtractor(1_000_000, Duration.ofSeconds(30))) {
            return extractor.extract(file, name).text();
        }
    }
}

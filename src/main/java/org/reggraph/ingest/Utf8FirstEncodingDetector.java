package org.reggraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Reads text as UTF-8 when its first bytes are well-formed UTF-8, and asks Tika's detectors otherwise. Tika
 * guesses from byte statistics, which a short file gives too few of: a UTF-8 file whose only non-ASCII
 * character was a section sign came out as two Thai letters (TIS-620), and "§ 744.23" was no longer a section
 * mark. Legacy encodings put bytes above 0x7F that are almost never well-formed UTF-8, so they still reach
 * Tika's detectors, and so does anything holding NUL bytes (UTF-16 without a byte order mark).
 */
final class Utf8FirstEncodingDetector implements EncodingDetector {
    /** How much of the stream is checked: enough to meet a legacy encoding's first accented letter. */
    private static final int LOOK_AHEAD = 64 * 1024;

    private final EncodingDetector fallback;

    /** {@code fallback}: Tika's detectors, asked about whatever is not well-formed UTF-8. */
    Utf8FirstEncodingDetector(EncodingDetector fallback) {
        this.fallback = fallback;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return fallback.detect(null, metadata);
        }
        input.mark(LOOK_AHEAD);
        byte[] head;
        try {
            head = input.readNBytes(LOOK_AHEAD);
        } finally {
            input.reset();
        }
        return head.length > 0 && isUtf8(head) ? StandardCharsets.UTF_8 : fallback.detect(input, metadata);
    }

    /** Well-formed UTF-8 without NUL; a sequence cut by the end of {@code bytes} does not count against it. */
    static boolean isUtf8(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, false);
        return !result.isError();
    }
}

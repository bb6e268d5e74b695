package org.reggraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical identifiers of legal and guidance instruments, as short IRI-safe keys. A document whose text or
 * metadata declares one of these takes it as its identity; a citation that names one resolves to that
 * document. Both sides must build keys here, or they will not meet.
 */
public final class CanonicalId {
    private static final Pattern NOT_KEY_CHAR = Pattern.compile("[^a-z0-9]+");

    private CanonicalId() {
    }

    /** "14110" -> {@code eo-14110}. */
    public static String executiveOrder(String number) {
        return "eo-" + slug(number);
    }

    /** Federal Register document number "2025-00636" -> {@code fr-2025-00636}. */
    public static String federalRegisterDocument(String number) {
        return "fr-" + slug(number);
    }

    /**
     * A Federal Register page citation, volume 90 page 4544 ("90 FR 4544") -> {@code fr-90-4544}. Cannot meet a
     * document number key: those start with a four-digit year.
     */
    public static String federalRegisterPage(int volume, String page) {
        return "fr-" + volume + "-" + slug(page);
    }

    /** "Regulation", "2024/1689" -> {@code eu-regulation-2024-1689}. */
    public static String euAct(String form, String number) {
        return "eu-" + slug(form) + "-" + slug(number);
    }

    /** CELEX "32024R1689" -> {@code celex-32024r1689}. */
    public static String celex(String number) {
        return "celex-" + slug(number);
    }

    /** "AI 100-1", "SP 800-53" (revision left out: a revision is a version) -> {@code nist-ai-100-1}. */
    public static String nistPublication(String series, String number) {
        return "nist-" + slug(series) + "-" + slug(number);
    }

    /** "M-24-10" -> {@code omb-m-24-10}. */
    public static String ombMemorandum(String number) {
        return "omb-" + slug(number);
    }

    /** "NSM", "25" -> {@code nsm-25}; "NSPM", "11" -> {@code nspm-11}. */
    public static String presidentialMemorandum(String series, String number) {
        return slug(series) + "-" + slug(number);
    }

    /** Title 15, "744.23" -> {@code cfr-15-744-23}; a part "744" -> {@code cfr-15-744}. */
    public static String cfr(int title, String sectionOrPart) {
        return "cfr-" + title + "-" + slug(sectionOrPart);
    }

    /** Title 10, "3252" -> {@code usc-10-3252}. */
    public static String usc(int title, String section) {
        return "usc-" + title + "-" + slug(section);
    }

    /** "118-31" -> {@code pl-118-31}. */
    public static String publicLaw(String number) {
        return "pl-" + slug(number);
    }

    /** "4E091" -> {@code eccn-4e091}. */
    public static String eccn(String number) {
        return "eccn-" + slug(number);
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; never empty. */
    /**
     * A Chinese instrument by its title: {@code cn-} and the first 16 hex digits of the SHA-256 of the title
     * without its book-title marks, blanks and the state's name (中华人民共和国网络安全法 and 网络安全法 are one
     * law). Chinese titles have no number to key them by, and a key must be IRI-safe.
     */
    public static String chineseInstrument(String title) {
        String normalized = title.replaceAll("[《》〈〉\\s\\u3000]", "").replaceFirst("^中华人民共和国", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8));
            return "cn-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    public static String slug(String text) {
        String slug = NOT_KEY_CHAR.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}

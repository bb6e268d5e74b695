package org.reggraph.api;

/**
 * Turns the file name a client sent into a safe name for a temporary copy: no folders, no leading dots,
 * no control or shell characters, bounded length; the extension survives because it helps Tika detect the type.
 */
final class UploadNames {
    static final int MAX_CHARS = 120;
    static final String FALLBACK = "upload";

    private UploadNames() {
    }

    static String sanitize(String sent) {
        String name = sent == null ? "" : sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> safe.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'
                || c == ' ' ? Character.toString(c) : "_"));
        String cleaned = safe.toString().strip().replaceAll("^[.\\s]+", "");
        if (cleaned.length() > MAX_CHARS) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_CHARS - extension.length()) + extension;
        }
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_' || c == '.') ? FALLBACK : cleaned;
    }
}

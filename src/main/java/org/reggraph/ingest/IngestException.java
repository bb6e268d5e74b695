package org.reggraph.ingest;

/** A typed failure of one source file. The message is for people and always names the file. */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;
    private final FailureKind kind;
    private final String fileName;

    public IngestException(FailureKind kind, String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.kind = kind;
        this.fileName = fileName;
    }

    public IngestException(FailureKind kind, String fileName, String reason) {
        this(kind, fileName, reason, null);
    }

    public FailureKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    /** The reason without the file name in front. */
    public String reason() {
        String message = getMessage();
        return message.substring(fileName.length() + 2);
    }
}

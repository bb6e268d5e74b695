package org.reggraph.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.reggraph.pipeline.FileOutcome;
import org.reggraph.pipeline.IngestPipeline;

/**
 * {@code POST /api/v1/documents}: multipart upload of one or more files, each stored through the same
 * pipeline as {@code ingest}, from a temporary copy named after the sanitized upload name. Needs the write
 * token. Answers 201 with every file's outcome, or, when a file is refused, the status its failure maps to
 * (415 unsupported, 422 broken, 413 too large) with a message that names each refused file.
 */
final class UploadController {
    private final IngestPipeline pipeline;
    private final AuthGuard auth;
    private final long maxUploadBytes;

    UploadController(IngestPipeline pipeline, AuthGuard auth, long maxUploadBytes) {
        this.pipeline = pipeline;
        this.auth = auth;
        this.maxUploadBytes = maxUploadBytes;
    }

    void upload(Context ctx) {
        auth.requireWriter(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxUploadBytes) {
            discardModestOverflow(ctx, declared);
            throw new ApiException(413, "the upload is " + declared + " bytes; the limit is " + maxUploadBytes);
        }
        List<UploadedFile> files = uploadedFiles(ctx);
        if (files.isEmpty()) {
            throw ApiException.badRequest("no file in the request: send multipart/form-data with one or more file parts");
        }
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (UploadedFile file : files) {
            outcomes.add(store(file));
        }
        List<FileOutcome> refused = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.FAILED).toList();
        if (!refused.isEmpty()) {
            throw refusal(refused, outcomes.size());
        }
        boolean anyNew = outcomes.stream().anyMatch(o -> o.status() != FileOutcome.Status.UNCHANGED);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files", outcomes.stream().map(UploadController::describe).toList());
        ctx.status(anyNew ? 201 : 200).json(body);
    }

    /**
     * Reads and drops a body up to twice the limit before the 413 is sent. Answered unread, a body larger
     * than the socket's buffers is still being written when the server closes the connection, and the client
     * sees a reset instead of the answer (measured: the test of this answer failed so, now and then). A body
     * beyond twice the limit is not read: the connection is closed on it, as before.
     */
    private void discardModestOverflow(Context ctx, long declared) {
        if (declared > 2 * maxUploadBytes) {
            return;
        }
        try (InputStream body = ctx.req().getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private List<UploadedFile> uploadedFiles(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(415, "send the files as multipart/form-data, not " + (type == null ? "no content type" : type));
        }
        try {
            return ctx.uploadedFiles();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceed") || message.contains("too large") || message.contains("max")) {
                throw new ApiException(413, "the upload is larger than the limit of " + maxUploadBytes + " bytes");
            }
            throw ApiException.badRequest("the multipart body could not be read");
        }
    }

    private FileOutcome store(UploadedFile upload) {
        String name = UploadNames.sanitize(upload.filename());
        Path folder = null;
        try {
            folder = Files.createTempDirectory("reggraph-upload");
            Path copy = folder.resolve(name);
            try (InputStream content = upload.content()) {
                Files.copy(content, copy);
            }
            return pipeline.ingestFile(copy, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file " + name, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static ApiException refusal(List<FileOutcome> refused, int total) {
        int status = refused.get(0).failure().httpStatus();
        StringBuilder message = new StringBuilder();
        for (FileOutcome failure : refused) {
            message.append(message.length() == 0 ? "" : "; ").append(failure.file()).append(": ").append(failure.reason());
        }
        if (refused.size() < total) {
            message.append(" (").append(total - refused.size()).append(" other file(s) of the upload were stored)");
        }
        return new ApiException(status, message.toString());
    }

    private static Map<String, Object> describe(FileOutcome outcome) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", outcome.file());
        file.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        file.put("document", outcome.documentId());
        file.put("provisions", outcome.provisions());
        file.put("rules", outcome.rules());
        return file;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless; the OS cleans its temp space
        }
    }
}

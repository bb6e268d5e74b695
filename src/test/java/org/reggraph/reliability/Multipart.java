package org.reggraph.reliability;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body built by hand, so the tests send exactly the bytes and names they mean to. */
final class Multipart {
    private final String boundary = "reggraph-" + UUID.randomUUID();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    Multipart file(String fileName, byte[] content) {
        files.put(fileName, content);
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + name.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }
}

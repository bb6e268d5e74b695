package org.reggraph.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Builds real office documents for the hostile-file suite with the libraries Tika itself reads them with
 * (PDFBox, POI), so every broken or encrypted file is made by the test, never committed as a binary.
 */
final class HostileDocuments {
    static final String PASSWORD = "correct horse";

    private HostileDocuments() {
    }

    static void pdf(Path file, String text, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                document.protect(protection);
            }
            document.save(file.toFile());
        }
    }

    /** Encrypted so that opening needs a password. */
    static StandardProtectionPolicy userPassword() {
        return new StandardProtectionPolicy("owner secret", PASSWORD, new AccessPermission());
    }

    /** Encrypted with an empty user password: readable by anyone, as many published PDFs are. */
    static StandardProtectionPolicy ownerPasswordOnly() {
        return new StandardProtectionPolicy("owner secret", "", new AccessPermission());
    }

    static void docx(Path file, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
        }
    }

    /** A DOCX inside an OLE2 container encrypted with the agile scheme, as Word saves "Encrypt with Password". */
    static void encryptedDocx(Path file, String text) throws Exception {
        Path plain = Files.createTempFile(file.getParent(), "plain", ".docx");
        docx(plain, text);
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        Files.delete(plain);
    }

    /**
     * A well-formed DOCX whose body part inflates to {@code inflatedBytes}: the members of a real DOCX are
     * copied, the main part is replaced by one paragraph repeated until the size is reached.
     */
    static void docxBomb(Path file, long inflatedBytes) throws IOException {
        Path plain = Files.createTempFile(file.getParent(), "plain", ".docx");
        docx(plain, "seed");
        try (ZipFile source = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writeRepeatedBody(out, inflatedBytes);
                } else {
                    source.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.delete(plain);
    }

    private static void writeRepeatedBody(OutputStream out, long inflatedBytes) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
        byte[] paragraph = "<w:p><w:r><w:t>The exporter shall hold a licence. </w:t></w:r></w:p>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] chunk = repeat(paragraph, 1 << 20);
        for (long written = 0; written < inflatedBytes; written += chunk.length) {
            out.write(chunk);
        }
        out.write("</w:body></w:document>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A plain zip archive with one text member that inflates to {@code inflatedBytes} of spaces and words. */
    static void zipBomb(Path file, long inflatedBytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("notice.txt"));
            byte[] chunk = repeat("licence ".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 1 << 20);
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                out.write(chunk);
            }
            out.closeEntry();
        }
    }

    private static byte[] repeat(byte[] unit, int approximateSize) {
        int copies = Math.max(1, approximateSize / unit.length);
        byte[] chunk = new byte[copies * unit.length];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(unit, 0, chunk, i * unit.length, unit.length);
        }
        return chunk;
    }
}

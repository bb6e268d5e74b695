package org.reggraph.ingest.clml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reggraph.ingest.FailureKind;
import org.reggraph.ingest.IngestException;
import org.reggraph.ingest.ParsedText;
import org.reggraph.model.Provision;
import org.reggraph.testing.StructuredFiles;
import org.reggraph.testing.TestPaths;

/** An illustrative act in legislation.gov.uk's XML reads as its sections, cited as they are. */
class UkLegislationTest {
    private static final long LIMIT = 1_000_000;
    private static final Path ACT = TestPaths.repository()
            .resolve("src/test/resources/clml/ai-model-weights-security-act-2099.xml");

    @TempDir
    Path folder;

    @Test
    void sectionsSubsectionsAndParagraphsAreProvisionsLabelledAsTheyAreCited() throws IngestException {
        ParsedText act = read(ACT);
        assertEquals(List.of("", "Section 1", "Section 1(1)", "Section 1(1)(a)", "Section 1(1)(b)", "Section 1(1)",
                        "Section 1(2)", "Section 1A", "Section 2", "Schedule 1, paragraph 1", "F1", "M1"),
                act.provisions().stream().map(Provision::label).toList());
        assertEquals(List.of(
                        "AI Model Weights (Security) Act 2099\n2099 c. 99\nAn Act to make provision about the security "
                                + "of the weights of advanced AI models; and for connected purposes.\n[1st March 2099]\n"
                                + "Be it enacted as follows:—",
                        "1 Security of model weights.",
                        "(1) A developer of a covered model must—",
                        "(a) keep its weights in a secure facility, or in a facility certified under section 1A; and",
                        "(b) record every copy made of them,",
                        "and a developer who fails to do so commits an offence.",
                        "(2) A person guilty of an offence under this section is liable to a fine.",
                        "1A Certified facilities.\nThe Secretary of State may certify a facility as secure—\n"
                                + "(a) on application by its operator; or\n(b) of the Secretary of State's own motion.",
                        "2 Amendment of the Example Act 2098.\nAfter section 4 of the Example Act 2098 insert—\n"
                                + "(4A) This section applies to model weights.",
                        "1 A model is covered if it was trained with more than 10^26 operations.",
                        "F1 Words in s. 1(1)(a) and s. 1A inserted (1.1.2100) by Example Amendment Act 2099 (c. 100), s. 3.",
                        "M1 2098 c. 1."),
                act.provisions().stream().map(provision -> provision.span().of(act.text())).toList(),
                "inserted words read as current text; the amended act's section 4A stays words of section 2");
        assertEquals("1 Security of model weights.", act.provisions().get(3).heading(), "paragraphs carry their section");
        assertEquals("SCHEDULE 1 Covered models", act.provisions().get(9).heading());
        assertEquals("Textual Amendments", act.provisions().get(10).heading());
    }

    @Test
    void theActsTitleAndDateAreItsOwn() throws IngestException {
        ParsedText act = read(ACT);
        assertEquals("AI Model Weights (Security) Act 2099", act.metadata("dc:title"));
        assertEquals("2099-03-01", act.metadata("dcterms:created"));
    }

    @Test
    void regulationsAreCitedByRegulation() throws IOException, IngestException {
        Path instrument = write("si.xml", """
                <Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"><Secondary>
                  <SecondaryPrelims><Title>The Model Weights (Records) Regulations 2099</Title></SecondaryPrelims>
                  <Body><P1group><Title>Records</Title><P1><Pnumber>3</Pnumber><P1para><P2><Pnumber>1</Pnumber>
                    <P2para><Text>A developer must keep a record.</Text></P2para></P2></P1para></P1></P1group></Body>
                </Secondary></Legislation>
                """);
        assertEquals(List.of("", "Regulation 3", "Regulation 3(1)"),
                read(instrument).provisions().stream().map(Provision::label).toList());
    }

    @Test
    void otherXmlIsLeftToTikaAndBrokenLegislationFailsWithItsName() throws IOException, IngestException {
        Path other = write("other.xml", "<doc><p>Section 1. Not legislation.gov.uk's XML.</p></doc>");
        assertTrue(StructuredFiles.read(UkLegislation::read, other, "other.xml", LIMIT).isEmpty());
        Path broken = write("broken.xml",
                "<Legislation xmlns=\"http://www.legislation.gov.uk/namespaces/legislation\"><Primary>");
        IngestException failure = assertThrows(IngestException.class,
                () -> StructuredFiles.read(UkLegislation::read, broken, "in/broken.xml", LIMIT));
        assertEquals(FailureKind.CORRUPT, failure.kind());
        assertTrue(failure.getMessage().contains("in/broken.xml") && failure.getMessage().contains("not well-formed"),
                failure.getMessage());
    }

    private static ParsedText read(Path file) throws IngestException {
        return StructuredFiles.read(UkLegislation::read, file, file.getFileName().toString(), LIMIT).orElseThrow();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}

package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reggraph.extract.EntityCatalog;
import org.reggraph.model.DocumentKind;

/** Who issued a document no manifest describes, from what it says of itself. The texts are our own. */
class IssuerFinderTest {
    @Test
    void aFederalRegisterAgencyLineNamesAnAgencyTheCatalogDoesNotKnow() {
        String rule = """
                DEPARTMENT OF EXAMPLES
                Office of Illustrative Rules
                12 CFR Part 999
                Sample Reporting Requirements
                AGENCY: Office of Illustrative Rules, Department of Examples.
                ACTION: Final rule.
                SUMMARY: This rule asks the National Institute of Standards and Technology for nothing.
                """;
        IssuingBody issuer = find(rule, Map.of(), null, DocumentKind.DIRECTIVE).orElseThrow();
        assertEquals("Office of Illustrative Rules, Department of Examples", issuer.name());
        assertEquals("US", issuer.jurisdiction());
    }

    @Test
    void anAgencyLineNamingAKnownBodyGivesItsCatalogName() {
        String rule = "DEPARTMENT OF COMMERCE\nSample rule\nAGENCY:\nBureau of Industry and Security, Commerce.\n";
        assertEquals("Bureau of Industry and Security", name(find(rule, Map.of(), null, DocumentKind.DIRECTIVE)));
    }

    @Test
    void actsAndOrdersAreKnownByTheirHeadingsAndEnactingFormulas() {
        assertEquals("European Parliament and Council of the European Union", name(find(
                "Official Journal\nREGULATION (EU) 2099/1 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\n\nof 1\u00A0June 2099\n",
                Map.of(), null, DocumentKind.DIRECTIVE)));
        assertEquals("European Commission", name(find("COMMISSION IMPLEMENTING REGULATION (EU) 2099/2\nof 2 June 2099\n",
                Map.of(), null, DocumentKind.DIRECTIVE)));
        assertEquals("The White House", name(find("  By the authority vested in me as President by the Constitution and\n"
                + "the laws of the United States of America, it is hereby ordered:", Map.of(), null, DocumentKind.DIRECTIVE)));
        IssuingBody parliament = find("Sample Act 2099\nBe it enacted by the King's most Excellent Majesty, by and with ...",
                Map.of(), null, DocumentKind.DIRECTIVE).orElseThrow();
        assertEquals("UK Parliament", parliament.name());
        assertEquals("UK", parliament.jurisdiction());
    }

    @Test
    void anActCitedInRunningTextIsNotTheDocumentsMaker() {
        String guidance = "This note explains how Regulation (EU) 2016/679 of the European Parliament and of the Council "
                + "applies to the examples below.";
        assertTrue(find(guidance, Map.of(), null, DocumentKind.GUIDANCE).isEmpty());
    }

    @Test
    void aBodyTheTextSpeaksOfIsNotItsIssuer() {
        // A short notice's first page is all of it: "the Bureau ..." is a bearer of duties, not a letterhead.
        assertTrue(find("Sample notice\n\nSec. 1. Duties. The Bureau of Industry and Security shall publish a list.",
                Map.of(), null, DocumentKind.DIRECTIVE).isEmpty());
        assertEquals("Bureau of Industry and Security", name(find("BUREAU OF INDUSTRY AND SECURITY\nSample notice\n\n"
                + "Sec. 1. Duties. The Bureau shall publish a list.", Map.of(), null, DocumentKind.DIRECTIVE)));
    }

    @Test
    void aNewsReportIsNotIssuedByTheBodyItReportsOn() {
        String report = "WASHINGTON - The Bureau of Industry and Security on Monday published a sample rule.";
        assertTrue(find(report, Map.of(), null, DocumentKind.NEWS).isEmpty());
        assertEquals("Bureau of Industry and Security", name(IssuerFinder.find(parsed(report, Map.of()),
                Optional.of("https://www.bis.gov/press-release/sample"), null, DocumentKind.NEWS)));
        assertEquals("The White House", name(IssuerFinder.find(parsed(report, Map.of()),
                Optional.of("https://bidenwhitehouse.archives.gov/briefing-room/sample/"), null, DocumentKind.NEWS)));
    }

    @Test
    void metadataCountsOnlyWhenItNamesAKnownBody() {
        String text = "GENERAL SERVICES ADMINISTRATION\nSample guidance on model weights.";
        assertEquals("The White House", name(find(text, Map.of("og:site_name", "The White House"), null,
                DocumentKind.GUIDANCE)));
        // An office file's publisher is often the contractor who typed it.
        assertEquals("General Services Administration", name(find(text, Map.of("dc:publisher", "Example Consulting LLC"),
                null, DocumentKind.GUIDANCE)));
    }

    @Test
    void aPublicationsNameOpeningWithABodysAcronymNamesTheBody() {
        String text = "GV.1 Function: Govern.\nOffice of Management and Budget\nSample tasks.";
        assertEquals("National Institute of Standards and Technology",
                name(find(text, Map.of(), "NIST SP 999-1 sample tasks", DocumentKind.GUIDANCE)));
        assertEquals("General Services Administration",
                name(find(text, Map.of(), "FedRAMP Sample Values", DocumentKind.GUIDANCE)));
        assertEquals("Office of Management and Budget", name(find(text, Map.of(), "NISTLIKE tasks", DocumentKind.GUIDANCE)),
                "an acronym is a word of its own");
    }

    @Test
    void aWebPagesTitleEndsWithItsSite() {
        ParsedText page = new ParsedText("Sample plan for AI adoption.", "text/html", List.of(),
                Map.of("dc:title", "Sample Plan - GOV.UK"));
        IssuingBody issuer = IssuerFinder.find(page, Optional.empty(), null, DocumentKind.GUIDANCE).orElseThrow();
        assertEquals("UK Government", issuer.name());
        assertEquals("UK", issuer.jurisdiction());
    }

    @Test
    void nothingIsGuessedFromADocumentThatSaysNothing() {
        assertTrue(find("Sample memo about model weights.", Map.of("dc:creator", "python-docx"), "Sample memo",
                DocumentKind.DIRECTIVE).isEmpty());
    }

    @Test
    void anEuActsIdentifierPlacesItInTheUnion() {
        assertEquals(Optional.of("EU"), IssuerFinder.jurisdictionOfIdentifier("Regulation (EU) 2099/123"));
        assertEquals(Optional.of("EU"), IssuerFinder.jurisdictionOfIdentifier("Directive 95/46/EC"));
        assertEquals(Optional.empty(), IssuerFinder.jurisdictionOfIdentifier("Executive Order 14999"));
    }

    @Test
    void anIssuerTheEntityCatalogKnowsIsNamedAsTheCatalogNamesIt() {
        EntityCatalog catalog = EntityCatalog.standard();
        List<String> known = IssuingBodies.ALL.stream().map(IssuingBody::name)
                .filter(name -> catalog.byName(name).isPresent()).toList();
        assertEquals(List.of("Office of Management and Budget", "Bureau of Industry and Security",
                "Cybersecurity and Infrastructure Security Agency", "National Institute of Standards and Technology",
                "General Services Administration", "European Commission", "Cyberspace Administration of China"), known);
        for (String name : known) {
            assertEquals(name, catalog.byName(name).orElseThrow().preferredLabel(), "an issuer and its entity read alike");
        }
    }

    private static Optional<IssuingBody> find(String text, Map<String, String> metadata, String name, DocumentKind kind) {
        return IssuerFinder.find(parsed(text, metadata), Optional.empty(), name, kind);
    }

    private static ParsedText parsed(String text, Map<String, String> metadata) {
        return new ParsedText(text, "text/plain", List.of(), metadata);
    }

    private static String name(Optional<IssuingBody> issuer) {
        return issuer.map(IssuingBody::name).orElse("(none)");
    }
}

package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Titles found in opening lines written in the shapes real documents take (the text is invented). */
class OpeningTitleTest {

    @Test
    void aFederalRegisterRuleIsTitledByTheLineAboveItsAgency() {
        String text = """
                BILLING CODE 9999-01-P
                DEPARTMENT OF EXAMPLES
                Bureau of Sample Controls
                15 CFR Parts 700 and 701
                [Docket No. 990101-0001]
                RIN 0000-AA00
                Controls on Invented Computing Items.
                AGENCY: Bureau of Sample Controls, Department of Examples.
                ACTION: Interim final rule.
                """;
        assertEquals(Optional.of("Controls on Invented Computing Items"), OpeningTitle.find(text));
    }

    @Test
    void aMemorandumIsTitledByItsSubjectNotItsLetterhead() {
        String text = """
                EXECUTIVE OFFICE OF THE PRESIDENT
                OFFICE OF MANAGEMENT AND BUDGET
                WASHINGTON, D.C. 20503
                March 3, 2031
                M-31-07
                MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES
                FROM: A. Director
                SUBJECT: Keeping Sample Inventories of Automated Systems
                This memorandum asks agencies to keep inventories.
                """;
        assertEquals(Optional.of("Keeping Sample Inventories of Automated Systems"), OpeningTitle.find(text));
    }

    @Test
    void anActOfTheOfficialJournalIsTitledByItsHeadingDateAndSubject() {
        String text = """
                  1.2.2031
                  EN
                  Official Journal of the European Union
                  L 12/1
                REGULATION (EU) 2031/77 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL
                of 14 January 2031
                on invented rules for sample machines
                (Text with EEA relevance)
                """;
        assertEquals(Optional.of("REGULATION (EU) 2031/77 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"
                + " of 14 January 2031 on invented rules for sample machines"), OpeningTitle.find(text));
    }

    @Test
    void pageFurnitureIsSkippedAndAHeadingInCapitalsRunsOverItsLines() {
        String text = """
                {0}------------------------------------------------
                # **Version 2.0**
                1
                GUIDANCE ON SAMPLE
                REPORTING
                Agencies report once a year.
                """;
        assertEquals(Optional.of("GUIDANCE ON SAMPLE REPORTING"), OpeningTitle.find(text));
    }

    @Test
    void aChapterContinuedFromAnotherVolumeIsTitledWithoutSaying() {
        assertEquals(Optional.of("CHAPTER IX—SAMPLE BUREAU, DEPARTMENT OF EXAMPLES"),
                OpeningTitle.find("CHAPTER IX—SAMPLE BUREAU, DEPARTMENT OF EXAMPLES (CONTINUED)\n# Chapter IX\n"));
    }

    @Test
    void textDrawnTwiceOnACoverIsReadOnce() {
        assertEquals(Optional.of("SAMPLE RMF PLAYBOOK"), OpeningTitle.find("SAMPLE RMFSAMPLE RMF\nPLAYBOOKPLAYBOOK\nTable of Contents\n"));
    }

    @Test
    void dataAndElidedHeadingsAreNoTitles() {
        assertEquals(Optional.empty(), OpeningTitle.find("{\n  \"Status\": \"Active\",\n  \"id\": 3\n}"));
        assertEquals(Optional.empty(), OpeningTitle.find("id\tfunction\tdescription\nGV-1\tGovern\tPolicies\n"));
        assertEquals(Optional.empty(), OpeningTitle.find("\tDIRECTIVE (EU) …\n\tpreamble\tcitation\nrecital 1\nrecital 2\n"));
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        String title = OpeningTitle.clean("Sample ".repeat(60) + "end");
        assertEquals(true, title.length() <= 250 && title.endsWith(" …"), title);
        assertEquals("Biden-Harris", OpeningTitle.clean("Biden-\u2060Harris"));
    }
}

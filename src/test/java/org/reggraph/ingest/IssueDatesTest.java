package org.reggraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The date a document gives itself on its first page. The texts are our own, in each convention's form. */
class IssueDatesTest {

    @Test
    void aFederalRegisterDocumentIsDatedTheDayItIsPublished() {
        assertEquals(date("2099-01-15"), IssueDates.find("""
                BILLING CODE 0000-00-P
                This document is scheduled to be published in the
                Federal Register on 01/15/2099 and available online at
                Dated: January 9, 2099.
                """));
        assertEquals(date("2099-04-04"), IssueDates.find(
                "23644 Federal Register / Vol. 189, No. 66 / Thursday, April 4, 2099 / Proposed Rules\nSample"));
    }

    @Test
    void anEuActIsDatedTheDayItWasAdopted() {
        assertEquals(date("2099-06-13"), IssueDates.find("""
                Official Journal of the European Union 12.7.2099
                REGULATION (EU) 2099/1689 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL
                \s
                            of 13\u00A0June 2099
                laying down sample rules
                """));
    }

    @Test
    void assentApprovalAndOrderDatesAreRead() {
        assertEquals(date("2099-09-29"),
                IssueDates.find("Senate Bill No. 999\n[ Approved by Governor  September\n29, 2099. Filed ... ]"));
        assertEquals(date("2099-06-29"), IssueDates.find("Sample Act 2099\nAn Act to make sample provision.\n[29th June 2099]"));
        assertEquals(date("2099-07-10"),
                IssueDates.find("样例办法\n\n发布时间 2099年07月13日 15:00\n\n令\n\n2099年7月10日\n\n第一条"),
                "the line that is the date alone, not the page's publication stamp");
    }

    @Test
    void aLetterheadsDateLineDatesAMemorandum() {
        assertEquals(date("2099-01-26"), IssueDates.find("""
                EXECUTIVE OFFICE OF THE PRESIDENT
                WASHINGTON, D.C. 20503
                January 26, 2099
                M-99-01
                MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES
                """));
    }

    @Test
    void aDateInRunningTextOrPastTheFirstPageIsNotTheDocumentsDate() {
        assertEquals(Optional.empty(), IssueDates.find("Comments must be received by January 26, 2099.\n"));
        assertEquals(Optional.empty(), IssueDates.find("x".repeat(2_000) + "\nJanuary 26, 2099\n"));
    }

    @Test
    void aDayThatDoesNotExistIsNoDate() {
        assertEquals(Optional.empty(), IssueDates.find("WASHINGTON\nFebruary 30, 2099\n"));
        assertEquals(date("2099-03-01"), IssueDates.find("February 30, 2099\nMarch 1, 2099\n"),
                "the next candidate is tried");
    }

    private static Optional<LocalDate> date(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }
}

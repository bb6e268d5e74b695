package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerHeadTest {
    private final EntityCatalog catalog = EntityCatalog.standard();

    @Test
    void aNameAfterAModifierIsNotTheBearer() {
        String bearer = "All parties that participate in transactions subject to the EAR";
        assertFalse(BearerHead.holds(bearer, bearer.indexOf("EAR")));
        assertEquals(Optional.empty(), catalog.bearerNamedIn(bearer));
        assertEquals(Optional.empty(), catalog.bearerNamedIn(
                "Licenses issued by OFAC for the export of items under the Export Administration Regulations (EAR)"));
        assertEquals(Optional.empty(), catalog.bearerNamedIn("Operators of critical infrastructure"));
    }

    @Test
    void aNameThatOpensThePhraseIsTheBearerWhateverItHolds() {
        assertTrue(BearerHead.holds("The Secretary of Commerce", 4));
        assertEquals(Optional.of("department-of-commerce"),
                catalog.bearerNamedIn("the Secretary of Commerce, acting through the Director of NIST")
                        .map(KnownEntity::key));
        assertEquals(Optional.of("provider"),
                catalog.bearerNamedIn("Providers of general-purpose AI models").map(KnownEntity::key));
    }

    @Test
    void aQuantifierBeforeTheHeadIsNoModifier() {
        assertEquals(Optional.of("eu-member-states"),
                catalog.bearerNamedIn("Each of the Member States").map(KnownEntity::key));
        assertEquals(Optional.empty(), catalog.bearerNamedIn("Each of the operators of critical infrastructure"));
        assertEquals(Optional.of("eu-member-states"), catalog.bearerNamedIn("that Member State").map(KnownEntity::key));
    }

    @Test
    void anOfficeOverABodyBindsTheBody() {
        assertEquals(Optional.of("hhs"), catalog.bearerNamedIn("The Secretary of HHS").map(KnownEntity::key));
        assertEquals(Optional.of("department-of-state"),
                catalog.bearerNamedIn("the heads of the Department of State, DOD, Commerce").map(KnownEntity::key));
        assertEquals(Optional.empty(), catalog.bearerNamedIn("The staff of the Secretary of HHS"));
    }
}

package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Modality;
import org.reggraph.model.Rule;
import org.reggraph.model.Span;

/** The hard cases of deontic extraction, on sentences written for these tests. */
class RuleExtractionTest {
    private final Extractor extractor = new Extractor();

    private List<Rule> rules(String text, DocumentKind kind) {
        List<Rule> rules = extractor.extract(text, kind).rules();
        for (Rule rule : rules) {
            String span = rule.span().of(text);
            assertEquals(span.strip(), span, "a rule's span is trimmed");
        }
        return rules;
    }

    private Rule only(String text, DocumentKind kind) {
        List<Rule> rules = rules(text, kind);
        assertEquals(1, rules.size(), () -> "expected one rule in: " + text + " but got " + rules);
        return rules.get(0);
    }

    @Test
    void definitionsAreNotRules() {
        assertTrue(rules("“Exporter” means any person who ships an item out of the country.", DocumentKind.DIRECTIVE).isEmpty());
        assertTrue(rules("The term “covered model” shall mean a model trained with more than 10^26 operations.",
                DocumentKind.DIRECTIVE).isEmpty());
        assertTrue(rules("(4) ‘provider’ means a natural or legal person that develops an AI system.",
                DocumentKind.DIRECTIVE).isEmpty());
    }

    @Test
    void questionsAndRequestsForCommentAskForRulesWithoutStatingThem() {
        assertTrue(rules("To what agency must covered entities report sample incidents?", DocumentKind.DIRECTIVE).isEmpty());
        assertTrue(rules("Please describe the reporting requirement (e.g., details that must be reported; deadlines).",
                DocumentKind.DIRECTIVE).isEmpty());
        Rule stated = only("Should an incident occur, covered entities must report it to the Agency within 72 hours.",
                DocumentKind.DIRECTIVE);
        assertEquals(Modality.OBLIGATION, stated.modality());
        assertTrue(rules("The Agency believes the purpose shapes the rule, such as what entities are required to report"
                + " and how quickly incidents must be reported.", DocumentKind.DIRECTIVE).isEmpty(),
                "a rule under discussion in an indirect question is not laid down");
        Rule determine = only("The Secretary shall determine what information covered entities must report.",
                DocumentKind.DIRECTIVE);
        assertEquals("The Secretary", determine.bearer());
    }

    @Test
    void aMarkedHeadingIsASentenceOfItsOwnHoweverItEnds() {
        String text = "{16}------------------------------------------------\n\n"
                + "3.5 Using the Sample Profile within an Invented Ecosystem\n\n"
                + "A sample entity may adapt the profile to its role in the ecosystem.\n";
        int headingStart = text.indexOf("3.5");
        Span heading = new Span(headingStart, text.indexOf('\n', headingStart));
        List<Rule> unmarked = extractor.extract(text, DocumentKind.GUIDANCE).rules();
        assertEquals(1, unmarked.size());
        assertTrue(unmarked.get(0).span().of(text).startsWith("{16}"), "a long line ending in a dash reads as wrapped");
        List<Rule> marked = extractor.extract(text, DocumentKind.GUIDANCE, List.of(heading)).rules();
        assertEquals(List.of("A sample entity may adapt the profile to its role in the ecosystem."),
                marked.stream().map(rule -> rule.span().of(text)).toList());
        assertEquals(Modality.PERMISSION, marked.get(0).modality());
        String titled = "Document Overview\n\nThe remainder of this sample describes its parts.\n";
        assertEquals(1, extractor.extract(titled, DocumentKind.GUIDANCE).rules().size(), "read as a command");
        assertTrue(extractor.extract(titled, DocumentKind.GUIDANCE, List.of(new Span(0, 17))).rules().isEmpty(),
                "a marked heading is a title, not a command");
    }

    @Test
    void aMonthWrittenInCapitalsIsAnAcronymThatEndsItsSentence() {
        String text = "Part 3 lists the sample activities named in the APR. For each activity, the Bureau must publish a form.";
        Rule rule = only(text, DocumentKind.DIRECTIVE);
        assertEquals("For each activity, the Bureau must publish a form.", rule.span().of(text),
                "the rule is not read across the sentence before");
        Rule dated = only("The form published on Apr. 3 must be used by exporters.", DocumentKind.DIRECTIVE);
        assertTrue(dated.span().of("The form published on Apr. 3 must be used by exporters.").startsWith("The form"),
                "a month's abbreviation still ends no sentence");
    }

    @Test
    void anIntroductoryGivenClauseIsNotTheBearer() {
        Rule rule = only("Given the pace at which sample technology evolves, the Agency must revise its guidance yearly.",
                DocumentKind.DIRECTIVE);
        assertEquals("the Agency", rule.bearer());
    }

    @Test
    void epistemicMayIsNotAPermissionButNormativeMayIs() {
        assertTrue(rules("AI systems may pose risks to privacy and civil liberties.", DocumentKind.GUIDANCE).isEmpty());
        assertTrue(rules("Such deployers may not recognize the risks their uses entail.", DocumentKind.GUIDANCE).isEmpty());
        Rule rule = only("The Secretary may issue guidance on the reporting of training runs.", DocumentKind.DIRECTIVE);
        assertEquals(Modality.PERMISSION, rule.modality());
        assertEquals("The Secretary", rule.bearer());
        assertEquals("issue guidance on the reporting of training runs", rule.action());
    }

    @Test
    void negationDecidesBetweenProhibitionAndPermission() {
        Rule shallNot = only("Providers shall not place such systems on the market.", DocumentKind.DIRECTIVE);
        assertEquals(Modality.PROHIBITION, shallNot.modality());
        assertEquals("Providers", shallNot.bearer());
        assertEquals("place such systems on the market", shallNot.action());

        Rule notRequired = only("An exporter is not required to file a report for exports to Canada.", DocumentKind.DIRECTIVE);
        assertEquals(Modality.PERMISSION, notRequired.modality());
        assertEquals("An exporter", notRequired.bearer());

        Rule noPerson = only("No person may export model weights without a license.", DocumentKind.DIRECTIVE);
        assertEquals(Modality.PROHIBITION, noPerson.modality());
        assertEquals("No person", noPerson.bearer());

        assertEquals(Modality.PROHIBITION,
                only("It is unlawful for any person to transfer such items to an entity on the list.", DocumentKind.DIRECTIVE).modality());
    }

    @Test
    void nestedConditionsDeadlinesAndExceptionsAreKeptApart() {
        Rule rule = only("If the Secretary determines that a model poses a serious risk, the Secretary shall, "
                + "within 90 days of that determination, notify the developer unless the developer has already been notified.",
                DocumentKind.DIRECTIVE);
        assertEquals(Modality.OBLIGATION, rule.modality());
        assertEquals("the Secretary", rule.bearer());
        assertEquals("If the Secretary determines that a model poses a serious risk", rule.condition());
        assertEquals("within 90 days of that determination", rule.deadline());
        assertEquals("unless the developer has already been notified", rule.exception());
        assertTrue(rule.action().startsWith("notify the developer"), rule.action());
    }

    @Test
    void appositivesDoNotBecomeTheBearer() {
        Rule rule = only("Within 180 days of this order, the Secretary of Commerce, acting through the Director "
                + "of NIST, in coordination with the Secretary of Energy, shall establish guidelines for red-team testing.",
                DocumentKind.DIRECTIVE);
        assertEquals("the Secretary of Commerce", rule.bearer());
        assertEquals("Within 180 days of this order", rule.deadline());
        assertEquals(java.util.Optional.of("department-of-commerce"),
                EntityCatalog.standard().bearerNamedIn(rule.bearer()).map(KnownEntity::key));
    }

    @Test
    void inlineListsYieldOneRulePerDutyWithTheLeadInsBearer() {
        String text = "The Director shall: (a) publish guidance; (b) convene a working group; and (c) report to Congress.";
        List<Rule> rules = rules(text, DocumentKind.DIRECTIVE);
        assertEquals(3, rules.size(), rules::toString);
        assertEquals(List.of("(a) publish guidance;", "(b) convene a working group;", "(c) report to Congress."),
                rules.stream().map(r -> r.span().of(text)).toList());
        for (Rule rule : rules) {
            assertEquals(Modality.OBLIGATION, rule.modality());
            assertEquals("The Director", rule.bearer());
        }
        assertEquals("publish guidance", rules.get(0).action());
    }

    @Test
    void itemsOnTheirOwnLinesInheritUntilTheLeadInsLevelReturns() {
        String text = """
                (a) Within 90 days, the Secretary of Homeland Security shall:

                     (i) establish a board that advises on incident response;

                     (ii) develop a plan to protect critical infrastructure; and

                (b) The heads of agencies may request assistance from the board.
                """;
        List<Rule> rules = rules(text, DocumentKind.DIRECTIVE);
        assertEquals(List.of(Modality.OBLIGATION, Modality.OBLIGATION, Modality.PERMISSION),
                rules.stream().map(Rule::modality).toList());
        assertEquals("the Secretary of Homeland Security", rules.get(0).bearer());
        assertEquals("The heads of agencies", rules.get(2).bearer());
    }

    @Test
    void aListMarkerAloneOnItsLineIsFoldedIntoItsItem() {
        String text = "Providers of high-risk AI systems shall:\n\n   (a)\n\n   ensure that their systems are compliant;\n\n"
                + "   (b)\n\n   keep the logs for six months.\n";
        List<Rule> rules = rules(text, DocumentKind.DIRECTIVE);
        assertEquals(2, rules.size(), rules::toString);
        assertEquals("ensure that their systems are compliant;", rules.get(0).span().of(text));
        assertEquals("Providers of high-risk AI systems", rules.get(1).bearer());
    }

    @Test
    void offencesAreProhibitionsAndTheirSanctionsAreNotRules() {
        Rule offence = only("A person is guilty of an offence if he causes a computer to perform any function with intent "
                + "to secure unauthorised access.", DocumentKind.DIRECTIVE);
        assertEquals(Modality.PROHIBITION, offence.modality());
        assertEquals("A person", offence.bearer());
        assertTrue(offence.condition().startsWith("if he causes a computer"), offence.condition());
        assertTrue(rules("Anyone guilty of an offence under this section shall be liable to a fine not exceeding level 5.",
                DocumentKind.DIRECTIVE).isEmpty());
    }

    @Test
    void aPenaltyStatedWithTheDutyIsCaptured() {
        Rule rule = rules("Providers shall register the system, and a provider that fails to do so shall be liable to "
                + "administrative fines of up to EUR 15 000 000.", DocumentKind.DIRECTIVE).get(0);
        assertEquals(Modality.OBLIGATION, rule.modality());
        assertTrue(rule.penalty() != null && rule.penalty().contains("administrative fines of up to EUR 15 000 000"),
                String.valueOf(rule.penalty()));
    }

    @Test
    void amendatoryInstructionsAndRevocationsAreNotRules() {
        assertTrue(rules("Section 744.23 is amended by revising paragraph (a)(2) to read as follows:",
                DocumentKind.DIRECTIVE).isEmpty());
        assertTrue(rules("Executive Order 14110 of October 30, 2023, is hereby revoked.", DocumentKind.DIRECTIVE).isEmpty());
        assertTrue(rules("Nothing in this order shall be construed to impair the authority granted by law to an agency.",
                DocumentKind.DIRECTIVE).isEmpty());
    }

    @Test
    void disclaimersOfAnyRequirementAreNotRules() {
        assertTrue(rules("It is voluntary. It does not create obligations for any organization, and nothing in it should be"
                + " read as a statement of what any law requires.", DocumentKind.GUIDANCE).isEmpty());
        assertTrue(rules("This guidance should not be construed as legal advice.", DocumentKind.GUIDANCE).isEmpty());
        assertEquals(Modality.RECOMMENDATION, only("Risks should be read out at each board meeting by the risk officer.",
                DocumentKind.GUIDANCE).modality(), "a 'should be read' that is not about reading the text stays advice");
    }

    @Test
    void quotedSpeechKeepsItsBearerWithoutTheQuoteMark() {
        Rule quoted = only("“Developers must now come to us before those jewels cross a border.”", DocumentKind.NEWS);
        assertEquals("Developers", quoted.bearer());
        assertEquals("the “Provider”", only("the “Provider” must keep logs.", DocumentKind.DIRECTIVE).bearer());
    }

    @Test
    void newsReportsRulesWithoutImposingThem() {
        Rule rule = only("The order directs the Secretary of Commerce to develop standards for red-team testing.",
                DocumentKind.NEWS);
        assertEquals(Modality.OBLIGATION, rule.modality());
        assertTrue(rule.reported());
        assertEquals("the Secretary of Commerce", rule.bearer());
        assertEquals("develop standards for red-team testing", rule.action());
        assertFalse(only("Agencies shall report their AI use cases annually.", DocumentKind.DIRECTIVE).reported());
        assertTrue(rules("The Department of Energy will publish a report on grid resilience next year.",
                DocumentKind.NEWS).isEmpty(), "an announcement of future work is not a rule");
    }

    @Test
    void adviceIsARecommendation() {
        assertEquals(Modality.RECOMMENDATION,
                only("Agencies should document their AI use cases.", DocumentKind.DIRECTIVE).modality());
        Rule encouraged = only("Developers are encouraged to share the results of safety tests.", DocumentKind.NEWS);
        assertEquals(Modality.RECOMMENDATION, encouraged.modality());
        assertEquals("Developers", encouraged.bearer());
        assertEquals(Modality.RECOMMENDATION,
                only("Document the intended purposes of the AI system.", DocumentKind.GUIDANCE).modality());
        assertTrue(rules("Should the Secretary find a violation, the matter is referred.", DocumentKind.DIRECTIVE).isEmpty(),
                "a conditional 'should' gives no advice");
    }

    @Test
    void recitalsOfAnEuActBindNoOne() {
        String text = "Whereas:\n\n(1) Providers should publish a summary of training data.\n\n"
                + "HAVE ADOPTED THIS REGULATION:\n\nArticle 1\n\nProviders shall publish a summary of training data.\n";
        Rule rule = only(text, DocumentKind.DIRECTIVE);
        assertEquals(Modality.OBLIGATION, rule.modality());
    }

    @Test
    void legalAbbreviationsDoNotEndSentences() {
        String text = "Exporters must comply with 50 U.S.C. 4819 and Sec. 4.2 of the order, e.g. by filing reports. "
                + "BIS may grant exceptions.";
        List<Rule> rules = rules(text, DocumentKind.DIRECTIVE);
        assertEquals(2, rules.size(), rules::toString);
        assertTrue(rules.get(0).span().of(text).endsWith("filing reports."));
        assertEquals(Modality.PERMISSION, rules.get(1).modality());
    }

    @Test
    void passiveDutiesHaveNoBearerButKeepTheirObject() {
        Rule rule = only("Reports shall be submitted to the Secretary within 30 days.", DocumentKind.DIRECTIVE);
        assertEquals(Modality.OBLIGATION, rule.modality());
        assertNull(rule.bearer());
        assertEquals("Reports", rule.object());
        assertEquals("within 30 days", rule.deadline());
    }

    @Test
    void whatIsRequiredOrAllowedIsTheObjectNotTheBearer() {
        Rule licence = only("A license is required for the export, reexport, and transfer (in-country) of items "
                + "specified in ECCN 9Z999 to all destinations worldwide.", DocumentKind.DIRECTIVE);
        assertEquals(Modality.OBLIGATION, licence.modality());
        assertNull(licence.bearer());
        assertEquals("A license", licence.object());
        assertNull(only("A license is required under this part to export sample model weights to any destination.",
                DocumentKind.DIRECTIVE).bearer(), "a grant does not act, even before an infinitive");
        assertNull(only("Protection of sample subjects is required by law when research is federally funded.",
                DocumentKind.DIRECTIVE).bearer(), "\"by\" names who requires it");
        Rule exports = only("Export of the listed items is authorized under the terms of a license issued by BIS.",
                DocumentKind.DIRECTIVE);
        assertEquals(Modality.PERMISSION, exports.modality());
        assertNull(exports.bearer());
        assertEquals("Export of the listed items", exports.object());
        Rule practices = only("The following sample practices shall be prohibited: the use of subliminal techniques.",
                DocumentKind.DIRECTIVE);
        assertEquals(Modality.PROHIBITION, practices.modality());
        assertNull(practices.bearer());
        assertEquals("The following sample practices", practices.object());
    }

    @Test
    void aSentenceAdverbOpeningTheClauseIsNoBearer() {
        for (String adverb : List.of("Finally", "Similarly", "Conversely", "Specifically", "Alternatively", "Instead")) {
            assertEquals("the Secretary", only(adverb + ", the Secretary shall publish the sample list.",
                    DocumentKind.DIRECTIVE).bearer(), adverb);
        }
        assertEquals("organizations", only("Alternatively, organizations may use the sample profile.",
                DocumentKind.GUIDANCE).bearer(), "the adverb aside, the clause's subject is its bearer");
        assertEquals("First responders", only("First responders shall report sample incidents.",
                DocumentKind.DIRECTIVE).bearer(), "an ordinal that opens a noun phrase is no adverb");
        assertEquals("Third countries", only("Third countries shall notify the sample authority.",
                DocumentKind.DIRECTIVE).bearer());
    }

    @Test
    void whoIsRequiredToActIsTheBearer() {
        assertEquals("The entity", only("The entity is required by the Sample Security Agency to report incidents "
                + "within 72 hours.", DocumentKind.DIRECTIVE).bearer());
        assertEquals("the developer of the system", only("In each stage, the developer of the system is required at "
                + "all post-design stages to perform testing.", DocumentKind.DIRECTIVE).bearer());
        assertEquals("A sample person", only("A sample person is prohibited from exporting the listed items.",
                DocumentKind.DIRECTIVE).bearer());
    }

    @Test
    void neitherNorIsAProhibition() {
        assertEquals(Modality.PROHIBITION, only("AI technologies shall neither be developed nor used to censor speech.",
                DocumentKind.DIRECTIVE).modality());
    }

    @Test
    void theBearerIsInTheClauseAfterTheLastSemicolon() {
        Rule rule = only("It does not restrict publication of sample models; developers are not required to obtain a "
                + "licence for those models.", DocumentKind.DIRECTIVE);
        assertEquals("developers", rule.bearer());
        assertEquals("The Agency (or, where it has delegated the task; its Director)",
                only("The Agency (or, where it has delegated the task; its Director) shall publish the list.",
                        DocumentKind.DIRECTIVE).bearer(), "a semicolon inside brackets divides no clause");
    }

    @Test
    void aRunInLabelBeforeItsColonIsNotTheBearer() {
        assertEquals("Providers of sample AI systems",
                only("Content: Providers of sample AI systems shall keep the logs.", DocumentKind.DIRECTIVE).bearer());
        assertEquals("Exporters to Country Group D:5",
                only("Exporters to Country Group D:5 must obtain a sample licence.", DocumentKind.DIRECTIVE).bearer(),
                "a colon inside a group's name ends no label");
        assertEquals("Members of [Assignment: sample groups]",
                only("Members of [Assignment: sample groups] must review the logs weekly.", DocumentKind.GUIDANCE)
                        .bearer(), "nor does one inside a control's square brackets");
    }

    @Test
    void coordinatedBearersStayTogether() {
        Rule rule = only("Within 60 days, the Secretary of War, the Attorney General, and the heads of other agencies shall "
                + "review their contracts.", DocumentKind.DIRECTIVE);
        assertEquals("the Secretary of War, the Attorney General, and the heads of other agencies", rule.bearer());
    }

    @Test
    void markdownEscapedMarkersAreMarkers() {
        String text = "\\(a\\)  The Secretary shall:\n\n  \\(i\\)  publish a plan;\n\n\\(b\\)  Agencies may comment.\n";
        List<Rule> rules = rules(text, DocumentKind.DIRECTIVE);
        assertEquals(List.of(Modality.OBLIGATION, Modality.PERMISSION), rules.stream().map(Rule::modality).toList());
        assertEquals("The Secretary", rules.get(0).bearer());
        assertEquals("Agencies", rules.get(1).bearer());
    }
}

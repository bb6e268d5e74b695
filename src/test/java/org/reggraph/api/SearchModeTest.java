package org.reggraph.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code mode=auto} reads as a question and what as query syntax. */
class SearchModeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "who must obtain a licence",
        "What does Article 5(1)(a) prohibit?",
        "Which exporters must obtain a licence (under section 4)?",
        "what are the penalties for \"deemed exports\"?",
        "Explain the \"covered frontier model\" threshold",
        "penalties for transfers of model weights abroad",
        "**Reconciliation**: Does a custodian need a 1:1 backing at all times?",
        "Could you give examples for an Authorised Person in Category [insert category]?",
        "数据服务提供者应当公开什么规则"})
    void questionsInPlainLanguage(String text) {
        assertTrue(SearchMode.looksLikeQuestion(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "licen*",
        "export controls",
        "\"deemed export\" licence requirements",
        "(licence OR licensing) transfers abroad",
        "export AND China",
        "title:licence model weights",
        "audit~1 of the provider",
        "+licence -revoked transfers",
        "licence AND (",
        "what is licen*",
        "export AND China transfers of model weights abroad"})
    void querySyntaxOrTooShortForAQuestion(String text) {
        assertFalse(SearchMode.looksLikeQuestion(text), text);
    }
}

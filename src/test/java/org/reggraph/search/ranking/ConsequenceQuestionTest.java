package org.reggraph.search.ranking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsequenceQuestionTest {

  @Test
  void questionsAboutWhatFollowsABreachAreRecognised() {
    assertTrue(ConsequenceQuestion.asks(
        "what must an AI developer do before sharing model weights abroad, and what happens if it does not?"));
    assertTrue(ConsequenceQuestion.asks("What are the consequences of failing to file a quarterly return?"));
    assertTrue(ConsequenceQuestion.asks("If a firm does not notify the regulator, what measures follow?"));
    assertTrue(ConsequenceQuestion.asks("What if a provider fails to comply with the registration duty?"));
    assertTrue(ConsequenceQuestion.asks("penalties for non-compliance with the export rule"));
  }

  @Test
  void otherQuestionsAreLeftAlone() {
    assertFalse(ConsequenceQuestion.asks("Which export licence is required to transfer model weights abroad?"));
    assertFalse(ConsequenceQuestion.asks("how should agencies appoint a chief AI officer"));
    assertFalse(ConsequenceQuestion.asks("Is a firm that does business abroad not subject to the rule?"));
  }
}

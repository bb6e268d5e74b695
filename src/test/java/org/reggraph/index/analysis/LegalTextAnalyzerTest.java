package org.reggraph.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class LegalTextAnalyzerTest {

  private final Analyzer analyzer = LegalTextAnalyzer.standard();

  @Test
  void keepsCfrCitationWholeAndAlsoItsParts() throws IOException {
    List<String> tokens = terms("Licences under 15 CFR 744.23 apply.");
    assertEquals(List.of("licenc", "under", "15 cfr 744.23", "15", "cfr", "744.23", "appli"), tokens);
  }

  @Test
  void stacksWholeCitationOnItsFirstPart() throws IOException {
    List<int[]> positions = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", "see 15 CFR 744.23")) {
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        positions.add(new int[] {increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()});
      }
      stream.end();
    }
    // see, "15 cfr 744.23", 15 (same position), cfr, 744.23
    assertEquals(1, positions.get(1)[0]);
    assertEquals(0, positions.get(2)[0]);
    assertEquals(4, positions.get(1)[1]);
    assertEquals(17, positions.get(1)[2]);
  }

  @Test
  void keepsExportControlNumberAndEuActNumberUnstemmed() throws IOException {
    List<String> tokens = terms("ECCN 4E091 and Regulation (EU) 2024/1689 controls");
    assertTrue(tokens.contains("4e091"), tokens.toString());
    assertTrue(tokens.contains("2024/1689"), tokens.toString());
    assertTrue(tokens.contains("1689"), tokens.toString());
    assertTrue(tokens.contains("control"), tokens.toString());
  }

  @Test
  void aSectionMarkGivesItsNumberAsAWordToo() throws IOException {
    // "744.23" alone must find "§ 744.23": the number is stacked on the whole citation.
    assertEquals(List.of("see", "§ 744.23", "744.23"), terms("see § 744.23"));
  }

  @Test
  void normalisesWhiteSpaceInsideCitation() throws IOException {
    assertEquals(terms("15 CFR 744.23"), terms("15  CFR\n744.23"));
    // The Federal Register sets "§ 226.3" with a thin space; other publishers use no-break spaces.
    assertEquals(List.of("§ 226.3", "226.3"), terms("§\u2009226.3"));
    assertEquals(terms("§ 226.3"), terms("§\u00A0226.3"));
    assertEquals(terms("6 CFR 226.3"), terms("6\u202FCFR\u2009226.3"));
  }

  @Test
  void keepsNistControlsAndSubcategoriesWholeAsOneTermHoweverTheyArePadded() throws IOException {
    // "ID.DE-P1" read as words was "id", "de", "p1": every provision holding "de" matched it.
    assertEquals(List.of("id.de-p1", "id", "de", "p1", "polici"), terms("ID.DE-P1 policies"));
    assertEquals(List.of("gv.po-1", "gv", "po", "01"), terms("GV.PO-01"));
    assertEquals(terms("AC-3(14)").get(0), terms("AC-03(14)").get(0), "assessment procedures pad the numbers");
    assertEquals("ac-2(5)", terms("see ac-2(5)").get(1), "OSCAL's identifiers are lower case");
    assertEquals(List.of("covid", "19", "eu", "2025"), terms("COVID-19 EU 2025"), "not a control's shape");
  }

  @Test
  void aWebAddressIsOneTermWhoseWordsAreNotTheText() throws IOException {
    // NIST AI 100-1 lists its references as bare addresses; read as words, this one answered "AI standards".
    assertEquals(List.of("see", "https://www.nist.gov/system/files/ai_standards_plan.pdf", "standard"),
        terms("See https://www.NIST.gov/system/files/ai_standards_plan.pdf. Standards"));
    assertEquals(List.of("releas", "inventori", "https://ai.gov/ai-use-cases/", "www.fatf-gafi.org"),
        terms("Release [inventories](https://ai.gov/ai-use-cases/), (www.fatf-gafi.org)."),
        "the closing bracket and the sentence's full stop are not the address's");
    assertEquals(List.of("http", "onli"), terms("http:// only"), "a scheme alone is a word");
    assertEquals(List.of("ipv6", "https://www.whitehouse.gov/wp-content/uploads/2020/11/m-21-07.pdf", "35"),
        terms("IPv6), https://www.whitehouse.gov/wp-\n\ncontent/uploads/2020/11/M-21-07.pdf \n35"),
        "a PDF broke the address at its hyphen");
    assertEquals(List.of("https://example.org/", "see", "next", "line"), terms("https://example.org/\nsee next line"),
        "a next line without a slash is not the address's");
    assertEquals(terms("\"https://ai.gov/ai-use-cases/\""), List.of("https://ai.gov/ai-use-cases/"),
        "pasted, the address is the same term");
  }

  @Test
  void keepsDottedRuleNumbersAndDropsStopWordsAndPossessives() throws IOException {
    assertEquals(List.of("firm", "oblig", "rule", "1.3.3"), terms("The firm's obligations in Rule 1.3.3"));
  }

  @Test
  void aQuestionIsReadWithoutTheWordsThatMakeItOneButKeepsItsModalVerbs() throws IOException {
    String question = "What must a developer do, and how could you file? Which forms may be used?";
    try (Analyzer questions = LegalTextAnalyzer.question()) {
      List<String> tokens = new ArrayList<>();
      collect(questions, question, tokens);
      assertEquals(List.of("must", "develop", "file", "form", "mai", "us"), tokens);
    }
    assertEquals(List.of("what", "must", "develop", "do", "how", "could", "you", "file", "which", "form", "mai", "us"),
        terms(question), "provisions keep every one of them");
  }

  @Test
  void withoutStemmingKeepsWordsAsWritten() throws IOException {
    Analyzer plain = new LegalTextAnalyzer(LegalTextAnalyzer.Stemming.NONE, null);
    try (plain) {
      List<String> tokens = new ArrayList<>();
      collect(plain, "Requirements apply", tokens);
      assertEquals(List.of("requirements", "apply"), tokens);
    }
  }

  private List<String> terms(String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    collect(analyzer, text, tokens);
    return tokens;
  }

  private static void collect(Analyzer analyzer, String text, List<String> tokens) throws IOException {
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
  }
}

package org.reggraph.index.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void aDeclaredLanguageDecidesWhateverTheTextLooksLike() {
        assertTrue(ChineseText.isChinese("zh-CN", "Article 1 applies."));
        assertTrue(ChineseText.isChinese("zh_Hant", "Article 1 applies."));
        assertFalse(ChineseText.isChinese("en", "提供者应当遵守本办法。"));
        assertFalse(ChineseText.isChinese("zu", "提供者应当遵守本办法。"), "zu (Zulu) only starts like zh");
    }

    @Test
    void undeclaredTextIsChineseByItsShareOfIdeographs() {
        assertTrue(ChineseText.isChinese(null, "第三条 提供者应当遵守本办法。"));
        assertTrue(ChineseText.isChinese(" ", "使用 ChatGPT 等服务的提供者应当遵守本办法。"), "a few Latin words");
        assertFalse(ChineseText.isChinese(null, "Providers shall comply with the measure (提供者应当遵守)."),
                "an English sentence quoting a few ideographs");
        assertFalse(ChineseText.isChinese(null, "2023-08-15 ¶ 12"), "no letters at all");
    }

    @Test
    void japaneseWritesWithIdeographsButIsNotChinese() {
        assertFalse(ChineseText.looksChinese("提供者は、この規則を守らなければならない。"));
    }

    @Test
    void queriesHoldingAnyIdeographAreSearchedInChinese() {
        assertTrue(ChineseText.containsHan("ECCN 4E091 出口"));
        assertFalse(ChineseText.containsHan("export licence for 4E091"));
        assertFalse(ChineseText.containsHan("한국어"), "Hangul is not Han");
    }
}

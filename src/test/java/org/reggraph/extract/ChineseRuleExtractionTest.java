package org.reggraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Modality;
import org.reggraph.model.Rule;

/** Rules in Chinese drafting, on a short measure written for this test. */
class ChineseRuleExtractionTest {
    private static final String MEASURE = """
            第一条 为了规范智能翻译服务，制定本规定。
            第二条 翻译服务提供者应当对生成内容进行审核。
            第三条 涉及未成年人的，提供者不得收集其声音信息。
            第四条 使用者可以申请删除其上传的文件。
            第五条 服务提供者应当遵守以下规定：
            （一）保存日志不少于六个月；
            （二）不得向境外传输原始语音。
            第六条 法律规定翻译服务应当取得许可的，提供者应当依法取得许可。
            第七条 鼓励行业组织制定技术标准。
            """;

    private final List<Rule> rules = new Extractor().extract(MEASURE, DocumentKind.DIRECTIVE).rules();

    @Test
    void everyCueGivesItsModalityAndTheClauseIsTheRule() {
        assertEquals(List.of(Modality.OBLIGATION, Modality.PROHIBITION, Modality.PERMISSION, Modality.OBLIGATION,
                        Modality.OBLIGATION, Modality.PROHIBITION, Modality.OBLIGATION, Modality.RECOMMENDATION),
                rules.stream().map(Rule::modality).toList());
        assertEquals("第二条 翻译服务提供者应当对生成内容进行审核。", rules.get(0).span().of(MEASURE));
        assertEquals("（一）保存日志不少于六个月；", rules.get(4).span().of(MEASURE));
    }

    @Test
    void bearerConditionAndActionAreCutAtTheCueAndTheCommas() {
        Rule obligation = rules.get(0);
        assertEquals("翻译服务提供者", obligation.bearer());
        assertEquals("对生成内容进行审核", obligation.action());
        Rule prohibition = rules.get(1);
        assertEquals("提供者", prohibition.bearer());
        assertEquals("涉及未成年人的", prohibition.condition());
        assertEquals("收集其声音信息", prohibition.action());
        assertEquals("使用者", rules.get(2).bearer());
    }

    @Test
    void itemsTakeTheModalityAndBearerOfTheirLeadIn() {
        assertEquals("服务提供者", rules.get(4).bearer());
        assertEquals("保存日志不少于六个月", rules.get(4).action());
        assertEquals(Modality.PROHIBITION, rules.get(5).modality());
        assertEquals("服务提供者", rules.get(5).bearer());
    }

    @Test
    void aCueInsideAConditionIsNotTheRulesOwn() {
        Rule licence = rules.get(6);
        assertEquals("提供者", licence.bearer());
        assertEquals("法律规定翻译服务应当取得许可的", licence.condition());
        assertEquals("依法取得许可", licence.action());
        assertNull(rules.get(7).bearer());
    }

    @Test
    void newsOnlyReportsRules() {
        assertEquals(true, new Extractor().extract(MEASURE, DocumentKind.NEWS).rules().get(0).reported());
    }
}

/**
 * Text analysis for the provision index: English prose stemmed and stripped of stop words, while legal
 * citations ({@code 15 CFR 744.23}, {@code 4E091}, {@code 2024/1689}) stay whole tokens, so a search for
 * a citation finds it exactly and a search for prose finds its inflections; and the rule that decides which
 * text is also analysed as Chinese ({@link org.reggraph.index.analysis.ChineseText}).
 */
package org.reggraph.index.analysis;

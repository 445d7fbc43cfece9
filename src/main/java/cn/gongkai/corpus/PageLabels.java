package cn.gongkai.corpus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The labels of a disclosure page's metadata block and the field each one fills. Real pages pad
 * labels with full-width or ordinary spaces ({@code 标　　题}, {@code 索 引 号}) and end them
 * with {@code ：} or {@code :}; both are ignored when a label is recognised.
 */
final class PageLabels {
    /** The field of labels that end a value but are not kept. */
    static final String IGNORED = "-";
    /** Label (without padding or colon) → field. Several CMS families, several wordings. */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        put("title", "标题", "名称", "文件名称", "信息名称", "文章标题");
        put("index_no", "索引号", "信息索引号", "索引");
        put("doc_no", "文号", "发文字号", "发文文号", "文件编号", "文件文号");
        put("agency", "发布机构", "发文机关", "发布单位", "来源", "信息来源", "文章来源", "发文单位", "发布部门",
                "发文机构");
        put("category", "主题分类", "分类", "信息分类", "组配分类", "所属分类", "主题词分类");
        put("written", "成文日期", "生成日期", "成文时间", "印发日期");
        put("published", "发布日期", "公开日期", "发文日期", "发布时间", "公开时间");
        put("validity", "有效性", "是否有效", "时效性", "效力状态");
        put("repealed", "废止日期", "失效日期", "失效时间");
        put("type", "体裁分类", "文种", "公文种类");
        // Labels we do not keep: known so that the value before them ends where they begin.
        put(IGNORED, "公开方式", "公开范围", "公开形式", "公开时限", "浏览次数", "访问次数", "点击数", "作者", "责任编辑", "编辑",
                "关键词", "主题词", "字号", "信息时效期", "备注", "所属机构", "统一编号", "登记号", "联系电话", "信息格式", "语种");
    }

    private static final String PAD = "[\\s\\u3000\\u00a0\\u2002-\\u200b]*";

    /** Any label followed by a colon, with padding allowed between its characters. */
    static final Pattern INLINE;

    static {
        String alternation = FIELDS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(l -> l.chars().mapToObj(c -> Pattern.quote(String.valueOf((char) c))).collect(Collectors.joining(PAD)))
                .collect(Collectors.joining("|"));
        // A label starts a line or follows a separator: 资金来源： is not the page's 来源.
        INLINE = Pattern.compile("(?:^|(?<=[\\s\\u3000\\u00a0|｜/,，;；】\\]）)]))(" + alternation + ")" + PAD + "[：:]");
    }

    private PageLabels() {}

    private static void put(String field, String... labels) {
        for (String l : labels) {
            FIELDS.put(l, field);
        }
    }

    /** Padding, brackets and the trailing colon removed: {@code 【索 引 号：】} → {@code 索引号}. */
    static String normalise(String text) {
        return text.replaceAll("[\\s\\u3000\\u00a0\\u2002-\\u200b【】\\[\\]]", "").replaceAll("[：:]+$", "");
    }

    /** The field a cell or span holding only a label stands for. */
    static Optional<String> fieldOf(String cellText) {
        String n = normalise(cellText);
        return n.length() > 8 ? Optional.empty() : Optional.ofNullable(FIELDS.get(n)).filter(f -> !f.equals(IGNORED));
    }

    /** Every "label：value" in a line of text, each value running to the next label. */
    static Map<String, String> inline(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = INLINE.matcher(text);
        int prevEnd = -1;
        String prevField = null;
        while (m.find()) {
            if (prevField != null) {
                found.putIfAbsent(prevField, value(text.substring(prevEnd, m.start())));
            }
            prevField = FIELDS.get(normalise(m.group(1)));
            prevEnd = m.end();
        }
        if (prevField != null) {
            found.putIfAbsent(prevField, value(text.substring(prevEnd)));
        }
        found.values().removeIf(String::isEmpty);
        found.remove(IGNORED);
        return found;
    }

    /** A value as shown: padding and separators trimmed; a run of wide spaces ends it. */
    static String value(String raw) {
        String v = raw.replace('\u00a0', ' ').strip();
        v = v.split("\\s{3,}|\\u3000{2,}|[|｜]")[0];
        return v.replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", "");
    }
}

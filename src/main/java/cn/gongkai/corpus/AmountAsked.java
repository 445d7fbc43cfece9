package cn.gongkai.corpus;

import java.util.regex.Pattern;

/**
 * A question that asks for a sum of money (敬老院住一个月多少钱, 受灾补偿每亩多少钱, 取暖煤多少钱一吨)
 * is answered only by a notice that states one: a safety notice, a guide that sets no fee or a
 * road plan shares the question's topic words but not what it asks, and giving it would tell a
 * villager there is an answer where the district published none. Every notice that pays, charges
 * or fines says how much (…元); those that do not are about something else.
 */
final class AmountAsked {
    /**
     * How much money, asked: 多少钱, 几块钱, 多少元, 价格, 收费, and a verb of paying before 多少
     * (给多少, 补多少, 交多少). Not 多少 alone (多少天, 多少条信息).
     */
    private static final Pattern ASKS = Pattern.compile(
            "多少钱|几块钱|多少块|几块|多少元|几元|几个钱|价格|价钱|收费|[给补发交领赔贴花拿]多少");
    /**
     * A sum stated: a number (in digits or characters) right before 元, not 元旦; or a table's
     * column of sums, its unit in brackets (月保障金额（元）, 金额(万元)).
     */
    private static final Pattern SUM = Pattern.compile(
            "[0-9０-９零〇一二三四五六七八九十百千万两][0-9０-９.,，]*\\s*[万千百]?元(?!旦)|[（(][万千百]?元[^（()）]{0,6}[）)]");

    private AmountAsked() {}

    static boolean asked(String text) {
        return text != null && ASKS.matcher(text).find();
    }

    /** Decided once when the document is indexed ({@link Schema#STATES_SUM}); searches read that. */
    static boolean states(Disclosure d) {
        return states(d.title()) || states(d.summary()) || states(d.body());
    }

    /** Every sum the pattern finds has a 元: a text without one is passed over at the cost of a scan for it. */
    private static boolean states(String text) {
        return text != null && text.indexOf('元') >= 0 && SUM.matcher(text).find();
    }
}

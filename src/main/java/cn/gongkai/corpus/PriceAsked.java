package cn.gongkai.corpus;

import java.util.regex.Pattern;

/**
 * A question asking what a thing costs by the unit it is sold in (新苞米多少钱一斤, 取暖煤一吨多少钱,
 * 收购价) asks a market price. A notice that pays so much per 亩 for the same thing (秸秆打捆每亩补25元)
 * or a grant of heating money states a sum, so {@link AmountAsked} lets it through, but it answers
 * what the district pays, not what the thing sells for: only a notice that states a price per unit
 * (3.2元/斤, 每吨收购价460元, 价格…元) answers. Asked with a subsidy word (每吨补贴多少钱) it is a
 * subsidy question again, and AmountAsked alone decides.
 */
final class PriceAsked {
    /** Units goods are sold by: weight, volume, a cart-load, electricity's 度. */
    private static final String UNIT = "(?:斤|吨|公斤|千克|斗|方|立方|车|度)";
    private static final String HOW_MUCH = "(?:多少钱|几块钱|多少块|几块|多少元|几元|啥价|什么价|多少价)";
    /** 多少钱一斤, 一吨多少钱, 每公斤几块, 收购价, 啥价, 价格 … */
    private static final Pattern ASKS = Pattern.compile(HOW_MUCH + "[一每]" + UNIT + "|[一每]" + UNIT + HOW_MUCH
            + "|收购价|收购价格|市场价|啥价|什么价|价格|价钱|行情");
    /** The money a district pays or grants: asked with one, the question is about that money. */
    private static final Pattern PAID = Pattern.compile("补贴|补助|补偿|救助|津贴|奖励|奖补|[给补贴发领]多少|补[多几]");
    private static final String NUMBER = "[0-9０-９][0-9０-９.]*";
    /** A price stated: so much a unit (3.2元/斤, 460元一吨), a unit at so much (每斤1.2元, not 每吨补50元), a price word with a sum. */
    private static final Pattern PRICE = Pattern.compile(NUMBER + "\\s*(?:元|块)钱?\\s*(?:/|每|一)\\s*" + UNIT
            + "|每" + UNIT + "[^补奖，。；,;\\n]{0,6}?" + NUMBER + "\\s*(?:元|块)"
            + "|(?:价格|收购价|售价|单价|价钱|市场价)[^。；;\\n]{0,12}?" + NUMBER + "\\s*(?:元|块)");

    private PriceAsked() {}

    /** The question asks what a thing sells for, not what is paid for it. */
    static boolean asked(String text) {
        return text != null && ASKS.matcher(text).find() && !PAID.matcher(text).find();
    }

    /** The notice states a price (its title, summary or body). */
    static boolean states(Disclosure d) {
        return states(d.title()) || states(d.summary()) || states(d.body());
    }

    private static boolean states(String text) {
        return text != null && PRICE.matcher(text).find();
    }
}

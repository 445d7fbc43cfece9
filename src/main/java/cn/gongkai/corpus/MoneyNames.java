package cn.gongkai.corpus;

import java.util.function.Predicate;

/**
 * The money for a thing said with any money word (长寿金, 寿星钱, 烤火费): people swap 金, 钱, 费,
 * 款 freely, and a list holds one of them. A thing the corpus never names followed by a money
 * word is read as the listed name of that money (长寿金 → 长寿钱 → 高龄津贴), whichever money word
 * the list has.
 */
final class MoneyNames {
    private static final String MONEY = "金钱费款";
    private static final String[] LISTED_AS = {"钱", "金", "费", "款", "补贴", "补助", "津贴"};

    private MoneyNames() {}

    /**
     * The question with each such name replaced by the listed one. {@code listed}: a term of the
     * synonym lists; {@code inCorpus}: the words appear in some document as typed.
     */
    static String read(String q, Predicate<String> listed, Predicate<String> inCorpus) {
        for (int at = 2; at < q.length(); at++) {
            if (MONEY.indexOf(q.charAt(at)) < 0) {
                continue;
            }
            for (int len = Math.min(4, at); len >= 2; len--) {
                String thing = q.substring(at - len, at);
                String said = thing + q.charAt(at);
                if (!thing.chars().allMatch(c -> Text.isCjk((char) c)) || listed.test(said) || inCorpus.test(said)
                        || inCorpus.test(thing)) {
                    continue;
                }
                String name = listedName(thing, listed);
                if (name != null) {
                    return read(q.substring(0, at - len) + name + q.substring(at + 1), listed, inCorpus);
                }
            }
        }
        return q;
    }

    private static String listedName(String thing, Predicate<String> listed) {
        for (String money : LISTED_AS) {
            if (listed.test(thing + money)) {
                return thing + money;
            }
        }
        return null;
    }
}

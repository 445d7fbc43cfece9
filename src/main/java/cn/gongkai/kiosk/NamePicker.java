package cn.gongkai.kiosk;

import cn.gongkai.corpus.Pinyin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese characters from tapped pinyin, without an input method: the letters typed so far
 * ("zh", "zhang") offer the characters of a short list — common surnames and given-name
 * characters, address words and the district's village names (messages.yaml
 * {@code kiosk.request.name_chars}) — whose reading is, or starts with, those letters. Exact
 * readings come first, then in the list's order, so 张 comes before 章 and 长.
 */
final class NamePicker {
    static final int SHOWN = 8;
    private final List<Character> chars;

    NamePicker(String listed, List<String> villages) {
        Set<Character> all = new LinkedHashSet<>();
        listed.chars().filter(Character::isIdeographic).forEach(c -> all.add((char) c));
        villages.forEach(v -> v.chars().filter(Character::isIdeographic).forEach(c -> all.add((char) c)));
        this.chars = List.copyOf(all);
    }

    /** Up to {@link #SHOWN} characters for the letters typed (lower or upper case; v for ü). */
    List<String> candidates(String letters) {
        String typed = letters.toLowerCase(java.util.Locale.ROOT).replace('ü', 'v');
        if (typed.isEmpty()) {
            return List.of();
        }
        Map<Character, Integer> rank = new LinkedHashMap<>();
        for (Character c : chars) {
            for (String reading : Pinyin.readings(c)) {
                int r = reading.equals(typed) ? 0 : reading.startsWith(typed) ? 1 : -1;
                if (r >= 0) {
                    rank.merge(c, r, Math::min);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int pass = 0; pass <= 1 && out.size() < SHOWN; pass++) {
            for (Map.Entry<Character, Integer> e : rank.entrySet()) {
                if (e.getValue() == pass && out.size() < SHOWN) {
                    out.add(String.valueOf(e.getKey()));
                }
            }
        }
        return out;
    }
}

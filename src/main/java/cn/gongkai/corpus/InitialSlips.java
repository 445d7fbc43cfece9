package cn.gongkai.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Letters tapped on the kiosk's A–Z keyboard with one slip: a wrong letter (ggxgw for gyxgw,
 * 公益性岗位) or two neighbours swapped (ylhj for yljh, 雨露计划). An older hand on a touchscreen
 * slips often; when the letters as tapped spell nothing, the words one slip away are what was meant.
 * Only from four letters on: two or three letters one slip away spell dozens of words.
 */
final class InitialSlips {
    static final int MIN_LETTERS = 4;

    private InitialSlips() {}

    /** The known words whose spelling is one slip from the letters, in the map's order. */
    static List<String> near(String letters, Map<String, List<String>> byInitials) {
        if (letters == null || letters.length() < MIN_LETTERS) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byInitials.entrySet()) {
            if (oneSlip(letters, e.getKey())) {
                for (String w : e.getValue()) {
                    if (!out.contains(w)) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /** Same length, and either one letter differs or two neighbouring letters are swapped. */
    static boolean oneSlip(String typed, String spelling) {
        if (typed.length() != spelling.length()) {
            return false;
        }
        int first = -1;
        int differ = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != spelling.charAt(i)) {
                differ++;
                first = first < 0 ? i : first;
            }
        }
        if (differ == 1) {
            return true;
        }
        // Two differ: the second is after the first, so first + 1 is inside both words.
        return differ == 2 && typed.charAt(first) == spelling.charAt(first + 1)
                && typed.charAt(first + 1) == spelling.charAt(first);
    }
}

package cn.gongkai.gateway.voice;

import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Pinyin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller says to steer the call rather than to ask: 下一条, 重听, 发到手机上, 回主菜单, 好的,
 * 不用了. Understood at every prompt that listens, before anything is searched, and never logged
 * as a question. The words are in messages.yaml ({@code voice.words.*}) so a district can add its
 * own; near homophones the recogniser writes instead (夏一条, 虫听) match by their toneless pinyin.
 */
final class Heard {
    /** What the words ask for. */
    enum Nav { NEXT, REPEAT, SEND, MENU, YES, NO, BYE }

    /** Politeness around the words that changes nothing: 请、帮我、……吧. */
    private static final String AROUND = "^(请你|请|麻烦你|麻烦|帮我|给我|那就|那|就|我要|我想|还是)+|(吧|啊|呀|呢|了吧|一下|谢谢)+$";
    /** Longest utterance still taken as steering when it only contains the words (那就下一条吧好吗). */
    private static final int MAX_STEER = 8;

    private final Map<Nav, Set<String>> words = new EnumMap<>(Nav.class);
    private final Map<Nav, Set<String>> sounds = new EnumMap<>(Nav.class);

    Heard(Messages messages) {
        for (Nav n : Nav.values()) {
            Set<String> w = new LinkedHashSet<>();
            for (String s : messages.get(Prompt.WORDS_PREFIX + n.name().toLowerCase(java.util.Locale.ROOT)).split("[,，、]")) {
                String x = plain(s);
                if (!x.isEmpty()) {
                    w.add(x);
                }
            }
            words.put(n, w);
            Set<String> k = new LinkedHashSet<>();
            w.forEach(x -> k.addAll(sound(x)));
            sounds.put(n, k);
        }
    }

    /** The words of these kinds, as recognition hints ("好的,对,不是"). */
    String hints(Nav... navs) {
        List<String> out = new ArrayList<>();
        for (Nav n : navs) {
            out.addAll(words.get(n));
        }
        return String.join(",", out);
    }

    /** Every vocabulary key, for the messages test. */
    static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (Nav n : Nav.values()) {
            out.add(Prompt.WORDS_PREFIX + n.name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The steering the caller's words ask for, if that is all they are. */
    Optional<Nav> of(String speech) {
        String s = plain(speech);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String core = s.replaceAll(AROUND, "");
        for (String x : List.of(s, core)) {
            for (Nav n : Nav.values()) {
                if (words.get(n).contains(x)) {
                    return Optional.of(n);
                }
            }
        }
        for (Nav n : Nav.values()) {
            for (String k : sound(core)) {
                if (sounds.get(n).contains(k)) {
                    return Optional.of(n);
                }
            }
        }
        if (s.length() <= MAX_STEER) {
            // "那下一条吧好吗": a longer steering word inside a short utterance (yes/no words are too short to trust)
            for (Nav n : List.of(Nav.NEXT, Nav.REPEAT, Nav.SEND, Nav.MENU, Nav.BYE)) {
                for (String w : words.get(n)) {
                    if (w.length() >= 3 && s.contains(w)) {
                        return Optional.of(n);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String plain(String s) {
        return s == null ? "" : s.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }

    /** Toneless pinyin spellings of a Chinese word (a few, for characters with several readings). */
    private static Set<String> sound(String word) {
        return new LinkedHashSet<>(Pinyin.spellings(word, 16));
    }
}

package cn.gongkai.requests;

import cn.gongkai.config.UserException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the stable codes typed by staff, naming the valid ones when a code is unknown. */
final class Codes {
    private Codes() {}

    static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        if (code != null) {
            String c = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(c)) {
                    return e;
                }
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new UserException("未知的" + what + " \"" + code + "\"；可用: " + valid);
    }
}

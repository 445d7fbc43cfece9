package cn.gongkai.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings as a JSON array, the form several columns keep ids in ({@code result_ids},
 * a session's shown ids, the flood limit's message ids). Written by hand, character for
 * character what Jackson writes (pinned by a test): every SMS text wrote two or three such
 * lists and read one inside the one writer thread's transaction, and Jackson's lookups per call
 * were a third of that thread's Java samples in a profile (JFR; SQLite's native work aside). Reading takes the plain arrays this class writes directly and
 * hands anything else (whitespace, escapes, nulls) to Jackson.
 */
public final class JsonStrings {
    private static final ObjectReader LIST = new ObjectMapper().readerFor(new TypeReference<List<String>>() {});
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonStrings() {
    }

    /** {@code ids} as Jackson's {@code writeValueAsString} writes it. */
    public static String write(List<String> ids) {
        StringBuilder b = new StringBuilder(2 + ids.size() * 16).append('[');
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = ids.get(i);
            if (s == null) {
                b.append("null");
                continue;
            }
            b.append('"');
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\b' -> b.append("\\b");
                    case '\t' -> b.append("\\t");
                    case '\f' -> b.append("\\f");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }

    /**
     * The list {@code json} holds; {@link IllegalArgumentException} if it is not a JSON array of
     * strings.
     */
    public static List<String> read(String json) {
        List<String> plain = plain(json);
        if (plain != null) {
            return plain;
        }
        try {
            List<String> list = LIST.readValue(json);
            if (list == null) {
                throw new IllegalArgumentException("not a JSON array: null");
            }
            return list;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array of strings", e);
        }
    }

    /** {@code ["a","b"]} with no space, escape or control character; null for anything else. */
    private static List<String> plain(String json) {
        int n = json.length();
        if (n < 2 || json.charAt(0) != '[' || json.charAt(n - 1) != ']') {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (n == 2) {
            return out;
        }
        int i = 1;
        while (true) {
            if (json.charAt(i) != '"') {
                return null;
            }
            int start = ++i;
            while (i < n - 1) {
                char c = json.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\' || c < 0x20) {
                    return null;
                }
                i++;
            }
            if (i >= n - 1) {
                return null; // no closing quote before the bracket
            }
            out.add(json.substring(start, i));
            i++;
            if (i == n - 1) {
                return out;
            }
            if (json.charAt(i) != ',') {
                return null;
            }
            i++;
        }
    }
}

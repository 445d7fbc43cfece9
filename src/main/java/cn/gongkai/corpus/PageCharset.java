package cn.gongkai.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes a saved page by the charset it declares; older government sites still serve GB2312/GBK. */
final class PageCharset {
    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)");

    private PageCharset() {}

    static String decode(byte[] bytes) throws BadFile {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(bytes, StandardCharsets.UTF_8, "UTF-8").substring(1);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return strict(bytes, StandardCharsets.UTF_8, "UTF-8");
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        // GB2312 and GBK pages routinely hold characters only GB18030 defines; it is their superset.
        Charset cs = switch (name) {
            case "GB2312", "GBK", "GB18030", "X-GBK", "CP936", "HZ-GB-2312" -> Charset.forName("GB18030");
            default -> lookup(name);
        };
        try {
            return strict(bytes, cs, name);
        } catch (BadFile e) {
            // A page re-saved by a browser is UTF-8 whatever its old meta tag still says.
            if (cs != StandardCharsets.UTF_8) {
                try {
                    return strict(bytes, StandardCharsets.UTF_8, "UTF-8");
                } catch (BadFile ignoredBecauseTheDeclaredOneIsReported) {
                    throw e;
                }
            }
            throw e;
        }
    }

    private static Charset lookup(String name) throws BadFile {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadFile("页面声明的编码 " + name + " 无法识别");
        }
    }

    private static String strict(byte[] bytes, Charset cs, String declared) throws BadFile {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadFile("页面内容与声明的编码 " + declared + " 不符, 无法解码");
        }
    }
}

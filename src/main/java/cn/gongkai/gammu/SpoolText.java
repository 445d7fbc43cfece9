package cn.gongkai.gammu;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Message text in gammu-smsd's file formats: {@code unicode} is UTF-16 with a byte-order mark, {@code utf8} UTF-8. */
final class SpoolText {
    private SpoolText() {}

    static byte[] encode(String text, String format) {
        if (format.equals("unicode")) {
            byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
            byte[] out = new byte[body.length + 2];
            out[0] = (byte) 0xFF;
            out[1] = (byte) 0xFE;
            System.arraycopy(body, 0, out, 2, body.length);
            return out;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Strict: a file that is not valid text in its format throws, it is never guessed at. */
    static String decode(byte[] bytes, String format) throws CharacterCodingException {
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (format.equals("unicode")) {
            cs = StandardCharsets.UTF_16BE;
        }
        String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        // gammu-smsd pads what it received with NULs, and after them the last part of a
        // multipart message may carry leftover bytes of its buffer: the text ends at the first NUL.
        int end = s.indexOf('\0');
        if (end < 0) {
            end = s.length();
        }
        return s.substring(0, end);
    }
}

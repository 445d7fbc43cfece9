package cn.gongkai.kiosk;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Watches for the staff exit sequence from kiosk.yaml (for example F12 F12 F12). Only staff
 * know it; a resident pressing keys at random meets the PIN screen at worst.
 */
final class StaffKeys {
    private final List<String> sequence;
    private int matched;

    StaffKeys(List<String> sequence) {
        this.sequence = sequence;
    }

    static boolean valid(String name) {
        return name.codePointCount(0, name.length()) == 1 || name.equals("Escape") || name.matches("F([1-9]|1[0-2])");
    }

    /** Feeds one key; true when it completes the sequence. */
    boolean feed(KeyStroke k) {
        if (matches(sequence.get(matched), k)) {
            matched++;
        } else {
            matched = matches(sequence.get(0), k) ? 1 : 0;
        }
        if (matched == sequence.size()) {
            matched = 0;
            return true;
        }
        return false;
    }

    static boolean matches(String name, KeyStroke k) {
        if (name.equals("Escape")) {
            return k.getKeyType() == KeyType.Escape;
        }
        if (name.matches("F([1-9]|1[0-2])")) {
            return k.getKeyType() == KeyType.valueOf(name);
        }
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && k.getCharacter() != null
                && name.equals(String.valueOf(k.getCharacter()));
    }
}

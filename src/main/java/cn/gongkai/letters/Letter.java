package cn.gongkai.letters;

import java.time.LocalDate;

/** A numbered letter of a request: given once, the first time it is printed. */
public record Letter(long id, long requestId, LetterKind kind, String bodyId, int year, String prefix, int number,
                     LocalDate issuedOn) {

    /** 青禾政依申复〔2026〕第12号 */
    public String numberText() {
        return LetterSettings.format(prefix, year, number);
    }
}

package cn.gongkai.letters;

import cn.gongkai.config.UserException;
import cn.gongkai.requests.EventKind;
import java.util.Locale;

/** The letters the 条例 requires, each tied to the step of the request it reports. */
public enum LetterKind {
    /** 登记回执: the request was received (Art. 31). */
    RECEIPT("登记回执", EventKind.RECEIVED),
    /** 补正告知书 (Art. 30). */
    CORRECTION("补正告知书", EventKind.CORRECTION_REQUESTED),
    /** 延期答复告知书 (Art. 33). */
    EXTENSION("延期答复告知书", EventKind.EXTENDED),
    /** 延迟答复告知书 (Art. 35): the reasonable later deadline set for a request beyond reasonable scope. */
    LATER("延迟答复告知书", EventKind.LATER_DEADLINE),
    /** 征求第三方意见书 (Art. 32), addressed to the third party. */
    CONSULTATION("征求第三方意见书", EventKind.PAUSED),
    /** 收费通知书 (Art. 42, 国办函〔2020〕109号); not tied to a timeline event but to the fee notice. */
    FEE("收费通知书", null),
    /** 政府信息公开申请答复书, one template per result code. */
    REPLY("答复书", EventKind.CONCLUDED);

    public final String label;
    /** The timeline step this letter belongs beside (null: the fee notice). */
    public final EventKind step;

    LetterKind(String label, EventKind step) {
        this.label = label;
        this.step = step;
    }

    /** The command-line and URL spelling: {@code receipt}, {@code reply}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LetterKind parse(String s) {
        for (LetterKind k : values()) {
            if (k.code().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return k;
            }
        }
        throw new UserException("没有这种文书: " + s + "（可选 receipt, correction, extension, later, consultation, fee, reply）");
    }

    /** The letter for a timeline step, or null when the step has none. */
    public static LetterKind forStep(EventKind step) {
        for (LetterKind k : values()) {
            if (k.step == step && step != null) {
                return k;
            }
        }
        return null;
    }
}

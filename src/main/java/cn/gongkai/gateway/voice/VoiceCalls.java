package cn.gongkai.gateway.voice;

import cn.gongkai.storage.Database;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What staff see of a call beside its inquiry: how it ended and the result of each question asked. */
public final class VoiceCalls {
    /**
     * @param ended how the call ended (COMPLETED, HUNG_UP_LISTENING, HUNG_UP, BUSY, NO_ANSWER,
     *     FAILED, CANCELED), null until Twilio's status callback came
     * @param seconds the call's length, when Twilio gave it
     */
    public record View(String ended, Integer seconds, List<Question> questions) {}

    /** One question of the call and how many notices it found. */
    public record Question(String text, int found) {}

    private VoiceCalls() {}

    /** The calls behind these inquiries, by inquiry id (inquiries of other channels have none). */
    public static Map<Long, View> of(Database db, Collection<Long> inquiryIds) {
        return VoiceStore.views(db, inquiryIds);
    }
}
